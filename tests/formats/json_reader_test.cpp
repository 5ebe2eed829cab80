// JSON and JSON Lines statements, read through parse_statements.
#include <gtest/gtest.h>

#include "expect_error.hpp"
#include "formats/loader.hpp"

namespace dipdiff {
namespace {

using testing::error_of;

std::vector<Statement> read(const std::string& content, StatementFormat format, Diagnostics& diagnostics,
                            const std::string& path = "corpus/calls.json") {
    return parse_statements(content, path, format, {}, diagnostics);
}

Diagnostic read_error(const std::string& content, StatementFormat format,
                      const std::string& path = "calls.json") {
    Diagnostics diagnostics;
    return error_of([&] { read(content, format, diagnostics, path); });
}

TEST(JsonReaderTest, ReadsAnArrayOfStatementsWithMetadataInFileOrder) {
    const std::string content = R"([
  {"id": "v-1", "party": "Republic of Varenia", "date": "2021-06-16T18:05:00Z",
   "archive": "wayback", "metadata": {"desk": "Europe", "rank": 2},
   "text": "The presidents met.\nThey talked.", "pages": [1, 2], "genre": "readout"},
  {
    "country": "Kestrel Federation",
    "date": "June 17, 2021",
    "type": "transcript",
    "speaker": "Ilse Brandt",
    "text": "Q  Any news?"
  }
])";
    Diagnostics diagnostics;
    const std::vector<Statement> statements = read(content, StatementFormat::json, diagnostics);
    EXPECT_TRUE(diagnostics.empty());
    ASSERT_EQ(statements.size(), 2u);
    const Statement& a = statements[0];
    EXPECT_EQ(a.id, "v-1");
    EXPECT_EQ(a.party, "Republic of Varenia");
    EXPECT_EQ(a.date->iso(), "2021-06-16T18:05:00+00:00");
    EXPECT_EQ(a.date_location.line, 2);
    EXPECT_EQ(a.date_location.column, 57);
    EXPECT_EQ(a.genre, Genre::readout);
    EXPECT_EQ(a.text, "The presidents met.\nThey talked.");
    EXPECT_EQ(a.analysis_text(), a.text);
    EXPECT_EQ(a.record_line, 2);
    EXPECT_EQ(a.text_first_line, 4);
    const std::vector<std::pair<std::string, std::string>> metadata = {
        {"archive", "wayback"}, {"desk", "Europe"}, {"rank", "2"}, {"pages", "[1,2]"}};
    EXPECT_EQ(a.metadata, metadata);

    const Statement& b = statements[1];
    EXPECT_EQ(b.id, "calls-2");  // no id: file stem and the record's number
    EXPECT_EQ(b.party, "Kestrel Federation");
    EXPECT_EQ(b.genre, Genre::press_conference);
    EXPECT_EQ(b.speaker, "Ilse Brandt");
    EXPECT_EQ(b.record_line, 5);
    EXPECT_EQ(b.date_location.line, 7);
    EXPECT_EQ(b.date_location.column, 13);
}

TEST(JsonReaderTest, ASingleObjectTakesItsIdFromTheFileName) {
    Diagnostics diagnostics;
    const auto statements = read(R"({"party": "V", "date": "2021-06-16", "text": "T.", "id": 17})",
                                 StatementFormat::json, diagnostics, "dir/readout.json");
    ASSERT_EQ(statements.size(), 1u);
    EXPECT_EQ(statements[0].id, "17");  // a numeric id is read as its digits

    const auto unnamed = read(R"({"party": "V", "date": "2021-06-16", "text": "T."})", StatementFormat::json,
                              diagnostics, "dir/readout.json");
    EXPECT_EQ(unnamed[0].id, "readout");
    EXPECT_EQ(unnamed[0].record_line, 1);
}

TEST(JsonReaderTest, ReadsJsonLinesSkippingBlankLines) {
    const std::string content =
        "{\"party\": \"V\", \"date\": \"2021-06-16\", \"text\": \"One.\"}\n"
        "\n"
        "  \r\n"
        "{\"party\": \"K\", \"date\": \"2021-06-17\", \"text\": \"Two.\"}\r\n";
    Diagnostics diagnostics;
    const auto statements = read(content, StatementFormat::json_lines, diagnostics, "feed.jsonl");
    ASSERT_EQ(statements.size(), 2u);
    EXPECT_EQ(statements[0].id, "feed-1");
    EXPECT_EQ(statements[1].id, "feed-2");
    EXPECT_EQ(statements[0].record_line, 1);
    EXPECT_EQ(statements[1].record_line, 4);
    EXPECT_EQ(statements[1].text, "Two.");
    EXPECT_EQ(statements[1].date_location.line, 4);
    EXPECT_EQ(statements[1].date_location.column, 24);
}

TEST(JsonReaderTest, AMalformedJsonLinesLineStopsTheFileNamingLineAndColumn) {
    const std::string content =
        "{\"party\": \"V\", \"text\": \"One.\"}\n"
        "{\"party\": \"K\", \"text\": \"Two.\"}\n"
        "{\"party\": \"K\" \"text\": \"Three.\"}\n";
    const Diagnostic d = read_error(content, StatementFormat::json_lines, "feed.jsonl");
    EXPECT_EQ(d.id, "json.malformed");
    // The column is that of the last character nlohmann read: the end of the unexpected "text".
    EXPECT_EQ(d.format(),
              "feed.jsonl:3:20: error: malformed JSON: syntax error while parsing object - unexpected "
              "string literal \u2014 expected '}'");
}

TEST(JsonReaderTest, MalformedJsonNamesLineAndColumn) {
    const std::string content = "[\n  {\"text\": \"One.\"},\n  {\"text\": \"Two.\",}\n]";
    const Diagnostic d = read_error(content, StatementFormat::json);
    EXPECT_EQ(d.id, "json.malformed");
    EXPECT_EQ(d.line, 3);
    EXPECT_EQ(d.column, 19);
    EXPECT_EQ(d.message, "malformed JSON: syntax error while parsing object key - unexpected '}'");
    EXPECT_EQ(d.expected, "expected string literal");

    const Diagnostic truncated = read_error("[{\"text\": \"One.\"}", StatementFormat::json);
    EXPECT_EQ(truncated.line, 1);
    EXPECT_EQ(truncated.column, 18);

    const Diagnostic lexer = read_error("{\"text\": tru}", StatementFormat::json);
    EXPECT_EQ(lexer.format(),
              "calls.json:1:13: error: malformed JSON: syntax error while parsing value - invalid "
              "literal; last read: '\"text\": tru}' \u2014 valid JSON");
}

struct BadRecord {
    std::string content;
    std::string formatted;
};

TEST(JsonReaderTest, RefusesRecordsItCannotUseSayingWhy) {
    const BadRecord cases[] = {
        {"[{\"text\": \"T.\"},\n {\"party\": 5, \"text\": \"T.\"}]",
         "calls.json:2:12: error: field \"party\" is a number \u2014 a string"},
        {"{\"text\": [\"T.\"]}", "calls.json:1:10: error: field \"text\" is an array \u2014 a string"},
        {"{\"text\": \"T.\", \"metadata\": \"desk\"}",
         "calls.json:1:28: error: field \"metadata\" is a string \u2014 an object of extra fields"},
        {"[{\"text\": \"T.\"},\n {\"party\": \"V\"}]",
         "calls.json:2:2: error: record 2 has no \"text\" field \u2014 the statement's text as a \"text\" "
         "string"},
        {"{\"text\": \"  \"}",
         "calls.json:1:10: error: the \"text\" of the object is empty \u2014 the statement's text"},
        {"[{\"text\": \"T.\"}, 7]",
         "calls.json:1:18: error: record 2 is a number, not an object \u2014 an object with the statement's "
         "\"text\" and its fields"},
        {"\"just a string\"",
         "calls.json:1: error: the JSON document is a string \u2014 an object, or an array of objects, each "
         "with a "
         "\"text\" field"},
        {"[]",
         "calls.json:1: error: the JSON array holds no statements \u2014 an object with the statement's "
         "\"text\" and its fields"},
        {"{\"date\": \"2021-02-30\",\n \"text\": \"T.\"}",
         "calls.json:1:10: error: date '2021-02-30' is not a day of February \u2014 February 2021 has 28 "
         "days"},
        {"{\"party\": \"V\", \"country\": \"K\", \"text\": \"T.\"}",
         "calls.json:1:27: error: the party is given twice ('country' here, 'party' on line 1) \u2014 one "
         "value "
         "per field"},
    };
    for (const auto& c : cases) EXPECT_EQ(read_error(c.content, StatementFormat::json).format(), c.formatted);
}

TEST(JsonReaderTest, RefusesDeepNesting) {
    const std::string content =
        "{\"text\": \"T.\", \"x\": " + std::string(100, '[') + std::string(100, ']') + "}";
    const Diagnostic d = read_error(content, StatementFormat::json);
    EXPECT_EQ(d.id, "json.too-deep");
    EXPECT_EQ(d.line, 1);
    EXPECT_EQ(d.column, 21 + 63);  // the 65th level opens at the 64th '['
}

TEST(JsonReaderTest, NullFieldsAreAbsent) {
    Diagnostics diagnostics;
    const auto statements = read(R"({"party": null, "date": "2021-06-16", "text": "T.", "note": null})",
                                 StatementFormat::json, diagnostics);
    EXPECT_EQ(statements[0].party, "");
    EXPECT_TRUE(statements[0].metadata.empty());
    ASSERT_EQ(diagnostics.size(), 1u);
    EXPECT_EQ(diagnostics[0].format(),
              "corpus/calls.json:1: warning: statement 'calls' names no party \u2014 a "
              "\"party\" field: the state or organisation whose statement it is");
}

}  // namespace
}  // namespace dipdiff
