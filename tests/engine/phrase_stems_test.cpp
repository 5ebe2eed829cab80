#include "engine/phrase_stems.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dipdiff {
namespace {

using ::testing::ElementsAre;

std::vector<std::string> stems_of(std::string_view phrase, std::string_view language = "en") {
    TermPool terms;
    Segmenter segmenter(terms);
    PhraseStemmer stemmer(segmenter);
    std::vector<TermId> ids;
    stemmer.stems(phrase, language, ids);
    std::vector<std::string> out;
    for (const TermId id : ids) out.emplace_back(terms.text(id));
    return out;
}

TEST(PhraseStemsTest, WordsAreCaseFoldedAndStemmed) {
    EXPECT_THAT(stems_of("Strategic Offensive Arms"), ElementsAre("strateg", "offens", "arm"));
}

TEST(PhraseStemsTest, HyphensAndOtherPunctuationSeparateWords) {
    EXPECT_THAT(stems_of("non-proliferation"), ElementsAre("non", "prolifer"));
    EXPECT_THAT(stems_of("P5+1"), ElementsAre("p5", "1"));
}

TEST(PhraseStemsTest, AbbreviationWithPeriodsIsOneWord) {
    EXPECT_THAT(stems_of("U.S. sanctions"), ElementsAre("u.s.", "sanction"));
}

TEST(PhraseStemsTest, NumbersAreKeptAsWritten) {
    EXPECT_THAT(stems_of("Resolution 2254"), ElementsAre("resolut", "2254"));
}

TEST(PhraseStemsTest, PossessiveIsDropped) { EXPECT_THAT(stems_of("Russia's"), ElementsAre("russia")); }

TEST(PhraseStemsTest, OnlyPunctuationGivesNoWords) {
    EXPECT_THAT(stems_of(" -- "), ElementsAre());
    EXPECT_THAT(stems_of(""), ElementsAre());
}

TEST(PhraseStemsTest, StemmedForTheGivenLanguage) {
    EXPECT_THAT(stems_of("санкции", "ru"), ElementsAre("санкц"));
}

TEST(PhraseStemsTest, ALabelLikePrefixIsWordsNotASpeaker) {
    EXPECT_THAT(stems_of("Q: talks"), ElementsAre("q", "talk"));
}

}  // namespace
}  // namespace dipdiff
