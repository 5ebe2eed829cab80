#pragma once
/// Internal to alignment: subjects no taxonomy topic claims that recur across
/// statements, grouped by similarity and labelled by their top terms.
#include "engine/candidate_index.hpp"
#include "engine/document.hpp"
#include "engine/sentence_vectors.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace dipdiff::align_detail {

struct EmergentOptions {
    double min_similarity = 0.35;    ///< link two sentences at this cosine or more
    std::size_t min_statements = 2;  ///< a group must span this many statements
    std::size_t max_terms = 3;       ///< terms in the label
    std::size_t max_postings = 1000;
    std::size_t max_candidates = 32;
};

struct EmergentMember {
    std::uint32_t id = 0;   ///< corpus-wide sentence id
    double similarity = 0;  ///< to the most similar sentence it is linked to
};

struct EmergentGroup {
    std::vector<std::string> top_terms;   ///< surface forms, heaviest first
    std::vector<EmergentMember> members;  ///< by id
};

/// Groups `candidates` (corpus-wide ids of sentences without a topic, sorted)
/// into emergent topics: sentences linked (in any statement) when their
/// similarity reaches min_similarity, groups as connected components, kept when
/// they span min_statements statements. Labelled by the stems with the largest
/// summed weight over the group, preferring stems found in two or more of its
/// statements; a stem's surface form is the normal form of its first token in
/// the group. Groups in order of their first sentence. Adds its work to `stats`.
std::vector<EmergentGroup> find_emergent_groups(const std::vector<const Document*>& documents,
                                                const std::vector<std::uint32_t>& candidates,
                                                const SentenceVectors& vectors, const TermPool& terms,
                                                const EmergentOptions& options, IndexStats& stats);

}  // namespace dipdiff::align_detail
