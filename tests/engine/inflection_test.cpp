#include "engine/inflection.hpp"

#include <gtest/gtest.h>

namespace dipdiff {
namespace {

TEST(InflectionTest, VerbEndingsAreRemoved) {
    EXPECT_EQ(english_inflection_base("condemn"), "condemn");
    EXPECT_EQ(english_inflection_base("condemned"), "condemn");
    EXPECT_EQ(english_inflection_base("condemns"), "condemn");
}

TEST(InflectionTest, AdverbAndAdjectiveShareABase) {
    EXPECT_EQ(english_inflection_base("constructive"), "constructiv");
    EXPECT_EQ(english_inflection_base("constructively"), "constructiv");
}

TEST(InflectionTest, PastTenseOfAVerbEndingInEeKeepsOneE) {
    EXPECT_EQ(english_inflection_base("agreed"), "agre");
    EXPECT_EQ(english_inflection_base("agree"), "agre");
}

TEST(InflectionTest, WordsThatEndInEedAreNotPastTenses) {
    EXPECT_TRUE(same_english_inflection("need", "needs"));
    EXPECT_TRUE(same_english_inflection("need", "needed"));
    EXPECT_TRUE(same_english_inflection("proceed", "proceeded"));
    EXPECT_TRUE(same_english_inflection("succeed", "succeeds"));
    EXPECT_TRUE(same_english_inflection("guarantee", "guaranteed"));
    EXPECT_FALSE(same_english_inflection("need", "nee"));
}

TEST(InflectionTest, ADoubledFinalConsonantKeptByTheBaseStillMatches) {
    EXPECT_TRUE(same_english_inflection("expel", "expelled"));
    EXPECT_TRUE(same_english_inflection("controlled", "control"));
    EXPECT_TRUE(same_english_inflection("call", "called"));
    EXPECT_FALSE(same_english_inflection("expel", "expert"));
}

TEST(InflectionTest, PluralInIesGoesBackToY) {
    EXPECT_EQ(english_inflection_base("allies"), "ally");
    EXPECT_EQ(english_inflection_base("ally"), "ally");
}

TEST(InflectionTest, DoubledConsonantIsUndone) {
    EXPECT_EQ(english_inflection_base("regretted"), "regret");
    EXPECT_EQ(english_inflection_base("regret"), "regret");
}

TEST(InflectionTest, DoubledLIsKept) { EXPECT_EQ(english_inflection_base("called"), "call"); }

TEST(InflectionTest, FinalEIsDroppedSoAllFormsOfShareMeet) {
    EXPECT_EQ(english_inflection_base("share"), "shar");
    EXPECT_EQ(english_inflection_base("shared"), "shar");
    EXPECT_EQ(english_inflection_base("sharing"), "shar");
    EXPECT_EQ(english_inflection_base("shares"), "shar");
}

TEST(InflectionTest, ShortWordsAreUnchanged) {
    EXPECT_EQ(english_inflection_base("us"), "us");
    EXPECT_EQ(english_inflection_base("was"), "was");
    EXPECT_EQ(english_inflection_base("led"), "led");
}

TEST(InflectionTest, WordsEndingInSsUsOrIsKeepTheirS) {
    EXPECT_EQ(english_inflection_base("progress"), "progress");
    EXPECT_EQ(english_inflection_base("consensus"), "consensus");
    EXPECT_EQ(english_inflection_base("crisis"), "crisis");
}

TEST(InflectionTest, InflectionsOfOneWordAreTheSame) {
    EXPECT_TRUE(same_english_inflection("condemn", "condemned"));
    EXPECT_TRUE(same_english_inflection("condemned", "condemns"));
    EXPECT_TRUE(same_english_inflection("constructive", "constructively"));
    EXPECT_TRUE(same_english_inflection("agree", "agreed"));
    EXPECT_TRUE(same_english_inflection("ally", "allies"));
    EXPECT_TRUE(same_english_inflection("regret", "regretted"));
    EXPECT_TRUE(same_english_inflection("shared", "sharing"));
    EXPECT_TRUE(same_english_inflection("share", "shared"));
}

TEST(InflectionTest, AWordIsAnInflectionOfItself) {
    EXPECT_TRUE(same_english_inflection("sanctions", "sanctions"));
    EXPECT_TRUE(same_english_inflection("of", "of"));
}

TEST(InflectionTest, WordsThatOnlyShareASnowballStemAreNotInflections) {
    EXPECT_FALSE(same_english_inflection("useful", "used"));
    EXPECT_FALSE(same_english_inflection("positive", "positions"));
    EXPECT_FALSE(same_english_inflection("relatively", "relations"));
}

TEST(InflectionTest, DifferentWordsAreNotInflections) {
    EXPECT_FALSE(same_english_inflection("condemn", "commend"));
    EXPECT_FALSE(same_english_inflection("ally", "all"));
}

}  // namespace
}  // namespace dipdiff
