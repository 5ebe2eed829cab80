#include "engine/stemmer.hpp"

#include <gtest/gtest.h>

#include <string>
#include <utility>

namespace dipdiff {
namespace {

TEST(StemmerTest, MapsIsoCodesToSnowballAlgorithms) {
    EXPECT_EQ(snowball_algorithm("en"), "english");
    EXPECT_EQ(snowball_algorithm("en-GB"), "english");
    EXPECT_EQ(snowball_algorithm("RU"), "russian");
    EXPECT_EQ(snowball_algorithm("nb"), "norwegian");
    EXPECT_EQ(snowball_algorithm("zh"), "");
    EXPECT_EQ(snowball_algorithm(""), "");
}

TEST(StemmerTest, PrimaryLanguageIsTheLowerCaseFirstSubtag) {
    char buffer[8];
    EXPECT_EQ(primary_language("zh_Hans", buffer), "zh");
    EXPECT_EQ(primary_language("EN-us", buffer), "en");
    EXPECT_EQ(primary_language("averyverylongtag", buffer), "averyve");
}

TEST(StemmerTest, StemsEnglishAndRussian) {
    SnowballStemmer english("en");
    ASSERT_TRUE(english.available());
    EXPECT_EQ(english.stem("negotiations"), "negoti");
    EXPECT_EQ(english.stem("agreed"), "agre");
    SnowballStemmer russian("ru");
    EXPECT_EQ(std::string(russian.stem("переговорах")), std::string(russian.stem("переговоры")));
}

TEST(StemmerTest, ReturnsTheWordWithoutAStemmerOrWhenTooLong) {
    SnowballStemmer chinese("zh");
    EXPECT_FALSE(chinese.available());
    EXPECT_EQ(chinese.stem("会谈"), "会谈");
    SnowballStemmer english("en");
    const std::string long_word(SnowballStemmer::k_max_stem_bytes + 1, 's');
    EXPECT_EQ(english.stem(long_word), long_word);
}

TEST(StemmerTest, MovedStemmerKeepsWorking) {
    SnowballStemmer first("en");
    SnowballStemmer second = std::move(first);
    EXPECT_EQ(second.stem("talks"), "talk");
    EXPECT_FALSE(first.available());  // NOLINT(bugprone-use-after-move): moved-from state is specified
}

}  // namespace
}  // namespace dipdiff
