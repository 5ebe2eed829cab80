#include <gtest/gtest.h>

#include "formats/loader.hpp"

namespace dipdiff {
namespace {

struct SniffCase {
    std::string content;
    std::vector<std::string> ids;
    std::string analysis_of_first;
};

TEST(ParseStatementsTest, DetectsTheFormatOfContentWithoutAKnownExtension) {
    const SniffCase cases[] = {
        {"[{\"id\": \"a\", \"text\": \"T.\"}, {\"id\": \"b\", \"text\": \"U.\"}]", {"a", "b"}, "T."},
        {"  {\"id\": \"a\",\n \"text\": \"T.\"}", {"a"}, "T."},
        {"{\"id\": \"a\", \"text\": \"T.\"}\n{\"id\": \"b\", \"text\": \"U.\"}\n", {"a", "b"}, "T."},
        {"---\nid: m\n---\nThe **talks**.", {"m"}, "The talks."},
        {"id: t\n\nThe **talks**.", {"t"}, "The **talks**."},
    };
    for (const auto& c : cases) {
        Diagnostics diagnostics;
        const auto statements =
            parse_statements(c.content, "stdin", StatementFormat::auto_detect, {}, diagnostics);
        std::vector<std::string> ids;
        for (const auto& s : statements) ids.push_back(s.id);
        EXPECT_EQ(ids, c.ids) << c.content;
        ASSERT_FALSE(statements.empty());
        EXPECT_EQ(statements[0].analysis_text(), c.analysis_of_first) << c.content;
        EXPECT_EQ(statements[0].path, "stdin");
    }
}

TEST(ParseStatementsTest, FormatFromPathFollowsTheExtension) {
    EXPECT_EQ(format_from_path("a/b.TXT"), StatementFormat::text);
    EXPECT_EQ(format_from_path("a/b.markdown"), StatementFormat::markdown);
    EXPECT_EQ(format_from_path("b.ndjson"), StatementFormat::json_lines);
    EXPECT_EQ(format_from_path("a.d/b"), StatementFormat::auto_detect);
}

}  // namespace
}  // namespace dipdiff
