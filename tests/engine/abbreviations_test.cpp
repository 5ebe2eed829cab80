#include "engine/abbreviations.hpp"

#include <gtest/gtest.h>

namespace dipdiff {
namespace {

TEST(AbbreviationsTest, ClassifiesWordsBeforeAPeriod) {
    EXPECT_EQ(abbreviation_kind("Mr", "en"), AbbreviationKind::never_final);
    EXPECT_EQ(abbreviation_kind("Amb", "en"), AbbreviationKind::never_final);
    EXPECT_EQ(abbreviation_kind("e.g", "en"), AbbreviationKind::never_final);
    EXPECT_EQ(abbreviation_kind("No", "en"), AbbreviationKind::before_number);
    EXPECT_EQ(abbreviation_kind("Sept", "en"), AbbreviationKind::before_number);
    EXPECT_EQ(abbreviation_kind("U.S", "en"), AbbreviationKind::acronym);
    EXPECT_EQ(abbreviation_kind("U.S.A", "en"), AbbreviationKind::acronym);
    EXPECT_EQ(abbreviation_kind("Jr", "en"), AbbreviationKind::acronym);
    EXPECT_EQ(abbreviation_kind("J", "en"), AbbreviationKind::initial);
    EXPECT_EQ(abbreviation_kind("В", "ru"), AbbreviationKind::initial);
    EXPECT_EQ(abbreviation_kind("им", "ru"), AbbreviationKind::never_final);
}

TEST(AbbreviationsTest, OrdinaryWordsAndLowerCaseDotsAreNoAbbreviations) {
    EXPECT_EQ(abbreviation_kind("talks", "en"), AbbreviationKind::none);
    EXPECT_EQ(abbreviation_kind("no", "en"), AbbreviationKind::before_number);
    EXPECT_EQ(abbreviation_kind("a.m", "en"), AbbreviationKind::none);
    EXPECT_EQ(abbreviation_kind("etc", "en"), AbbreviationKind::none);
    EXPECT_EQ(abbreviation_kind("j", "en"), AbbreviationKind::none);
    EXPECT_EQ(abbreviation_kind("", "en"), AbbreviationKind::none);
}

TEST(AbbreviationsTest, AcronymRuleNeedsEnglish) {
    // The sentence-starter list is English: elsewhere ICU decides.
    EXPECT_EQ(abbreviation_kind("U.S", "ru"), AbbreviationKind::none);
}

TEST(AbbreviationsTest, KnowsSentenceStartersAndSpeechVerbs) {
    EXPECT_TRUE(is_sentence_starter("The"));
    EXPECT_TRUE(is_sentence_starter("However"));
    EXPECT_FALSE(is_sentence_starter("the"));
    EXPECT_FALSE(is_sentence_starter("President"));
    EXPECT_TRUE(is_speech_verb("said"));
    EXPECT_FALSE(is_speech_verb("left"));
}

}  // namespace
}  // namespace dipdiff
