#pragma once
/// Finding lexicon phrases, as stem sequences, in a sentence's words: every
/// occurrence, then the longest first and earliest first without overlaps
/// (docs/lexicon.md, "Matching").
#include "engine/term_pool.hpp"

#include <cstdint>
#include <span>
#include <unordered_map>
#include <vector>

namespace dipdiff {

/// A word of a sentence as matching sees it.
struct MatchWord {
    TermId stem = 0;
    TermId norm = 0;
    std::uint32_t token = 0;   ///< index into Document::tokens
    std::uint32_t clause = 0;  ///< punctuation clause: phrases never cross a comma, colon, dash …
};

/// One occurrence: words [start, end) of the sentence matched `pattern`.
struct PhraseMatch {
    std::uint32_t start = 0;
    std::uint32_t end = 0;
    std::uint32_t pattern = 0;
    std::uint32_t inexact = 0;  ///< words matched as inflections, not as written
};

/// A set of phrases, each a stem sequence tagged with the lexicon entry it
/// stands for. Lookup is by first stem, so the cost per word does not grow
/// with the size of the set.
class PhraseSet {
public:
    struct Pattern {
        std::vector<TermId> stems;
        std::vector<TermId> norms;  ///< the words as written in the lexicon, normalized
        std::uint32_t entry = 0;    ///< index in the lexicon section
    };

    /// Adds a phrase (its stems and normal forms, as PhraseStemmer gives them);
    /// one with no stems is ignored (validate_lexicon reports it).
    void add(std::vector<TermId> stems, std::vector<TermId> norms, std::uint32_t entry);
    /// With a pool, a word matches only when it is also an English inflection
    /// of the lexicon word (engine/inflection.hpp), not just any word with its
    /// Snowball stem. The pool must outlive the set.
    void check_english_inflections(const TermPool* terms) { m_inflection_terms = terms; }
    const Pattern& pattern(std::uint32_t index) const { return m_patterns[index]; }
    bool empty() const { return m_patterns.empty(); }

    /// The non-overlapping matches in `words`: longest first, then the one
    /// with the most words exactly as written ("goods" before "good"), then
    /// earliest, then first added; a match may not cover a word where `blocked` is
    /// non-zero, and it marks the words it covers in `covered` (both sized like
    /// `words`; `covered` may be `blocked`). Appends to `out` in text order.
    void match(std::span<const MatchWord> words, const std::vector<char>& blocked, std::vector<char>& covered,
               std::vector<PhraseMatch>& out) const;

    /// True when `stems` begins with one of the phrases of this set.
    bool starts(std::span<const TermId> stems) const;

private:
    /// -1 when `pattern` does not match at `start`, else how many words matched inexactly.
    int matches_at(const Pattern& pattern, std::span<const MatchWord> words, std::size_t start) const;

    std::vector<Pattern> m_patterns;
    const TermPool* m_inflection_terms = nullptr;
    std::unordered_map<TermId, std::vector<std::uint32_t>> m_by_first_stem;
    mutable std::vector<PhraseMatch> m_candidates;  // scratch, reused between calls
};

}  // namespace dipdiff
