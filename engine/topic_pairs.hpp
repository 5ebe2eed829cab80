#pragma once
/// Internal to alignment: the sentence pairs of one topic across statements.
#include "engine/alignment.hpp"
#include "engine/candidate_index.hpp"
#include "engine/sentence_vectors.hpp"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace dipdiff::align_detail {

/// A sentence that covers the topic.
struct TopicMember {
    std::uint32_t id = 0;  ///< corpus-wide sentence id (SentenceVectors numbering)
    SentenceRef ref;
    int paragraph = 0;
    double tag_score = 0;  ///< the tagger's score for the topic
    bool inherited = false;
};

struct PairingOptions {
    double min_pair_score = 0.12;
    std::size_t max_partners = 2;
    /// Give every member a partner in every other statement covering the topic.
    bool cover_all = true;
    std::size_t max_postings = 1000;
    std::size_t max_candidates = 64;
};

struct ScoredPair {
    SentenceRef a;  ///< a.statement < b.statement
    SentenceRef b;
    double score = 0;
    PairBasis basis = PairBasis::similarity;
};

/// Pairs the members of one topic (sorted by statement, then sentence) across
/// statements; see docs/alignment.md for the rules. Result sorted by a, then b,
/// each pair once. Adds its work to `stats`.
std::vector<ScoredPair> pair_topic_sentences(const std::vector<TopicMember>& members,
                                             const SentenceVectors& vectors, const PairingOptions& options,
                                             IndexStats& stats);

}  // namespace dipdiff::align_detail
