#include "formats/content_check.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstring>

#include "engine/diagnostic.hpp"
#include "formats/text_lines.hpp"
#include "formats/utf8.hpp"

namespace dipdiff {
namespace {

constexpr const char* k_text_file = "a statement as UTF-8 text, Markdown or JSON";

std::string hex_byte(unsigned char byte) {
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "0x%02X", byte);
    return buffer;
}

}  // namespace

std::string describe_size(std::size_t bytes) {
    if (bytes < 1024) return std::to_string(bytes) + " bytes";
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f MB", static_cast<double>(bytes) / (1024.0 * 1024.0));
    return buffer;
}

CheckedContent check_content(std::string_view content, const std::string& path, const LoadOptions& options) {
    // Spans are 32-bit: no statement can be larger than 4 GiB whatever the option says.
    const std::size_t limit = std::min<std::size_t>(options.max_file_bytes, UINT32_MAX);
    if (content.size() > limit)
        throw_input_error("input.too-large",
                          "file is " + describe_size(content.size()) + ", more than the limit of " +
                              describe_size(limit),
                          "a statement file (is this path a data dump?)", path);
    CheckedContent checked;
    checked.text = content;
    checked.bom_bytes = strip_bom(checked.text);
    const std::string_view text = checked.text;
    if (const void* nul = std::memchr(text.data(), '\0', text.size())) {
        const auto offset = static_cast<std::size_t>(static_cast<const char*>(nul) - text.data());
        const auto [line, column] = PositionTracker(text).position_of(offset);
        throw_input_error("input.binary",
                          "file holds binary data (a NUL byte at byte offset " +
                              std::to_string(offset + checked.bom_bytes) + ")",
                          k_text_file, path, line, column);
    }
    if (const std::size_t bad = find_invalid_utf8(text); bad != std::string_view::npos) {
        const auto [line, column] = PositionTracker(text).position_of(bad);
        throw_input_error("input.invalid-utf8",
                          "invalid UTF-8 at byte offset " + std::to_string(bad + checked.bom_bytes) + " (" +
                              hex_byte(static_cast<unsigned char>(text[bad])) + ")",
                          "text saved as UTF-8 (re-save the file as UTF-8)", path, line, column);
    }
    if (trim(text).empty() && !options.allow_empty_text)
        throw_input_error("input.empty", text.empty() ? "file is empty" : "file holds only white space",
                          k_text_file, path);
    return checked;
}

}  // namespace dipdiff
