#include "formats/lexicon_reader.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <regex>
#include <string>
#include <vector>

#include "tests/support/temp_dir.hpp"
#include "tests/support/diagnostics_text.hpp"

namespace dipdiff {
namespace {

using ::testing::ElementsAre;
using testing::TempDir;
using namespace std::string_literals;

using testing::formatted;
using testing::ids_of;

std::vector<std::string> texts_of(const std::vector<ToneTerm>& terms) {
    std::vector<std::string> out;
    for (const ToneTerm& t : terms) out.push_back(t.text);
    return out;
}

constexpr const char* k_small = R"({
  "format": "dipdiff-lexicon",
  "version": 1,
  "language": "en",
  "code_phrases": [
    {"id": "frank-and-candid", "text": "frank and candid", "variants": ["candid and frank", "frank"],
     "tone": -0.4, "gloss": "The sides disagreed openly."}
  ],
  "tone_terms": [{"text": "constructive", "weight": 0.5}, {"text": "hostility", "weight": -0.7}],
  "commitment_cues": [{"text": "agreed to", "class": "commitment"}, {"text": "must", "class": "demand"}],
  "negators": ["not", "never"],
  "intensifiers": [{"text": "very", "factor": 1.5}],
  "downtoners": [{"text": "somewhat", "factor": 0.5}],
  "contrast_markers": ["but", "however"],
  "grammar": {"determiners": ["the", "any"], "coordinators": ["and"], "subject_openers": ["we", "the"],
              "acceptance_verbs": ["accept"], "mention_verbs": ["discuss"], "passive_auxiliaries": ["be"],
              "formula_verbs": ["say"], "comparison_words": ["than"], "infinitive_markers": ["to"],
              "conditional_openers": ["should"], "date_words": ["May"]}
}
)";

/// A "grammar" object on one line with every list empty.
std::string empty_grammar() {
    std::string out = "{";
    for (const GrammarList& list : k_grammar_lists)
        out += std::string(out.size() > 1 ? ", " : "") + "\"" + list.key + "\": []";
    return out + "}";
}

void expect_at(FieldLocation where, int line, int column) {
    EXPECT_EQ(where.line, line);
    EXPECT_EQ(where.column, column);
}

TEST(LexiconReaderTest, ReadsEverySectionWithItsPlaces) {
    Diagnostics diagnostics;
    const Lexicon lexicon = parse_lexicon(k_small, "small.json", diagnostics);
    EXPECT_THAT(formatted(diagnostics), ElementsAre());
    EXPECT_EQ(lexicon.path, "small.json");
    EXPECT_EQ(lexicon.language, "en");
    ASSERT_EQ(lexicon.code_phrases.size(), 1u);
    const CodePhrase& frank = lexicon.code_phrases[0];
    EXPECT_EQ(frank.id, "frank-and-candid");
    EXPECT_EQ(frank.text, "frank and candid");
    EXPECT_THAT(frank.variants, ElementsAre("candid and frank", "frank"));
    EXPECT_EQ(frank.tone, -0.4);
    EXPECT_EQ(frank.gloss, "The sides disagreed openly.");
    expect_at(frank.location, 6, 40);
    ASSERT_EQ(frank.variant_locations.size(), 2u);
    expect_at(frank.variant_locations[0], 6, 73);
    expect_at(frank.variant_locations[1], 6, 93);
    ASSERT_EQ(lexicon.tone_terms.size(), 2u);
    EXPECT_EQ(lexicon.tone_terms[0].text, "constructive");
    EXPECT_EQ(lexicon.tone_terms[0].weight, 0.5);
    expect_at(lexicon.tone_terms[0].location, 9, 27);
    EXPECT_EQ(lexicon.tone_terms[1].text, "hostility");
    EXPECT_EQ(lexicon.tone_terms[1].weight, -0.7);
    expect_at(lexicon.tone_terms[1].location, 9, 68);
    ASSERT_EQ(lexicon.commitment_cues.size(), 2u);
    EXPECT_EQ(lexicon.commitment_cues[0].text, "agreed to");
    EXPECT_EQ(lexicon.commitment_cues[0].commitment, Commitment::commitment);
    expect_at(lexicon.commitment_cues[0].location, 10, 32);
    EXPECT_EQ(lexicon.commitment_cues[1].text, "must");
    EXPECT_EQ(lexicon.commitment_cues[1].commitment, Commitment::demand);
    EXPECT_THAT(lexicon.negators, ElementsAre("not", "never"));
    ASSERT_EQ(lexicon.negator_locations.size(), 2u);
    expect_at(lexicon.negator_locations[0], 11, 16);
    expect_at(lexicon.negator_locations[1], 11, 23);
    ASSERT_EQ(lexicon.intensifiers.size(), 1u);
    EXPECT_EQ(lexicon.intensifiers[0].text, "very");
    EXPECT_EQ(lexicon.intensifiers[0].factor, 1.5);
    expect_at(lexicon.intensifiers[0].location, 12, 29);
    ASSERT_EQ(lexicon.downtoners.size(), 1u);
    EXPECT_EQ(lexicon.downtoners[0].text, "somewhat");
    EXPECT_EQ(lexicon.downtoners[0].factor, 0.5);
    EXPECT_THAT(lexicon.contrast_markers, ElementsAre("but", "however"));
    ASSERT_EQ(lexicon.contrast_marker_locations.size(), 2u);
    expect_at(lexicon.contrast_marker_locations[1], 14, 31);
    const LexiconGrammar& grammar = lexicon.grammar;
    EXPECT_THAT(grammar.determiners, ElementsAre("the", "any"));
    EXPECT_THAT(grammar.coordinators, ElementsAre("and"));
    EXPECT_THAT(grammar.subject_openers, ElementsAre("we", "the"));
    EXPECT_THAT(grammar.acceptance_verbs, ElementsAre("accept"));
    EXPECT_THAT(grammar.mention_verbs, ElementsAre("discuss"));
    EXPECT_THAT(grammar.passive_auxiliaries, ElementsAre("be"));
    EXPECT_THAT(grammar.formula_verbs, ElementsAre("say"));
    EXPECT_THAT(grammar.comparison_words, ElementsAre("than"));
    EXPECT_THAT(grammar.infinitive_markers, ElementsAre("to"));
    EXPECT_THAT(grammar.conditional_openers, ElementsAre("should"));
    EXPECT_THAT(grammar.date_words, ElementsAre("May"));
    // locations[i] belongs to k_grammar_lists[i]: determiners first, date words last.
    ASSERT_EQ(grammar.locations[0].size(), 2u);
    expect_at(grammar.locations[0][0], 15, 31);
    expect_at(grammar.locations[0][1], 15, 38);
    ASSERT_EQ(grammar.locations[2].size(), 2u);
    expect_at(grammar.locations[2][1], 15, 97);
    ASSERT_EQ(grammar.locations[10].size(), 1u);
    expect_at(grammar.locations[10][0], 18, 65);
}

TEST(LexiconReaderTest, AByteOrderMarkIsSkippedAndPositionsCountAfterIt) {
    Diagnostics diagnostics;
    const Lexicon lexicon = parse_lexicon("\xEF\xBB\xBF" + std::string(k_small), "bom.json", diagnostics);
    EXPECT_THAT(formatted(diagnostics), ElementsAre());
    ASSERT_EQ(lexicon.tone_terms.size(), 2u);
    expect_at(lexicon.tone_terms[0].location, 9, 27);
}

TEST(LexiconReaderTest, RangesIncludeTheirBounds) {
    Diagnostics diagnostics;
    const Lexicon lexicon = parse_lexicon(
        R"({"format": "dipdiff-lexicon", "version": 1, "language": "en",
 "code_phrases": [{"id": "b2", "text": "b", "variants": [], "tone": 0, "gloss": "g"}],
 "tone_terms": [{"text": "x", "weight": -1}, {"text": "y", "weight": 1}, {"text": "z", "weight": 1.0}],
 "commitment_cues": [], "negators": [],
 "intensifiers": [{"text": "i", "factor": 1.0001}, {"text": "j", "factor": 25}],
 "downtoners": [{"text": "d", "factor": 0.0001}, {"text": "e", "factor": 0.9999}],
 "contrast_markers": [], "grammar": )" + empty_grammar() + "}",
        "r.json", diagnostics);
    EXPECT_THAT(formatted(diagnostics), ElementsAre());
    EXPECT_EQ(lexicon.code_phrases.size(), 1u);
    EXPECT_TRUE(lexicon.code_phrases[0].variants.empty());
    EXPECT_EQ(lexicon.tone_terms.size(), 3u);
    EXPECT_EQ(lexicon.intensifiers.size(), 2u);
    EXPECT_EQ(lexicon.downtoners.size(), 2u);
}

/// A valid lexicon with one section on each line, all empty but `key`, whose
/// value is `value`: format, version and language on line 2, then
/// code_phrases 3, tone_terms 4, commitment_cues 5, negators 6, intensifiers 7,
/// downtoners 8, contrast_markers 9, grammar 10 (every list empty). A value
/// written on one line starts at column 7 + the length of the key.
std::string with_section(const std::string& key, const std::string& value) {
    std::string out = "{\n  \"format\": \"dipdiff-lexicon\", \"version\": 1, \"language\": \"en\",\n";
    const char* keys[] = {"code_phrases", "tone_terms",       "commitment_cues", "negators",
                          "intensifiers", "downtoners", "contrast_markers", "grammar"};
    for (const char* k : keys) {
        const std::string empty = k == std::string("grammar") ? empty_grammar() : "[]";
        out += std::string("  \"") + k + "\": " + (k == key ? value : empty);
        out += k == std::string("grammar") ? "\n" : ",\n";
    }
    return out + "}\n";
}

/// A valid lexicon whose "grammar" has one list on each line, all empty but
/// `key`, whose value is `value`: format, version and language on line 1,
/// every section empty on line 2, "grammar" opens on line 3 (its "{" at
/// column 14), then determiners 4, coordinators 5, subject_openers 6,
/// acceptance_verbs 7, mention_verbs 8, passive_auxiliaries 9, formula_verbs
/// 10, comparison_words 11, infinitive_markers 12, conditional_openers 13,
/// date_words 14. A list's value starts at column 9 + the length of its key.
/// An empty `value` leaves the list out; a `key` that is no list is added on
/// line 15.
std::string with_grammar(const std::string& key, const std::string& value) {
    std::string out =
        "{\"format\": \"dipdiff-lexicon\", \"version\": 1, \"language\": \"en\",\n"
        " \"code_phrases\": [], \"tone_terms\": [], \"commitment_cues\": [], \"negators\": [], "
        "\"intensifiers\": [], \"downtoners\": [], \"contrast_markers\": [],\n"
        "  \"grammar\": {\n";
    std::vector<std::string> lines;
    bool known = false;
    for (const GrammarList& list : k_grammar_lists) {
        if (list.key != key) {
            lines.push_back(std::string("    \"") + list.key + "\": []");
        } else {
            known = true;
            if (!value.empty()) lines.push_back(std::string("    \"") + list.key + "\": " + value);
        }
    }
    if (!known) lines.push_back("    \"" + key + "\": " + value);
    for (std::size_t i = 0; i < lines.size(); ++i) out += lines[i] + (i + 1 < lines.size() ? ",\n" : "\n");
    return out + "  }\n}\n";
}

TEST(LexiconReaderTest, TheSectionHelperWritesAValidLexicon) {
    Diagnostics diagnostics;
    const Lexicon lexicon = parse_lexicon(with_section("tone_terms", R"([{"text": "calm", "weight": 0.2}])"),
                                          "w.json", diagnostics);
    EXPECT_THAT(formatted(diagnostics), ElementsAre());
    ASSERT_EQ(lexicon.tone_terms.size(), 1u);
    expect_at(lexicon.tone_terms[0].location, 4, 27);
}

TEST(LexiconReaderTest, TheGrammarHelperWritesAValidLexicon) {
    Diagnostics diagnostics;
    const Lexicon lexicon =
        parse_lexicon(with_grammar("date_words", R"(["May", "March"])"), "g.json", diagnostics);
    EXPECT_THAT(formatted(diagnostics), ElementsAre());
    EXPECT_THAT(lexicon.grammar.date_words, ElementsAre("May", "March"));
    ASSERT_EQ(lexicon.grammar.locations[10].size(), 2u);
    expect_at(lexicon.grammar.locations[10][0], 14, 20);
    expect_at(lexicon.grammar.locations[10][1], 14, 27);
    EXPECT_TRUE(lexicon.grammar.determiners.empty());
    EXPECT_TRUE(lexicon.grammar.locations[0].empty());
}

// The same word may stand in two lists: "the" is a determiner and opens a subject.
TEST(LexiconReaderTest, AGrammarWordMayBeInTwoLists) {
    Diagnostics diagnostics;
    std::string content = with_grammar("determiners", R"(["the", "this"])");
    const std::string empty_openers = R"("subject_openers": [])";
    content.replace(content.find(empty_openers), empty_openers.size(), R"("subject_openers": ["the", "this"])");
    const Lexicon lexicon = parse_lexicon(content, "two.json", diagnostics);
    EXPECT_THAT(formatted(diagnostics), ElementsAre());
    EXPECT_THAT(lexicon.grammar.determiners, ElementsAre("the", "this"));
    EXPECT_THAT(lexicon.grammar.subject_openers, ElementsAre("the", "this"));
}

struct ErrorCase {
    const char* name;
    std::string content;
    std::vector<std::string> messages;
};

class LexiconReaderErrorTest : public ::testing::TestWithParam<ErrorCase> {};

TEST_P(LexiconReaderErrorTest, ReportsEveryProblem) {
    const ErrorCase& c = GetParam();
    Diagnostics diagnostics;
    parse_lexicon(c.content, "l.json", diagnostics);
    EXPECT_EQ(formatted(diagnostics), c.messages);
    for (const Diagnostic& d : diagnostics) EXPECT_EQ(d.severity, Severity::error);
}

const std::string k_file_expected =
    "a lexicon: an object with \"format\": \"dipdiff-lexicon\", \"version\": 1, \"language\" and every "
    "section";

INSTANTIATE_TEST_SUITE_P(
    LexiconReader, LexiconReaderErrorTest,
    ::testing::Values(
        ErrorCase{
            "MalformedJson",
            "{\n  \"format\": \"dipdiff-lexicon\"\n  \"version\": 1\n}\n",
            {"l.json:3:11: error: malformed JSON: syntax error while parsing object - unexpected string "
             "literal \u2014 expected '}'"}},
        ErrorCase{"EmptyFile", "", {"l.json: error: file is empty \u2014 " + k_file_expected}},
        ErrorCase{"OnlyWhiteSpace",
                  " \n\t\n",
                  {"l.json: error: file holds only white space \u2014 " + k_file_expected}},
        ErrorCase{
            "Binary",
            "{\n  \"format\": \"dipdiff-\0lexicon\"}"s,
            {"l.json:2:22: error: file holds binary data (a NUL byte at byte offset 23) \u2014 a lexicon as "
             "UTF-8 JSON text"}},
        ErrorCase{
            "InvalidUtf8",
            "{\"format\": \"dipdiff-\xE9\"}",
            {"l.json:1:21: error: invalid UTF-8 at byte offset 20 (0xE9) \u2014 text saved as UTF-8 (re-save "
             "the file as UTF-8)"}},
        ErrorCase{"NotAnObject",
                  "[1, 2]",
                  {"l.json:1:1: error: the file holds an array \u2014 " + k_file_expected}},
        ErrorCase{
            "EverythingMissing",
            "{}",
            {"l.json:1:1: error: the file has no \"format\" \u2014 \"format\": \"dipdiff-lexicon\"",
             "l.json:1:1: error: the file has no \"version\" \u2014 \"version\": 1",
             "l.json:1:1: error: the file has no \"language\" \u2014 \"language\": an ISO 639-1 code such as "
             "\"en\"",
             "l.json:1:1: error: the file has no \"code_phrases\" \u2014 \"code_phrases\": an array of "
             "{\"id\", "
             "\"text\", \"variants\", \"tone\", \"gloss\"} objects (every section must be present; it may be "
             "empty)",
             "l.json:1:1: error: the file has no \"tone_terms\" \u2014 \"tone_terms\": an array of "
             "{\"text\", "
             "\"weight\"} objects (every section must be present; it may be empty)",
             "l.json:1:1: error: the file has no \"commitment_cues\" \u2014 \"commitment_cues\": an array of "
             "{\"text\", \"class\"} objects (every section must be present; it may be empty)",
             "l.json:1:1: error: the file has no \"negators\" \u2014 \"negators\": an array of strings "
             "(every "
             "section must be present; it may be empty)",
             "l.json:1:1: error: the file has no \"intensifiers\" \u2014 \"intensifiers\": an array of "
             "{\"text\", "
             "\"factor\"} objects (every section must be present; it may be empty)",
             "l.json:1:1: error: the file has no \"downtoners\" \u2014 \"downtoners\": an array of "
             "{\"text\", "
             "\"factor\"} objects (every section must be present; it may be empty)",
             "l.json:1:1: error: the file has no \"contrast_markers\" \u2014 \"contrast_markers\": an array "
             "of "
             "strings (every section must be present; it may be empty)",
             "l.json:1:1: error: the file has no \"grammar\" \u2014 \"grammar\": an object of the word lists "
             "the rules use, from \"determiners\" to \"date_words\" (every list must be present; it may be "
             "empty)"}},
        ErrorCase{"WrongFormatVersionAndLanguage",
                  "{\"format\": \"dipdiff-topics\", \"version\": 2, \"language\": \"english\", "
                  "\"code_phrases\": [],\n"
                  " \"tone_terms\": [], \"commitment_cues\": [], \"negators\": [], \"intensifiers\": [], "
                  "\"downtoners\": [],\n \"contrast_markers\": [], \"grammar\": " + empty_grammar() + "}",
                  {"l.json:1:12: error: \"format\" is \"dipdiff-topics\", not \"dipdiff-lexicon\" \u2014 "
                   "\"format\": "
                   "\"dipdiff-lexicon\" (is this a lexicon file?)",
                   "l.json:1:41: error: \"version\" is 2, not 1 \u2014 \"version\": 1, the version this "
                   "dipdiff reads",
                   "l.json:1:56: error: language \"english\" is not an ISO 639-1 code \u2014 two lowercase "
                   "letters such "
                   "as \"en\"; it chooses the stemmer"}},
        ErrorCase{
            "ValuesOfTheWrongTypeAtTheTop",
            "{\"format\": 1, \"version\": \"1\", \"language\": [\"en\"], \"code_phrases\": {},\n"
            " \"tone_terms\": [], \"commitment_cues\": null, \"negators\": \"not\", \"intensifiers\": [], "
            "\"downtoners\": [],\n \"contrast_markers\": [], \"grammar\": " + empty_grammar() + "}",
            {"l.json:1:12: error: \"format\" is a number, not \"dipdiff-lexicon\" \u2014 \"format\": "
             "\"dipdiff-lexicon\" (is this a lexicon file?)",
             "l.json:1:26: error: \"version\" is a string, not 1 \u2014 \"version\": 1, the version this "
             "dipdiff "
             "reads",
             "l.json:1:43: error: \"language\" is an array \u2014 a string such as \"en\"",
             "l.json:1:67: error: \"code_phrases\" is an object \u2014 an array of {\"id\", \"text\", "
             "\"variants\", \"tone\", \"gloss\"} objects",
             "l.json:2:39: error: \"commitment_cues\" is null \u2014 an array of {\"text\", \"class\"} "
             "objects",
             "l.json:2:57: error: \"negators\" is a string \u2014 an array of strings"}},
        ErrorCase{
            "UnknownKeyAtTheTopIsATypo",
            "{\"format\": \"dipdiff-lexicon\", \"version\": 1, \"language\": \"en\", \"code_phrases\": [],\n"
            " \"tone_terms\": [], \"commitment_cues\": [], \"negators\": [], \"intensifiers\": [], "
            "\"downtoners\": [],\n \"contrast_markers\": [], \"contrast_marker\": [], \"grammar\": " +
                empty_grammar() + "}",
            {"l.json:3:26: error: unknown key \"contrast_marker\" in the top level \u2014 one of \"format\", "
             "\"version\", \"language\", \"code_phrases\", \"tone_terms\", \"commitment_cues\", "
             "\"negators\", \"intensifiers\", \"downtoners\", \"contrast_markers\", \"grammar\""}},
        ErrorCase{
            "DuplicateKey",
            "{\"format\": \"dipdiff-lexicon\", \"version\": 1, \"language\": \"en\", \"code_phrases\": [],\n"
            " \"tone_terms\": [], \"commitment_cues\": [], \"negators\": [], \"intensifiers\": [], "
            "\"downtoners\": [],\n \"contrast_markers\": [], \"negators\": [], \"grammar\": " +
                empty_grammar() + "}",
            {"l.json:3:26: error: key \"negators\" is given twice in one object \u2014 each key once in an "
             "object"}},
        ErrorCase{
            "ToneTerms",
            with_section("tone_terms",
                         R"([{"text": "calm", "weight": 1.5}, {"text": "war", "weight": "-0.9"}, "peace", )"
                         R"({"text": "", "weight": 0.2}, {"text": 7, "weight": 0.1}, {"weight": 0.3}, )"
                         R"({"text": "truce", "wieght": 0.3}, {"text": "calm", "weight": 0.2}])"),
            {"l.json:4:45: error: weight 1.5 of tone term \"calm\" is outside [-1, 1] \u2014 a number from "
             "-1 to 1",
             "l.json:4:77: error: \"weight\" of tone term \"war\" is a string \u2014 a number from -1 to 1",
             "l.json:4:86: error: tone term 3 is a string \u2014 an object {\"text\", \"weight\"}",
             "l.json:4:104: error: the text of tone term 4 is empty \u2014 a word or a phrase",
             "l.json:4:133: error: the text of tone term 5 is a number \u2014 a string",
             "l.json:4:152: error: tone term 6 has no \"text\" \u2014 \"text\": a word or a phrase",
             "l.json:4:187: error: unknown key \"wieght\" in tone term \"truce\" \u2014 one of \"text\", "
             "\"weight\"",
             "l.json:4:169: error: tone term \"truce\" has no \"weight\" \u2014 \"weight\": a number from -1 "
             "to 1",
             "l.json:4:212: error: tone term \"calm\" is already in the tone terms (line 4) \u2014 each text "
             "once "
             "in the tone terms"}},
        ErrorCase{
            "CodePhrases",
            with_section(
                "code_phrases",
                "[\n"
                "  {\"id\": \"Frank_Candid\", \"text\": \"frank\", \"variants\": [], \"tone\": -2, "
                "\"gloss\": \"\"},\n"
                "  {\"id\": \"calm\", \"text\": \"calm\", \"variants\": \"quiet\", \"tone\": 0.1, \"gloss\": "
                "\"Calm.\\nQuiet.\"},\n"
                "  {\"id\": \"calm\", \"text\": \"still\", \"variants\": [\"frank\", 3, \" \", \"hush\"], "
                "\"tone\": 0.1, "
                "\"gloss\": \"Still.\"},\n"
                "  {\"text\": \"hush\", \"variants\": [], \"tone\": 0.1, \"gloss\": 1}\n"
                "  ]"),
            {"l.json:4:10: error: id \"Frank_Candid\" is not lowercase ASCII letters and digits in "
             "hyphen-separated "
             "groups \u2014 an id such as \"frank-and-candid\" (^[a-z0-9]+(-[a-z0-9]+)*$)",
             "l.json:4:67: error: tone -2 of code phrase \"Frank_Candid\" is outside [-1, 1] \u2014 a number "
             "from "
             "-1 to 1",
             "l.json:4:80: error: the gloss of code phrase \"Frank_Candid\" is empty \u2014 one line shown "
             "to the "
             "user",
             "l.json:5:46: error: \"variants\" of code phrase \"calm\" is a string \u2014 an array of "
             "strings (it "
             "may be empty)",
             "l.json:5:77: error: the gloss of code phrase \"calm\" has a line break \u2014 one line shown "
             "to the "
             "user, without line breaks",
             "l.json:6:10: error: id \"calm\" is already used by the code phrase on line 5 \u2014 a unique "
             "id for "
             "each code phrase",
             "l.json:6:48: error: variant \"frank\" of code phrase \"calm\" is already in the code phrases "
             "(line "
             "4) \u2014 each text once in the code phrases",
             "l.json:6:57: error: variant 2 of code phrase \"calm\" is a number \u2014 a string",
             "l.json:6:60: error: variant 3 of code phrase \"calm\" is empty \u2014 a word or a phrase",
             "l.json:7:3: error: code phrase 4 has no \"id\" \u2014 \"id\": a lowercase id such as "
             "\"frank-and-candid\"",
             "l.json:7:12: error: text \"hush\" of code phrase 4 is already in the code phrases (line 6) "
             "\u2014 "
             "each text once in the code phrases",
             "l.json:7:58: error: \"gloss\" of code phrase 4 is a number \u2014 a string"}},
        ErrorCase{
            "CommitmentCues",
            with_section(
                "commitment_cues",
                R"([{"text": "vow", "class": "promise"}, {"text": "maybe", "class": "none"}, )"
                R"({"text": "shall", "class": 3}, {"text": "must", "class": "demand", "weight": 1}])"),
            {"l.json:5:48: error: class \"promise\" of commitment cue \"vow\" is not a commitment class "
             "\u2014 one of \"commitment\", \"demand\", \"intent\", \"hedge\"",
             "l.json:5:87: error: class \"none\" of commitment cue \"maybe\" is not a commitment class "
             "\u2014 one of \"commitment\", \"demand\", \"intent\", \"hedge\"",
             "l.json:5:123: error: \"class\" of commitment cue \"shall\" is a number \u2014 one of "
             "\"commitment\", \"demand\", \"intent\", \"hedge\"",
             "l.json:5:163: error: unknown key \"weight\" in commitment cue \"must\" \u2014 one of "
             "\"text\", \"class\""}},
        ErrorCase{"IntensifierFactors",
                  with_section("intensifiers",
                               R"([{"text": "very", "factor": 1}, {"text": "most", "factor": 0.5}, )"
                               R"({"text": "so", "factor": "2"}])"),
                  {"l.json:7:47: error: factor 1 of intensifier \"very\" is not greater than 1 \u2014 a "
                   "number greater "
                   "than 1 (it strengthens what follows)",
                   "l.json:7:78: error: factor 0.5 of intensifier \"most\" is not greater than 1 \u2014 a "
                   "number greater "
                   "than 1 (it strengthens what follows)",
                   "l.json:7:109: error: \"factor\" of intensifier \"so\" is a string \u2014 a number "
                   "greater than 1 (it "
                   "strengthens what follows)"}},
        ErrorCase{
            "DowntonerFactors",
            with_section("downtoners",
                         R"([{"text": "a bit", "factor": 1}, {"text": "somewhat", "factor": 0}, )"
                         R"({"text": "rather", "factor": -0.5}, {"text": "quite", "factor": 1.2}])"),
            {"l.json:8:46: error: factor 1 of downtoner \"a bit\" is not between 0 and 1 \u2014 a number "
             "greater "
             "than 0 and less than 1 (it weakens what follows)",
             "l.json:8:81: error: factor 0 of downtoner \"somewhat\" is not between 0 and 1 \u2014 a number "
             "greater than 0 and less than 1 (it weakens what follows)",
             "l.json:8:114: error: factor -0.5 of downtoner \"rather\" is not between 0 and 1 \u2014 a "
             "number "
             "greater than 0 and less than 1 (it weakens what follows)",
             "l.json:8:149: error: factor 1.2 of downtoner \"quite\" is not between 0 and 1 \u2014 a number "
             "greater than 0 and less than 1 (it weakens what follows)"}},
        ErrorCase{
            "IntensifiersAndDowntonersShareTheirTexts",
            "{\"format\": \"dipdiff-lexicon\", \"version\": 1, \"language\": \"en\", \"code_phrases\": [],\n"
            " \"tone_terms\": [], \"commitment_cues\": [], \"negators\": [],\n"
            " \"intensifiers\": [{\"text\": \"quite\", \"factor\": 1.2}],\n"
            " \"downtoners\": [{\"text\": \"quite\", \"factor\": 0.8}],\n"
            " \"contrast_markers\": [], \"grammar\": " + empty_grammar() + "}",
            {"l.json:4:26: error: downtoner \"quite\" is already in the intensifiers and downtoners (line 3) "
             "\u2014 each text once in the intensifiers and downtoners"}},
        ErrorCase{
            "Negators",
            with_section("negators", R"(["not", 5, "", "never", "not", null])"),
            {"l.json:6:23: error: negator 2 is a number \u2014 a string",
             "l.json:6:26: error: negator 3 is empty \u2014 a word or a phrase",
             "l.json:6:39: error: negator \"not\" is already in the negators (line 6) \u2014 each text once "
             "in the negators",
             "l.json:6:46: error: negator 6 is null \u2014 a string"}},
        ErrorCase{"ContrastMarkers",
                  with_section("contrast_markers", R"(["but", "  ", "but"])"),
                  {"l.json:9:31: error: contrast marker 2 is empty \u2014 a word or a phrase",
                   "l.json:9:37: error: contrast marker \"but\" is already in the contrast markers (line 9) "
                   "\u2014 each text once in the contrast markers"}},
        ErrorCase{"EntriesThatAreNotObjects",
                  with_section("downtoners", R"([["somewhat", 0.5], {"text": "fairly", "factor": 0.7}])"),
                  {"l.json:8:18: error: downtoner 1 is an array \u2014 an object {\"text\", \"factor\"}"}},
        ErrorCase{"GrammarIsNotAnObject",
                  with_section("grammar", R"(["the", "and"])"),
                  {"l.json:10:14: error: \"grammar\" is an array \u2014 an object of the word lists the "
                   "rules use, from \"determiners\" to \"date_words\""}},
        ErrorCase{"AGrammarListIsMissing",
                  with_grammar("coordinators", ""),
                  {"l.json:3:14: error: the grammar has no \"coordinators\" \u2014 \"coordinators\": an "
                   "array of words (every list must be present; it may be empty)"}},
        ErrorCase{"UnknownKeyInTheGrammarIsATypo",
                  with_grammar("determinors", R"(["the"])"),
                  {"l.json:15:5: error: unknown key \"determinors\" in the grammar \u2014 one of "
                   "\"determiners\", \"coordinators\", \"subject_openers\", \"acceptance_verbs\", "
                   "\"mention_verbs\", \"passive_auxiliaries\", \"formula_verbs\", \"comparison_words\", "
                   "\"infinitive_markers\", \"conditional_openers\", \"date_words\""}},
        ErrorCase{"AGrammarListOfTheWrongType",
                  with_grammar("date_words", R"("May")"),
                  {"l.json:14:19: error: \"date_words\" of the grammar is a string \u2014 an array of "
                   "strings"}},
        ErrorCase{"DuplicateKeyInTheGrammar",
                  with_grammar("date_words", R"([], "coordinators": ["and"])"),
                  {"l.json:14:23: error: key \"coordinators\" is given twice in one object \u2014 each key "
                   "once in an object"}},
        ErrorCase{"GrammarWords",
                  with_grammar("determiners", R"(["the", " ", 3, "any", "the", null])"),
                  {"l.json:4:28: error: determiner 2 is empty \u2014 a word",
                   "l.json:4:33: error: determiner 3 is a number \u2014 a string",
                   "l.json:4:43: error: determiner \"the\" is already in the determiners (line 4) \u2014 "
                   "each text once in the determiners",
                   "l.json:4:50: error: determiner 6 is null \u2014 a string"}},
        ErrorCase{"EveryGrammarListIsChecked",
                  with_grammar("passive_auxiliaries", R"(["been", "", "been"])"),
                  {"l.json:9:37: error: passive auxiliary 2 is empty \u2014 a word",
                   "l.json:9:41: error: passive auxiliary \"been\" is already in the passive auxiliaries "
                   "(line 9) \u2014 each text once in the passive auxiliaries"}}),
    [](const ::testing::TestParamInfo<ErrorCase>& info) { return std::string(info.param.name); });

TEST(LexiconReaderTest, TooDeepJsonIsRefused) {
    Diagnostics diagnostics;
    parse_lexicon(std::string(100, '[') + std::string(100, ']'), "deep.json", diagnostics);
    EXPECT_THAT(
        formatted(diagnostics),
        ElementsAre("deep.json:1:65: error: JSON nested more than 64 levels deep \u2014 " + k_file_expected));
}

TEST(LexiconReaderTest, SeveralProblemsAreReportedAtOnceWithStableIds) {
    Diagnostics diagnostics;
    const Lexicon lexicon = parse_lexicon(
        R"({"format": "dipdiff-lexicon", "version": 1, "language": "EN", "negators": [], "negators": [],
 "code_phrases": [{"id": "a", "text": "calm", "variants": [], "tone": 0.1, "gloss": "x", "note": 1},
                  {"id": "a", "text": "calmly", "variants": [], "tone": 0.1, "gloss": "y"}],
 "tone_terms": [{"text": "calm", "weight": 2}, {"text": "calm", "weight": true}],
 "commitment_cues": [{"text": "may", "class": "maybe"}],
 "intensifiers": [{"text": "very", "factor": 0.5}], "downtoners": [],
 "contrast_markers": [1], "grammar": )" + empty_grammar() + "}",
        "many.json", diagnostics);
    EXPECT_THAT(ids_of(diagnostics),
                ElementsAre("lexicon.duplicate-key", "lexicon.bad-value", "lexicon.unknown-key",
                            "lexicon.duplicate-id", "lexicon.out-of-range", "lexicon.duplicate-text",
                            "lexicon.wrong-type", "lexicon.unknown-class", "lexicon.out-of-range",
                            "lexicon.wrong-type"));
    // What could be read is kept; the language stays the default.
    EXPECT_EQ(lexicon.language, "en");
    EXPECT_EQ(lexicon.path, "many.json");
    ASSERT_EQ(lexicon.code_phrases.size(), 1u);
    EXPECT_EQ(lexicon.code_phrases[0].text, "calm");
    EXPECT_TRUE(lexicon.tone_terms.empty());
    EXPECT_TRUE(lexicon.commitment_cues.empty());
    EXPECT_TRUE(lexicon.intensifiers.empty());
}

TEST(LexiconReaderTest, AnEntryWithAnErrorIsLeftOutAndTheOthersKept) {
    Diagnostics diagnostics;
    const Lexicon lexicon = parse_lexicon(
        with_section("tone_terms", R"([{"text": "calm", "weight": 0.2}, {"text": "war", "weight": -3}, )"
                                   R"({"text": "truce", "weight": 0.4}])"),
        "k.json", diagnostics);
    EXPECT_THAT(ids_of(diagnostics), ElementsAre("lexicon.out-of-range"));
    EXPECT_THAT(texts_of(lexicon.tone_terms), ElementsAre("calm", "truce"));
}

TEST(LexiconReaderTest, ABadVariantDropsOnlyThatVariant) {
    Diagnostics diagnostics;
    const Lexicon lexicon = parse_lexicon(
        with_section("code_phrases", R"([{"id": "calm", "text": "calm", "variants": ["quiet", 3, "still"], )"
                                     R"("tone": 0.1, "gloss": "Calm."}])"),
        "v.json", diagnostics);
    EXPECT_THAT(ids_of(diagnostics), ElementsAre("lexicon.wrong-type"));
    ASSERT_EQ(lexicon.code_phrases.size(), 1u);
    EXPECT_THAT(lexicon.code_phrases[0].variants, ElementsAre("quiet", "still"));
    ASSERT_EQ(lexicon.code_phrases[0].variant_locations.size(), 2u);
    expect_at(lexicon.code_phrases[0].variant_locations[1], 3, 76);
}

// --- Loading --------------------------------------------------------------------------------

std::string source_file(const std::string& relative) {
    return testing::read_file(std::string(DIPDIFF_SOURCE_DIR) + "/" + relative);
}

TEST(LexiconReaderTest, EmbeddedDefaultIsDataLexiconJson) {
    EXPECT_EQ(default_lexicon_json(), source_file("data/lexicon.json"));
}

TEST(LexiconReaderTest, TheEmptyPathGivesTheDefaultWithoutProblems) {
    Diagnostics diagnostics;
    const Lexicon lexicon = load_lexicon("", diagnostics);
    EXPECT_THAT(formatted(diagnostics), ElementsAre());
    EXPECT_EQ(lexicon.path, "data/lexicon.json");
    EXPECT_EQ(lexicon.language, "en");
    EXPECT_EQ(lexicon.code_phrases.size(), 76u);
    EXPECT_EQ(lexicon.tone_terms.size(), 503u);
    EXPECT_EQ(lexicon.commitment_cues.size(), 124u);
    EXPECT_EQ(lexicon.negators.size(), 55u);
    EXPECT_EQ(lexicon.intensifiers.size(), 31u);
    EXPECT_EQ(lexicon.downtoners.size(), 22u);
    EXPECT_EQ(lexicon.contrast_markers.size(), 16u);
    EXPECT_EQ(lexicon.negator_locations.size(), lexicon.negators.size());
    const LexiconGrammar& grammar = lexicon.grammar;
    EXPECT_EQ(grammar.determiners.size(), 14u);
    EXPECT_EQ(grammar.coordinators.size(), 2u);
    EXPECT_EQ(grammar.subject_openers.size(), 17u);
    EXPECT_EQ(grammar.acceptance_verbs.size(), 14u);
    EXPECT_EQ(grammar.mention_verbs.size(), 7u);
    EXPECT_EQ(grammar.passive_auxiliaries.size(), 2u);
    EXPECT_EQ(grammar.formula_verbs.size(), 13u);
    EXPECT_EQ(grammar.comparison_words.size(), 2u);
    EXPECT_EQ(grammar.infinitive_markers.size(), 1u);
    EXPECT_EQ(grammar.conditional_openers.size(), 1u);
    EXPECT_THAT(grammar.date_words, ElementsAre("May"));
    for (std::size_t i = 0; i < k_grammar_lists.size(); ++i)
        EXPECT_EQ(grammar.locations[i].size(), (grammar.*k_grammar_lists[i].words).size())
            << k_grammar_lists[i].key;
    for (const CodePhrase& phrase : lexicon.code_phrases) {
        EXPECT_GT(phrase.location.line, 0) << phrase.id;
        EXPECT_EQ(phrase.variant_locations.size(), phrase.variants.size()) << phrase.id;
    }
}

// docs/lexicon.md, "Contents of the default lexicon", gives the size of three sections.
TEST(LexiconReaderTest, DocumentedCountsMatchTheDefault) {
    Diagnostics diagnostics;
    const Lexicon lexicon = load_lexicon("", diagnostics);
    const std::string doc = source_file("docs/lexicon.md");
    const auto documented = [&](const std::string& what) {
        std::smatch m;
        const std::regex count("\\*\\*(\\d+) " + what + "\\*\\*");
        return std::regex_search(doc, m, count) ? std::stoul(m[1].str()) : 0ul;
    };
    EXPECT_EQ(documented("code phrases"), lexicon.code_phrases.size());
    EXPECT_EQ(documented("tone terms"), lexicon.tone_terms.size());
    EXPECT_EQ(documented("commitment cues"), lexicon.commitment_cues.size());
}

TEST(LexiconReaderTest, TheDocumentedExampleIsAValidLexicon) {
    const std::string doc = source_file("docs/lexicon.md");
    const std::size_t start = doc.find("```json\n");
    ASSERT_NE(start, std::string::npos);
    const std::size_t end = doc.find("```", start + 8);
    ASSERT_NE(end, std::string::npos);
    TempDir dir;
    const std::string path = dir.write("example.json", doc.substr(start + 8, end - start - 8));
    Diagnostics diagnostics;
    const Lexicon lexicon = load_lexicon(path, diagnostics);
    EXPECT_THAT(formatted(diagnostics), ElementsAre());
    ASSERT_EQ(lexicon.code_phrases.size(), 1u);
    EXPECT_EQ(lexicon.code_phrases[0].id, "frank-and-candid");
}

TEST(LexiconReaderTest, EveryErrorIdIsInTheErrorsPage) {
    const std::string doc = source_file("docs/errors.md");
    for (const char* id : {"input.missing",       "input.unreadable",       "input.too-large",
                           "input.binary",        "input.invalid-utf8",     "input.empty",
                           "json.malformed",      "json.too-deep",          "lexicon.format",
                           "lexicon.missing-key", "lexicon.unknown-key",    "lexicon.duplicate-key",
                           "lexicon.wrong-type",  "lexicon.out-of-range",   "lexicon.unknown-class",
                           "lexicon.bad-value",   "lexicon.duplicate-id",   "lexicon.duplicate-text",
                           "lexicon.no-words",    "lexicon.duplicate-stems", "lexicon.not-one-word"})
        EXPECT_NE(doc.find(std::string("| `") + id + "` |"), std::string::npos) << id;
}

TEST(LexiconReaderTest, AFileIsReadAndItsPathKept) {
    TempDir dir;
    const std::string path = dir.write("mine.json", k_small);
    Diagnostics diagnostics;
    const Lexicon lexicon = load_lexicon(path, diagnostics);
    EXPECT_THAT(formatted(diagnostics), ElementsAre());
    EXPECT_EQ(lexicon.path, path);
    EXPECT_THAT(texts_of(lexicon.tone_terms), ElementsAre("constructive", "hostility"));
}

TEST(LexiconReaderTest, AMissingFile) {
    TempDir dir;
    const std::string path = dir.path("missing.json");
    Diagnostics diagnostics;
    const Lexicon lexicon = load_lexicon(path, diagnostics);
    EXPECT_THAT(formatted(diagnostics), ElementsAre(path + ": error: no such file \u2014 a lexicon file"));
    EXPECT_EQ(diagnostics[0].id, "input.missing");
    EXPECT_EQ(lexicon.path, path);
    EXPECT_TRUE(lexicon.code_phrases.empty());
    EXPECT_TRUE(lexicon.tone_terms.empty());
}

TEST(LexiconReaderTest, AFolderIsNotALexiconFile) {
    TempDir dir;
    Diagnostics diagnostics;
    load_lexicon(dir.path().generic_string(), diagnostics);
    EXPECT_THAT(formatted(diagnostics),
                ElementsAre(dir.path().generic_string() + ": error: not a file \u2014 a lexicon file"));
    EXPECT_EQ(diagnostics[0].id, "input.unreadable");
}

TEST(LexiconReaderTest, AFileTooLargeIsNotRead) {
    TempDir dir;
    const std::string path = dir.write("huge.json", "");
    std::filesystem::resize_file(path, (std::uintmax_t{65} << 20));  // sparse: nothing is written
    Diagnostics diagnostics;
    load_lexicon(path, diagnostics);
    EXPECT_THAT(
        formatted(diagnostics),
        ElementsAre(path + ": error: file is 65.0 MB, more than the limit of 64.0 MB \u2014 a lexicon file "
                           "(is this the right path?)"));
    EXPECT_EQ(diagnostics[0].id, "input.too-large");
}

TEST(LexiconReaderTest, ContentProblemsOfAFileNameIt) {
    TempDir dir;
    const std::string empty = dir.write("empty.json", "");
    const std::string binary = dir.write("binary.json", "{\"a\": \"\0\"}"s);
    Diagnostics diagnostics;
    load_lexicon(empty, diagnostics);
    load_lexicon(binary, diagnostics);
    EXPECT_THAT(
        formatted(diagnostics),
        ElementsAre(empty + ": error: file is empty \u2014 " + k_file_expected,
                    binary + ":1:8: error: file holds binary data (a NUL byte at byte offset 7) \u2014 a "
                             "lexicon as UTF-8 JSON text"));
    EXPECT_THAT(ids_of(diagnostics), ElementsAre("input.empty", "input.binary"));
}

TEST(LexiconReaderTest, StemChecksRunOnEveryFileAndAllProblemsComeInLineOrder) {
    TempDir dir;
    const std::string path =
        dir.write("stems.json", R"({"format": "dipdiff-lexicon", "version": 1, "language": "en",
 "code_phrases": [], "tone_terms": [{"text": "calm", "weight": 0.2}, {"text": "--", "weight": 0.1}],
 "commitment_cues": [{"text": "urge", "class": "demand"}, {"text": "urged", "class": "demand"},
                     {"text": "vow", "class": "promise"}],
 "negators": [], "intensifiers": [], "downtoners": [], "contrast_markers": [], "grammar": )" +
                      empty_grammar() + "}");
    Diagnostics diagnostics;
    const Lexicon lexicon = load_lexicon(path, diagnostics);
    EXPECT_THAT(
        formatted(diagnostics),
        ElementsAre(path + ":2:79: error: tone term \"--\" has no words \u2014 words (letters or digits)",
                    path + ":3:68: error: commitment cue \"urged\" has the same stems (urg) and "
                           "inflections as commitment cue \"urge\" (line 3), so both match the same words "
                           "\u2014 one entry for them in the commitment cues (matching already finds the "
                           "other word forms)",
                    path + ":4:47: error: class \"promise\" of commitment cue \"vow\" is not a commitment "
                           "class \u2014 one of \"commitment\", \"demand\", \"intent\", \"hedge\""));
    EXPECT_THAT(ids_of(diagnostics),
                ElementsAre("lexicon.no-words", "lexicon.duplicate-stems", "lexicon.unknown-class"));
    // With errors the lexicon is what could be read.
    EXPECT_THAT(texts_of(lexicon.tone_terms), ElementsAre("calm", "--"));
    EXPECT_EQ(lexicon.commitment_cues.size(), 2u);
}

TEST(LexiconReaderTest, GrammarWordsMustBeOneWordInEveryFileLoaded) {
    TempDir dir;
    const std::string path =
        dir.write("grammar.json", with_grammar("comparison_words", R"(["than", "rather than", "-"])"));
    Diagnostics diagnostics;
    const Lexicon lexicon = load_lexicon(path, diagnostics);
    EXPECT_THAT(formatted(diagnostics),
                ElementsAre(path + ":11:34: error: comparison word \"rather than\" in grammar "
                                   "\"comparison_words\" has 2 words \u2014 one word (the rules compare "
                                   "single words)",
                            path + ":11:49: error: comparison word \"-\" in grammar \"comparison_words\" has "
                                   "no words \u2014 one word (letters or digits)"));
    EXPECT_THAT(ids_of(diagnostics), ElementsAre("lexicon.not-one-word", "lexicon.no-words"));
    EXPECT_THAT(lexicon.grammar.comparison_words, ElementsAre("than", "rather than", "-"));
}

}  // namespace
}  // namespace dipdiff
