#include "engine/stopwords.hpp"

#include <gtest/gtest.h>

namespace dipdiff {
namespace {

TEST(StopwordsTest, ListIsSortedForBinarySearch) { EXPECT_TRUE(align_detail::stopwords_are_sorted()); }

TEST(StopwordsTest, FunctionWordsAreStopwordsAndSubjectWordsAreNot) {
    for (const char* word : {"'s", "a", "the", "of", "their", "will", "was", "yourselves", "also"}) {
        EXPECT_TRUE(is_english_stopword(word)) << word;
    }
    for (const char* word : {"treaty", "gas", "president", "The", "", "theirs2", "2027"}) {
        EXPECT_FALSE(is_english_stopword(word)) << word;
    }
}

}  // namespace
}  // namespace dipdiff
