#include "formats/topics_reader.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "engine/segmenter.hpp"
#include "tests/support/temp_dir.hpp"
#include "tests/support/diagnostics_text.hpp"

namespace dipdiff {
namespace {

using ::testing::ElementsAre;
using testing::TempDir;

using testing::formatted;
using testing::ids_of;

std::vector<std::string> topic_ids(const std::vector<TopicDefinition>& topics) {
    std::vector<std::string> out;
    for (const TopicDefinition& t : topics) out.push_back(t.id);
    return out;
}

/// A file with one topic whose inside is `body` (lines indented by six spaces).
std::string one_topic(const std::string& body) {
    return "{\n"
           "  \"format\": \"dipdiff-topics\",\n"
           "  \"version\": 1,\n"
           "  \"topics\": [\n"
           "    {\n" +
           body +
           "\n    }\n"
           "  ]\n"
           "}\n";
}

constexpr const char* k_darnova = R"({
  "format": "dipdiff-topics",
  "version": 1,
  "topics": [
    {
      "id": "darnova",
      "label": "The situation around Darnova",
      "kind": "substantive",
      "phrases": [
        {"text": "Darnova", "weight": 3},
        {"text": "border", "weight": 1}
      ],
      "exclude": ["border crossing"]
    }
  ]
}
)";

TEST(TopicsReaderTest, ReadsATopicWithItsPlaces) {
    Diagnostics diagnostics;
    const TaxonomyFile file = parse_taxonomy(k_darnova, "darnova.json", false, diagnostics);
    EXPECT_TRUE(diagnostics.empty()) << ::testing::PrintToString(formatted(diagnostics));
    EXPECT_FALSE(file.replace);
    ASSERT_EQ(file.topics.size(), 1u);
    const TopicDefinition& t = file.topics[0];
    EXPECT_EQ(t.id, "darnova");
    EXPECT_EQ(t.label, "The situation around Darnova");
    EXPECT_FALSE(t.procedural);
    EXPECT_EQ(t.path, "darnova.json");
    EXPECT_EQ(t.location.line, 5);
    EXPECT_EQ(t.location.column, 5);
    ASSERT_EQ(t.phrases.size(), 2u);
    EXPECT_EQ(t.phrases[0].text, "Darnova");
    EXPECT_EQ(t.phrases[0].weight, 3);
    EXPECT_EQ(t.phrases[0].location.line, 10);
    EXPECT_EQ(t.phrases[0].location.column, 18);
    EXPECT_EQ(t.phrases[1].text, "border");
    EXPECT_EQ(t.phrases[1].weight, 1);
    EXPECT_EQ(t.phrases[1].location.line, 11);
    EXPECT_THAT(t.exclusions, ElementsAre("border crossing"));
    ASSERT_EQ(t.exclusion_locations.size(), 1u);
    EXPECT_EQ(t.exclusion_locations[0].line, 13);
    EXPECT_EQ(t.exclusion_locations[0].column, 19);
}

TEST(TopicsReaderTest, ReadsProceduralKindAndReplace) {
    Diagnostics diagnostics;
    const TaxonomyFile file = parse_taxonomy(
        R"({"format": "dipdiff-topics", "version": 1, "replace": true, "topics": [
  {"id": "meeting", "label": "The meeting", "kind": "procedural", "phrases": [{"text": "phone call", "weight": 3}]}
]})",
        "m.json", false, diagnostics);
    EXPECT_TRUE(diagnostics.empty()) << ::testing::PrintToString(formatted(diagnostics));
    EXPECT_TRUE(file.replace);
    ASSERT_EQ(file.topics.size(), 1u);
    EXPECT_TRUE(file.topics[0].procedural);
    EXPECT_TRUE(file.topics[0].exclusions.empty());
}

TEST(TopicsReaderTest, AByteOrderMarkIsSkippedAndPositionsCountAfterIt) {
    Diagnostics diagnostics;
    const TaxonomyFile file =
        parse_taxonomy("\xEF\xBB\xBF" + std::string(k_darnova), "bom.json", false, diagnostics);
    EXPECT_TRUE(diagnostics.empty());
    ASSERT_EQ(file.topics.size(), 1u);
    EXPECT_EQ(file.topics[0].phrases[0].location.column, 18);
}

struct ErrorCase {
    const char* name;
    std::string content;
    std::vector<std::string> messages;
};

class TopicsReaderErrorTest : public ::testing::TestWithParam<ErrorCase> {};

TEST_P(TopicsReaderErrorTest, ReportsEveryProblem) {
    const ErrorCase& c = GetParam();
    Diagnostics diagnostics;
    parse_taxonomy(c.content, "t.json", false, diagnostics);
    EXPECT_EQ(formatted(diagnostics), c.messages);
    for (const Diagnostic& d : diagnostics) EXPECT_EQ(d.severity, Severity::error);
}

const std::string k_good_phrases = R"(      "phrases": [{"text": "gas", "weight": 2}])";

INSTANTIATE_TEST_SUITE_P(
    TopicsReader, TopicsReaderErrorTest,
    ::testing::Values(
        ErrorCase{"MalformedJson",
                  "{\n  \"format\": \"dipdiff-topics\",\n  \"version\": 1\n  \"topics\": []\n}\n",
                  {"t.json:4:10: error: malformed JSON: syntax error while parsing object - unexpected string "
                   "literal \u2014 expected '}'"}},
        ErrorCase{"EmptyFile",
                  "",
                  {"t.json: error: file is empty \u2014 a taxonomy: an object with \"format\": "
                   "\"dipdiff-topics\", \"version\": 1 and \"topics\""}},
        ErrorCase{
            "InvalidUtf8",
            "{\"format\": \"dipdiff-\xE9\"}",
            {"t.json:1:21: error: invalid UTF-8 at byte offset 20 \u2014 text saved as UTF-8 (re-save the "
             "file as UTF-8)"}},
        ErrorCase{"NotAnObject",
                  "[1, 2]",
                  {"t.json:1:1: error: the file holds an array \u2014 a taxonomy: an object with \"format\": "
                   "\"dipdiff-topics\", \"version\": 1 and \"topics\""}},
        ErrorCase{"MissingFormatAndVersion",
                  "{\n  \"topics\": []\n}",
                  {"t.json:1:1: error: the file has no \"format\" \u2014 \"format\": \"dipdiff-topics\"",
                   "t.json:1:1: error: the file has no \"version\" \u2014 \"version\": 1",
                   "t.json:2:13: error: \"topics\" is empty \u2014 at least one topic"}},
        ErrorCase{
            "WrongFormatAndVersion",
            "{\"format\": \"dipdiff-topic\", \"version\": 2, \"topics\": {}}",
            {"t.json:1:12: error: \"format\" is \"dipdiff-topic\", not \"dipdiff-topics\" \u2014 \"format\": "
             "\"dipdiff-topics\" (is this a taxonomy file?)",
             "t.json:1:40: error: \"version\" is 2, not 1 \u2014 \"version\": 1, the version this dipdiff "
             "reads",
             "t.json:1:53: error: \"topics\" is an object \u2014 an array of topic objects"}},
        ErrorCase{
            "VersionOfTheWrongType",
            "{\"format\": \"dipdiff-topics\", \"version\": \"1\", \"topics\": [], \"replace\": 1}",
            {"t.json:1:41: error: \"version\" is a string, not 1 \u2014 \"version\": 1, the version this "
             "dipdiff reads",
             "t.json:1:71: error: \"replace\" is a number \u2014 true or false",
             "t.json:1:56: error: \"topics\" is empty \u2014 at least one topic"}},
        ErrorCase{
            "UnknownKeysAreTypos",
            one_topic("      \"id\": \"gas\", \"label\": \"Gas\", \"kind\": \"substantive\",\n"
                      "      \"phrase\": [],\n"
                      "      \"phrases\": [{\"text\": \"gas\", \"weights\": 2, \"weight\": 2}],\n"
                      "      \"exclusions\": [\"gas station\"]"),
            {"t.json:7:7: error: unknown key \"phrase\" in topic \"gas\" \u2014 one of \"id\", \"label\", "
             "\"kind\", \"phrases\", \"exclude\"",
             "t.json:9:7: error: unknown key \"exclusions\" in topic \"gas\" \u2014 one of \"id\", "
             "\"label\", "
             "\"kind\", \"phrases\", \"exclude\"",
             "t.json:8:35: error: unknown key \"weights\" in phrase \"gas\" of topic \"gas\" \u2014 one of "
             "\"text\", \"weight\""}},
        ErrorCase{"UnknownKeyAtTheTop",
                  "{\"format\": \"dipdiff-topics\", \"version\": 1, \"topic\": [],\n \"topics\": [{\"id\": "
                  "\"gas\", "
                  "\"label\": \"Gas\", \"kind\": \"substantive\", \"phrases\": [{\"text\": \"gas\", "
                  "\"weight\": 2}]}]}",
                  {"t.json:1:44: error: unknown key \"topic\" in the top level \u2014 one of \"format\", "
                   "\"version\", "
                   "\"topics\", \"replace\""}},
        ErrorCase{
            "MissingTopicKeys",
            one_topic("      \"label\": \"Gas\""),
            {"t.json:5:5: error: topic 1 has no \"id\" \u2014 \"id\": a lowercase id such as "
             "\"arms-control\"",
             "t.json:5:5: error: topic 1 has no \"kind\" \u2014 \"kind\": \"substantive\" or \"procedural\"",
             "t.json:5:5: error: topic 1 has no \"phrases\" \u2014 \"phrases\": an array of {\"text\": ..., "
             "\"weight\": 1, 2 or 3}"}},
        ErrorCase{
            "BadIdLabelAndKind",
            one_topic("      \"id\": \"Arms_Control\", \"label\": \" \", \"kind\": \"substantial\",\n" +
                      k_good_phrases),
            {"t.json:6:13: error: id \"Arms_Control\" is not lowercase ASCII letters and digits in "
             "hyphen-separated groups \u2014 an id such as \"arms-control\" (^[a-z0-9]+(-[a-z0-9]+)*$)",
             "t.json:6:38: error: the label of topic \"Arms_Control\" is empty \u2014 a name shown in "
             "reports",
             "t.json:6:51: error: kind \"substantial\" of topic \"Arms_Control\" is not \"substantive\" or "
             "\"procedural\" \u2014 \"substantive\" (a subject of policy) or \"procedural\" (the meeting or "
             "the relationship itself)"}},
        ErrorCase{
            "IdsWithHyphensInTheWrongPlaces",
            "{\"format\": \"dipdiff-topics\", \"version\": 1, \"topics\": [\n"
            "{\"id\": \"-gas\", \"label\": \"G\", \"kind\": \"substantive\", \"phrases\": [{\"text\": "
            "\"gas\", "
            "\"weight\": 2}]},\n"
            "{\"id\": \"gas--oil\", \"label\": \"G\", \"kind\": \"substantive\", \"phrases\": [{\"text\": "
            "\"gas\", \"weight\": 2}]},\n"
            "{\"id\": \"g2-oil\", \"label\": \"G\", \"kind\": \"substantive\", \"phrases\": [{\"text\": "
            "\"gas\", \"weight\": 2}]}]}",
            {"t.json:2:8: error: id \"-gas\" is not lowercase ASCII letters and digits in hyphen-separated "
             "groups \u2014 an id such as \"arms-control\" (^[a-z0-9]+(-[a-z0-9]+)*$)",
             "t.json:3:8: error: id \"gas--oil\" is not lowercase ASCII letters and digits in "
             "hyphen-separated groups \u2014 an id such as \"arms-control\" (^[a-z0-9]+(-[a-z0-9]+)*$)"}},
        ErrorCase{"DuplicateId",
                  "{\"format\": \"dipdiff-topics\", \"version\": 1, \"topics\": [\n"
                  "{\"id\": \"gas\", \"label\": \"G\", \"kind\": \"substantive\", \"phrases\": [{\"text\": "
                  "\"gas\", "
                  "\"weight\": 2}]},\n"
                  "{\"id\": \"gas\", \"label\": \"G\", \"kind\": \"substantive\", \"phrases\": [{\"text\": "
                  "\"oil\", "
                  "\"weight\": 2}]}]}",
                  {"t.json:3:8: error: id \"gas\" is already used by the topic on line 2 \u2014 a unique id "
                   "for each "
                   "topic of the file"}},
        ErrorCase{
            "Weights",
            one_topic(
                "      \"id\": \"gas\", \"label\": \"Gas\", \"kind\": \"substantive\",\n"
                "      \"phrases\": [{\"text\": \"gas\", \"weight\": 4}, {\"text\": \"oil\", \"weight\": "
                "2.5},\n"
                "                  {\"text\": \"pipeline\", \"weight\": \"3\"}, {\"text\": \"lng\", "
                "\"weight\": 0}]"),
            {"t.json:7:45: error: weight 4 of phrase \"gas\" of topic \"gas\" is not 1, 2 or 3 \u2014 the "
             "integer 1, 2 or 3",
             "t.json:7:75: error: weight 2.5 of phrase \"oil\" of topic \"gas\" is not 1, 2 or 3 \u2014 the "
             "integer 1, 2 or 3",
             "t.json:8:50: error: \"weight\" of phrase \"pipeline\" of topic \"gas\" is a string \u2014 the "
             "integer 1, 2 or 3",
             "t.json:8:82: error: weight 0 of phrase \"lng\" of topic \"gas\" is not 1, 2 or 3 \u2014 the "
             "integer 1, 2 or 3"}},
        ErrorCase{
            "Wildcards",
            one_topic("      \"id\": \"sanctions\", \"label\": \"S\", \"kind\": \"substantive\",\n"
                      "      \"phrases\": [{\"text\": \"sanction*\", \"weight\": 3}],\n"
                      "      \"exclude\": [\"*smart sanctions\"]"),
            {"t.json:7:28: error: phrase \"sanction*\" of topic \"sanctions\" contains '*' \u2014 words "
             "only: "
             "there are no wildcards (stemming already matches word forms)",
             "t.json:8:19: error: exclusion \"*smart sanctions\" of topic \"sanctions\" contains '*' \u2014 "
             "words only: there are no wildcards (stemming already matches word forms)"}},
        ErrorCase{
            "WrongTypesInsideATopic",
            one_topic(
                "      \"id\": \"gas\", \"label\": 7, \"kind\": true,\n"
                "      \"phrases\": [\"gas\", {\"text\": 3, \"weight\": 2}], \"exclude\": \"gas station\""),
            {"t.json:6:29: error: \"label\" of topic \"gas\" is a number \u2014 a string",
             "t.json:6:40: error: \"kind\" of topic \"gas\" is a boolean \u2014 a string",
             "t.json:7:19: error: phrase 1 of topic \"gas\" is a string \u2014 an object {\"text\": ..., "
             "\"weight\": 1, 2 or 3}",
             "t.json:7:35: error: \"text\" of phrase 2 of topic \"gas\" is a number \u2014 a string",
             "t.json:7:64: error: \"exclude\" of topic \"gas\" is a string \u2014 an array of strings"}},
        ErrorCase{"EmptyPhrasesAndAnExclusionOfTheWrongType",
                  one_topic("      \"id\": \"gas\", \"label\": \"Gas\", \"kind\": \"substantive\",\n"
                            "      \"phrases\": [], \"exclude\": [\"ok\", 5]"),
                  {"t.json:7:18: error: topic \"gas\" has no phrases \u2014 at least one {\"text\": ..., "
                   "\"weight\": "
                   "1, 2 or 3}",
                   "t.json:7:40: error: exclusion 2 of topic \"gas\" is a number \u2014 a string"}},
        ErrorCase{"ATopicThatIsNotAnObject",
                  "{\"format\": \"dipdiff-topics\", \"version\": 1, \"topics\": [\"gas\"]}",
                  {"t.json:1:55: error: topic 1 is a string \u2014 a topic object"}},
        ErrorCase{
            "DuplicateKey",
            one_topic("      \"id\": \"gas\", \"label\": \"Gas\", \"label\": \"Oil\", \"kind\": "
                      "\"substantive\",\n" +
                      k_good_phrases),
            {"t.json:6:36: error: key \"label\" is given twice in one object \u2014 each key once in an "
             "object"}}),
    [](const ::testing::TestParamInfo<ErrorCase>& info) { return std::string(info.param.name); });

TEST(TopicsReaderTest, ErrorIdsAreStable) {
    Diagnostics diagnostics;
    parse_taxonomy(
        one_topic("      \"id\": \"gas\", \"label\": \"Gas\", \"label\": \"Gas\", \"kind\": \"x\",\n"
                  "      \"phrases\": [{\"text\": \"g*\", \"weight\": 5, \"w\": 1}]"),
        "t.json", false, diagnostics);
    EXPECT_THAT(ids_of(diagnostics),
                ElementsAre("topics.duplicate-key", "topics.bad-value", "topics.unknown-key",
                            "topics.bad-value", "topics.bad-value"));
}

TEST(TopicsReaderTest, TooDeepJsonIsRefused) {
    Diagnostics diagnostics;
    parse_taxonomy(std::string(100, '[') + std::string(100, ']'), "deep.json", false, diagnostics);
    EXPECT_THAT(
        formatted(diagnostics),
        ElementsAre("deep.json:1:65: error: JSON nested more than 64 levels deep \u2014 a taxonomy: an "
                    "object with \"format\": \"dipdiff-topics\", \"version\": 1 and \"topics\""));
}

TEST(TopicsReaderTest, AnExtraFileMayHaveNoTopics) {
    Diagnostics diagnostics;
    const TaxonomyFile file = parse_taxonomy(R"({"format": "dipdiff-topics", "version": 1, "topics": []})",
                                             "t.json", true, diagnostics);
    EXPECT_TRUE(diagnostics.empty());
    EXPECT_TRUE(file.topics.empty());
}

// --- The embedded default -------------------------------------------------------------------

std::string source_file(const std::string& relative) {
    return testing::read_file(std::string(DIPDIFF_SOURCE_DIR) + "/" + relative);
}

TEST(TopicsReaderTest, EmbeddedDefaultIsDataTopicsJson) {
    EXPECT_EQ(default_taxonomy_json(), source_file("data/topics.json"));
}

TEST(TopicsReaderTest, EmbeddedDefaultHasTheDocumentedTopics) {
    Diagnostics diagnostics;
    const Taxonomy taxonomy = load_taxonomy({}, diagnostics);
    EXPECT_TRUE(diagnostics.empty()) << ::testing::PrintToString(formatted(diagnostics));
    EXPECT_THAT(
        topic_ids(taxonomy.topics),
        ElementsAre("strategic-stability", "non-proliferation", "cyber", "election-interference",
                    "detained-citizens", "diplomatic-missions", "human-rights", "media-freedom", "ukraine",
                    "belarus", "middle-east", "iran", "north-korea", "afghanistan", "syria", "taiwan",
                    "south-china-sea", "hong-kong-xinjiang-tibet", "trade", "sanctions", "energy", "climate",
                    "health", "arctic", "counter-terrorism", "counter-narcotics", "military-communication",
                    "alliances", "technology", "people-to-people", "meeting", "relationship",
                    "global-economy", "food-security", "migration", "space", "maritime-security", "africa",
                    "caucasus", "balkans", "venezuela", "critical-minerals", "multilateral-fora"));
    for (const TopicDefinition& t : taxonomy.topics)
        EXPECT_EQ(t.procedural, t.id == "meeting" || t.id == "relationship") << t.id;
}

TEST(TopicsReaderTest, EmbeddedDefaultPassesTheStemChecks) {
    Diagnostics diagnostics;
    const Taxonomy taxonomy = load_taxonomy({}, diagnostics);
    TermPool terms;
    Segmenter segmenter(terms);
    EXPECT_THAT(formatted(validate_taxonomy(taxonomy, segmenter)), ElementsAre());
}

// The table of docs/topics.md ("The default topics") lists every default topic with its label,
// kind and number of phrases: it must stay true to data/topics.json.
TEST(TopicsReaderTest, DocumentedTableMatchesTheDefault) {
    Diagnostics diagnostics;
    const Taxonomy taxonomy = load_taxonomy({}, diagnostics);
    std::istringstream doc(source_file("docs/topics.md"));
    const std::regex row(R"(^\| `([a-z0-9-]+)` \| ([^|]+?) \| (substantive|procedural) \| (\d+) \|)");
    std::vector<std::string> documented;
    std::string line;
    while (std::getline(doc, line)) {
        std::smatch m;
        if (!std::regex_search(line, m, row)) continue;
        documented.push_back(m[1]);
        const auto it = std::find_if(taxonomy.topics.begin(), taxonomy.topics.end(),
                                     [&](const TopicDefinition& t) { return t.id == m[1].str(); });
        ASSERT_NE(it, taxonomy.topics.end()) << m[1];
        EXPECT_EQ(it->label, m[2].str()) << m[1];
        EXPECT_EQ(it->procedural, m[3] == "procedural") << m[1];
        EXPECT_EQ(std::to_string(it->phrases.size()), m[4].str()) << m[1];
    }
    EXPECT_EQ(documented, topic_ids(taxonomy.topics));
}

// --- Merging --------------------------------------------------------------------------------

std::string file_with(const std::string& topics, bool replace = false) {
    return std::string("{\"format\": \"dipdiff-topics\", \"version\": 1, ") +
           (replace ? "\"replace\": true, " : "") + "\"topics\": [" + topics + "]}";
}

std::string topic_json(const std::string& id, const std::string& label, const std::string& phrase) {
    return "{\"id\": \"" + id + "\", \"label\": \"" + label +
           "\", \"kind\": \"substantive\", \"phrases\": [{\"text\": \"" + phrase + "\", \"weight\": 3}]}";
}

TEST(TopicsReaderTest, NewIdsAreAddedAfterTheDefaults) {
    TempDir dir;
    const std::string path = dir.write("extra.json", file_with(topic_json("darnova", "Darnova", "Darnova") +
                                                               ", " + topic_json("velka", "Velka", "Velka")));
    Diagnostics diagnostics;
    const Taxonomy taxonomy = load_taxonomy({path}, diagnostics);
    EXPECT_TRUE(diagnostics.empty());
    ASSERT_EQ(taxonomy.topics.size(), 45u);
    EXPECT_EQ(taxonomy.topics[43].id, "darnova");
    EXPECT_EQ(taxonomy.topics[43].path, path);
    EXPECT_EQ(taxonomy.topics[44].id, "velka");
}

TEST(TopicsReaderTest, AnExistingIdIsReplacedEntirelyInItsPlace) {
    TempDir dir;
    const std::string path = dir.write("extra.json", file_with(topic_json("energy", "Gas", "gas")));
    Diagnostics diagnostics;
    const Taxonomy taxonomy = load_taxonomy({path}, diagnostics);
    EXPECT_TRUE(diagnostics.empty());
    ASSERT_EQ(taxonomy.topics.size(), 43u);
    EXPECT_EQ(taxonomy.topics[20].id, "energy");
    EXPECT_EQ(taxonomy.topics[20].label, "Gas");
    ASSERT_EQ(taxonomy.topics[20].phrases.size(), 1u);
    EXPECT_EQ(taxonomy.topics[20].phrases[0].text, "gas");
    EXPECT_TRUE(taxonomy.topics[20].exclusions.empty());
}

TEST(TopicsReaderTest, ReplaceDiscardsEverythingLoadedSoFar) {
    TempDir dir;
    const std::string first = dir.write("a.json", file_with(topic_json("darnova", "Darnova", "Darnova")));
    const std::string second = dir.write(
        "b.json", file_with(topic_json("gas", "Gas", "gas") + ", " + topic_json("oil", "Oil", "oil"), true));
    const std::string third = dir.write("c.json", file_with(topic_json("velka", "Velka", "Velka")));
    Diagnostics diagnostics;
    const Taxonomy taxonomy = load_taxonomy({first, second, third}, diagnostics);
    EXPECT_TRUE(diagnostics.empty());
    EXPECT_THAT(topic_ids(taxonomy.topics), ElementsAre("gas", "oil", "velka"));
}

TEST(TopicsReaderTest, ABadFileIsReportedAndNotMergedWhileTheOthersAre) {
    TempDir dir;
    const std::string bad = dir.write("bad.json", file_with(topic_json("Gas", "Gas", "gas"), true));
    const std::string good = dir.write("good.json", file_with(topic_json("darnova", "Darnova", "Darnova")));
    const std::string missing = dir.path("missing.json");
    Diagnostics diagnostics;
    const Taxonomy taxonomy = load_taxonomy({bad, missing, good}, diagnostics);
    EXPECT_THAT(ids_of(diagnostics), ElementsAre("topics.bad-value", "input.missing"));
    EXPECT_EQ(diagnostics[1].format(), missing + ": error: no such file \u2014 a taxonomy file");
    ASSERT_EQ(taxonomy.topics.size(),
              44u);  // the defaults are still there: bad.json's replace was not applied
    EXPECT_EQ(taxonomy.topics[43].id, "darnova");
}

TEST(TopicsReaderTest, StemChecksRunOnEveryExtraFile) {
    TempDir dir;
    const std::string path = dir.write("extra.json", R"({"format": "dipdiff-topics", "version": 1, "topics": [
  {"id": "sanctions", "label": "Sanctions", "kind": "substantive",
   "phrases": [{"text": "sanction", "weight": 3}, {"text": "Sanctions", "weight": 3}, {"text": "--", "weight": 1}],
   "exclude": ["sanctioned", "."]}
]})");
    Diagnostics diagnostics;
    const Taxonomy taxonomy = load_taxonomy({path}, diagnostics);
    EXPECT_THAT(
        formatted(diagnostics),
        ElementsAre(path +
                        ":3:60: error: phrase \"Sanctions\" of topic \"sanctions\" has the same stems "
                        "(sanction) as phrase \"sanction\" (line 3) \u2014 one phrase for each sequence of "
                        "stems (stemming already matches the other word forms)",
                    path + ":3:96: error: phrase \"--\" of topic \"sanctions\" has no words \u2014 words "
                           "(letters or digits)",
                    path + ":4:16: error: exclusion \"sanctioned\" of topic \"sanctions\" has the same stems "
                           "(sanction) as phrase \"sanction\" (line 3), which could never count \u2014 an "
                           "exclusion longer than the phrase it cancels (\"nuclear power plant\" for "
                           "\"nuclear\")",
                    path + ":4:30: error: exclusion \".\" of topic \"sanctions\" has no words \u2014 words "
                           "(letters or digits)"));
    EXPECT_EQ(taxonomy.topics.size(), 43u);
}

TEST(TopicsReaderTest, UnreadableContentIsReportedWithThePath) {
    TempDir dir;
    const std::string path = dir.write("empty.json", "  \n");
    Diagnostics diagnostics;
    load_taxonomy({path}, diagnostics);
    EXPECT_THAT(formatted(diagnostics),
                ElementsAre(path + ": error: file holds only white space \u2014 a taxonomy: an object with "
                                   "\"format\": \"dipdiff-topics\", \"version\": 1 and \"topics\""));
}

TEST(TopicsReaderTest, AFolderIsNotATaxonomyFile) {
    TempDir dir;
    Diagnostics diagnostics;
    load_taxonomy({dir.path().generic_string()}, diagnostics);
    EXPECT_THAT(formatted(diagnostics),
                ElementsAre(dir.path().generic_string() + ": error: not a file \u2014 a taxonomy file"));
}

}  // namespace
}  // namespace dipdiff
