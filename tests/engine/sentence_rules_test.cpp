#include "engine/sentence_rules.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace dipdiff {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

TEST(SentenceRulesTest, DropsBreaksAfterTitles) {
    // ICU breaks "Mr. Marek" after "Mr. " (offset 4).
    EXPECT_THAT(refine_sentence_breaks("Mr. Marek left. He returned.", {4, 16}, "en"), ElementsAre(16u));
}

TEST(SentenceRulesTest, DropsBreaksBeforeLowerCase) {
    EXPECT_THAT(refine_sentence_breaks("\u201CIs it?\u201D she asked.", {12}, "en"), IsEmpty());
}

TEST(SentenceRulesTest, BreaksAreMovedPastWhiteSpace) {
    EXPECT_THAT(refine_sentence_breaks("One.   Two.", {5}, "en"), ElementsAre(7u));
}

TEST(SentenceRulesTest, OpeningQuoteLeftAtTheEndMovesToTheNextSentence) {
    const std::string text = "会谈是建设性的！“好。”";
    // ICU puts the break after the opening quote.
    const auto quote = static_cast<std::uint32_t>(text.find("“"));
    EXPECT_THAT(refine_sentence_breaks(text, {quote + 3}, "zh"), ElementsAre(quote));
}

TEST(SentenceRulesTest, AddsBreakAfterEllipsisCharacterBeforeCapital) {
    const std::string text = "He paused\u2026 Then he spoke.";
    EXPECT_THAT(refine_sentence_breaks(text, {}, "en"),
                ElementsAre(static_cast<std::uint32_t>(text.find("Then"))));
}

TEST(SentenceRulesTest, IgnoresBreaksOutsideTheText) {
    EXPECT_THAT(refine_sentence_breaks("One. ", {0, 5, 99}, "en"), IsEmpty());
}

}  // namespace
}  // namespace dipdiff
