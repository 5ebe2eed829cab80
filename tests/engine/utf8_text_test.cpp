#include "engine/utf8_text.hpp"

#include <gtest/gtest.h>

#include <string>

namespace dipdiff {
namespace {

TEST(Utf8TextTest, DecodesForwardAndBackward) {
    const std::string_view text = "a\u00E9\u4F1A\U0001F600";
    EXPECT_EQ(decode_at(text, 0).value, U'a');
    EXPECT_EQ(decode_at(text, 1).value, U'\u00E9');
    EXPECT_EQ(decode_at(text, 1).size, 2u);
    EXPECT_EQ(decode_at(text, 3).value, U'\u4F1A');
    EXPECT_EQ(decode_at(text, 6).size, 4u);
    EXPECT_EQ(decode_before(text, 10).value, U'\U0001F600');
    EXPECT_EQ(decode_before(text, 6).value, U'\u4F1A');
    EXPECT_EQ(decode_before(text, 6).size, 3u);
    EXPECT_EQ(decode_at(text, 10).size, 0u);
    EXPECT_EQ(decode_before(text, 0).size, 0u);
}

TEST(Utf8TextTest, IllFormedBytesAreOneReplacementCharacterEach) {
    const std::string_view text = "\xFF\xC3";
    EXPECT_EQ(decode_at(text, 0).value, U'\uFFFD');
    EXPECT_EQ(decode_at(text, 0).size, 1u);
    EXPECT_EQ(decode_at(text, 1).value, U'\uFFFD');
    EXPECT_EQ(decode_before(text, 2).size, 1u);
}

TEST(Utf8TextTest, TrimsUnicodeWhiteSpace) {
    const std::string_view text = "\u00A0 \tword\u3000\n";
    const Span span = trim(text, {0, static_cast<std::uint32_t>(text.size())});
    EXPECT_EQ(span.of(text), "word");
    EXPECT_TRUE(trim(" \n", {0, 2}).empty());
}

TEST(Utf8TextTest, ClassifiesCharacters) {
    EXPECT_TRUE(is_upper(U'\u0416'));
    EXPECT_TRUE(is_lower(U'\u0436'));
    EXPECT_TRUE(is_letter(U'\u4F1A'));
    EXPECT_FALSE(is_upper(U'\u4F1A'));
    EXPECT_TRUE(is_digit(U'7'));
    EXPECT_TRUE(is_white_space(U'\u2009'));
    EXPECT_TRUE(is_ascii("plain"));
    EXPECT_FALSE(is_ascii("caf\u00E9"));
}

}  // namespace
}  // namespace dipdiff

namespace dipdiff {
namespace {

TEST(Utf8TextTest, DecodesEmojiAndCurlyQuotes) {
    const std::string text = "a\u00E9\u201C\U0001F600";
    EXPECT_EQ(decode_at(text, 0).value, U'a');
    EXPECT_EQ(decode_at(text, 1).value, U'\u00E9');
    EXPECT_EQ(decode_at(text, 3).value, U'\u201C');
    EXPECT_EQ(decode_at(text, 3).size, 3u);
    EXPECT_EQ(decode_at(text, 6).value, U'\U0001F600');
    EXPECT_EQ(decode_before(text, 10).value, U'\U0001F600');
    EXPECT_EQ(decode_before(text, 6).value, U'\u201C');
    EXPECT_EQ(decode_before(text, 1).value, U'a');
}

TEST(Utf8TextTest, MalformedBytesDecodeAsOneReplacementByte) {
    const std::string text =
        "\xFF\xE2\x80"
        "a\x80";
    EXPECT_EQ(decode_at(text, 0).value, U'\uFFFD');
    EXPECT_EQ(decode_at(text, 0).size, 1u);
    EXPECT_EQ(decode_at(text, 1).size, 1u);  // truncated: "a" is no continuation byte
    EXPECT_EQ(decode_at(text, 4).value, U'\uFFFD');
    EXPECT_EQ(decode_before(text, 5).size, 1u);
    const std::string cut = "\xE2\x80";
    EXPECT_EQ(decode_at(cut, 0).size, 1u);
}

TEST(Utf8TextTest, ClassifiesScriptsAndMarks) {
    EXPECT_TRUE(is_letter(U'\u0416'));
    EXPECT_TRUE(is_letter(U'\u738B'));
    EXPECT_FALSE(is_letter(U'7'));
    EXPECT_TRUE(is_letter_or_digit(U'7'));
    EXPECT_TRUE(is_upper(U'\u041F'));
    EXPECT_FALSE(is_upper(U'\u043F'));
    EXPECT_TRUE(is_white_space(U'\u00A0'));
    EXPECT_TRUE(is_han(U'\u738B'));
    EXPECT_FALSE(is_han(U'\u3002'));
    EXPECT_TRUE(is_combining_mark(U'\u0301'));
}

TEST(Utf8TextTest, ComparesAfterCaseFolding) {
    EXPECT_TRUE(equals_folded("He", "he"));
    EXPECT_TRUE(equals_folded("\u041E\u043D", "\u043E\u043D"));
    EXPECT_FALSE(equals_folded("he", "her"));
    EXPECT_FALSE(equals_folded("\xFF", "\xFE"));
    EXPECT_TRUE(equals_folded("\xFF", "\xFF"));
}

}  // namespace
}  // namespace dipdiff
