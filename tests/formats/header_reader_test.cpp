#include <gtest/gtest.h>

#include "expect_error.hpp"
#include "formats/header_block.hpp"

#include <string>
#include <vector>

namespace dipdiff {
namespace {

using testing::error_of;

TEST(HeaderReaderTest, ReadsFieldsInFileOrderWithTheirValuePositions) {
    const std::string content =
        "id: r-1\nparty: Republic of Varenia\nX-Archive:  https://archive.example/1 \n\nText.";
    const HeaderBlock block = read_header(content, "a.txt");
    ASSERT_EQ(block.fields.size(), 3u);
    EXPECT_EQ(block.fields[0].key, "id");
    EXPECT_EQ(block.fields[0].value, "r-1");
    EXPECT_EQ(block.fields[1].key, "party");
    EXPECT_EQ(block.fields[1].value, "Republic of Varenia");
    EXPECT_EQ(block.fields[1].where.line, 2);
    EXPECT_EQ(block.fields[1].where.column, 8);
    EXPECT_EQ(block.fields[2].key, "X-Archive");
    EXPECT_EQ(block.fields[2].value, "https://archive.example/1");
    EXPECT_EQ(block.fields[2].where.column, 13);
    EXPECT_EQ(block.text_offset, content.find("Text."));
    EXPECT_EQ(block.text_first_line, 5);
}

TEST(HeaderReaderTest, FindsNoHeaderInProse) {
    // Built apart: GCC 12 misreports array-bounds for a temporary std::string
    // concatenated inside an initializer list.
    std::string long_key(41, 'k');  // keys are at most 40 bytes
    long_key += ": value\n\nText";
    const std::vector<std::string> texts = {
        "The talks were held.\n\nMore.",
        "Note: the ministry said\nthat talks went well.\n\nMore.",  // unknown key, block not all key: value
        "Note: one line only",                                      // unknown key, no text after it
        "https://varenia.example/mfa\n\nText",                      // "https:" is followed by "//"
        "Source URL: https://x.example\n\nText",                    // keys have no spaces
        long_key,
        "",
    };
    for (const auto& text : texts) {
        const HeaderBlock block = read_header(text, "a.txt");
        EXPECT_TRUE(block.fields.empty()) << text;
        EXPECT_EQ(block.text_offset, 0u) << text;
        EXPECT_EQ(block.text_first_line, 1) << text;
    }
}

TEST(HeaderReaderTest, AcceptsAHeaderOfUnknownKeysWhenItEndsWithABlankLine) {
    const HeaderBlock block = read_header("Subject: Talks\nX-Ref: 17\n\nText", "a.txt");
    ASSERT_EQ(block.fields.size(), 2u);
    EXPECT_EQ(block.fields[1].key, "X-Ref");
    EXPECT_EQ(block.text_first_line, 4);
}

TEST(HeaderReaderTest, ALineThatIsNotKeyValueInAHeaderIsAnError) {
    const Diagnostic d = error_of([] { read_header("party: Varenia\ndate 2021-06-16\n\nText", "a.txt"); });
    EXPECT_EQ(d.id, "header.malformed-line");
    EXPECT_EQ(d.format(),
              "a.txt:2:1: error: header line 'date 2021-06-16' is not 'key: value' \u2014 'key: value' "
              "lines, then a "
              "blank line before the text (is the blank line after the header missing?)");
}

TEST(HeaderReaderTest, AHeaderWithNoTextAfterItIsAnError) {
    const Diagnostic d = error_of([] { read_header("party: Varenia\ndate: 2021-06-16", "a.txt"); });
    EXPECT_EQ(d.id, "input.empty");
    EXPECT_EQ(d.line, 2);
}

TEST(HeaderReaderTest, TrimsCarriageReturnsFromCrlfHeaders) {
    const std::string content = "party: Varenia\r\ndate: 2021-06-16\r\n\r\nText\r\n";
    const HeaderBlock block = read_header(content, "a.txt");
    ASSERT_EQ(block.fields.size(), 2u);
    EXPECT_EQ(block.fields[0].value, "Varenia");
    EXPECT_EQ(block.fields[1].value, "2021-06-16");
    EXPECT_EQ(content.substr(block.text_offset), "Text\r\n");
    EXPECT_EQ(block.text_first_line, 4);
}

TEST(HeaderReaderTest, KeepsAnEmptyValue) {
    const HeaderBlock block = read_header("party:\ntitle: T\n\nText", "a.txt");
    ASSERT_EQ(block.fields.size(), 2u);
    EXPECT_EQ(block.fields[0].value, "");
}

}  // namespace
}  // namespace dipdiff
