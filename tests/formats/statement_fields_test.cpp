#include "formats/statement_fields.hpp"

#include <gtest/gtest.h>

namespace dipdiff {
namespace {

TEST(StatementFieldsTest, MapsKeysAndSynonymsToFields) {
    EXPECT_EQ(field_for_key("Party"), Field::party);
    EXPECT_EQ(field_for_key("country"), Field::party);
    EXPECT_EQ(field_for_key("SIDE"), Field::party);
    EXPECT_EQ(field_for_key("Source-URL"), Field::source);
    EXPECT_EQ(field_for_key("source url"), Field::source);
    EXPECT_EQ(field_for_key("url"), Field::source);
    EXPECT_EQ(field_for_key("type"), Field::genre);
    EXPECT_EQ(field_for_key("lang"), Field::language);
    EXPECT_EQ(field_for_key("headline"), Field::title);
    EXPECT_EQ(field_for_key("tags"), Field::none);
    EXPECT_EQ(field_for_key("speakers"), Field::none);
    EXPECT_EQ(field_name(Field::date), "date");
}

TEST(StatementFieldsTest, DerivesIdsFromFileNames) {
    EXPECT_EQ(id_from_path("corpus/readout-17.txt"), "readout-17");
    EXPECT_EQ(id_from_path("a.b.json"), "a.b");
    EXPECT_EQ(id_from_path("dir\\win.md"), "win");
    EXPECT_EQ(id_from_path(".hidden"), ".hidden");
    EXPECT_EQ(id_from_path("noext"), "noext");
    EXPECT_EQ(id_from_path(""), "statement");
}

TEST(StatementFieldsTest, AnEmptyValueLeavesAFieldUnsetAndMetadataKeepsIt) {
    Statement s;
    Diagnostics diagnostics;
    StatementBuilder builder(s, diagnostics);
    builder.add("party", "  ", {1, 8});
    builder.add("tags", "", {2, 7});
    builder.add("party", "Varenia", {3, 8});  // the empty one did not count as given
    EXPECT_EQ(s.party, "Varenia");
    ASSERT_EQ(s.metadata.size(), 1u);
    EXPECT_EQ(s.metadata[0].first, "tags");
    EXPECT_TRUE(diagnostics.empty());
}

TEST(StatementFieldsTest, AnImpossibleDatelineIsAWarningAndTheDateStaysMissing) {
    Statement s;
    s.path = "x.txt";
    s.id = "x";
    s.party = "Varenia";
    s.text = "Title\nVARENGRAD, June 31, 2021 \u2014 Talks.";
    s.text_first_line = 4;
    use_plain_analysis_text(s);
    Diagnostics diagnostics;
    finish_statement(s, FieldSyntax::header, {}, diagnostics);
    EXPECT_FALSE(s.date.has_value());
    ASSERT_EQ(diagnostics.size(), 2u);
    EXPECT_EQ(diagnostics[0].format(),
              "x.txt:5:12: warning: dateline 'June 31, 2021' is not a day of June \u2014 June has 30 days");
    EXPECT_EQ(diagnostics[1].id, "statement.missing-date");
}

TEST(StatementFieldsTest, GuessesTheLanguageOnlyWhenNoneIsGiven) {
    Statement s;
    s.text = "Переговоры прошли конструктивно.";
    use_plain_analysis_text(s);
    Diagnostics diagnostics;
    finish_statement(s, FieldSyntax::json, {}, diagnostics);
    EXPECT_EQ(s.language, "ru");

    Statement given;
    given.language = "uk";
    given.text = s.text;
    use_plain_analysis_text(given);
    finish_statement(given, FieldSyntax::json, {}, diagnostics);
    EXPECT_EQ(given.language, "uk");
}

}  // namespace
}  // namespace dipdiff
