#include <gtest/gtest.h>

#include "expect_error.hpp"
#include "formats/header_block.hpp"

namespace dipdiff {
namespace {

using testing::error_of;

TEST(FrontMatterTest, ReadsTheYamlSubsetOfArchivedPages) {
    const std::string content =
        "---\n"
        "title: \"Talks in Varengrad: a readout\"\n"
        "date: 2021-06-16T19:30:00+02:00\n"
        "source_url: https://archive.example/varenia/mfa/2021-06-16#top\n"
        "tags: [diplomacy, \"arms control, strategic\", Kestrel]\n"
        "speakers:\n"
        "  - Aldo Marek\n"
        "  - 'Ilse Brandt'\n"
        "author:\n"
        "  name: Press Office\n"
        "  email: press@mfa.varenia.example\n"
        "summary: >\n"
        "  The two presidents met\n"
        "  for three hours.\n"
        "# a comment\n"
        "party: Varenia # the host\n"
        "note: 'it''s \"fine\"'\n"
        "escaped: \"caf\\u00e9 \\\"q\\\"\"\n"
        "long: a value that\n"
        "  goes on\n"
        "empty:\n"
        "---\n"
        "Text\n";
    const HeaderBlock block = read_front_matter(content, "a.md");
    const std::vector<std::pair<std::string, std::string>> expected = {
        {"title", "Talks in Varengrad: a readout"},
        {"date", "2021-06-16T19:30:00+02:00"},
        {"source_url", "https://archive.example/varenia/mfa/2021-06-16#top"},
        {"tags", "diplomacy, arms control, strategic, Kestrel"},
        {"speakers", "Aldo Marek, Ilse Brandt"},
        {"author.name", "Press Office"},
        {"author.email", "press@mfa.varenia.example"},
        {"summary", "The two presidents met for three hours."},
        {"party", "Varenia"},
        {"note", "it's \"fine\""},
        {"escaped", "caf\u00e9 \"q\""},
        {"long", "a value that goes on"},
        {"empty", ""},
    };
    ASSERT_EQ(block.fields.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(block.fields[i].key, expected[i].first) << i;
        EXPECT_EQ(block.fields[i].value, expected[i].second) << i;
    }
    EXPECT_EQ(block.fields[0].where.line, 2);
    EXPECT_EQ(block.fields[0].where.column, 8);
    EXPECT_EQ(block.fields[5].where.line, 10);  // author.name
    EXPECT_EQ(block.fields[5].where.column, 9);
    EXPECT_EQ(block.text_offset, content.find("Text"));
    EXPECT_EQ(block.text_first_line, 23);
}

TEST(FrontMatterTest, RecognisesTheOpeningFence) {
    EXPECT_TRUE(starts_with_front_matter("---\ntitle: x\n---\n"));
    EXPECT_TRUE(starts_with_front_matter("---  \r\ntitle: x\r\n---\r\n"));
    EXPECT_FALSE(starts_with_front_matter("----\n"));
    EXPECT_FALSE(starts_with_front_matter("title: x\n"));
    EXPECT_FALSE(starts_with_front_matter(" ---\n"));
}

TEST(FrontMatterTest, ClosesWithThreeDotsAndHandlesCrlf) {
    const std::string content = "---\r\nparty: Varenia\r\n...\r\nText\r\n";
    const HeaderBlock block = read_front_matter(content, "a.md");
    ASSERT_EQ(block.fields.size(), 1u);
    EXPECT_EQ(block.fields[0].value, "Varenia");
    EXPECT_EQ(content.substr(block.text_offset), "Text\r\n");
}

struct BadFrontMatter {
    std::string content;
    std::string id;
    int line;
    std::string message;
};

TEST(FrontMatterTest, RefusesWhatItCannotReadSayingWhere) {
    const BadFrontMatter cases[] = {
        {"---\ntitle: x\n\nText without a closing fence\n", "front-matter.unclosed", 1,
         "the front matter opened on line 1 is never closed"},
        {"---\ntitle: x\nthis is prose\n---\nText\n", "front-matter.malformed-line", 3,
         "front matter line 'this is prose' is not 'key: value'"},
        {"---\ntitle: \"unclosed\n---\nText\n", "front-matter.malformed-line", 2,
         "the quote in 'title: \"unclosed' is not closed"},
        {"---\ntitle: \"a\" b\n---\nText\n", "front-matter.malformed-line", 2,
         "'title: \"a\" b' has text after the quoted value"},
        {"---\ntags: [a, b\n---\nText\n", "front-matter.malformed-line", 2,
         "the list in 'tags: [a, b' is not closed"},
        {"---\n  indented: x\n---\nText\n", "front-matter.malformed-line", 2,
         "front matter line '  indented: x' is not 'key: value'"},
    };
    for (const auto& c : cases) {
        const Diagnostic d = error_of([&] { read_front_matter(c.content, "a.md"); });
        EXPECT_EQ(d.id, c.id) << c.content;
        EXPECT_EQ(d.path, "a.md");
        EXPECT_EQ(d.line, c.line) << c.content;
        EXPECT_EQ(d.message, c.message) << c.content;
    }
}

}  // namespace
}  // namespace dipdiff
