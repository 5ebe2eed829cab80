#include "engine/change_slide.hpp"

#include "tests/engine/diff_test_keys.hpp"

#include <gtest/gtest.h>

namespace dipdiff::diff_detail {
namespace {

using K = DiffOpKind;
using testing::KeyVector;

TEST(ChangeSlideTest, BoundaryStrengthMarksSentencesParagraphsAndEnds) {
    const std::vector<std::uint32_t> sentences{0, 3, 5};
    const std::vector<std::uint32_t> paragraphs{0, 5};
    EXPECT_EQ(boundary_strengths(sentences, paragraphs, 7),
              (std::vector<std::uint8_t>{2, 0, 0, 1, 0, 2, 0, 2}));
}

TEST(ChangeSlideTest, InsertedSentenceSlidesToStartAfterThePeriod) {
    // A: x y .   B: x y . z z .   The script inserted ". z z" after "y".
    const KeyVector a{1, 2, 9};
    const KeyVector b{1, 2, 9, 3, 3, 9};
    std::vector<Piece> pieces{{K::equal, 0, 2, 0, 2}, {K::insert, 2, 2, 2, 5}, {K::equal, 2, 3, 5, 6}};
    const auto strength_a =
        boundary_strengths(std::vector<std::uint32_t>{0}, std::vector<std::uint32_t>{0}, 3);
    const auto strength_b =
        boundary_strengths(std::vector<std::uint32_t>{0, 3}, std::vector<std::uint32_t>{0}, 6);
    slide_to_boundaries(pieces, a, b, strength_a, strength_b);
    EXPECT_EQ(pieces, (std::vector<Piece>{{K::equal, 0, 3, 0, 3}, {K::insert, 3, 3, 3, 6}}));
    EXPECT_EQ(testing::apply_pieces(pieces, a, b), b);
}

TEST(ChangeSlideTest, ChangeSlidingOffAnEndLeavesAnEqualRunThere) {
    // Insertion at the end slides left: the "1" it passes becomes a trailing equal run.
    const KeyVector a{9, 1};
    const KeyVector b{9, 1, 5, 1};
    std::vector<Piece> insertion{{K::equal, 0, 2, 0, 2}, {K::insert, 2, 2, 2, 4}};
    const std::vector<std::uint8_t> strength_a{2, 1, 2};
    const std::vector<std::uint8_t> strength_b{2, 1, 0, 2, 0};
    slide_to_boundaries(insertion, a, b, strength_a, strength_b);
    EXPECT_EQ(insertion,
              (std::vector<Piece>{{K::equal, 0, 1, 0, 1}, {K::insert, 1, 1, 1, 3}, {K::equal, 1, 2, 3, 4}}));
    EXPECT_EQ(testing::apply_pieces(insertion, a, b), b);

    // Deletion at the start slides right: the "1" it passes becomes a leading equal run.
    const KeyVector c{1, 5, 1};
    const KeyVector d{1};
    std::vector<Piece> deletion{{K::del, 0, 2, 0, 0}, {K::equal, 2, 3, 0, 1}};
    const std::vector<std::uint8_t> strength_c{0, 2, 0, 2};
    const std::vector<std::uint8_t> strength_d{2, 2};
    slide_to_boundaries(deletion, c, d, strength_c, strength_d);
    EXPECT_EQ(deletion, (std::vector<Piece>{{K::equal, 0, 1, 0, 1}, {K::del, 1, 3, 1, 1}}));
    EXPECT_EQ(testing::apply_pieces(deletion, c, d), d);
}

TEST(ChangeSlideTest, EqualRunBetweenTwoChangesKeepsOneToken) {
    // Deletion of "5 1" could slide left over the whole "1" run, but the run
    // has a change on its far side.
    const KeyVector a{7, 1, 5, 1, 2};
    const KeyVector b{8, 1, 2};
    std::vector<Piece> pieces{{K::del, 0, 1, 0, 0},
                              {K::insert, 1, 1, 0, 1},
                              {K::equal, 1, 2, 1, 2},
                              {K::del, 2, 4, 2, 2},
                              {K::equal, 4, 5, 2, 3}};
    const std::vector<Piece> before = pieces;
    const std::vector<std::uint8_t> strength_a{2, 2, 2, 2, 2, 2};  // every position equally good
    const std::vector<std::uint8_t> strength_b{2, 2, 2, 2};
    slide_to_boundaries(pieces, a, b, strength_a, strength_b);
    EXPECT_EQ(pieces, before);
}

}  // namespace
}  // namespace dipdiff::diff_detail
