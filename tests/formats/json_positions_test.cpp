#include "formats/json_positions.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace dipdiff {
namespace {

using ::testing::ElementsAre;
using ::testing::Pair;

constexpr std::string_view k_json = R"({"a": [1, {"b/c": "x", "d~": [true, null]}], "e": {}, "f": "\"q\""})";

TEST(JsonPositionsTest, ValuesByPointer) {
    const JsonPositions positions(k_json);
    EXPECT_EQ(positions.value(""), 0u);
    EXPECT_EQ(positions.value("/a"), 6u);
    EXPECT_EQ(positions.value("/a/0"), 7u);
    EXPECT_EQ(positions.value("/a/1"), 10u);
    EXPECT_EQ(positions.value("/a/1/b~1c"), 18u);
    EXPECT_EQ(positions.value("/a/1/d~0/1"), 36u);
    EXPECT_EQ(positions.value("/e"), 50u);
    EXPECT_EQ(positions.value("/f"), 59u);
    EXPECT_EQ(positions.value("/missing"), std::string_view::npos);
    EXPECT_EQ(positions.value("/a/2"), std::string_view::npos);
}

TEST(JsonPositionsTest, KeysByPointer) {
    const JsonPositions positions(k_json);
    EXPECT_EQ(positions.key("/a"), 1u);
    EXPECT_EQ(positions.key("/a/1/b~1c"), 11u);
    EXPECT_EQ(positions.key(""), std::string_view::npos);
}

TEST(JsonPositionsTest, EscapedKeysAreDecoded) {
    const JsonPositions positions(R"({"a\"b": 1, "\u00e9": 2})");
    EXPECT_EQ(positions.value("/a\"b"), 9u);
    EXPECT_EQ(positions.value("/\\u00e9"), 22u);
}

TEST(JsonPositionsTest, DuplicateKeysAreListed) {
    const JsonPositions positions(R"({"a": {"x": 1, "x": 2}, "a": 3})");
    EXPECT_THAT(positions.duplicate_keys(), ElementsAre(Pair("/a/x", 15u), Pair("/a", 24u)));
    EXPECT_EQ(positions.value("/a"), 6u);  // the first one
}

TEST(JsonPositionsTest, MalformedTextGivesPartialResults) {
    const JsonPositions positions(R"({"a": [1, 2, {"b": )");
    EXPECT_EQ(positions.value("/a/1"), 10u);
    EXPECT_EQ(positions.value("/a/2/b"), std::string_view::npos);
    const JsonPositions unterminated(R"({"a)");
    EXPECT_EQ(unterminated.value(""), 0u);
}

TEST(JsonPositionsTest, NestingBeyondTheLimitIsNotRecorded) {
    const JsonPositions positions("[[[[1]]]]", 2);
    EXPECT_EQ(positions.value("/0"), 1u);
    EXPECT_EQ(positions.value("/0/0"), std::string_view::npos);
}

TEST(JsonPositionsTest, PointerSegmentsAreEscaped) {
    EXPECT_EQ(JsonPositions::member("/a", "b/c~d"), "/a/b~1c~0d");
    EXPECT_EQ(JsonPositions::element("/a", 12), "/a/12");
}

}  // namespace
}  // namespace dipdiff
