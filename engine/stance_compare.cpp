#include "engine/stance_compare.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace dipdiff {

namespace {

double round3(double value) {
    const double rounded = std::round(value * 1000.0) / 1000.0;
    return rounded == 0 ? 0.0 : rounded;  // no "-0" in reports
}

bool opposite(ToneLabel a, ToneLabel b) {
    return (a == ToneLabel::cooperative && b == ToneLabel::conflictual) ||
           (a == ToneLabel::conflictual && b == ToneLabel::cooperative);
}

}  // namespace

StanceDelta stance_delta(const SentenceStance& a, const SentenceStance& b) {
    StanceDelta delta;
    delta.tone_a = a.tone;
    delta.tone_b = b.tone;
    delta.delta = round3(b.tone - a.tone);
    delta.label_a = a.label;
    delta.label_b = b.label;
    delta.commitment_a = a.commitment;
    delta.commitment_b = b.commitment;
    delta.commitment_mismatch =
        a.commitment != b.commitment && a.commitment != Commitment::none && b.commitment != Commitment::none;
    delta.divergent = opposite(a.label, b.label);
    return delta;
}

std::vector<TopicStance> topic_stances(const std::vector<const Document*>& documents,
                                       const std::vector<DocumentStance>& stances, const AlignmentResult& result) {
    if (documents.size() != stances.size())
        throw std::invalid_argument("topic_stances: one DocumentStance per document expected");
    std::vector<TopicStance> topics;
    topics.reserve(result.coverage.size());
    for (const TopicCoverage& coverage : result.coverage) {
        if (coverage.sentences.size() != documents.size())
            throw std::invalid_argument("topic_stances: coverage does not match the documents");
        TopicStance topic;
        topic.topic = coverage.topic;
        std::vector<double> tone_sums;
        for (std::uint32_t d = 0; d < documents.size(); ++d) {
            StatementStance statement;
            statement.statement = d;
            double tone_sum = 0;
            for (const std::uint32_t s : coverage.sentences[d]) {
                if (s >= stances[d].by_sentence.size())
                    throw std::invalid_argument("topic_stances: sentence index out of range");
                const SentenceStance& stance = stances[d].by_sentence[s];
                if (!stance.party_stance) continue;
                if (statement.sentences == 0 || stance.commitment > statement.strongest) {
                    statement.strongest_sentence = s;
                    statement.strongest = stance.commitment;
                }
                ++statement.sentences;
                tone_sum += stance.tone;
                ++statement.label_counts[static_cast<std::size_t>(stance.label)];
                ++statement.commitment_counts[static_cast<std::size_t>(stance.commitment)];
            }
            if (statement.sentences == 0) continue;
            statement.mean_tone = round3(tone_sum / statement.sentences);
            statement.label = tone_label(statement.mean_tone);
            // The sentence that best shows the label: the most extreme tone on
            // its side, or for neutral the one closest to 0.
            bool chosen = false;
            double chosen_key = 0;
            for (const std::uint32_t s : coverage.sentences[d]) {
                const SentenceStance& stance = stances[d].by_sentence[s];
                if (!stance.party_stance) continue;
                const double key = statement.label == ToneLabel::cooperative  ? stance.tone
                                   : statement.label == ToneLabel::conflictual ? -stance.tone
                                                                                : -std::abs(stance.tone);
                if (!chosen || key > chosen_key) {
                    chosen = true;
                    chosen_key = key;
                    statement.tone_sentence = s;
                }
            }
            const std::string& party = documents[d]->statement->party;
            auto found = std::find_if(topic.parties.begin(), topic.parties.end(),
                                      [&](const PartyStance& p) { return p.party == party; });
            if (found == topic.parties.end()) {
                topic.parties.push_back({party, 0, 0, ToneLabel::neutral, Commitment::none, {}});
                tone_sums.push_back(0);
                found = topic.parties.end() - 1;
            }
            const auto index = static_cast<std::size_t>(found - topic.parties.begin());
            found->sentences += statement.sentences;
            tone_sums[index] += tone_sum;
            found->strongest = std::max(found->strongest, statement.strongest);
            found->statements.push_back(statement);
        }
        for (std::size_t p = 0; p < topic.parties.size(); ++p) {
            PartyStance& party = topic.parties[p];
            party.mean_tone = round3(tone_sums[p] / party.sentences);
            party.label = tone_label(party.mean_tone);
        }
        for (std::size_t p = 0; p < topic.parties.size(); ++p) {
            for (std::size_t q = p + 1; q < topic.parties.size(); ++q) {
                const PartyStance& a = topic.parties[p];
                const PartyStance& b = topic.parties[q];
                if (opposite(a.label, b.label)) topic.divergent = true;
                if (a.strongest != b.strongest && a.strongest != Commitment::none && b.strongest != Commitment::none)
                    topic.commitment_mismatch = true;
            }
        }
        topics.push_back(std::move(topic));
    }
    return topics;
}

}  // namespace dipdiff
