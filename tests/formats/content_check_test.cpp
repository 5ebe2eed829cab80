#include "formats/content_check.hpp"

#include <gtest/gtest.h>

#include "expect_error.hpp"

namespace dipdiff {
namespace {

using testing::error_of;

TEST(ContentCheckTest, StripsAByteOrderMark) {
    const std::string content = "\xEF\xBB\xBFText";
    const CheckedContent checked = check_content(content, "a.txt", {});
    EXPECT_EQ(checked.text, "Text");
    EXPECT_EQ(checked.bom_bytes, 3u);
    EXPECT_EQ(check_content("Text", "a.txt", {}).bom_bytes, 0u);
}

TEST(ContentCheckTest, InvalidUtf8NamesTheByteOffsetAndLineColumn) {
    const std::string content = "First line\nSecond \xD0\xBB\xE9 line\n";
    const Diagnostic d = error_of([&] { check_content(content, "a.txt", {}); });
    EXPECT_EQ(d.id, "input.invalid-utf8");
    EXPECT_EQ(d.format(),
              "a.txt:2:9: error: invalid UTF-8 at byte offset 20 (0xE9) \u2014 text saved as UTF-8 (re-save "
              "the file as UTF-8)");
}

TEST(ContentCheckTest, ByteOffsetsCountTheByteOrderMarkButColumnsDoNot) {
    const std::string content =
        "\xEF\xBB\xBF"
        "ab\xFF";
    const Diagnostic d = error_of([&] { check_content(content, "a.txt", {}); });
    EXPECT_EQ(d.line, 1);
    EXPECT_EQ(d.column, 3);
    EXPECT_EQ(d.message, "invalid UTF-8 at byte offset 5 (0xFF)");
}

TEST(ContentCheckTest, RefusesBinaryData) {
    const std::string content("%PDF-1.4\n\x00\x01\x02", 12);
    const Diagnostic d = error_of([&] { check_content(content, "report.txt", {}); });
    EXPECT_EQ(d.id, "input.binary");
    EXPECT_EQ(
        d.format(),
        "report.txt:2:1: error: file holds binary data (a NUL byte at byte offset 9) \u2014 a statement "
        "as UTF-8 text, Markdown or JSON");
}

TEST(ContentCheckTest, RefusesEmptyAndBlankFiles) {
    EXPECT_EQ(error_of([] { check_content("", "a.txt", {}); }).format(),
              "a.txt: error: file is empty \u2014 a statement as UTF-8 text, Markdown or JSON");
    EXPECT_EQ(error_of([] { check_content(" \n\r\n\t", "a.txt", {}); }).message,
              "file holds only white space");
    EXPECT_EQ(error_of([] { check_content("\xEF\xBB\xBF", "a.txt", {}); }).id, "input.empty");
}

TEST(ContentCheckTest, RefusesContentLargerThanTheLimit) {
    LoadOptions options;
    options.max_file_bytes = 4;
    const Diagnostic d = error_of([&] { check_content("12345", "dump.txt", options); });
    EXPECT_EQ(d.id, "input.too-large");
    EXPECT_EQ(d.message, "file is 5 bytes, more than the limit of 4 bytes");
    EXPECT_EQ(describe_size(std::size_t{3} << 20), "3.0 MB");
}

}  // namespace
}  // namespace dipdiff
