#pragma once
/// UTF-8 helpers for scanning text in place without allocating: decoding
/// around a byte offset, character classes, trimming. Ill-formed bytes decode
/// as U+FFFD of one byte, so no input makes these fail or read out of range.
#include "engine/span.hpp"

#include <cstdint>
#include <string_view>

namespace dipdiff {

struct CodePoint {
    char32_t value = 0;
    std::uint32_t size = 0;  ///< bytes it takes in the text (0 only at the ends of the text)
};

/// Decodes a multi-byte sequence; use decode_at.
CodePoint decode_multibyte_at(std::string_view text, std::uint32_t offset);

/// The code point starting at `offset`; {0, 0} when offset >= text.size().
inline CodePoint decode_at(std::string_view text, std::uint32_t offset) {
    if (offset >= text.size()) return {};
    const auto lead = static_cast<unsigned char>(text[offset]);
    if (lead < 0x80) return {lead, 1};  // most bytes of most statements
    return decode_multibyte_at(text, offset);
}
/// The code point ending just before `offset`; {0, 0} when offset == 0.
CodePoint decode_before(std::string_view text, std::uint32_t offset);

/// Unicode white space (spaces, tabs, line breaks, no-break and ideographic spaces).
bool is_white_space(char32_t c);
/// Letters of any script, including ideographs.
bool is_letter(char32_t c);
/// Uppercase or titlecase letters ("Marek", "Путин").
bool is_upper(char32_t c);
bool is_lower(char32_t c);
bool is_digit(char32_t c);
/// Letters and decimal digits: what counts as "words" when measuring a sentence.
bool is_letter_or_digit_beyond_ascii(char32_t c);
inline bool is_letter_or_digit(char32_t c) {
    if (c < 0x80) return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= '0' && c <= '9');
    return is_letter_or_digit_beyond_ascii(c);
}
/// Han ideographs (Chinese text has no spaces between words).
bool is_han(char32_t c);
/// Combining marks, which belong to the letter before them.
bool is_combining_mark(char32_t c);

/// Equality after simple case folding, code point by code point ("He" == "he",
/// "Он" == "он"). Malformed bytes compare as themselves.
bool equals_folded(std::string_view a, std::string_view b);

/// `span` without the white space at its ends; empty at span.start when all white.
Span trim(std::string_view text, Span span);

/// True when every byte is below 0x80.
bool is_ascii(std::string_view text);

}  // namespace dipdiff
