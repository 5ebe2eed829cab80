#include "engine/form_cache.hpp"

#include <gtest/gtest.h>

#include <string>

namespace dipdiff {
namespace {

TEST(FormCacheTest, FindsWhatWasInsertedAndNothingElse) {
    FormCache cache;
    EXPECT_EQ(cache.find("talks"), nullptr);
    cache.insert("talks", {3, 4});
    const FormTerms* found = cache.find("talks");
    ASSERT_NE(found, nullptr);
    EXPECT_EQ(found->norm, 3u);
    EXPECT_EQ(found->stem, 4u);
    EXPECT_EQ(cache.find("talk"), nullptr);
    EXPECT_EQ(cache.find("Talks"), nullptr);
    EXPECT_EQ(cache.size(), 1u);
}

TEST(FormCacheTest, KeepsShortAndLongSpellingsApart) {
    FormCache cache;
    const std::string sixteen(16, 'x');
    const std::string seventeen(17, 'x');
    cache.insert(sixteen, {1, 1});
    cache.insert(seventeen, {2, 2});
    ASSERT_NE(cache.find(sixteen), nullptr);
    ASSERT_NE(cache.find(seventeen), nullptr);
    EXPECT_EQ(cache.find(sixteen)->norm, 1u);
    EXPECT_EQ(cache.find(seventeen)->norm, 2u);
    EXPECT_EQ(cache.find(std::string(18, 'x')), nullptr);
}

TEST(FormCacheTest, KeepsEveryEntryAcrossGrowth) {
    FormCache cache;
    constexpr std::uint32_t k_count = 50000;
    for (std::uint32_t i = 0; i < k_count; ++i)
        cache.insert("w" + std::to_string(i) + std::string(i % 40, 'z'), {i, i + 1});
    EXPECT_EQ(cache.size(), k_count);
    for (std::uint32_t i = 0; i < k_count; ++i) {
        const FormTerms* found = cache.find("w" + std::to_string(i) + std::string(i % 40, 'z'));
        ASSERT_NE(found, nullptr) << i;
        EXPECT_EQ(found->norm, i);
        EXPECT_EQ(found->stem, i + 1);
    }
}

TEST(FormCacheTest, IgnoresEmptySpellings) {
    FormCache cache;
    cache.insert("", {1, 1});
    EXPECT_EQ(cache.size(), 0u);
    EXPECT_EQ(cache.find(""), nullptr);
}

}  // namespace
}  // namespace dipdiff
