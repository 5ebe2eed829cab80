#include "engine/utf8_chars.hpp"

#include <unicode/uchar.h>

namespace dipdiff {
namespace {

constexpr char32_t k_replacement = 0xFFFD;

bool is_continuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

}  // namespace

CodePoint decode_utf8_multibyte(std::string_view text, std::uint32_t offset) {
    const auto lead = static_cast<unsigned char>(text[offset]);
    if (lead < 0x80) return {lead, 1};
    std::uint32_t size = 0;
    char32_t value = 0;
    if ((lead & 0xE0) == 0xC0) {
        size = 2;
        value = lead & 0x1Fu;
    } else if ((lead & 0xF0) == 0xE0) {
        size = 3;
        value = lead & 0x0Fu;
    } else if ((lead & 0xF8) == 0xF0) {
        size = 4;
        value = lead & 0x07u;
    } else {
        return {k_replacement, 1};
    }
    if (text.size() - offset < size) return {k_replacement, 1};
    for (std::uint32_t i = 1; i < size; ++i) {
        const auto byte = static_cast<unsigned char>(text[offset + i]);
        if (!is_continuation(byte)) return {k_replacement, 1};
        value = (value << 6) | (byte & 0x3Fu);
    }
    if (value > 0x10FFFF) return {k_replacement, 1};
    return {value, size};
}

CodePoint decode_utf8_before(std::string_view text, std::uint32_t offset) {
    std::uint32_t start = offset - 1;
    // A code point is at most 4 bytes: look back over up to 3 continuation bytes.
    while (start > 0 && offset - start < 4 && is_continuation(static_cast<unsigned char>(text[start])))
        --start;
    const CodePoint decoded = decode_utf8_at(text, start);
    if (start + decoded.size != offset) return {k_replacement, 1};
    return decoded;
}

bool is_letter(char32_t c) {
    if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    return u_isalpha(static_cast<UChar32>(c)) != 0;
}

bool is_letter_or_digit_beyond_ascii(char32_t c) { return u_isalnum(static_cast<UChar32>(c)) != 0; }

bool is_upper(char32_t c) {
    if (c < 0x80) return c >= 'A' && c <= 'Z';
    return u_isupper(static_cast<UChar32>(c)) != 0 || u_istitle(static_cast<UChar32>(c)) != 0;
}

bool is_space(char32_t c) {
    if (c < 0x80) return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
    return u_isUWhiteSpace(static_cast<UChar32>(c)) != 0;
}

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
    std::uint32_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        const CodePoint x = decode_utf8_at(a, i);
        const CodePoint y = decode_utf8_at(b, j);
        if (x.value == k_replacement && y.value == k_replacement && x.size == 1 && y.size == 1) {
            if (a[i] != b[j]) return false;
        } else if (x.value != y.value && u_foldCase(static_cast<UChar32>(x.value), U_FOLD_CASE_DEFAULT) !=
                                             u_foldCase(static_cast<UChar32>(y.value), U_FOLD_CASE_DEFAULT))
            return false;
        i += x.size;
        j += y.size;
    }
    return i == a.size() && j == b.size();
}

}  // namespace dipdiff
