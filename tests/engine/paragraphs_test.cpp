#include "engine/paragraphs.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dipdiff {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

std::vector<std::string> paragraphs(const std::string& text, const std::vector<std::uint32_t>& forced = {}) {
    std::vector<std::string> out;
    for (const Span span : split_paragraphs(text, forced)) out.emplace_back(span.of(text));
    return out;
}

TEST(ParagraphsTest, BlankLinesSeparateAndSingleLineBreaksDoNot) {
    EXPECT_THAT(paragraphs("One\nline two\n\n  \t\r\nThree\n"), ElementsAre("One\nline two", "Three"));
}

TEST(ParagraphsTest, ForcedLineStartsOpenParagraphs) {
    const std::string text = "Title\nTHE PRESIDENT: Hi.\n  Q  When?\nstill Q";
    EXPECT_THAT(paragraphs(text, {6, static_cast<std::uint32_t>(text.find("Q  When"))}),
                ElementsAre("Title", "THE PRESIDENT: Hi.", "Q  When?\nstill Q"));
}

TEST(ParagraphsTest, LongLinesAreNotHardWrapped) {
    const std::string long_line(k_unwrapped_line_length + 1, 'x');
    EXPECT_THAT(paragraphs("short\n" + long_line + "\nshort again"),
                ElementsAre("short", long_line, "short again"));
    // Characters, not bytes: 60 Cyrillic letters are 120 bytes but a short line.
    std::string cyrillic;
    for (int i = 0; i < 60; ++i) cyrillic += "д";
    EXPECT_THAT(paragraphs(cyrillic + "\n" + cyrillic), ElementsAre(cyrillic + "\n" + cyrillic));
}

TEST(ParagraphsTest, EmptyAndWhiteTextsHaveNoParagraphs) {
    EXPECT_THAT(paragraphs(""), IsEmpty());
    EXPECT_THAT(paragraphs("\n \n\t\n"), IsEmpty());
}

}  // namespace
}  // namespace dipdiff
