// Plain-text and Markdown statements, read through parse_statements.
#include <gtest/gtest.h>

#include "expect_error.hpp"
#include "formats/loader.hpp"

namespace dipdiff {
namespace {

using testing::error_of;

Statement read_one(const std::string& content, StatementFormat format, Diagnostics& diagnostics,
                   const std::string& path = "corpus/readout-17.txt", const LoadOptions& options = {}) {
    std::vector<Statement> statements = parse_statements(content, path, format, options, diagnostics);
    EXPECT_EQ(statements.size(), 1u);
    return statements.empty() ? Statement{} : std::move(statements.front());
}

Span find_span(std::string_view haystack, std::string_view needle) {
    const auto at = static_cast<std::uint32_t>(haystack.find(needle));
    return {at, static_cast<std::uint32_t>(at + needle.size())};
}

const std::string k_archived_page =
    "---\n"
    "title: \"Readout: President Marek's call with President Brandt\"\n"
    "date: \"2021-06-16T19:30:00+02:00\"\n"
    "source_url: https://archive.example/web/2021/mfa.varenia.example/readout-17\n"
    "tags: [Kestrel Federation, arms control]\n"
    "party: Republic of Varenia\n"
    "---\n"
    "\n"
    "# Readout of the call\n"
    "\n"
    "President Aldo Marek spoke today with President Ilse Brandt of the\n"
    "Kestrel Federation. The leaders discussed **bold** steps on arms\n"
    "control \\- and agreed to continue [consultations](https://mfa.varenia.example/c)\n"
    "at the working level.\n";

TEST(TextReaderTest, ReadsAnArchivedMarkdownPage) {
    Diagnostics diagnostics;
    const Statement s =
        read_one(k_archived_page, StatementFormat::markdown, diagnostics, "archive/readout-17.md");
    EXPECT_TRUE(diagnostics.empty()) << diagnostics.front().format();
    EXPECT_EQ(s.id, "readout-17");
    EXPECT_EQ(s.title, "Readout: President Marek's call with President Brandt");
    EXPECT_EQ(s.party, "Republic of Varenia");
    EXPECT_EQ(s.source, "https://archive.example/web/2021/mfa.varenia.example/readout-17");
    ASSERT_TRUE(s.date.has_value());
    EXPECT_EQ(s.date->iso(), "2021-06-16T19:30:00+02:00");
    EXPECT_FALSE(s.date_from_dateline);
    EXPECT_EQ(s.date_location.line, 3);
    EXPECT_EQ(s.date_location.column, 7);
    ASSERT_EQ(s.metadata.size(), 1u);
    EXPECT_EQ(s.metadata[0],
              (std::pair<std::string, std::string>{"tags", "Kestrel Federation, arms control"}));
    EXPECT_EQ(s.language, "en");

    // The text is every byte after the closing "---" line, and begins on line 8.
    const std::size_t text_offset = k_archived_page.find("---\n\n# Readout") + 4;
    EXPECT_EQ(s.text, k_archived_page.substr(text_offset));
    EXPECT_EQ(s.text_first_line, 8);

    EXPECT_EQ(s.analysis.text,
              "\n"
              "Readout of the call\n"
              "\n"
              "President Aldo Marek spoke today with President Ilse Brandt of the\n"
              "Kestrel Federation. The leaders discussed bold steps on arms\n"
              "control - and agreed to continue consultations\n"
              "at the working level.\n");
    // "bold" maps back to exactly the four bytes between the asterisks.
    const Span bold = s.analysis.to_original(find_span(s.analysis.text, "bold"));
    EXPECT_EQ(bold, (Span{static_cast<std::uint32_t>(s.text.find("**bold**") + 2),
                          static_cast<std::uint32_t>(s.text.find("**bold**") + 6)}));
    EXPECT_EQ(bold.of(s.text), "bold");
    EXPECT_EQ(s.file_position(bold.start), std::make_pair(12, 45));
    EXPECT_EQ(s.analysis.to_original(find_span(s.analysis.text, "control - and")).of(s.text),
              "control \\- and");
    EXPECT_EQ(s.analysis.to_original(find_span(s.analysis.text, "consultations")).of(s.text),
              "consultations");
}

TEST(TextReaderTest, ReadsAPlainTextHeaderKeepingUnknownKeysInOrder) {
    const std::string content =
        "id: varenia-2021-06-16\n"
        "X-Archive: https://archive.example/1\n"
        "party: Republic of Varenia\n"
        "speaker: Press Service\n"
        "Desk: Europe\n"
        "date: June 16, 2021\n"
        "genre: readout\n"
        "Archive-Note: second capture\n"
        "\n"
        "The two **presidents** met.\n"
        "They talked.\n";
    Diagnostics diagnostics;
    const Statement s = read_one(content, StatementFormat::text, diagnostics);
    EXPECT_TRUE(diagnostics.empty());
    EXPECT_EQ(s.id, "varenia-2021-06-16");
    EXPECT_EQ(s.id_location.line, 1);
    EXPECT_EQ(s.speaker, "Press Service");
    EXPECT_EQ(s.genre, Genre::readout);
    EXPECT_EQ(s.date->iso(), "2021-06-16");
    const std::vector<std::pair<std::string, std::string>> metadata = {
        {"X-Archive", "https://archive.example/1"}, {"Desk", "Europe"}, {"Archive-Note", "second capture"}};
    EXPECT_EQ(s.metadata, metadata);
    EXPECT_EQ(s.text, "The two **presidents** met.\nThey talked.\n");
    EXPECT_EQ(s.text_first_line, 10);
    EXPECT_EQ(s.analysis_text(), s.text);  // plain text: markup is text
    EXPECT_TRUE(s.analysis.origin.empty());
    EXPECT_EQ(s.record_line, 0);
}

TEST(TextReaderTest, ReadsSynonymKeysCaseInsensitively) {
    const std::string content =
        "Country: Kestrel Federation\nType: transcript\nLang: RU\nURL: https://kestrel.example/t/1\n"
        "Headline: Briefing\nDATE: 2021-06-16\n\nText.\n";
    Diagnostics diagnostics;
    const Statement s = read_one(content, StatementFormat::text, diagnostics);
    EXPECT_EQ(s.party, "Kestrel Federation");
    EXPECT_EQ(s.genre, Genre::press_conference);
    EXPECT_EQ(s.language, "ru");
    EXPECT_EQ(s.source, "https://kestrel.example/t/1");
    EXPECT_EQ(s.title, "Briefing");
    EXPECT_TRUE(s.metadata.empty());
}

TEST(TextReaderTest, TakesTheDateFromTheDatelineWhenTheHeaderHasNone) {
    const std::string content =
        "party: Republic of Varenia\n\nVARENGRAD, June 16, 2021 \u2014 The talks began.\n";
    Diagnostics diagnostics;
    const Statement s = read_one(content, StatementFormat::text, diagnostics);
    EXPECT_TRUE(diagnostics.empty());
    ASSERT_TRUE(s.date.has_value());
    EXPECT_EQ(s.date->iso(), "2021-06-16");
    EXPECT_TRUE(s.date_from_dateline);
    EXPECT_EQ(s.date_location.line, 3);
    EXPECT_EQ(s.date_location.column, 12);
}

TEST(TextReaderTest, FindsAMarkdownDatelineAndPointsAtTheOriginalBytes) {
    const std::string content =
        "party: Republic of Varenia\n\n**VARENGRAD**, _June 16, 2021_ \u2014 Talks began.\n";
    Diagnostics diagnostics;
    const Statement s = read_one(content, StatementFormat::markdown, diagnostics, "a.md");
    ASSERT_TRUE(s.date.has_value());
    EXPECT_TRUE(s.date_from_dateline);
    EXPECT_EQ(s.date_location.line, 3);
    EXPECT_EQ(s.date_location.column, 17);  // the 'J' after "**VARENGRAD**, _"
}

TEST(TextReaderTest, WarnsAboutMissingPartyAndDateOrRefusesWhenRequired) {
    const std::string content = "The talks began.\n";
    Diagnostics warnings;
    const Statement s = read_one(content, StatementFormat::text, warnings, "corpus/x.txt");
    EXPECT_EQ(s.text, content);
    ASSERT_EQ(warnings.size(), 2u);
    EXPECT_EQ(
        warnings[0].format(),
        "corpus/x.txt: warning: statement 'x' names no party \u2014 a header line 'party: ...' naming the "
        "state or organisation whose statement it is");
    EXPECT_EQ(warnings[1].id, "statement.missing-date");
    EXPECT_EQ(warnings[1].severity, Severity::warning);

    LoadOptions strict;
    strict.require_party_and_date = true;
    Diagnostics errors;
    read_one(content, StatementFormat::text, errors, "corpus/x.txt", strict);
    ASSERT_EQ(errors.size(), 2u);
    EXPECT_EQ(errors[0].severity, Severity::error);
    EXPECT_EQ(errors[1].severity, Severity::error);
    EXPECT_EQ(errors[1].format(),
              "corpus/x.txt: error: statement 'x' has no date and no dateline \u2014 a header line such as "
              "'date: 2021-06-16'");
}

struct BadHeaderDate {
    std::string date_line;
    std::string message;
};

TEST(TextReaderTest, AnInvalidHeaderDateNamesFileLineColumnAndField) {
    const BadHeaderDate cases[] = {
        {"date: June 31, 2021",
         "corpus/x.txt:2:7: error: date 'June 31, 2021' is not a day of June \u2014 June has 30 days"},
        {"Date:   06/07/2021",
         "corpus/x.txt:2:9: error: date '06/07/2021' could be 6 July 2021 (day first) or June 7, 2021 (month "
         "first) \u2014 write the date as ISO 8601, e.g. 2021-06-07"},
        {"date: soon",
         "corpus/x.txt:2:7: error: date 'soon' is not a date dipdiff can read \u2014 a date such as "
         "2021-06-16 "
         "(ISO 8601) or June 16, 2021"},
    };
    for (const auto& c : cases) {
        const std::string content = "party: Varenia\n" + c.date_line + "\n\nText.\n";
        Diagnostics diagnostics;
        const Diagnostic d = error_of(
            [&] { parse_statements(content, "corpus/x.txt", StatementFormat::text, {}, diagnostics); });
        EXPECT_EQ(d.format(), c.message);
    }
}

TEST(TextReaderTest, AnUnknownGenreIsAWarningAndKeptInMetadata) {
    Diagnostics diagnostics;
    const Statement s = read_one("party: V\ndate: 2021-06-16\ngenre: poem\n\nText.", StatementFormat::text,
                                 diagnostics, "a.txt");
    EXPECT_EQ(s.genre, Genre::other);
    ASSERT_EQ(s.metadata.size(), 1u);
    EXPECT_EQ(s.metadata[0], (std::pair<std::string, std::string>{"genre", "poem"}));
    ASSERT_EQ(diagnostics.size(), 1u);
    EXPECT_EQ(diagnostics[0].id, "statement.unknown-genre");
    EXPECT_EQ(
        diagnostics[0].format(),
        "a.txt:3:8: warning: genre 'poem' is not one dipdiff knows; reading it as 'other' \u2014 one of "
        "readout, press-conference, joint-statement, speech, briefing, interview, article, other");
}

TEST(TextReaderTest, AFieldGivenTwiceIsAnError) {
    Diagnostics diagnostics;
    const Diagnostic d = error_of([&] {
        parse_statements("party: V\ncountry: K\n\nText.", "a.txt", StatementFormat::text, {}, diagnostics);
    });
    EXPECT_EQ(d.format(),
              "a.txt:2:10: error: the party is given twice ('country' here, 'party' on line 1) \u2014 "
              "one value per field");
}

TEST(TextReaderTest, SkipsAByteOrderMarkAndCountsColumnsAfterIt) {
    Diagnostics diagnostics;
    const Statement s =
        read_one("\xEF\xBB\xBFparty: Varenia\ndate: 2021-06-16\n\nText.", StatementFormat::text, diagnostics);
    EXPECT_EQ(s.party, "Varenia");
    EXPECT_EQ(s.text, "Text.");
    EXPECT_EQ(s.text_first_line, 4);
}

TEST(TextReaderTest, ReadsCrlfFilesLeavingTheTextAsIs) {
    Diagnostics diagnostics;
    const Statement s = read_one("party: Varenia\r\ndate: 2021-06-16\r\n\r\nLine one.\r\nLine two.\r\n",
                                 StatementFormat::text, diagnostics);
    EXPECT_EQ(s.party, "Varenia");
    EXPECT_EQ(s.date->iso(), "2021-06-16");
    EXPECT_EQ(s.text, "Line one.\r\nLine two.\r\n");
}

TEST(TextReaderTest, AHeaderWithoutTextIsEmpty) {
    Diagnostics diagnostics;
    const Diagnostic d = error_of([&] {
        parse_statements("party: V\ndate: 2021-06-16\n\n  \n", "a.txt", StatementFormat::text, {},
                         diagnostics);
    });
    EXPECT_EQ(d.id, "input.empty");
    EXPECT_EQ(d.format(),
              "a.txt:3: error: the statement has no text after its header \u2014 the statement's text "
              "after the blank line that ends the header");
}

TEST(TextReaderTest, ReadsFrontMatterInAPlainTextFileWithoutStrippingMarkup) {
    Diagnostics diagnostics;
    const Statement s = read_one("---\nparty: V\ndate: 2021-06-16\n---\nThe **talks**.\n",
                                 StatementFormat::text, diagnostics);
    EXPECT_EQ(s.party, "V");
    EXPECT_EQ(s.text, "The **talks**.\n");
    EXPECT_EQ(s.analysis_text(), s.text);
    EXPECT_EQ(s.text_first_line, 5);
}

}  // namespace
}  // namespace dipdiff
