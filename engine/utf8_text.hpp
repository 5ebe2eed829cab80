#pragma once
/// Small UTF-8 helpers for the segmenter: decoding around a byte offset,
/// white space and trimming. Ill-formed bytes decode as U+FFFD of one byte, so
/// no input makes these fail or read out of range.
#include "engine/span.hpp"

#include <cstdint>
#include <string_view>

namespace dipdiff {

struct CodePoint {
    char32_t value = 0;
    std::uint32_t size = 0;  ///< bytes it takes in the text (0 only at the ends of the text)
};

/// The code point starting at `offset`; {0, 0} when offset >= text.size().
CodePoint decode_at(std::string_view text, std::uint32_t offset);
/// The code point ending just before `offset`; {0, 0} when offset == 0.
CodePoint decode_before(std::string_view text, std::uint32_t offset);

/// Unicode white space (spaces, tabs, line breaks, no-break and ideographic spaces).
bool is_white_space(char32_t c);
bool is_letter(char32_t c);
bool is_upper(char32_t c);
bool is_lower(char32_t c);
bool is_digit(char32_t c);

/// `span` without the white space at its ends; empty at span.start when all white.
Span trim(std::string_view text, Span span);

/// True when every byte is below 0x80.
bool is_ascii(std::string_view text);

}  // namespace dipdiff
