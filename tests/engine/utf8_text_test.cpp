#include "engine/utf8_text.hpp"

#include <gtest/gtest.h>

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
