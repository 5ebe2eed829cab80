#pragma once
/// Code-point helpers for scanning UTF-8 text in place, without allocating:
/// decoding forwards and backwards and the character classes attribution needs.
#include <cstdint>
#include <string_view>

namespace dipdiff {

/// One decoded code point and how many bytes it took (always >= 1).
struct CodePoint {
    char32_t value = 0;
    std::uint32_t size = 1;
};

/// Decodes a multi-byte sequence; use decode_utf8_at.
CodePoint decode_utf8_multibyte(std::string_view text, std::uint32_t offset);

/// The code point starting at byte `offset` (which must be < text.size()).
/// Malformed or truncated sequences decode as U+FFFD of size 1, so a scan
/// always advances and never reads past the end.
inline CodePoint decode_utf8_at(std::string_view text, std::uint32_t offset) {
    const auto lead = static_cast<unsigned char>(text[offset]);
    if (lead < 0x80) return {lead, 1};  // most bytes of most statements
    return decode_utf8_multibyte(text, offset);
}

/// The code point ending just before byte `offset` (which must be > 0 and
/// <= text.size()); malformed bytes decode as U+FFFD of size 1.
CodePoint decode_utf8_before(std::string_view text, std::uint32_t offset);

/// Letters of any script, including ideographs.
bool is_letter(char32_t c);
/// Letters and decimal digits: what counts as "words" when measuring a sentence.
bool is_letter_or_digit_beyond_ascii(char32_t c);
inline bool is_letter_or_digit(char32_t c) {
    if (c < 0x80) return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= '0' && c <= '9');
    return is_letter_or_digit_beyond_ascii(c);
}
/// Uppercase or titlecase letters ("Marek", "Путин").
bool is_upper(char32_t c);
/// Unicode white space, including no-break spaces.
bool is_space(char32_t c);
/// Han ideographs (Chinese text has no spaces between words).
bool is_han(char32_t c);
/// Combining marks, which belong to the letter before them.
bool is_combining_mark(char32_t c);

/// Equality after simple case folding, code point by code point ("He" == "he",
/// "Он" == "он"). Malformed bytes compare as themselves.
bool equals_folded(std::string_view a, std::string_view b);

}  // namespace dipdiff
