#include "engine/sentence_similarity.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace dipdiff {
namespace {

TEST(SentenceSimilarityTest, CosineIsTheSumOverSharedStems) {
    const float h = static_cast<float>(std::sqrt(0.5));
    const std::vector<WeightedTerm> a = {{1, h}, {2, h}};
    const std::vector<WeightedTerm> b = {{2, 0.6f}, {3, 0.8f}};
    EXPECT_NEAR(cosine_similarity(a, b), h * 0.6, 1e-6);
    EXPECT_NEAR(cosine_similarity(a, a), 1.0, 1e-6);
    EXPECT_LE(cosine_similarity(a, a), 1.0);
    EXPECT_EQ(cosine_similarity(a, {}), 0.0);
    EXPECT_EQ(cosine_similarity(std::vector<WeightedTerm>{{1, 1.0f}}, std::vector<WeightedTerm>{{4, 1.0f}}),
              0.0);
}

TEST(SentenceSimilarityTest, SharedTermsComeLargestFirstThenByStem) {
    const std::vector<WeightedTerm> a = {{1, 0.5f}, {2, 0.5f}, {3, 0.5f}, {4, 0.5f}};
    const std::vector<WeightedTerm> b = {{2, 0.2f}, {3, 0.6f}, {4, 0.2f}, {9, 0.74f}};
    const auto shared = shared_term_contributions(a, b);
    ASSERT_EQ(shared.size(), 3u);
    EXPECT_EQ(shared[0].stem, 3u);
    EXPECT_EQ(shared[1].stem, 2u);
    EXPECT_EQ(shared[2].stem, 4u);
    EXPECT_NEAR(shared[0].weight, 0.3, 1e-6);
    EXPECT_NEAR(shared[0].weight + shared[1].weight + shared[2].weight, cosine_similarity(a, b), 1e-9);
}

}  // namespace
}  // namespace dipdiff
