#include "formats/utf8.hpp"

#include <gtest/gtest.h>

#include <string>

namespace dipdiff {
namespace {

struct Utf8Case {
    std::string text;
    std::size_t first_invalid;
};

TEST(Utf8Test, FindsTheFirstInvalidByte) {
    constexpr std::size_t valid = std::string_view::npos;
    const Utf8Case cases[] = {
        {"", valid},
        {"plain ASCII text that is longer than eight bytes", valid},
        {"Caf\xC3\xA9 \xD0\xA1\xD0\xBB\xE2\x80\x94 \xE5\x8F\x8C \xF0\x9F\x98\x80", valid},
        {"abcdefgh\xFFz", 8},     // invalid lead byte after an ASCII chunk
        {"Caf\xE9 ok", 3},        // Latin-1 é
        {"\xC3", 0},              // truncated at the end
        {"ab\xE2\x80", 2},        // truncated three-byte sequence
        {"\xC0\xAF", 0},          // overlong '/'
        {"\xE0\x80\xAF", 0},      // overlong three-byte form
        {"x\xED\xA0\x80", 1},     // surrogate U+D800
        {"\xF4\x90\x80\x80", 0},  // above U+10FFFF
        {"\xF0\x9F\x98", 0},      // truncated four-byte sequence
        {"ok\xE2\x28\xA1", 2},    // bad continuation byte
        {"\x80", 0},              // lone continuation byte
    };
    for (const auto& c : cases) EXPECT_EQ(find_invalid_utf8(c.text), c.first_invalid) << c.text;
}

}  // namespace
}  // namespace dipdiff
