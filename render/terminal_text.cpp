#include "render/terminal_text.hpp"

#include <cstdio>

namespace dipdiff {
namespace {

void append_hex_escape(std::string& out, unsigned value) {
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "\\x%02x", value & 0xFFu);
    out += buffer;
}

bool is_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

std::string make_safe(std::string_view text, bool fold_space) {
    std::string out;
    out.reserve(text.size());
    bool pending_space = false;
    std::size_t i = 0;
    while (i < text.size()) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (fold_space && is_space(c)) {
            pending_space = !out.empty();
            ++i;
            continue;
        }
        if (pending_space) {
            out += ' ';
            pending_space = false;
        }
        // A CRLF line end shows as a line break; a lone CR could hide text.
        if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            ++i;
            continue;
        }
        if (c == '\n' || c == '\t') {
            out += static_cast<char>(c);
            ++i;
            continue;
        }
        if (c < 0x20 || c == 0x7F) {
            append_hex_escape(out, c);
            ++i;
            continue;
        }
        if (c < 0x80) {
            out += static_cast<char>(c);
            ++i;
            continue;
        }
        // Multi-byte UTF-8: decode to catch C1 controls and bidi overrides.
        std::size_t length = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
        bool valid = length != 0 && i + length <= text.size();
        unsigned code_point = length == 2 ? (c & 0x1Fu) : length == 3 ? (c & 0x0Fu) : (c & 0x07u);
        for (std::size_t k = 1; valid && k < length; ++k) {
            const auto next = static_cast<unsigned char>(text[i + k]);
            if ((next & 0xC0) != 0x80) valid = false;
            code_point = (code_point << 6) | (next & 0x3Fu);
        }
        if (!valid) {
            append_hex_escape(out, c);
            ++i;
            continue;
        }
        const bool c1_control = code_point >= 0x80 && code_point <= 0x9F;
        const bool bidi_control = (code_point >= 0x202A && code_point <= 0x202E) ||
                                  (code_point >= 0x2066 && code_point <= 0x2069);
        if (c1_control) {
            append_hex_escape(out, code_point);
        } else if (bidi_control) {
            char buffer[16];
            std::snprintf(buffer, sizeof buffer, "<U+%04X>", code_point);
            out += buffer;
        } else {
            out.append(text.substr(i, length));
        }
        i += length;
    }
    return out;
}

}  // namespace

std::string terminal_safe(std::string_view text) { return make_safe(text, true); }

std::string terminal_safe_keep_space(std::string_view text) { return make_safe(text, false); }

}  // namespace dipdiff
