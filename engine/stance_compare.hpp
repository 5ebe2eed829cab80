#pragma once
/// Stances side by side: the difference between two aligned sentences, and
/// each party's aggregate stance on each topic (docs/stance.md).
#include "engine/alignment.hpp"
#include "engine/stance.hpp"

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace dipdiff {

/// How the stances of an aligned pair differ (b against a).
struct StanceDelta {
    double tone_a = 0;
    double tone_b = 0;
    double delta = 0;  ///< tone_b - tone_a, rounded to 3 decimals
    ToneLabel label_a = ToneLabel::neutral;
    ToneLabel label_b = ToneLabel::neutral;
    Commitment commitment_a = Commitment::none;
    Commitment commitment_b = Commitment::none;
    /// The sides state the topic with different commitment ("agreed to
    /// consultations" against "ready to consider"); false when one sentence has
    /// no commitment cue at all, since it then says nothing either way.
    bool commitment_mismatch = false;
    /// Opposite framing: one sentence cooperative and the other conflictual.
    bool divergent = false;
};

/// The difference of two sentence stances.
StanceDelta stance_delta(const SentenceStance& a, const SentenceStance& b);

/// One statement's stance on one topic: its covering sentences aggregated.
struct StatementStance {
    std::uint32_t statement = 0;  ///< index into the aligned documents
    std::uint32_t sentences = 0;  ///< covering sentences that are the party's stance
    double mean_tone = 0;         ///< rounded to 3 decimals
    ToneLabel label = ToneLabel::neutral;
    Commitment strongest = Commitment::none;
    /// The sentence whose commitment is `strongest` (the first such), and the
    /// sentence with the tone farthest from 0 on the side of `label` (the first
    /// such; for neutral, the one closest to 0). Sentence indices in the statement.
    std::uint32_t strongest_sentence = 0;
    std::uint32_t tone_sentence = 0;
    std::array<std::uint32_t, 3> label_counts{};       ///< by ToneLabel
    std::array<std::uint32_t, 5> commitment_counts{};  ///< by Commitment
};

/// A party's stance on a topic: every statement of the party that covers it.
struct PartyStance {
    std::string party;
    std::uint32_t sentences = 0;
    double mean_tone = 0;  ///< over all the party's covering sentences, rounded to 3 decimals
    ToneLabel label = ToneLabel::neutral;
    Commitment strongest = Commitment::none;
    std::vector<StatementStance> statements;  ///< in statement order (the timeline plots them by date)
};

/// Stances of every party on one topic.
struct TopicStance {
    std::uint32_t topic = 0;            ///< index into AlignmentResult::topics
    std::vector<PartyStance> parties;   ///< parties in order of their first statement
    /// Two parties' aggregate labels are opposite (cooperative against conflictual).
    bool divergent = false;
    /// The parties' strongest commitments differ (and each has one).
    bool commitment_mismatch = false;
};

/// Per topic and party stances, one TopicStance per coverage entry (topics
/// nobody covers get one with no parties). `stances[i]` are the stances of
/// `documents[i]`. Journalists' questions are never counted (coverage leaves
/// them out, and so does this). Throws std::invalid_argument when the sizes do
/// not match.
std::vector<TopicStance> topic_stances(const std::vector<const Document*>& documents,
                                       const std::vector<DocumentStance>& stances, const AlignmentResult& result);

}  // namespace dipdiff
