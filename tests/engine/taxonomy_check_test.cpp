#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "engine/topics.hpp"

namespace dipdiff {
namespace {

using ::testing::ElementsAre;

std::vector<std::string> problems(const TopicDefinition& topic) {
    TermPool terms;
    Segmenter segmenter(terms);
    std::vector<std::string> out;
    for (const Diagnostic& d : validate_taxonomy(Taxonomy{{topic}}, segmenter))
        out.push_back(d.id + " " + d.format());
    return out;
}

TopicDefinition sanctions() {
    TopicDefinition t;
    t.id = "sanctions";
    t.label = "Sanctions";
    t.path = "x.json";
    t.phrases = {{"sanctions", 3, {4, 10}}, {"export controls", 3, {5, 10}}};
    t.exclusions = {"sanctions relief"};
    t.exclusion_locations = {{6, 12}};
    return t;
}

TEST(TaxonomyCheckTest, AValidTopicHasNoProblems) { EXPECT_THAT(problems(sanctions()), ElementsAre()); }

TEST(TaxonomyCheckTest, TwoPhrasesWithTheSameStemsNameBoth) {
    TopicDefinition t = sanctions();
    t.phrases.push_back({"Sanctioned", 2, {7, 10}});
    EXPECT_THAT(
        problems(t),
        ElementsAre("topics.duplicate-stems x.json:7:10: error: phrase \"Sanctioned\" of topic \"sanctions\" "
                    "has the same stems (sanction) as phrase \"sanctions\" (line 4) \u2014 one phrase for "
                    "each sequence of stems (stemming already matches the other word forms)"));
}

TEST(TaxonomyCheckTest, PunctuationDoesNotMakeAPhraseDifferent) {
    TopicDefinition t = sanctions();
    t.phrases.push_back({"export-controls", 2, {7, 10}});
    ASSERT_EQ(problems(t).size(), 1u);
    EXPECT_TRUE(
        problems(t)[0].starts_with("topics.duplicate-stems x.json:7:10: error: phrase \"export-controls\""));
}

TEST(TaxonomyCheckTest, AnExclusionEqualToAPhraseCouldNeverCount) {
    TopicDefinition t = sanctions();
    t.exclusions.push_back("the export control");
    t.exclusions.push_back("export control");
    t.exclusion_locations.push_back({6, 30});
    t.exclusion_locations.push_back({6, 54});
    EXPECT_THAT(
        problems(t),
        ElementsAre("topics.excluded-phrase x.json:6:54: error: exclusion \"export control\" of topic "
                    "\"sanctions\" has the same stems (export control) as phrase \"export controls\" (line "
                    "5), which could never count \u2014 an exclusion longer than the phrase it cancels "
                    "(\"nuclear power plant\" for \"nuclear\")"));
}

TEST(TaxonomyCheckTest, PhrasesWithoutWords) {
    TopicDefinition t = sanctions();
    t.phrases.push_back({"", 1, {}});
    t.exclusions.push_back("...");
    EXPECT_THAT(
        problems(t),
        ElementsAre("topics.no-words x.json: error: phrase \"\" of topic \"sanctions\" has no words \u2014 "
                    "words (letters or digits)",
                    "topics.no-words x.json: error: exclusion \"...\" of topic \"sanctions\" has no words "
                    "\u2014 words (letters or digits)"));
}

TEST(TaxonomyCheckTest, SameStemsInTwoTopicsAreAllowed) {
    TopicDefinition a = sanctions();
    TopicDefinition b = sanctions();
    b.id = "trade";
    TermPool terms;
    Segmenter segmenter(terms);
    EXPECT_TRUE(validate_taxonomy(Taxonomy{{a, b}}, segmenter).empty());
}

}  // namespace
}  // namespace dipdiff
