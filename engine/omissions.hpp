#pragma once
/// Internal to alignment: topics some statements covered and others left out.
#include "engine/alignment.hpp"

#include <cstddef>
#include <optional>
#include <vector>

namespace dipdiff::align_detail {

/// The omission of one topic, if some statements cover it and some do not
/// (a topic nobody or everybody covers is none). Evidence: for each present
/// statement in order, its strongest sentences on the topic — highest tag
/// score in `sentence_topics` (topic indices as in `coverage.topic`), own cues
/// before inherited ones, then text order — at most `evidence_per_statement`.
std::optional<Omission> find_omission(const TopicCoverage& coverage,
                                      const std::vector<DocumentTopics>& sentence_topics,
                                      std::size_t evidence_per_statement);

}  // namespace dipdiff::align_detail
