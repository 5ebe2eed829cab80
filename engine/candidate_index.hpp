#pragma once
/// Internal to alignment: an inverted index from content stems to a set of
/// sentences, so that similar sentences are found without comparing all pairs.
#include "engine/sentence_vectors.hpp"

#include <cstddef>
#include <cstdint>
#include <span>
#include <unordered_map>
#include <vector>

namespace dipdiff::align_detail {

/// How much work candidate generation did: the figures tests use to check that
/// alignment never compares all pairs.
struct IndexStats {
    std::size_t postings_visited = 0;   ///< score accumulations over postings lists
    std::size_t postings_skipped = 0;   ///< postings of lists too long to use (boilerplate stems)
    std::size_t exact_comparisons = 0;  ///< full cosine computations
};

struct Candidate {
    std::uint32_t member = 0;  ///< index into the index's member list
    double score = 0;          ///< cosine similarity, > 0
};

/// Inverted index over `members` (corpus-wide sentence ids of `vectors`).
/// A stem whose postings list is longer than `max_postings` is not used to
/// find candidates (it is in too many sentences to tell them apart), though
/// it still counts in the scores of the candidates found through other stems.
/// Keeps references to `members`' data and `vectors`: both must outlive it.
class CandidateIndex {
public:
    CandidateIndex(std::span<const std::uint32_t> members, const SentenceVectors& vectors,
                   std::size_t max_postings);

    /// The members most similar to member `query`, at most `max_candidates`:
    /// accumulated over the usable postings lists, the best `max_candidates`
    /// then scored exactly. Best first (score, then member index). Members of
    /// the query's own statement are skipped unless `same_statement` is true;
    /// the query itself always is. `out` is cleared first.
    void candidates(std::uint32_t query, std::size_t max_candidates, bool same_statement,
                    std::vector<Candidate>& out);

    const IndexStats& stats() const { return m_stats; }

private:
    struct Posting {
        TermId stem = 0;
        std::uint32_t member = 0;
        float weight = 0;
    };
    struct Range {
        std::uint32_t begin = 0;
        std::uint32_t end = 0;
    };
    std::span<const std::uint32_t> m_members;
    const SentenceVectors& m_vectors;
    std::size_t m_max_postings;
    std::vector<Posting> m_postings;  // by stem, then member
    std::unordered_map<TermId, Range> m_ranges;
    std::vector<float> m_accumulator;  // per member, zero between queries
    std::vector<std::uint32_t> m_touched;
    IndexStats m_stats;
};

}  // namespace dipdiff::align_detail
