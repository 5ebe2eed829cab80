#include "formats/text_lines.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dipdiff {
namespace {

TEST(TextLinesTest, ReadsLinesWithAndWithoutLineEndings) {
    const std::string text = "one\r\ntwo\n\nlast";
    LineReader reader(text);
    Line line;
    std::vector<std::string> contents;
    std::vector<std::size_t> starts;
    while (reader.next(line)) {
        contents.emplace_back(line.content);
        starts.push_back(line.start);
    }
    EXPECT_EQ(contents, (std::vector<std::string>{"one", "two", "", "last"}));
    EXPECT_EQ(starts, (std::vector<std::size_t>{0, 5, 9, 10}));
    EXPECT_EQ(line.number, 4);
    EXPECT_EQ(line.next, text.size());
}

TEST(TextLinesTest, CountsColumnsInCharactersAndRestartsForEarlierOffsets) {
    const std::string text = "ab\n\xD0\xA1\xD0\xBB x";
    PositionTracker positions(text, 10);
    EXPECT_EQ(positions.position_of(1), std::make_pair(10, 2));
    EXPECT_EQ(positions.position_of(8), std::make_pair(11, 4));  // 'x' after two Cyrillic letters and a space
    EXPECT_EQ(positions.position_of(0), std::make_pair(10, 1));
    EXPECT_EQ(positions.position_of(1000), std::make_pair(11, 5));
}

TEST(TextLinesTest, TrimsAndTestsForBlankLines) {
    EXPECT_EQ(trim(" \t x y \r\n"), "x y");
    EXPECT_TRUE(is_blank(" \t\r"));
    EXPECT_FALSE(is_blank(" x "));
}

}  // namespace
}  // namespace dipdiff
