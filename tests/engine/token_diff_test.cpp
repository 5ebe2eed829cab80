#include "engine/token_diff.hpp"

#include "tests/engine/diff_test_keys.hpp"

#include <gtest/gtest.h>

namespace dipdiff::diff_detail {
namespace {

using testing::apply_pieces;
using testing::KeyVector;
using testing::reference_distance;

TEST(TokenDiffTest, DtlIsOnlyTrustedWhereItsSearchCannotReachItsCoordinateLimit) {
    // The limit is 2,000,000 coordinates; p*(delta + p) must stay below it.
    EXPECT_TRUE(dtl_can_diff(1000, 1000, 2000));       // 1000 * 1000
    EXPECT_FALSE(dtl_can_diff(1415, 1415, 2830));      // 1415 * 1415 = 2,002,225
    EXPECT_TRUE(dtl_can_diff(1414, 1414, 2828));       // 1,999,396
    EXPECT_TRUE(dtl_can_diff(200000, 200000, 2000));   // p = 1000: 1,000,000
    EXPECT_FALSE(dtl_can_diff(200000, 200000, 3000));  // p = 1500: 2,250,000
    EXPECT_TRUE(dtl_can_diff(0, 5000000, 5000000));    // all insertions: p = 0
    EXPECT_FALSE(dtl_can_diff(10, 20, 5));             // a bound below |m - n| is not a bound
}

TEST(TokenDiffTest, DtlScriptIsMinimalAndRebuildsB) {
    std::mt19937 rng(11);
    for (int round = 0; round < 300; ++round) {
        const KeyVector a = testing::random_keys(rng, rng() % 80, 6);
        const KeyVector b =
            round % 3 == 0 ? testing::random_keys(rng, rng() % 80, 6) : testing::mutate_keys(rng, a, 6, 0.3);
        ScriptBuilder builder;
        dtl_diff(a, b, builder);
        const std::uint64_t distance = builder.edit_distance();
        const std::vector<Piece> pieces = builder.finish();
        ASSERT_EQ(apply_pieces(pieces, a, b), b) << "round " << round;
        ASSERT_EQ(distance, reference_distance(a, b)) << "round " << round;
    }
}

TEST(TokenDiffTest, OversizedInputIsSplitAtUniqueKeysAndStillRebuildsB) {
    std::mt19937 rng(5);
    KeyVector a = testing::random_keys(rng, 6000, 40);
    for (std::size_t i = 0; i < a.size(); i += 50)
        a[i] = static_cast<std::uint32_t>(1000 + i);  // unique keys
    const KeyVector b = testing::mutate_keys(rng, a, 40, 0.2);
    ASSERT_FALSE(dtl_can_diff(a.size(), b.size(), a.size() + b.size()));
    ScriptBuilder builder;
    EXPECT_FALSE(diff_keys(a, b, builder));
    const std::uint64_t distance = builder.edit_distance();
    EXPECT_EQ(apply_pieces(builder.finish(), a, b), b);
    const std::size_t minimum = reference_distance(a, b);
    EXPECT_GE(distance, minimum);
    EXPECT_LE(distance, minimum + minimum / 10);  // pieces between anchors are still minimal
}

TEST(TokenDiffTest, OversizedInputWithNoUniqueKeyBecomesOneDeletionAndOneInsertion) {
    KeyVector a;
    KeyVector b;
    for (int i = 0; i < 1500; ++i) {
        a.push_back(i % 2);
        b.push_back(1 - i % 2);
    }
    ScriptBuilder builder;
    EXPECT_FALSE(diff_keys(a, b, builder));
    EXPECT_EQ(builder.finish(), (std::vector<Piece>{{DiffOpKind::del, 0, 1500, 0, 0},
                                                    {DiffOpKind::insert, 1500, 1500, 0, 1500}}));
}

TEST(TokenDiffTest, SmallInputIsMinimalAndTrimsCommonEnds) {
    const KeyVector a{1, 2, 3, 4, 5};
    const KeyVector b{1, 2, 9, 4, 5};
    ScriptBuilder builder;
    EXPECT_TRUE(diff_keys(a, b, builder));
    EXPECT_EQ(builder.finish(), (std::vector<Piece>{{DiffOpKind::equal, 0, 2, 0, 2},
                                                    {DiffOpKind::del, 2, 3, 2, 2},
                                                    {DiffOpKind::insert, 3, 3, 2, 3},
                                                    {DiffOpKind::equal, 3, 5, 3, 5}}));
}

}  // namespace
}  // namespace dipdiff::diff_detail
