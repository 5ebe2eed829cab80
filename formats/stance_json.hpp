#pragma once
/// Internal to formats/: the JSON of stances (docs/report.md, "Stance"): a
/// sentence's "stance" object, an aligned pair's "stance_delta" and a topic's
/// "stance_summary". One place, so that `inspect --stance --json` and the
/// report write one shape.
#include "engine/document.hpp"
#include "engine/lexicon.hpp"
#include "engine/stance.hpp"
#include "engine/stance_compare.hpp"
#include "formats/json_output.hpp"

#include <string_view>
#include <vector>

namespace dipdiff::json_detail {

/// {"tone", "tone_label", "commitment", "party_stance", "commitment_rule",
/// "code_phrases", "evidence"}; `text` is the statement's text the spans point into.
Json sentence_stance_json(const SentenceStance& stance, const Lexicon& lexicon, std::string_view text);

/// {"tone_a", "tone_b", "delta", "label_a", "label_b", "commitment_a",
/// "commitment_b", "cue_a", "cue_b", "commitment_mismatch", "divergent"}: the
/// cues are the phrases that decided each side's commitment (null when none).
Json stance_delta_json(const StanceDelta& delta, const SentenceStance& a, std::string_view text_a,
                       const SentenceStance& b, std::string_view text_b);

/// {"divergent", "commitment_mismatch", "parties": [{"party", "sentences",
/// "mean_tone", "tone_label", "strongest_commitment", "statements": […]}]}.
Json topic_stance_json(const TopicStance& topic, const std::vector<const Document*>& documents);

}  // namespace dipdiff::json_detail
