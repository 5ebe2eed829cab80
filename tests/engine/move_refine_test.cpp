#include "engine/move_refine.hpp"

#include "engine/diff_cleanup.hpp"
#include "engine/move_detect.hpp"
#include "engine/token_diff.hpp"
#include "tests/engine/diff_test_keys.hpp"

#include <gtest/gtest.h>

namespace dipdiff::diff_detail {
namespace {

using K = DiffOpKind;
using testing::KeyVector;

std::vector<Piece> refined(std::vector<Piece> pieces, const KeyVector& a, const KeyVector& b,
                           const std::vector<std::uint32_t>& folded = {}) {
    refine_moves(pieces, a, b, folded);
    merge_adjacent_pieces(pieces);
    EXPECT_EQ(testing::apply_pieces(pieces, a, b), b);
    return pieces;
}

std::uint64_t edits(const std::vector<Piece>& pieces) {
    std::uint64_t count = 0;
    for (const Piece& p : pieces) {
        if (p.kind == K::del) count += p.a_size();
        if (p.kind == K::insert) count += p.b_size();
    }
    return count;
}

std::uint64_t moved(const std::vector<Piece>& pieces) {
    std::uint64_t count = 0;
    for (const Piece& p : pieces) {
        if (p.kind == K::moved) count += p.a_size();
    }
    return count;
}

TEST(MoveRefineTest, WhatIsLeftOfAChangeAroundAMovedRunIsComparedAgain) {
    // "were constructive and useful . The sides week M" →
    // "were frank and candid . M The sides week": after the clean-up folded
    // "and", "." and "The" into the change, only M came out as moved.
    const KeyVector a{1, 2, 3, 4, 5, 6, 7, 8, 9, 20, 21, 22, 23, 24};
    const KeyVector b{1, 2, 30, 4, 31, 6, 20, 21, 22, 23, 24, 7, 8, 9};
    const std::vector<Piece> pieces{{K::equal, 0, 2, 0, 2},    {K::del, 2, 7, 2, 2},
                                    {K::insert, 7, 7, 2, 6},   {K::moved, 9, 14, 6, 11},
                                    {K::insert, 7, 7, 11, 12}, {K::equal, 7, 9, 12, 14}};
    EXPECT_EQ(refined(pieces, a, b), (std::vector<Piece>{{K::equal, 0, 2, 0, 2},
                                                         {K::del, 2, 3, 2, 2},
                                                         {K::insert, 3, 3, 2, 3},
                                                         {K::equal, 3, 4, 3, 4},
                                                         {K::del, 4, 5, 4, 4},
                                                         {K::insert, 5, 5, 4, 5},
                                                         {K::equal, 5, 6, 5, 6},
                                                         {K::moved, 9, 14, 6, 11},
                                                         {K::equal, 6, 9, 11, 14}}));
}

TEST(MoveRefineTest, LikeDeletedAndInsertedTokensNextToBothPlacesJoinTheMove) {
    // Key 2 before the moved run in A is deleted; key 2 before it in B is inserted.
    const KeyVector a{1, 2, 10, 11, 12, 13, 14, 5, 6};
    const KeyVector b{1, 5, 6, 2, 10, 11, 12, 13, 14};
    const std::vector<Piece> pieces{{K::equal, 0, 1, 0, 1},
                                    {K::del, 1, 2, 1, 1},
                                    {K::equal, 7, 9, 1, 3},
                                    {K::insert, 9, 9, 3, 4},
                                    {K::moved, 2, 7, 4, 9}};
    EXPECT_EQ(refined(pieces, a, b),
              (std::vector<Piece>{{K::equal, 0, 1, 0, 1}, {K::equal, 7, 9, 1, 3}, {K::moved, 1, 7, 3, 9}}));
}

TEST(MoveRefineTest, APairThatTheCleanUpFoldedDoesNotJoinTheMove) {
    const KeyVector a{1, 2, 10, 11, 12, 13, 14, 5, 6};
    const KeyVector b{1, 5, 6, 2, 10, 11, 12, 13, 14};
    const std::vector<Piece> pieces{{K::equal, 0, 1, 0, 1},
                                    {K::del, 1, 2, 1, 1},
                                    {K::equal, 7, 9, 1, 3},
                                    {K::insert, 9, 9, 3, 4},
                                    {K::moved, 2, 7, 4, 9}};
    std::vector<std::uint32_t> folded(a.size(), k_no_partner);
    folded[1] = 3;
    EXPECT_EQ(refined(pieces, a, b, folded), pieces);
}

TEST(MoveRefineTest, AnUnchangedTokenNextToTheMovedRunJoinsItWhenItsPartnerCanPairAcrossTheRun) {
    // A: "with that x y with M"   B: "with M with new x y". The first script
    // paired the two leading "with"s, so M lost the "with" before it in A.
    const KeyVector a{7, 1, 2, 3, 7, 10, 11, 12, 13, 14};
    const KeyVector b{7, 10, 11, 12, 13, 14, 7, 9, 2, 3};
    const std::vector<Piece> pieces{{K::equal, 0, 1, 0, 1},  {K::del, 1, 2, 1, 1},    {K::moved, 5, 10, 1, 6},
                                    {K::insert, 2, 2, 6, 8}, {K::equal, 2, 4, 8, 10}, {K::del, 4, 5, 10, 10}};
    const std::vector<Piece> result = refined(pieces, a, b);
    EXPECT_EQ(result, (std::vector<Piece>{{K::moved, 4, 10, 0, 6},
                                          {K::equal, 0, 1, 6, 7},
                                          {K::del, 1, 2, 7, 7},
                                          {K::insert, 2, 2, 7, 8},
                                          {K::equal, 2, 4, 8, 10}}));
    EXPECT_EQ(edits(pieces), 4u);
    EXPECT_EQ(edits(result), 2u);
}

TEST(MoveRefineTest, UnchangedTokenStaysWhenNothingLikeItWaitsAcrossTheRun) {
    // As above, but B has no second "with": growing would only trade one edit for another.
    const KeyVector a{7, 1, 2, 3, 7, 10, 11, 12, 13, 14};
    const KeyVector b{7, 10, 11, 12, 13, 14, 9, 2, 3};
    const std::vector<Piece> pieces{{K::equal, 0, 1, 0, 1},  {K::del, 1, 2, 1, 1},   {K::moved, 5, 10, 1, 6},
                                    {K::insert, 2, 2, 6, 7}, {K::equal, 2, 4, 7, 9}, {K::del, 4, 5, 9, 9}};
    EXPECT_EQ(refined(pieces, a, b), pieces);
}

TEST(MoveRefineTest, ChangesAwayFromMovedTextAreLeftAsTheCleanUpMadeThem) {
    // "3 4 5" → "30 4 31" was folded into one replacement and stays one; the
    // change next to the moved run is compared again.
    const KeyVector a{3, 4, 5, 1, 8, 6, 20, 21, 22, 23, 24};
    const KeyVector b{30, 4, 31, 1, 9, 20, 21, 22, 23, 24, 6};
    const std::vector<Piece> pieces{
        {K::del, 0, 3, 0, 0},      {K::insert, 3, 3, 0, 3},  {K::equal, 3, 4, 3, 4},     {K::del, 4, 6, 4, 4},
        {K::insert, 11, 11, 4, 5}, {K::moved, 6, 11, 5, 10}, {K::insert, 11, 11, 10, 11}};
    EXPECT_EQ(refined(pieces, a, b), (std::vector<Piece>{{K::del, 0, 3, 0, 0},
                                                         {K::insert, 3, 3, 0, 3},
                                                         {K::equal, 3, 4, 3, 4},
                                                         {K::del, 4, 5, 4, 4},
                                                         {K::insert, 5, 5, 4, 5},
                                                         {K::moved, 6, 11, 5, 10},
                                                         {K::equal, 5, 6, 10, 11}}));
}

TEST(MoveRefineTest, ChangeWithMoreThan256TokensLeftASideIsNotComparedAgain) {
    // A: 1 x..x 2 M   B: 1 y..y M 2 — key 2 is left on both sides of the change.
    for (const std::uint32_t fill : {255u, 256u}) {
        KeyVector a{1};
        KeyVector b{1};
        a.insert(a.end(), fill, 7);
        b.insert(b.end(), fill, 8);
        a.push_back(2);
        const auto hole = static_cast<std::uint32_t>(a.size());
        a.insert(a.end(), {20, 21, 22, 23, 24});
        const auto moved_at = static_cast<std::uint32_t>(b.size());
        b.insert(b.end(), {20, 21, 22, 23, 24, 2});
        const std::vector<Piece> pieces{{K::equal, 0, 1, 0, 1},
                                        {K::del, 1, hole, 1, 1},
                                        {K::insert, hole + 5, hole + 5, 1, moved_at},
                                        {K::moved, hole, hole + 5, moved_at, moved_at + 5},
                                        {K::insert, hole + 5, hole + 5, moved_at + 5, moved_at + 6}};
        const std::vector<Piece> result = refined(pieces, a, b);
        SCOPED_TRACE(fill);
        EXPECT_EQ(edits(result), fill == 255 ? 2u * fill : 2u * fill + 2);
    }
}

TEST(MoveRefineTest, ScriptWithoutMovesIsLeftAlone) {
    const KeyVector a{1, 2, 3};
    const KeyVector b{1, 4, 3};
    const std::vector<Piece> pieces{
        {K::equal, 0, 1, 0, 1}, {K::del, 1, 2, 1, 1}, {K::insert, 2, 2, 1, 2}, {K::equal, 2, 3, 2, 3}};
    std::vector<Piece> copy = pieces;
    refine_moves(copy, a, b, {});
    EXPECT_EQ(copy, pieces);
}

TEST(MoveRefineTest, RandomScriptsStillRebuildBWithNoMoreEditsAndNoLessMovedText) {
    std::mt19937 rng(59);
    for (int round = 0; round < 3000; ++round) {
        const KeyVector a = testing::random_keys(rng, rng() % 80, 3 + round % 5);
        KeyVector b = round % 3 == 0 ? testing::random_keys(rng, rng() % 80, 3 + round % 5)
                                     : testing::mutate_keys(rng, a, 3 + round % 5, 0.2);
        if (b.size() > 10 && round % 2 == 0) {  // move a block
            const std::size_t from = rng() % (b.size() - 8);
            const KeyVector block(b.begin() + static_cast<std::ptrdiff_t>(from),
                                  b.begin() + static_cast<std::ptrdiff_t>(from + 6));
            b.erase(b.begin() + static_cast<std::ptrdiff_t>(from),
                    b.begin() + static_cast<std::ptrdiff_t>(from + 6));
            const std::size_t to = rng() % (b.size() + 1);
            b.insert(b.begin() + static_cast<std::ptrdiff_t>(to), block.begin(), block.end());
        }
        ScriptBuilder builder;
        diff_keys(a, b, builder);
        std::vector<Piece> pieces = builder.finish();
        std::vector<std::uint32_t> folded(a.size(), k_no_partner);
        if (round % 4 != 3)
            fold_equalities(pieces, static_cast<std::uint32_t>(a.size()),
                            static_cast<std::uint32_t>(b.size()), FoldRule::tiny, &folded);
        const std::uint32_t min_move = 1 + round % 5;
        detect_moves(pieces, a, b, min_move, folded);
        const std::uint64_t edits_before = edits(pieces);
        const std::uint64_t moved_before = moved(pieces);
        SCOPED_TRACE("round " + std::to_string(round));
        refine_moves(pieces, a, b, folded);
        ASSERT_EQ(testing::apply_pieces(pieces, a, b), b);
        ASSERT_LE(edits(pieces), edits_before);
        ASSERT_GE(moved(pieces), moved_before);
        for (const Piece& p : pieces) {
            if (p.kind == K::moved) {
                ASSERT_GE(p.a_size(), min_move);
            }
        }
        if (HasFailure()) break;
    }
}

}  // namespace
}  // namespace dipdiff::diff_detail
