#pragma once
/// Finds the regions of a text that stand inside direct quotation marks.
#include <string_view>
#include <vector>

#include "engine/span.hpp"

namespace dipdiff {

/// A paragraph as the quote scanner sees it.
struct QuoteParagraph {
    Span span;      ///< byte range in the scanned text, trimmed
    int group = 0;  ///< a quote continues into the next paragraph only within the same group (turn)
};

/// Returns the byte ranges of `text` between direct quotation marks, sorted by
/// start and non-overlapping; the marks themselves are outside the ranges.
/// Paragraphs are scanned in the order given. Recognised marks:
/// - “…” (also ”…” and a stray “ used as the closer), „…“ and „…”, «…», 「…」, 『…』;
/// - "…" when the opening mark stands at a word start and the closing one at a word end;
/// - ‘…’ and '…' only when the opening mark stands at a word start before a letter and a
///   closing mark (not followed by a letter) follows in the paragraph, so apostrophes
///   ("Varenia’s", "don’t", "’90s") never open a quote.
/// Quotes nested inside a quote do not end it. A quote left open at the end of a paragraph
/// continues when the next paragraph of the same group opens with a mark of the same family
/// (the English convention for multi-paragraph quotes); otherwise it ends with its paragraph,
/// so an unbalanced mark never runs past its paragraph. Never fails; malformed UTF-8 is
/// scanned as non-letters.
std::vector<Span> find_quote_regions(std::string_view text, const std::vector<QuoteParagraph>& paragraphs);

}  // namespace dipdiff
