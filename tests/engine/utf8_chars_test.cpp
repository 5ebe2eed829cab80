#include "engine/utf8_chars.hpp"

#include <gtest/gtest.h>

#include <string>

namespace dipdiff {
namespace {

TEST(Utf8CharsTest, DecodesForwardAndBackward) {
    const std::string text = "a\u00E9\u201C\U0001F600";
    EXPECT_EQ(decode_utf8_at(text, 0).value, U'a');
    EXPECT_EQ(decode_utf8_at(text, 1).value, U'\u00E9');
    EXPECT_EQ(decode_utf8_at(text, 3).value, U'\u201C');
    EXPECT_EQ(decode_utf8_at(text, 3).size, 3u);
    EXPECT_EQ(decode_utf8_at(text, 6).value, U'\U0001F600');
    EXPECT_EQ(decode_utf8_before(text, 10).value, U'\U0001F600');
    EXPECT_EQ(decode_utf8_before(text, 6).value, U'\u201C');
    EXPECT_EQ(decode_utf8_before(text, 1).value, U'a');
}

TEST(Utf8CharsTest, MalformedBytesDecodeAsOneReplacementByte) {
    const std::string text =
        "\xFF\xE2\x80"
        "a\x80";
    EXPECT_EQ(decode_utf8_at(text, 0).value, U'\uFFFD');
    EXPECT_EQ(decode_utf8_at(text, 0).size, 1u);
    EXPECT_EQ(decode_utf8_at(text, 1).size, 1u);  // truncated: "a" is no continuation byte
    EXPECT_EQ(decode_utf8_at(text, 4).value, U'\uFFFD');
    EXPECT_EQ(decode_utf8_before(text, 5).size, 1u);
    const std::string cut = "\xE2\x80";
    EXPECT_EQ(decode_utf8_at(cut, 0).size, 1u);
}

TEST(Utf8CharsTest, ClassifiesCharacters) {
    EXPECT_TRUE(is_letter(U'\u0416'));
    EXPECT_TRUE(is_letter(U'\u738B'));
    EXPECT_FALSE(is_letter(U'7'));
    EXPECT_TRUE(is_letter_or_digit(U'7'));
    EXPECT_TRUE(is_upper(U'\u041F'));
    EXPECT_FALSE(is_upper(U'\u043F'));
    EXPECT_TRUE(is_space(U'\u00A0'));
    EXPECT_TRUE(is_han(U'\u738B'));
    EXPECT_FALSE(is_han(U'\u3002'));
    EXPECT_TRUE(is_combining_mark(U'\u0301'));
}

TEST(Utf8CharsTest, ComparesAfterCaseFolding) {
    EXPECT_TRUE(equals_folded("He", "he"));
    EXPECT_TRUE(equals_folded("\u041E\u043D", "\u043E\u043D"));
    EXPECT_FALSE(equals_folded("he", "her"));
    EXPECT_FALSE(equals_folded("\xFF", "\xFE"));
    EXPECT_TRUE(equals_folded("\xFF", "\xFF"));
}

}  // namespace
}  // namespace dipdiff
