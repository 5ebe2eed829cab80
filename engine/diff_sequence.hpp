#pragma once
/// Internal to the diff unit: the token sequence of one side as the diff
/// compares it — one comparison key per compared token — with its sentences
/// and paragraphs as runs of that sequence.
#include "engine/document.hpp"
#include "engine/word_diff.hpp"

#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace dipdiff::diff_detail {

/// A run [begin, end) of positions in a compared sequence.
struct Run {
    std::uint32_t begin = 0;
    std::uint32_t end = 0;

    std::uint32_t size() const { return end - begin; }
};

/// Ids for tokens' original bytes, shared by both sides of one diff when
/// case-sensitive comparison is asked for. Views point into the statements.
class RawKeys {
public:
    std::uint32_t id(std::string_view bytes);

private:
    std::unordered_map<std::string_view, std::uint32_t> m_ids;
};

struct CompareSequence {
    const Document* document = nullptr;
    TokenRange range;                   ///< the document tokens this sequence was made from
    std::vector<std::uint32_t> keys;    ///< comparison key per compared token
    std::vector<std::uint32_t> tokens;  ///< Document::tokens index per compared token
    /// Sentences as runs: a partition of [0, keys.size()) into non-empty runs,
    /// in order. Tokens outside any sentence join the sentence before them.
    std::vector<Run> sentences;
    /// Paragraphs as runs of `sentences` indices: paragraph p is sentences
    /// [paragraph_starts[p], paragraph_starts[p + 1]); the last entry is
    /// sentences.size().
    std::vector<std::uint32_t> paragraph_starts;

    std::uint32_t size() const { return static_cast<std::uint32_t>(keys.size()); }
    /// Tokens of sentences [first, last) as one run.
    Run sentence_span(std::uint32_t first, std::uint32_t last) const {
        if (first >= last) {
            const std::uint32_t at = first < sentences.size() ? sentences[first].begin : size();
            return {at, at};
        }
        return {sentences[first].begin, sentences[last - 1].end};
    }
};

/// Builds the compared sequence of tokens [range) of `document`. `raw` is
/// used (and must be non-null) when options.ignore_case is false.
/// Throws std::invalid_argument for a range or sentence out of bounds,
/// sentences out of order, or a missing statement in case-sensitive mode.
CompareSequence make_compare_sequence(const Document& document, TokenRange range, const DiffOptions& options,
                                      RawKeys* raw);

}  // namespace dipdiff::diff_detail
