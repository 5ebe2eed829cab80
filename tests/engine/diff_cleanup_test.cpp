#include "engine/diff_cleanup.hpp"

#include "tests/engine/diff_test_keys.hpp"

#include <gtest/gtest.h>

namespace dipdiff::diff_detail {
namespace {

using K = DiffOpKind;

TEST(DiffCleanupTest, LoneEqualWordBetweenTwoChangesIsFoldedIntoOneReplacement) {
    // constructive→frank, "and" kept, useful→candid
    std::vector<Piece> pieces{{K::equal, 0, 3, 0, 3}, {K::del, 3, 4, 3, 3}, {K::insert, 4, 4, 3, 4},
                              {K::equal, 4, 5, 4, 5}, {K::del, 5, 6, 5, 5}, {K::insert, 6, 6, 5, 6}};
    std::vector<std::uint32_t> partner(6, k_no_partner);
    fold_equalities(pieces, 6, 6, FoldRule::tiny, &partner);
    EXPECT_EQ(pieces,
              (std::vector<Piece>{{K::equal, 0, 3, 0, 3}, {K::del, 3, 6, 3, 3}, {K::insert, 6, 6, 3, 6}}));
    EXPECT_EQ(partner, (std::vector<std::uint32_t>{k_no_partner, k_no_partner, k_no_partner, k_no_partner, 4,
                                                   k_no_partner}));
}

TEST(DiffCleanupTest, EqualRunsAtTheEdgesAreNeverFolded) {
    std::vector<Piece> pieces{{K::equal, 0, 1, 0, 1}, {K::del, 1, 2, 1, 1}, {K::equal, 2, 3, 1, 2}};
    const std::vector<Piece> before = pieces;
    fold_equalities(pieces, 3, 2, FoldRule::semantic, nullptr);
    EXPECT_EQ(pieces, before);
}

TEST(DiffCleanupTest, FoldingCascadesWhenTheGrownChangeSwallowsMore) {
    // Replacement of 4, equal 3, replacement of 1, equal 1, replacement of 4.
    // The equal of 1 folds (tiny); the grown replacement (6 a side) and the
    // first one (4) then both outweigh the equal of 3 under the semantic rule.
    std::vector<Piece> pieces{
        {K::del, 0, 4, 0, 0},    {K::insert, 4, 4, 0, 4}, {K::equal, 4, 7, 4, 7}, {K::del, 7, 8, 7, 7},
        {K::insert, 8, 8, 7, 8}, {K::equal, 8, 9, 8, 9},  {K::del, 9, 13, 9, 9},  {K::insert, 13, 13, 9, 13},
    };
    std::vector<Piece> tiny = pieces;
    fold_equalities(tiny, 13, 13, FoldRule::tiny, nullptr);
    EXPECT_EQ(tiny, (std::vector<Piece>{{K::del, 0, 4, 0, 0},
                                        {K::insert, 4, 4, 0, 4},
                                        {K::equal, 4, 7, 4, 7},
                                        {K::del, 7, 13, 7, 7},
                                        {K::insert, 13, 13, 7, 13}}));
    fold_equalities(pieces, 13, 13, FoldRule::semantic, nullptr);
    EXPECT_EQ(pieces, (std::vector<Piece>{{K::del, 0, 13, 0, 0}, {K::insert, 13, 13, 0, 13}}));
}

TEST(DiffCleanupTest, EqualRunNotShorterThanANeighbouringChangeStays) {
    std::vector<Piece> pieces{{K::del, 0, 1, 0, 0},
                              {K::insert, 1, 1, 0, 1},
                              {K::equal, 1, 4, 1, 4},
                              {K::del, 4, 10, 4, 4},
                              {K::insert, 10, 10, 4, 10}};
    const std::vector<Piece> before = pieces;
    fold_equalities(pieces, 10, 10, FoldRule::semantic, nullptr);
    EXPECT_EQ(pieces, before);
}

TEST(DiffCleanupTest, LongerEqualRunBetweenAPureDeletionAndAPureInsertionStays) {
    // A sentence that stayed while the one before it moved behind it.
    std::vector<Piece> pieces{{K::del, 0, 6, 0, 0}, {K::equal, 6, 12, 0, 6}, {K::insert, 12, 12, 6, 12}};
    const std::vector<Piece> before = pieces;
    fold_equalities(pieces, 12, 12, FoldRule::semantic, nullptr);
    EXPECT_EQ(pieces, before);
}

TEST(DiffCleanupTest, RunsNextToChangesThatOnlyMoveOrOnlyDeleteTextAreNotFolded) {
    std::vector<Piece> pieces{{K::equal, 0, 2, 0, 2}, {K::moved, 8, 10, 2, 4}, {K::equal, 2, 3, 4, 5},
                              {K::del, 3, 4, 5, 5},   {K::equal, 4, 8, 5, 9},  {K::del, 10, 11, 9, 9}};
    const std::vector<Piece> before = pieces;
    fold_equalities(pieces, 11, 9, FoldRule::semantic, nullptr);
    EXPECT_EQ(pieces, before);
}

TEST(DiffCleanupTest, TinyRunNextToAChangeThatAlsoMovesTextIsFoldedAndTheMoveKeepsItsPlace) {
    // "were constructive and useful M ." → "were frank and candid M x ."
    std::vector<Piece> pieces{{K::equal, 0, 2, 0, 2},  {K::del, 2, 3, 2, 2},    {K::insert, 3, 3, 2, 3},
                              {K::equal, 3, 4, 3, 4},  {K::del, 4, 5, 4, 4},    {K::insert, 5, 5, 4, 5},
                              {K::moved, 8, 10, 5, 7}, {K::insert, 5, 5, 7, 8}, {K::equal, 5, 8, 8, 11}};
    fold_equalities(pieces, 10, 11, FoldRule::semantic, nullptr);
    EXPECT_EQ(pieces, (std::vector<Piece>{{K::equal, 0, 2, 0, 2},
                                          {K::del, 2, 5, 2, 2},
                                          {K::insert, 5, 5, 2, 5},
                                          {K::moved, 8, 10, 5, 7},
                                          {K::insert, 5, 5, 7, 8},
                                          {K::equal, 5, 8, 8, 11}}));
}

TEST(DiffCleanupTest, TinyRunBeforeAChangeThatOnlyMovesTextStays) {
    // "were useful . M The" → "were candid . M The": the period is unchanged.
    std::vector<Piece> pieces{{K::equal, 0, 2, 0, 2}, {K::del, 2, 3, 2, 2},   {K::insert, 3, 3, 2, 3},
                              {K::equal, 3, 4, 3, 4}, {K::moved, 6, 8, 4, 6}, {K::equal, 4, 6, 6, 8}};
    const std::vector<Piece> before = pieces;
    fold_equalities(pieces, 8, 8, FoldRule::semantic, nullptr);
    EXPECT_EQ(pieces, before);
}

TEST(DiffCleanupTest, LongerRunNextToAChangeThatMovesTextStays) {
    // Three unchanged tokens between two five-token replacements would fold,
    // but the second replacement also moves text.
    std::vector<Piece> pieces{{K::del, 0, 5, 0, 0},      {K::insert, 5, 5, 0, 5},
                              {K::equal, 5, 8, 5, 8},    {K::del, 8, 13, 8, 8},
                              {K::moved, 15, 17, 8, 10}, {K::insert, 13, 13, 10, 15},
                              {K::equal, 13, 15, 15, 17}};
    const std::vector<Piece> before = pieces;
    fold_equalities(pieces, 17, 17, FoldRule::semantic, nullptr);
    EXPECT_EQ(pieces, before);

    std::vector<Piece> without_move{{K::del, 0, 5, 0, 0},       {K::insert, 5, 5, 0, 5},
                                    {K::equal, 5, 8, 5, 8},     {K::del, 8, 13, 8, 8},
                                    {K::insert, 13, 13, 8, 13}, {K::equal, 13, 15, 13, 15}};
    fold_equalities(without_move, 15, 15, FoldRule::semantic, nullptr);
    EXPECT_EQ(
        without_move,
        (std::vector<Piece>{{K::del, 0, 13, 0, 0}, {K::insert, 13, 13, 0, 13}, {K::equal, 13, 15, 13, 15}}));
}

}  // namespace
}  // namespace dipdiff::diff_detail
