#pragma once
/// Paragraph blocks: where one paragraph of a statement ends and the next begins.
#include <cstdint>
#include <string_view>
#include <vector>

#include "engine/span.hpp"

namespace dipdiff {

/// Lines longer than this many characters are not hard-wrapped: a block made
/// of such lines has one paragraph per line (text pasted from the web).
inline constexpr std::uint32_t k_unwrapped_line_length = 110;

/// Splits `text` into paragraphs, returned as trimmed spans in text order.
/// Paragraphs are separated by blank lines (lines of only white space); a
/// single line break is not a boundary (hard-wrapped text) unless a line of
/// the block is longer than k_unwrapped_line_length characters. A line whose
/// first non-space byte is at one of `forced_starts` (ascending offsets: the
/// speaker labels of a transcript) always starts a new paragraph. Empty and
/// all-white input gives no paragraphs. Never fails.
std::vector<Span> split_paragraphs(std::string_view text, const std::vector<std::uint32_t>& forced_starts);

}  // namespace dipdiff
