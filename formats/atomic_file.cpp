#include "formats/atomic_file.hpp"

#include "engine/diagnostic.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <unistd.h>

namespace dipdiff {
namespace fs = std::filesystem;

namespace {

bool same_file(const fs::path& a, const fs::path& b) {
    std::error_code ec;
    if (!fs::exists(a, ec) || !fs::exists(b, ec)) return false;
    return fs::equivalent(a, b, ec);
}

}  // namespace

void write_file_atomically(const std::string& path, std::string_view content,
                           const std::vector<std::string>& inputs) {
    write_file_atomically(
        path, [&](std::ostream& out) { out.write(content.data(), static_cast<std::streamsize>(content.size())); },
        inputs);
}

void write_file_atomically(const std::string& path, const std::function<void(std::ostream&)>& write,
                           const std::vector<std::string>& inputs) {
    for (const auto& input : inputs) {
        if (same_file(path, input))
            throw_input_error("output.over-input", "refusing to write the output over the input '" + input + "'",
                              "an output path that is not one of the inputs", path);
    }
    const fs::path target(path);
    fs::path temp = target;
    temp += ".tmp-" + std::to_string(::getpid());
    {
        std::ofstream out(temp, std::ios::binary | std::ios::trunc);
        if (!out)
            throw_input_error("output.write-failed", std::string("cannot create the output file: ") + std::strerror(errno),
                              "a writable folder", path);
        try {
            write(out);
        } catch (...) {
            out.close();
            std::error_code ignored;
            fs::remove(temp, ignored);
            throw;
        }
        out.flush();
        if (!out) {
            std::error_code ignored;
            fs::remove(temp, ignored);
            throw_input_error("output.write-failed", "cannot write the output file", "enough disk space", path);
        }
    }
    std::error_code ec;
    fs::rename(temp, target, ec);
    if (ec) {
        std::error_code ignored;
        fs::remove(temp, ignored);
        throw_input_error("output.write-failed", "cannot move the output into place: " + ec.message(),
                          "a writable folder", path);
    }
}

}  // namespace dipdiff
