#include "engine/utf8_text.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace dipdiff {

CodePoint decode_at(std::string_view text, std::uint32_t offset) {
    if (offset >= text.size()) return {};
    const auto first = static_cast<unsigned char>(text[offset]);
    if (first < 0x80) return {first, 1};
    // ICU indexes are int32_t: decode from a window so huge texts cannot overflow them.
    const std::string_view rest = text.substr(offset, 4);
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(rest.data());
    std::int32_t i = 0;
    UChar32 c = 0;
    U8_NEXT(bytes, i, static_cast<std::int32_t>(rest.size()), c);
    if (c < 0) return {U'\uFFFD', static_cast<std::uint32_t>(i)};
    return {static_cast<char32_t>(c), static_cast<std::uint32_t>(i)};
}

CodePoint decode_before(std::string_view text, std::uint32_t offset) {
    if (offset == 0 || offset > text.size()) return {};
    const auto last = static_cast<unsigned char>(text[offset - 1]);
    if (last < 0x80) return {last, 1};
    const std::uint32_t window_start = offset >= 4 ? offset - 4 : 0;
    const std::string_view window = text.substr(window_start, offset - window_start);
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(window.data());
    auto i = static_cast<std::int32_t>(window.size());
    UChar32 c = 0;
    U8_PREV(bytes, 0, i, c);
    const auto size = static_cast<std::uint32_t>(window.size()) - static_cast<std::uint32_t>(i);
    if (c < 0) return {U'\uFFFD', size};
    return {static_cast<char32_t>(c), size};
}

bool is_white_space(char32_t c) {
    if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r');
    return u_isUWhiteSpace(static_cast<UChar32>(c));
}

bool is_letter(char32_t c) {
    if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    return u_isalpha(static_cast<UChar32>(c));
}

bool is_upper(char32_t c) {
    if (c < 0x80) return c >= 'A' && c <= 'Z';
    return u_isupper(static_cast<UChar32>(c));
}

bool is_lower(char32_t c) {
    if (c < 0x80) return c >= 'a' && c <= 'z';
    return u_islower(static_cast<UChar32>(c));
}

bool is_digit(char32_t c) {
    if (c < 0x80) return c >= '0' && c <= '9';
    return u_isdigit(static_cast<UChar32>(c));
}

Span trim(std::string_view text, Span span) {
    std::uint32_t start = span.start;
    std::uint32_t end = span.end;
    while (start < end) {
        const CodePoint c = decode_at(text, start);
        if (!is_white_space(c.value)) break;
        start += c.size;
    }
    while (end > start) {
        const CodePoint c = decode_before(text, end);
        if (!is_white_space(c.value)) break;
        end -= c.size;
    }
    if (end < start) end = start;
    return {start, end};
}

bool is_ascii(std::string_view text) {
    for (const char c : text)
        if (static_cast<unsigned char>(c) >= 0x80) return false;
    return true;
}

}  // namespace dipdiff
