#include "engine/move_detect.hpp"

#include "engine/diff_cleanup.hpp"
#include "tests/engine/diff_test_keys.hpp"

#include <gtest/gtest.h>

namespace dipdiff::diff_detail {
namespace {

using K = DiffOpKind;
using testing::KeyVector;

TEST(MoveDetectTest, DeletedRunThatReappearsBecomesOneMoveAtItsNewPlace) {
    const KeyVector a{1, 2, 3, 4, 5, 6, 7, 8, 9};
    const KeyVector b{1, 7, 8, 9, 2, 3, 4, 5, 6};
    std::vector<Piece> pieces{
        {K::equal, 0, 1, 0, 1}, {K::del, 1, 6, 1, 1}, {K::equal, 6, 9, 1, 4}, {K::insert, 9, 9, 4, 9}};
    detect_moves(pieces, a, b, 5, {});
    EXPECT_EQ(pieces,
              (std::vector<Piece>{{K::equal, 0, 1, 0, 1}, {K::equal, 6, 9, 1, 4}, {K::moved, 1, 6, 4, 9}}));
    EXPECT_EQ(testing::apply_pieces(pieces, a, b), b);
}

TEST(MoveDetectTest, RunShorterThanTheMinimumIsNotAMove) {
    const KeyVector a{1, 2, 3, 4, 5, 6, 7, 8, 9};
    const KeyVector b{1, 7, 8, 9, 2, 3, 4, 5, 6};
    std::vector<Piece> pieces{
        {K::equal, 0, 1, 0, 1}, {K::del, 1, 6, 1, 1}, {K::equal, 6, 9, 1, 4}, {K::insert, 9, 9, 4, 9}};
    const std::vector<Piece> before = pieces;
    detect_moves(pieces, a, b, 6, {});
    EXPECT_EQ(pieces, before);
    detect_moves(pieces, a, b, 0, {});
    EXPECT_EQ(pieces, before);
}

TEST(MoveDetectTest, OnlyTheMatchingMiddleOfADeletionMoves) {
    // A deletes 10..15 (six keys); B inserts 20 11 12 13 14 21: keys 11..14 moved.
    const KeyVector a{10, 11, 12, 13, 14, 15, 1, 2};
    const KeyVector b{1, 2, 20, 11, 12, 13, 14, 21};
    std::vector<Piece> pieces{{K::del, 0, 6, 0, 0}, {K::equal, 6, 8, 0, 2}, {K::insert, 8, 8, 2, 8}};
    detect_moves(pieces, a, b, 4, {});
    EXPECT_EQ(pieces, (std::vector<Piece>{{K::del, 0, 1, 0, 0},
                                          {K::del, 5, 6, 0, 0},
                                          {K::equal, 6, 8, 0, 2},
                                          {K::insert, 8, 8, 2, 3},
                                          {K::moved, 1, 5, 3, 7},
                                          {K::insert, 8, 8, 7, 8}}));
    EXPECT_EQ(testing::apply_pieces(pieces, a, b), b);
}

TEST(MoveDetectTest, TextFoldedByTheCleanUpIsNotReportedAsMoved) {
    // After folding, keys 5 6 7 8 9 are deleted and inserted at the same place.
    const KeyVector a{1, 5, 6, 7, 8, 9, 2};
    const KeyVector b{3, 5, 6, 7, 8, 9, 4};
    std::vector<Piece> pieces{{K::del, 0, 7, 0, 0}, {K::insert, 7, 7, 0, 7}};
    std::vector<std::uint32_t> partner(7, k_no_partner);
    for (std::uint32_t i = 1; i <= 5; ++i) partner[i] = i;
    const std::vector<Piece> before = pieces;
    detect_moves(pieces, a, b, 3, partner);
    EXPECT_EQ(pieces, before);
    detect_moves(pieces, a, b, 3, {});  // without the record, it would be a move
    EXPECT_EQ(pieces.size(), 5u);
}

TEST(MoveDetectTest, RandomScriptsStillRebuildB) {
    std::mt19937 rng(41);
    for (int round = 0; round < 300; ++round) {
        const KeyVector a = testing::random_keys(rng, rng() % 60, 4);
        const KeyVector b = testing::random_keys(rng, rng() % 60, 4);
        // Worst case for moves: everything deleted and inserted.
        std::vector<Piece> pieces;
        if (!a.empty()) pieces.push_back({K::del, 0, static_cast<std::uint32_t>(a.size()), 0, 0});
        if (!b.empty()) {
            pieces.push_back({K::insert, static_cast<std::uint32_t>(a.size()),
                              static_cast<std::uint32_t>(a.size()), 0, static_cast<std::uint32_t>(b.size())});
        }
        detect_moves(pieces, a, b, 1 + round % 4, {});
        ASSERT_EQ(testing::apply_pieces(pieces, a, b), b) << "round " << round;
    }
}

}  // namespace
}  // namespace dipdiff::diff_detail
