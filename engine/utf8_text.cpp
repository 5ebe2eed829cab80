#include "engine/utf8_text.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace dipdiff {

CodePoint decode_multibyte_at(std::string_view text, std::uint32_t offset) {
    if (offset >= text.size()) return {};
    // ICU indexes are int32_t: decode from a window so huge texts cannot overflow them.
    const std::string_view rest = text.substr(offset, 4);
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(rest.data());
    std::int32_t i = 0;
    UChar32 c = 0;
    U8_NEXT(bytes, i, static_cast<std::int32_t>(rest.size()), c);
    // One byte at a time through ill-formed input, as the header promises.
    if (c < 0) return {U'\uFFFD', 1};
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
    return u_isupper(static_cast<UChar32>(c)) || u_istitle(static_cast<UChar32>(c));
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

bool is_letter_or_digit_beyond_ascii(char32_t c) { return u_isalnum(static_cast<UChar32>(c)) != 0; }

bool is_han(char32_t c) {
    if (c < 0x2E80) return false;
    return u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_IDEOGRAPHIC) != 0;
}

bool is_combining_mark(char32_t c) {
    if (c < 0x300) return false;
    const auto mask = U_GET_GC_MASK(static_cast<UChar32>(c));
    return (mask & (U_GC_MN_MASK | U_GC_MC_MASK | U_GC_ME_MASK)) != 0;
}

bool equals_folded(std::string_view a, std::string_view b) {
    constexpr char32_t k_replacement = 0xFFFD;
    std::uint32_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        const CodePoint x = decode_at(a, i);
        const CodePoint y = decode_at(b, j);
        if (x.value == k_replacement && y.value == k_replacement && x.size == 1 && y.size == 1) {
            if (a[i] != b[j]) return false;
        } else if (x.value != y.value && u_foldCase(static_cast<UChar32>(x.value), U_FOLD_CASE_DEFAULT) !=
                                             u_foldCase(static_cast<UChar32>(y.value), U_FOLD_CASE_DEFAULT)) {
            return false;
        }
        i += x.size;
        j += y.size;
    }
    return i == a.size() && j == b.size();
}

bool is_ascii(std::string_view text) {
    for (const char c : text)
        if (static_cast<unsigned char>(c) >= 0x80) return false;
    return true;
}

}  // namespace dipdiff
