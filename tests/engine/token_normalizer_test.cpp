#include "engine/token_normalizer.hpp"

#include <gtest/gtest.h>

#include <string>

namespace dipdiff {
namespace {

std::string normal(std::string_view token) {
    static TokenNormalizer normalizer;
    std::string out = "left over";
    normalizer.normalize(token, out);
    return out;
}

TEST(TokenNormalizerTest, FoldsCaseOfAsciiAndOtherScripts) {
    EXPECT_EQ(normal("Talks"), "talks");
    EXPECT_EQ(normal("U.S."), "u.s.");
    EXPECT_EQ(normal("ПЕРЕГОВОРЫ"), "переговоры");
    EXPECT_EQ(normal("Straße"), "strasse");
}

TEST(TokenNormalizerTest, AppliesCompatibilityForms) {
    EXPECT_EQ(normal("\uFB01nal"), "final");
    EXPECT_EQ(normal("\uFF34\uFF41\uFF4C\uFF4B\uFF53"), "talks");  // fullwidth
    EXPECT_EQ(normal("\u2026"), "...");
    EXPECT_EQ(normal("\uFF01"), "!");
}

TEST(TokenNormalizerTest, UnifiesQuotationMarksAndDashes) {
    for (const char* quote : {"\u2018", "\u2019", "\u201A", "\u201B", "\u2032"})
        EXPECT_EQ(normal(quote), "'") << quote;
    for (const char* quote : {"\u201C", "\u201D", "\u201E", "\u201F", "\u00AB", "\u00BB", "\u2033"})
        EXPECT_EQ(normal(quote), "\"") << quote;
    for (const char* dash : {"\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212"})
        EXPECT_EQ(normal(dash), "-") << dash;
    EXPECT_EQ(normal("Don\u2019t"), "don't");
}

TEST(TokenNormalizerTest, IllFormedUtf8BecomesReplacementCharacter) {
    EXPECT_EQ(normal("a\xFF"), "a\uFFFD");
    EXPECT_EQ(normal(""), "");
}

}  // namespace
}  // namespace dipdiff
