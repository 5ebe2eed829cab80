#include "engine/stance_compare.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <array>
#include <cmath>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

namespace dipdiff {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::SizeIs;

SentenceStance stance(double tone, Commitment commitment = Commitment::none, bool party_stance = true) {
    SentenceStance s;
    s.tone = tone;
    s.label = tone_label(tone);
    s.commitment = commitment;
    s.party_stance = party_stance;
    return s;
}

// --- stance_delta -----------------------------------------------------------------------------

TEST(StanceCompareTest, DeltaIsBMinusARounded) {
    const StanceDelta d = stance_delta(stance(0.1), stance(0.3));
    EXPECT_DOUBLE_EQ(d.tone_a, 0.1);
    EXPECT_DOUBLE_EQ(d.tone_b, 0.3);
    EXPECT_DOUBLE_EQ(d.delta, 0.2);  // 0.19999999999999998 before rounding
    EXPECT_EQ(d.label_a, ToneLabel::neutral);
    EXPECT_EQ(d.label_b, ToneLabel::cooperative);
}

TEST(StanceCompareTest, OppositeLabelsAreDivergent) {
    const StanceDelta d = stance_delta(stance(0.5), stance(-0.3));
    EXPECT_DOUBLE_EQ(d.delta, -0.8);
    EXPECT_EQ(d.label_a, ToneLabel::cooperative);
    EXPECT_EQ(d.label_b, ToneLabel::conflictual);
    EXPECT_TRUE(d.divergent);
    EXPECT_TRUE(stance_delta(stance(-0.3), stance(0.5)).divergent);
}

TEST(StanceCompareTest, NeutralAgainstEitherSideIsNotDivergent) {
    EXPECT_FALSE(stance_delta(stance(0.9), stance(0.1)).divergent);
    EXPECT_FALSE(stance_delta(stance(-0.9), stance(0)).divergent);
    EXPECT_FALSE(stance_delta(stance(0.3), stance(0.8)).divergent);
}

TEST(StanceCompareTest, DeltaOfEqualTonesIsZero) {
    const StanceDelta d = stance_delta(stance(-0.4), stance(-0.4));
    EXPECT_DOUBLE_EQ(d.delta, 0);
    EXPECT_FALSE(std::signbit(d.delta));
    EXPECT_FALSE(d.divergent);
}

TEST(StanceCompareTest, DifferentCommitmentClassesMismatch) {
    const StanceDelta d = stance_delta(stance(0, Commitment::commitment), stance(0, Commitment::hedge));
    EXPECT_EQ(d.commitment_a, Commitment::commitment);
    EXPECT_EQ(d.commitment_b, Commitment::hedge);
    EXPECT_TRUE(d.commitment_mismatch);
}

TEST(StanceCompareTest, NoMismatchWhenOneSideHasNoCommitment) {
    EXPECT_FALSE(stance_delta(stance(0, Commitment::commitment), stance(0)).commitment_mismatch);
    EXPECT_FALSE(stance_delta(stance(0), stance(0, Commitment::demand)).commitment_mismatch);
}

TEST(StanceCompareTest, NoMismatchForTheSameClass) {
    EXPECT_FALSE(stance_delta(stance(0, Commitment::intent), stance(0.5, Commitment::intent)).commitment_mismatch);
}

// --- topic_stances ------------------------------------------------------------------------------

/// Three statements, of Varenia, the Kestrel Federation and Varenia again.
class Corpus {
public:
    Corpus() {
        const std::array<const char*, 3> parties{"Republic of Varenia", "Kestrel Federation", "Republic of Varenia"};
        for (std::size_t i = 0; i < parties.size(); ++i) {
            m_statements[i].party = parties[i];
            m_documents[i].statement = &m_statements[i];
        }
        // Varenia's first statement: a position, a journalist's question, a commitment.
        m_stances[0].by_sentence = {stance(0.6, Commitment::intent), stance(-0.9, Commitment::none, false),
                                    stance(0.3, Commitment::commitment)};
        // The Federation's statement: a sentence off the topic, then its position.
        m_stances[1].by_sentence = {stance(0.8, Commitment::commitment), stance(-0.5, Commitment::demand)};
        // Varenia's second statement.
        m_stances[2].by_sentence = {stance(0, Commitment::hedge)};
        m_result.coverage.push_back({0, {{0, 1, 2}, {1}, {0}}});
        m_result.coverage.push_back({1, {{}, {}, {}}});
    }

    std::vector<const Document*> documents() const {
        return {&m_documents[0], &m_documents[1], &m_documents[2]};
    }
    std::vector<DocumentStance> stances() const {
        return std::vector<DocumentStance>(m_stances.begin(), m_stances.end());
    }
    AlignmentResult& result() { return m_result; }
    std::array<DocumentStance, 3>& stance_of() { return m_stances; }

private:
    std::array<Statement, 3> m_statements;
    std::array<Document, 3> m_documents;
    std::array<DocumentStance, 3> m_stances;
    AlignmentResult m_result;
};

TEST(StanceCompareTest, OneTopicStancePerCoverageEntry) {
    Corpus corpus;
    const std::vector<TopicStance> topics = topic_stances(corpus.documents(), corpus.stances(), corpus.result());
    ASSERT_THAT(topics, SizeIs(2));
    EXPECT_EQ(topics[0].topic, 0u);
    EXPECT_EQ(topics[1].topic, 1u);
    EXPECT_THAT(topics[1].parties, IsEmpty());
    EXPECT_FALSE(topics[1].divergent);
    EXPECT_FALSE(topics[1].commitment_mismatch);
}

TEST(StanceCompareTest, StatementStanceAggregatesItsCoveringSentencesWithoutQuestions) {
    Corpus corpus;
    const std::vector<TopicStance> topics = topic_stances(corpus.documents(), corpus.stances(), corpus.result());
    ASSERT_THAT(topics.at(0).parties, SizeIs(2));
    const PartyStance& varenia = topics[0].parties[0];
    ASSERT_THAT(varenia.statements, SizeIs(2));
    const StatementStance& first = varenia.statements[0];
    EXPECT_EQ(first.statement, 0u);
    EXPECT_EQ(first.sentences, 2u);  // sentence 1 is a journalist's question
    EXPECT_DOUBLE_EQ(first.mean_tone, 0.45);
    EXPECT_EQ(first.label, ToneLabel::cooperative);
    EXPECT_EQ(first.strongest, Commitment::commitment);
    EXPECT_EQ(first.strongest_sentence, 2u);
    EXPECT_EQ(first.tone_sentence, 0u);  // 0.6 is the most cooperative
    EXPECT_THAT(first.label_counts, ElementsAre(0u, 0u, 2u));
    EXPECT_THAT(first.commitment_counts, ElementsAre(0u, 0u, 1u, 0u, 1u));
    const StatementStance& second = varenia.statements[1];
    EXPECT_EQ(second.statement, 2u);
    EXPECT_EQ(second.sentences, 1u);
    EXPECT_DOUBLE_EQ(second.mean_tone, 0);
    EXPECT_EQ(second.label, ToneLabel::neutral);
    EXPECT_EQ(second.strongest, Commitment::hedge);
    EXPECT_EQ(second.strongest_sentence, 0u);
    EXPECT_THAT(second.label_counts, ElementsAre(0u, 1u, 0u));
    EXPECT_THAT(second.commitment_counts, ElementsAre(0u, 1u, 0u, 0u, 0u));
}

TEST(StanceCompareTest, PartiesAreInOrderOfTheirFirstStatementAndPoolTheirSentences) {
    Corpus corpus;
    const std::vector<TopicStance> topics = topic_stances(corpus.documents(), corpus.stances(), corpus.result());
    ASSERT_THAT(topics.at(0).parties, SizeIs(2));
    const PartyStance& varenia = topics[0].parties[0];
    EXPECT_EQ(varenia.party, "Republic of Varenia");
    EXPECT_EQ(varenia.sentences, 3u);
    EXPECT_DOUBLE_EQ(varenia.mean_tone, 0.3);  // (0.6 + 0.3 + 0) / 3, not the mean of the statement means
    EXPECT_EQ(varenia.label, ToneLabel::cooperative);
    EXPECT_EQ(varenia.strongest, Commitment::commitment);
    const PartyStance& kestrel = topics[0].parties[1];
    EXPECT_EQ(kestrel.party, "Kestrel Federation");
    EXPECT_EQ(kestrel.sentences, 1u);
    EXPECT_DOUBLE_EQ(kestrel.mean_tone, -0.5);
    EXPECT_EQ(kestrel.label, ToneLabel::conflictual);
    EXPECT_EQ(kestrel.strongest, Commitment::demand);  // sentence 0 (a commitment) is off the topic
    ASSERT_THAT(kestrel.statements, SizeIs(1));
    EXPECT_EQ(kestrel.statements[0].statement, 1u);
    EXPECT_EQ(kestrel.statements[0].strongest_sentence, 1u);
    EXPECT_EQ(kestrel.statements[0].tone_sentence, 1u);
}

TEST(StanceCompareTest, OppositePartyLabelsAndCommitmentsAreFlagged) {
    Corpus corpus;
    const std::vector<TopicStance> topics = topic_stances(corpus.documents(), corpus.stances(), corpus.result());
    EXPECT_TRUE(topics.at(0).divergent);
    EXPECT_TRUE(topics.at(0).commitment_mismatch);
}

TEST(StanceCompareTest, NoCommitmentMismatchWhenOnePartyCommitsToNothing) {
    Corpus corpus;
    corpus.stance_of()[1].by_sentence[1] = stance(0.1);
    const std::vector<TopicStance> topics = topic_stances(corpus.documents(), corpus.stances(), corpus.result());
    ASSERT_THAT(topics.at(0).parties, SizeIs(2));
    EXPECT_EQ(topics[0].parties[1].strongest, Commitment::none);
    EXPECT_FALSE(topics[0].commitment_mismatch);
    EXPECT_FALSE(topics[0].divergent);  // cooperative against neutral
}

TEST(StanceCompareTest, StatementCoveringTheTopicOnlyWithAQuestionIsLeftOut) {
    Corpus corpus;
    corpus.result().coverage[0].sentences = {{1}, {1}, {}};
    const std::vector<TopicStance> topics = topic_stances(corpus.documents(), corpus.stances(), corpus.result());
    ASSERT_THAT(topics.at(0).parties, SizeIs(1));
    EXPECT_EQ(topics[0].parties[0].party, "Kestrel Federation");
    EXPECT_FALSE(topics[0].divergent);
    EXPECT_FALSE(topics[0].commitment_mismatch);
}

TEST(StanceCompareTest, ToneSentenceIsTheMostExtremeOnTheSideOfTheLabel) {
    Corpus corpus;
    corpus.stance_of()[1].by_sentence = {stance(-0.3), stance(-0.7), stance(-0.7), stance(0.2)};
    corpus.stance_of()[2].by_sentence = {stance(0.2), stance(-0.1), stance(0.1)};
    corpus.result().coverage[0].sentences = {{}, {0, 1, 2, 3}, {0, 1, 2}};
    const std::vector<TopicStance> topics = topic_stances(corpus.documents(), corpus.stances(), corpus.result());
    ASSERT_THAT(topics.at(0).parties, SizeIs(2));
    const StatementStance& conflictual = topics[0].parties[0].statements.at(0);
    EXPECT_EQ(conflictual.label, ToneLabel::conflictual);
    EXPECT_DOUBLE_EQ(conflictual.mean_tone, -0.375);
    EXPECT_EQ(conflictual.tone_sentence, 1u);  // the first of the two at -0.7
    const StatementStance& neutral = topics[0].parties[1].statements.at(0);
    EXPECT_EQ(neutral.label, ToneLabel::neutral);
    EXPECT_EQ(neutral.tone_sentence, 1u);  // -0.1 is the closest to 0
}

TEST(StanceCompareTest, StrongestSentenceIsTheFirstWithTheStrongestClass) {
    Corpus corpus;
    corpus.stance_of()[1].by_sentence = {stance(0), stance(0, Commitment::demand), stance(0, Commitment::demand)};
    corpus.result().coverage[0].sentences = {{}, {0, 1, 2}, {}};
    const std::vector<TopicStance> topics = topic_stances(corpus.documents(), corpus.stances(), corpus.result());
    ASSERT_THAT(topics.at(0).parties, SizeIs(1));
    EXPECT_EQ(topics[0].parties[0].statements.at(0).strongest, Commitment::demand);
    EXPECT_EQ(topics[0].parties[0].statements.at(0).strongest_sentence, 1u);
}

TEST(StanceCompareTest, MismatchedSizesAreRejected) {
    Corpus corpus;
    std::vector<DocumentStance> two = corpus.stances();
    two.pop_back();
    EXPECT_THROW(topic_stances(corpus.documents(), two, corpus.result()), std::invalid_argument);

    corpus.result().coverage[1].sentences = {{}, {}};
    EXPECT_THROW(topic_stances(corpus.documents(), corpus.stances(), corpus.result()), std::invalid_argument);
}

TEST(StanceCompareTest, SentenceIndexOutOfRangeIsRejected) {
    Corpus corpus;
    corpus.result().coverage[0].sentences[2] = {1};  // Varenia's second statement has one sentence
    EXPECT_THROW(topic_stances(corpus.documents(), corpus.stances(), corpus.result()), std::invalid_argument);
}

}  // namespace
}  // namespace dipdiff
