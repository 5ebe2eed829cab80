#include "formats/file_read.hpp"

#include "engine/diagnostic.hpp"
#include "formats/content_check.hpp"

#include <filesystem>
#include <fstream>

namespace dipdiff {

std::string read_whole_file(const std::string& path, std::size_t max_bytes, const std::string& expected_when_too_large) {
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (ec || !fs::exists(status)) throw_input_error("input.missing", "no such file", "an existing file", path);
    if (!fs::is_regular_file(status)) throw_input_error("input.unreadable", "not a file", "a regular file", path);
    const std::uintmax_t size = fs::file_size(path, ec);
    if (ec)
        throw_input_error("input.unreadable", "cannot read the file: " + ec.message(), "a readable file", path);
    if (size > max_bytes)
        throw_input_error("input.too-large",
                          "file is " + describe_size(static_cast<std::size_t>(size)) + ", more than the limit of " +
                              describe_size(max_bytes),
                          expected_when_too_large, path);
    std::ifstream in(path, std::ios::binary);
    if (!in) throw_input_error("input.unreadable", "cannot open the file", "a readable file", path);
    std::string content(static_cast<std::size_t>(size), '\0');
    in.read(content.data(), static_cast<std::streamsize>(content.size()));
    content.resize(static_cast<std::size_t>(in.gcount()));
    if (in.bad()) throw_input_error("input.unreadable", "reading the file failed", "a readable file", path);
    return content;
}

}  // namespace dipdiff
