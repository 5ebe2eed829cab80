#include "engine/diff_script.hpp"

#include <gtest/gtest.h>

namespace dipdiff::diff_detail {
namespace {

TEST(DiffScriptTest, BuilderMergesRunsAndPutsDeletionsBeforeInsertions) {
    ScriptBuilder builder;
    builder.equal(2);
    builder.equal(1);
    builder.insert(1);
    builder.del(2);
    builder.insert(1);
    builder.equal(0);  // no run: the change goes on
    builder.del(1);
    builder.equal(4);
    EXPECT_EQ(builder.edit_distance(), 5u);
    EXPECT_EQ(builder.a_position(), 3u + 3u + 4u);
    const std::vector<Piece> pieces = builder.finish();
    EXPECT_EQ(pieces, (std::vector<Piece>{
                          {DiffOpKind::equal, 0, 3, 0, 3},
                          {DiffOpKind::del, 3, 6, 3, 3},
                          {DiffOpKind::insert, 6, 6, 3, 5},
                          {DiffOpKind::equal, 6, 10, 5, 9},
                      }));
    EXPECT_TRUE(builder.finish().empty());
}

TEST(DiffScriptTest, MergeJoinsOnlyPiecesContiguousOnTheSidesThatMatter) {
    std::vector<Piece> pieces{
        {DiffOpKind::equal, 0, 2, 0, 2},  {DiffOpKind::equal, 2, 3, 2, 3},  // contiguous: one run
        {DiffOpKind::del, 3, 4, 3, 3},    {DiffOpKind::del, 6, 7, 3, 3},    // hole in A: stays two
        {DiffOpKind::moved, 4, 5, 3, 4},  {DiffOpKind::moved, 5, 6, 4, 5},  // contiguous: one move
        {DiffOpKind::insert, 7, 7, 5, 6}, {DiffOpKind::insert, 7, 7, 6, 8},
    };
    merge_adjacent_pieces(pieces);
    EXPECT_EQ(pieces, (std::vector<Piece>{
                          {DiffOpKind::equal, 0, 3, 0, 3},
                          {DiffOpKind::del, 3, 4, 3, 3},
                          {DiffOpKind::del, 6, 7, 3, 3},
                          {DiffOpKind::moved, 4, 6, 3, 5},
                          {DiffOpKind::insert, 7, 7, 5, 8},
                      }));
}

}  // namespace
}  // namespace dipdiff::diff_detail
