#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "engine/analyse.hpp"
#include "engine/diagnostic.hpp"
#include "engine/topics.hpp"

namespace dipdiff {
namespace {

using ::testing::ElementsAre;

TopicDefinition topic(std::string id, std::vector<TopicPhrase> phrases,
                      std::vector<std::string> exclusions = {}, bool procedural = false) {
    TopicDefinition t;
    t.id = id;
    t.label = id;
    t.procedural = procedural;
    t.phrases = std::move(phrases);
    t.exclusions = std::move(exclusions);
    return t;
}

// A small taxonomy written for these tests, so that they do not move with data/topics.json.
Taxonomy test_taxonomy() {
    Taxonomy taxonomy;
    taxonomy.topics.push_back(topic("arms",
                                    {{"arms control", 3},
                                     {"New START Treaty", 3},
                                     {"New START", 2},
                                     {"control regime", 2},
                                     {"warheads", 2},
                                     {"treaty", 1},
                                     {"nuclear", 1}},
                                    {"nuclear power plant", "a new start"}));
    taxonomy.topics.push_back(topic("non-proliferation", {{"non-proliferation", 3}, {"nuclear", 1}}));
    taxonomy.topics.push_back(
        topic("energy", {{"pipeline", 3}, {"gas", 2}, {"energy", 1}}, {"positive energy"}));
    taxonomy.topics.push_back(topic("sanctions", {{"sanctions", 3}, {"U.S. Treasury", 3}}));
    taxonomy.topics.push_back(topic("meeting", {{"phone call", 3}, {"met with", 2}, {"call", 1}}, {}, true));
    return taxonomy;
}

Statement plain(std::string text, Genre genre = Genre::readout, std::string language = "en") {
    Statement statement;
    statement.text = std::move(text);
    statement.language = std::move(language);
    statement.genre = genre;
    use_plain_analysis_text(statement);
    return statement;
}

/// Segments, attributes and tags statements with one taxonomy.
class Tagging {
public:
    explicit Tagging(Taxonomy taxonomy = test_taxonomy())
        : m_taxonomy(std::move(taxonomy)), m_segmenter(m_terms), m_tagger(m_taxonomy, m_segmenter) {}

    DocumentTopics tag(const Statement& statement) {
        m_document = analyse_statement(m_segmenter, statement);
        return m_tagger.tag(m_document);
    }
    const Document& document() const { return m_document; }
    Document& document() { return m_document; }
    DocumentTopics retag() const { return m_tagger.tag(m_document); }
    const Taxonomy& taxonomy() const { return m_taxonomy; }

    /// "id score" for every topic of sentence `index`, with "^from" when inherited.
    std::vector<std::string> summary(const DocumentTopics& topics, std::size_t index) const {
        std::vector<std::string> out;
        for (const SentenceTopic& t : topics.by_sentence.at(index)) {
            std::string line =
                m_taxonomy.topics.at(t.topic).id + " " + std::to_string(static_cast<int>(t.score));
            if (t.inherited) line += " ^" + std::to_string(t.inherited_from);
            out.push_back(line);
        }
        return out;
    }

    /// "phrase=matched text/weight" for each evidence item of the sentence's topic `id`.
    std::vector<std::string> evidence(const DocumentTopics& topics, std::size_t index,
                                      const std::string& id) const {
        std::vector<std::string> out;
        for (const SentenceTopic& t : topics.by_sentence.at(index)) {
            if (m_taxonomy.topics.at(t.topic).id != id) continue;
            for (const TopicEvidence& e : t.evidence)
                out.push_back(e.phrase + "=" + std::string(e.span.of(m_document.statement->text)) + "/" +
                              std::to_string(e.weight));
        }
        return out;
    }

private:
    Taxonomy m_taxonomy;
    TermPool m_terms;
    Segmenter m_segmenter;
    TopicTagger m_tagger;
    Document m_document;
};

struct OneSentenceCase {
    const char* name;
    const char* text;
    std::vector<std::string> topics;
};

class OneSentenceTest : public ::testing::TestWithParam<OneSentenceCase> {};

TEST_P(OneSentenceTest, TopicsAndScores) {
    const OneSentenceCase& c = GetParam();
    Tagging tagging;
    const Statement statement = plain(c.text);
    const DocumentTopics topics = tagging.tag(statement);
    ASSERT_EQ(topics.by_sentence.size(), 1u) << c.text;
    EXPECT_EQ(tagging.summary(topics, 0), c.topics) << c.text;
}

INSTANTIATE_TEST_SUITE_P(
    TopicTagger, OneSentenceTest,
    ::testing::Values(
        OneSentenceCase{"StemsMatchWordForms", "Officials discussed the pipelines.", {"energy 3"}},
        OneSentenceCase{"WordOrderMatters", "The controls on arms were discussed.", {}},
        OneSentenceCase{"CaseIsFolded", "ARMS CONTROL was the subject.", {"arms 3"}},
        OneSentenceCase{
            "HyphenSeparatesNothing", "They discussed non proliferation.", {"non-proliferation 3"}},
        OneSentenceCase{"HyphenInTextMatchesPhraseWithHyphen",
                        "They discussed non-proliferation.",
                        {"non-proliferation 3"}},
        OneSentenceCase{"AbbreviationWithPeriodsIsOneWord", "The U.S. Treasury acted.", {"sanctions 3"}},
        OneSentenceCase{"AbbreviationWithoutPeriodsIsAnotherWord", "The US Treasury acted.", {}},
        OneSentenceCase{"OneWeakCueIsBelowTheThreshold", "Nuclear matters came up.", {}},
        OneSentenceCase{"TwoWeakCuesReachTheThreshold", "A nuclear treaty came up.", {"arms 2"}},
        OneSentenceCase{"WeakCueSharedByTwoTopicsCountsForEach",
                        "A nuclear treaty and non-proliferation.",
                        {"arms 2", "non-proliferation 4"}},
        OneSentenceCase{"RepeatedPhraseCountsOnce", "Gas, gas and more gas.", {"energy 2"}},
        OneSentenceCase{"DistinctPhrasesSum", "Gas from the pipeline.", {"energy 5"}},
        OneSentenceCase{
            "ExclusionCancelsTheCueItOverlaps", "The nuclear power plant and arms control.", {"arms 3"}},
        OneSentenceCase{
            "ExclusionLeavesTheSentenceBelowTheThreshold", "A treaty on the nuclear power plant.", {}},
        OneSentenceCase{"ExclusionOnlyAppliesToItsOwnTopic",
                        "The nuclear power plant and non-proliferation.",
                        {"non-proliferation 4"}},
        OneSentenceCase{"ExclusionCancelsAPhraseInsideIt", "This is a new start for both.", {}},
        OneSentenceCase{"PhraseOutsideTheExclusionStillCounts", "A positive energy and gas.", {"energy 2"}},
        OneSentenceCase{"NestedPhraseIsDropped", "They praised the New START Treaty.", {"arms 3"}},
        OneSentenceCase{"OverlappingPhrasesBothCount", "An arms control regime.", {"arms 5"}},
        OneSentenceCase{"ProceduralTopicIsTagged", "The phone call was long.", {"meeting 3"}},
        OneSentenceCase{"TopicsComeInTaxonomyOrder",
                        "After the phone call, sanctions on gas.",
                        {"energy 2", "sanctions 3", "meeting 3"}},
        OneSentenceCase{"NoCueNoTopic", "Good evening.", {}}),
    [](const ::testing::TestParamInfo<OneSentenceCase>& info) { return std::string(info.param.name); });

TEST(TopicTaggerTest, PhraseNeverMatchesAcrossASentenceBoundary) {
    Tagging tagging;
    const Statement statement = plain("They discussed arms. Control of the agenda was theirs.");
    const DocumentTopics topics = tagging.tag(statement);
    ASSERT_EQ(topics.by_sentence.size(), 2u);
    EXPECT_TRUE(topics.by_sentence[0].empty());
    EXPECT_TRUE(topics.by_sentence[1].empty());
}

TEST(TopicTaggerTest, EvidenceNamesThePhraseAsWrittenAndTheMatchedText) {
    Tagging tagging;
    const Statement statement = plain("The new start treaty limits warheads, and warheads again.");
    const DocumentTopics topics = tagging.tag(statement);
    // "new start" is not excluded: "a new start" needs the article.
    EXPECT_THAT(tagging.evidence(topics, 0, "arms"),
                ElementsAre("New START Treaty=new start treaty/3", "warheads=warheads/2"));
    ASSERT_EQ(topics.by_sentence[0].size(), 1u);
    EXPECT_EQ(topics.by_sentence[0][0].evidence[0].span, (Span{4, 20}));
    EXPECT_EQ(topics.by_sentence[0][0].evidence[1].span, (Span{28, 36}));
}

TEST(TopicTaggerTest, EvidenceSpanAcrossPunctuationCoversItInTheOriginalText) {
    Tagging tagging;
    const Statement statement = plain("On non - proliferation, they agreed.");
    const DocumentTopics topics = tagging.tag(statement);
    EXPECT_THAT(tagging.evidence(topics, 0, "non-proliferation"),
                ElementsAre("non-proliferation=non - proliferation/3"));
}

TEST(TopicTaggerTest, EvidenceSpansPointIntoTheOriginalMarkdown) {
    // Original "**Arms** _control_ and *gas*."; the analysis text has the markup removed.
    Statement statement;
    statement.language = "en";
    statement.text = "**Arms** _control_ and *gas*.";
    statement.analysis.text = "Arms control and gas.";
    const std::vector<std::uint32_t> origin = {2,  3,  4,  5,  8,  10, 11, 12, 13, 14, 15,
                                               16, 18, 19, 20, 21, 22, 24, 25, 26, 28};
    statement.analysis.origin = origin;
    ASSERT_EQ(statement.analysis.origin.size(), statement.analysis.text.size());
    Tagging tagging;
    const DocumentTopics topics = tagging.tag(statement);
    EXPECT_THAT(tagging.evidence(topics, 0, "arms"), ElementsAre("arms control=Arms** _control/3"));
    EXPECT_THAT(tagging.evidence(topics, 0, "energy"), ElementsAre("gas=gas/2"));
}

TEST(TopicTaggerTest, ScoreIsTheSumOfTheEvidenceWeights) {
    Tagging tagging;
    const Statement statement = plain("The pipeline carries gas, and energy prices rose.");
    const DocumentTopics topics = tagging.tag(statement);
    ASSERT_EQ(topics.by_sentence[0].size(), 1u);
    const SentenceTopic& energy = topics.by_sentence[0][0];
    EXPECT_EQ(energy.score, 6);
    EXPECT_FALSE(energy.inherited);
    EXPECT_THAT(tagging.evidence(topics, 0, "energy"),
                ElementsAre("pipeline=pipeline/3", "gas=gas/2", "energy=energy/1"));
}

TEST(TopicTaggerTest, QuestionsAreTaggedLikeAnyOtherSentence) {
    Tagging tagging;
    const Statement statement =
        plain("MINISTER RUDD: Good afternoon.\n\nQ: Will you lift the sanctions?\n", Genre::press_conference);
    const DocumentTopics topics = tagging.tag(statement);
    ASSERT_EQ(tagging.document().sentences.size(), 2u);
    ASSERT_TRUE(tagging.document().sentences[1].question);
    EXPECT_THAT(tagging.summary(topics, 1), ElementsAre("sanctions 3"));
}

struct ContextCase {
    const char* name;
    const char* text;
    Genre genre;
    std::vector<std::vector<std::string>> topics;  // per sentence
};

class ContextTest : public ::testing::TestWithParam<ContextCase> {};

TEST_P(ContextTest, SentenceTopics) {
    const ContextCase& c = GetParam();
    Tagging tagging;
    const Statement statement = plain(c.text, c.genre);
    const DocumentTopics topics = tagging.tag(statement);
    ASSERT_EQ(topics.by_sentence.size(), c.topics.size()) << c.text;
    for (std::size_t i = 0; i < c.topics.size(); ++i) EXPECT_EQ(tagging.summary(topics, i), c.topics[i]) << i;
}

INSTANTIATE_TEST_SUITE_P(
    TopicTagger, ContextTest,
    ::testing::Values(
        ContextCase{"PronounOpenerInherits",
                    "The talks focused on the pipeline. It also covers the joint financing of the grid.",
                    Genre::readout,
                    {{"energy 3"}, {"energy 1 ^0"}}},
        ContextCase{
            "ChainOfContinuationsNamesTheFirstCarrier",
            "The talks focused on the pipeline. It will be finished in May. This matters for the region.",
            Genre::readout,
            {{"energy 3"}, {"energy 1 ^0"}, {"energy 1 ^0"}}},
        ContextCase{"AlsoInTheFirstClauseInherits",
                    "Gas deliveries were discussed. The ministers also agreed on a timetable, as before.",
                    Genre::readout,
                    {{"energy 2"}, {"energy 1 ^0"}}},
        ContextCase{"ThatPhraseInTheFirstClauseInherits",
                    "Gas deliveries were discussed. To that end, experts will meet in May.",
                    Genre::readout,
                    {{"energy 2"}, {"energy 1 ^0"}}},
        ContextCase{"CueAfterTheFirstClauseDoesNotCount",
                    "Gas deliveries were discussed. Experts will meet in May, and also in June.",
                    Genre::readout,
                    {{"energy 2"}, {}}},
        ContextCase{"WeakCueOfTheSameTopicInherits",
                    "Gas deliveries were discussed. Ministers noted rising energy prices.",
                    Genre::readout,
                    {{"energy 2"}, {"energy 1 ^0"}}},
        ContextCase{"WeakCueOfAnotherTopicDoesNotInherit",
                    "Gas deliveries were discussed. Ministers noted the nuclear question.",
                    Genre::readout,
                    {{"energy 2"}, {}}},
        ContextCase{"NoCueNoInheritance",
                    "Gas deliveries were discussed. Ministers thanked their hosts.",
                    Genre::readout,
                    {{"energy 2"}, {}}},
        ContextCase{"NotAcrossParagraphs",
                    "Gas deliveries were discussed.\n\nIt was a long day.",
                    Genre::readout,
                    {{"energy 2"}, {}}},
        ContextCase{"ProceduralTopicsAreNotInherited",
                    "The phone call lasted an hour. It was the first this year.",
                    Genre::readout,
                    {{"meeting 3"}, {}}},
        ContextCase{"OnlyTheSubstantiveTopicsOfTheSentenceBeforeAreInherited",
                    "After the phone call, gas was discussed. It will flow in May.",
                    Genre::readout,
                    {{"energy 2", "meeting 3"}, {"energy 1 ^0"}}},
        ContextCase{"ASentenceWithItsOwnSubjectInheritsNothing",
                    "Gas deliveries were discussed. They also discussed sanctions.",
                    Genre::readout,
                    {{"energy 2"}, {"sanctions 3"}}},
        ContextCase{"AProceduralTopicOfItsOwnDoesNotStopInheritance",
                    "Gas deliveries were discussed. They met with the operators.",
                    Genre::readout,
                    {{"energy 2"}, {"energy 1 ^0", "meeting 2"}}},
        ContextCase{"OnlyTheSentenceDirectlyBeforeCounts",
                    "Gas deliveries were discussed. Ministers thanked their hosts. It was a long day.",
                    Genre::readout,
                    {{"energy 2"}, {}, {}}},
        ContextCase{
            "NotIntoAQuestion",
            "MINISTER RUDD: Good afternoon.\n\nQ: What about the pipeline? Is it finished? It is late.\n",
            Genre::press_conference,
            {{}, {"energy 3"}, {}, {}}},
        ContextCase{"NotFromAQuestionIntoTheAnswer",
                    "Q: What about the pipeline?\n\nMINISTER RUDD: It is late.\n",
                    Genre::press_conference,
                    {{"energy 3"}, {}}}),
    [](const ::testing::TestParamInfo<ContextCase>& info) { return std::string(info.param.name); });

TEST(TopicTaggerTest, NothingIsInheritedFromOrIntoAQuestionInsideAParagraph) {
    // The segmenter marks whole turns as questions; a document built otherwise must still keep the rule.
    Tagging tagging;
    const Statement statement = plain("What about the pipeline? It is late.");
    ASSERT_THAT(tagging.summary(tagging.tag(statement), 1), ElementsAre("energy 1 ^0"));
    tagging.document().sentences[0].question = true;
    EXPECT_TRUE(tagging.retag().by_sentence[1].empty());
    tagging.document().sentences[0].question = false;
    tagging.document().sentences[1].question = true;
    EXPECT_TRUE(tagging.retag().by_sentence[1].empty());
}

TEST(TopicTaggerTest, InheritedTopicCarriesTheWeakCueAsEvidence) {
    Tagging tagging;
    const Statement statement = plain("Gas deliveries were discussed. Ministers noted rising energy prices.");
    const DocumentTopics topics = tagging.tag(statement);
    ASSERT_EQ(topics.by_sentence[1].size(), 1u);
    EXPECT_TRUE(topics.by_sentence[1][0].inherited);
    EXPECT_EQ(topics.by_sentence[1][0].inherited_from, 0u);
    EXPECT_THAT(tagging.evidence(topics, 1, "energy"), ElementsAre("energy=energy/1"));
}

TEST(TopicTaggerTest, InheritedTopicWithoutCueHasNoEvidence) {
    Tagging tagging;
    const Statement statement = plain("Gas deliveries were discussed. It will take time.");
    const DocumentTopics topics = tagging.tag(statement);
    ASSERT_EQ(topics.by_sentence[1].size(), 1u);
    EXPECT_TRUE(topics.by_sentence[1][0].evidence.empty());
    EXPECT_EQ(topics.by_sentence[1][0].score, 1);
}

TEST(TopicTaggerTest, EnglishPhrasesDoNotMatchAnotherLanguage) {
    Tagging tagging;
    const Statement statement = plain("Стороны обсудили газ, трубопровод и санкции.", Genre::readout, "ru");
    const DocumentTopics topics = tagging.tag(statement);
    ASSERT_EQ(topics.by_sentence.size(), 1u);
    EXPECT_TRUE(topics.by_sentence[0].empty());
}

TEST(TopicTaggerTest, ForeignWordsAreStemmedWithTheDocumentsLanguageOnBothSides) {
    // The Russian stemmer leaves Latin words as they are, in the text and in the phrase:
    // "sanctions" matches itself, but no longer "sanctioned" as it would in English.
    Tagging tagging;
    const Statement statement = plain("Стороны обсудили sanctions. Стороны обсудили sanctioned.", Genre::readout, "ru");
    const DocumentTopics topics = tagging.tag(statement);
    ASSERT_EQ(topics.by_sentence.size(), 2u);
    EXPECT_THAT(tagging.summary(topics, 0), ElementsAre("sanctions 3"));
    EXPECT_TRUE(topics.by_sentence[1].empty());
}

TEST(TopicTaggerTest, PhrasesAreStemmedForTheDocumentsLanguage) {
    Taxonomy taxonomy;
    taxonomy.topics.push_back(topic("sanctions", {{"санкции", 3}}));
    Tagging tagging(taxonomy);
    const Statement russian = plain("Стороны обсудили вопрос о санкциях.", Genre::readout, "ru");
    const DocumentTopics topics = tagging.tag(russian);
    EXPECT_THAT(tagging.summary(topics, 0), ElementsAre("sanctions 3"));
    EXPECT_THAT(tagging.evidence(topics, 0, "sanctions"), ElementsAre("санкции=санкциях/3"));
}

TEST(TopicTaggerTest, TaggingTwiceGivesTheSameResult) {
    Tagging tagging;
    const Statement statement = plain("Gas and the pipeline. It will flow. Sanctions were not discussed.");
    const DocumentTopics first = tagging.tag(statement);
    const DocumentTopics second = tagging.tag(statement);
    ASSERT_EQ(first.by_sentence.size(), second.by_sentence.size());
    for (std::size_t i = 0; i < first.by_sentence.size(); ++i)
        EXPECT_EQ(tagging.summary(first, i), tagging.summary(second, i));
}

TEST(TopicTaggerTest, PhraseWithoutWordsIsAnError) {
    Taxonomy taxonomy;
    TopicDefinition bad = topic("energy", {{"gas", 2}, {" -- ", 1}});
    bad.path = "extra.json";
    bad.phrases[1].location = FieldLocation{7, 19};
    taxonomy.topics.push_back(bad);
    TermPool terms;
    Segmenter segmenter(terms);
    try {
        TopicTagger tagger(taxonomy, segmenter);
        ADD_FAILURE() << "expected an InputError";
    } catch (const InputError& e) {
        EXPECT_EQ(e.diagnostic().id, "topics.no-words");
        EXPECT_EQ(e.diagnostic().format(),
                  "extra.json:7:19: error: phrase \" -- \" of topic \"energy\" has no words \u2014 words "
                  "(letters or "
                  "digits)");
    }
}

TEST(TopicTaggerTest, EmptyTaxonomyTagsNothing) {
    Tagging tagging(Taxonomy{});
    const Statement statement = plain("Gas and the pipeline. It will flow.");
    const DocumentTopics topics = tagging.tag(statement);
    ASSERT_EQ(topics.by_sentence.size(), 2u);
    EXPECT_TRUE(topics.by_sentence[0].empty());
    EXPECT_TRUE(topics.by_sentence[1].empty());
}

}  // namespace
}  // namespace dipdiff
