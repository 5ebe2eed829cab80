#pragma once
/// A sentence as attribution reads it: words and the punctuation between them,
/// with every quoted passage folded into one opaque item, plus word lists
/// matched after case folding.
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "engine/span.hpp"

namespace dipdiff {

enum class ClauseItemKind : std::uint8_t {
    word,         ///< letters and digits, with inner apostrophes, hyphens and abbreviation dots
    comma,        ///< , ，、
    colon,        ///< : ：
    dash,         ///< — – and a hyphen between spaces
    quote,        ///< a quoted passage with its marks, or a quotation mark outside any passage
    open_paren,   ///< ( [ （
    close_paren,  ///< ) ] ）
    stop,         ///< any other punctuation (. ! ? ; …)
};

struct ClauseItem {
    Span span;  ///< bytes in the scanned text
    ClauseItemKind kind = ClauseItemKind::word;
    bool capitalized = false;  ///< a word whose first letter is uppercase
    bool han = false;          ///< a run of Han ideographs (Chinese has no spaces between words)
};

/// Splits `text[span]` into `items` (cleared first; reuse the vector to avoid
/// allocations). `quote_regions` and `skipped` must be sorted by start and
/// non-overlapping: each stretch of a quote region inside the span becomes one
/// `quote` item, and bytes inside `skipped` (stage directions) are ignored.
/// A span outside `text` is clamped to it.
void split_clause(std::string_view text, Span span, const std::vector<Span>& quote_regions,
                  const std::vector<Span>& skipped, std::vector<ClauseItem>& items);

/// Whether an item is a word and the text of it.
inline bool is_word(const ClauseItem& item) { return item.kind == ClauseItemKind::word; }

/// Writes the simple case folding of `word` into `buffer` and returns a view of
/// it (valid until the buffer changes). "Minister" → "minister", "Путин" → "путин".
std::string_view fold_word(std::string_view word, std::string& buffer);

/// A fixed list of case-folded words, looked up by binary search.
class FoldedWordSet {
public:
    FoldedWordSet(std::initializer_list<std::string_view> words);
    /// `folded` must already be case-folded (see fold_word).
    bool contains(std::string_view folded) const;

private:
    // Views of string literals. Hashed: it is asked about every word of every
    // sentence, where a binary search of string compares showed in profiles.
    std::unordered_set<std::string_view> m_words;
};

}  // namespace dipdiff
