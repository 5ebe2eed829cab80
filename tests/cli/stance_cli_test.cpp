// End-to-end: stances from the command line — `dipdiff inspect --stance` and
// the stance parts of `dipdiff compare` (terminal and report).
#include "tests/support/run_dipdiff.hpp"
#include "tests/support/schema_validate.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace dipdiff {
namespace {

using nlohmann::json;
using testing::read_file;
using testing::TempDir;
using ::testing::HasSubstr;
using ::testing::Not;

// Two accounts of one meeting that frame arms control in opposite ways and
// state different commitments.
const char* const k_varenia =
    "id: varenia-talks\n"
    "party: Republic of Varenia\n"
    "date: 2025-06-16\n"
    "genre: readout\n"
    "\n"
    "The talks on arms control and the Halvard Treaty were constructive and productive.\n"
    "\n"
    "The presidents agreed to launch consultations on the future of the Halvard Treaty on arms control.\n";

const char* const k_kestrel =
    "id: kestrel-talks\n"
    "party: Kestrel Federation\n"
    "date: 2025-06-16\n"
    "genre: readout\n"
    "\n"
    "The talks on arms control and the Halvard Treaty were frank and candid, and there was deep concern.\n"
    "\n"
    "Kestrel is ready to consider consultations on the future of the Halvard Treaty on arms control.\n";

const json* sentence_with(const json& statement, const std::string& fragment) {
    for (const auto& sentence : statement["sentences"])
        if (sentence["text"].get<std::string>().find(fragment) != std::string::npos) return &sentence;
    return nullptr;
}

TEST(StanceCliTest, InspectStanceShowsToneCommitmentAndTheCuesBehindThem) {
    TempDir dir;
    const std::string path = dir.write("v.txt", k_varenia);
    const CommandResult result = run_dipdiff({"inspect", "--stance", "--color=never", path});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_THAT(result.out, HasSubstr("+0.90 cooperative \u00b7 none"));
    EXPECT_THAT(result.out, HasSubstr("code   'constructive'  +0.40"));
    EXPECT_THAT(result.out, HasSubstr("Some progress was made"));  // the gloss of "constructive"
    EXPECT_THAT(result.out, HasSubstr("commit 'agreed to'  commitment (decisive)"));
}

TEST(StanceCliTest, InspectWithoutStanceShowsNoStance) {
    TempDir dir;
    const std::string path = dir.write("v.txt", k_varenia);
    const CommandResult result = run_dipdiff({"inspect", "--color=never", path});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_THAT(result.out, Not(HasSubstr("cooperative")));
}

TEST(StanceCliTest, InspectStanceJsonGivesEverySentenceAStanceWithEvidenceSpans) {
    TempDir dir;
    const std::string path = dir.write("k.txt", k_kestrel);
    const CommandResult result = run_dipdiff({"inspect", "--stance", "--json", path});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    const json statement = json::parse(result.out)["statements"][0];
    const std::string body = read_file(path).substr(read_file(path).find("\n\n") + 2);
    for (const auto& sentence : statement["sentences"]) {
        ASSERT_TRUE(sentence.contains("stance"));
        for (const auto& cue : sentence["stance"]["evidence"]) {
            const auto start = cue["span"][0].get<std::size_t>(), end = cue["span"][1].get<std::size_t>();
            EXPECT_EQ(body.substr(start, end - start), cue["phrase"].get<std::string>());
        }
    }
    const json* frank = sentence_with(statement, "frank and candid");
    ASSERT_NE(frank, nullptr);
    EXPECT_EQ((*frank)["stance"]["tone_label"], "conflictual");
    ASSERT_EQ((*frank)["stance"]["code_phrases"].size(), 2u);
    EXPECT_EQ((*frank)["stance"]["code_phrases"][0]["id"], "frank-and-candid");
    EXPECT_EQ((*frank)["stance"]["code_phrases"][1]["id"], "deep-concern");
    const json* ready = sentence_with(statement, "ready to consider");
    ASSERT_NE(ready, nullptr);
    EXPECT_EQ((*ready)["stance"]["commitment"], "intent");
}

TEST(StanceCliTest, BadLexiconStopsWithItsPositionAndStatusTwo) {
    TempDir dir;
    const std::string path = dir.write("v.txt", k_varenia);
    const std::string lexicon = dir.write("lexicon.json", "{\"format\": \"dipdiff-lexicon\",\n \"version\": 7}\n");
    const CommandResult result = run_dipdiff({"inspect", "--lexicon", lexicon, path});
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_THAT(result.err, HasSubstr(lexicon + ":2:"));
    EXPECT_EQ(result.out, "");
}

TEST(StanceCliTest, ReplacementLexiconIsUsed) {
    TempDir dir;
    const std::string path = dir.write("v.txt", k_varenia);
    // A lexicon in which "productive" is the only cue, and a negative one.
    const std::string lexicon = dir.write(
        "lexicon.json",
        "{\"format\": \"dipdiff-lexicon\", \"version\": 1, \"language\": \"en\", \"code_phrases\": [],\n"
        " \"tone_terms\": [{\"text\": \"productive\", \"weight\": -0.5}], \"commitment_cues\": [],\n"
        " \"negators\": [], \"intensifiers\": [], \"downtoners\": [], \"contrast_markers\": [],\n"
        " \"grammar\": {\"determiners\": [], \"coordinators\": [], \"subject_openers\": [],\n"
        "  \"acceptance_verbs\": [], \"mention_verbs\": [], \"passive_auxiliaries\": [],\n"
        "  \"formula_verbs\": [], \"comparison_words\": [], \"infinitive_markers\": [],\n"
        "  \"conditional_openers\": [], \"date_words\": []}}\n");
    const CommandResult result = run_dipdiff({"inspect", "--lexicon", lexicon, "--color=never", path});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_THAT(result.out, HasSubstr("-0.50 conflictual \u00b7 none"));
    EXPECT_THAT(result.out, Not(HasSubstr("constructive'")));
}

TEST(StanceCliTest, CompareFlagsDivergentFramingAndCommitmentPerTopic) {
    TempDir dir;
    const std::string a = dir.write("a.txt", k_varenia), b = dir.write("b.txt", k_kestrel);
    const CommandResult result = run_dipdiff({"compare", "--color=never", a, b});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_THAT(result.out, HasSubstr("\u26a0 divergent framing; commitment differs:"));
    EXPECT_THAT(result.out, HasSubstr("Republic of Varenia cooperative/commitment"));
    EXPECT_THAT(result.out, HasSubstr("Kestrel Federation conflictual/intent"));
    EXPECT_THAT(result.out, HasSubstr("commitment commitment / intent differs: A 'agreed to' \u2014 B 'ready to'"));
}

TEST(StanceCliTest, ReportCarriesStanceDeltaAndSummaryAndValidates) {
    TempDir dir;
    const std::string a = dir.write("a.txt", k_varenia), b = dir.write("b.txt", k_kestrel);
    const CommandResult result = run_dipdiff({"compare", "--json", "-", a, b});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_TRUE(matches_report_schema(result.out));
    const json report = json::parse(result.out);
    EXPECT_EQ(report["settings"]["lexicon"], "default");
    bool mismatch_found = false;
    for (const auto& pair : report["alignments"]) {
        ASSERT_TRUE(pair.contains("stance_delta"));
        const json& delta = pair["stance_delta"];
        if (delta["commitment_mismatch"] == true) {
            mismatch_found = true;
            EXPECT_EQ(delta["cue_a"], "agreed to");
            EXPECT_EQ(delta["cue_b"], "ready to");
        }
    }
    EXPECT_TRUE(mismatch_found);
    bool summary_found = false;
    for (const auto& coverage : report["coverage"]) {
        if (coverage["topic"] != "strategic-stability") continue;
        summary_found = true;
        const json& summary = coverage["stance_summary"];
        EXPECT_EQ(summary["divergent"], true);
        ASSERT_EQ(summary["parties"].size(), 2u);
        EXPECT_EQ(summary["parties"][0]["party"], "Republic of Varenia");
        EXPECT_EQ(summary["parties"][0]["tone_label"], "cooperative");
        EXPECT_EQ(summary["parties"][0]["strongest_commitment"], "commitment");
        EXPECT_EQ(summary["parties"][1]["tone_label"], "conflictual");
        EXPECT_EQ(summary["parties"][1]["statements"][0]["statement"], "kestrel-talks");
    }
    EXPECT_TRUE(summary_found);
}

TEST(StanceCliTest, NoStanceLeavesEveryStanceFieldOut) {
    TempDir dir;
    const std::string a = dir.write("a.txt", k_varenia), b = dir.write("b.txt", k_kestrel);
    const CommandResult result = run_dipdiff({"compare", "--no-stance", "--json", "-", a, b});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_TRUE(matches_report_schema(result.out));
    EXPECT_THAT(result.out, Not(HasSubstr("stance")));
    EXPECT_THAT(result.out, Not(HasSubstr("\"lexicon\"")));
}

}  // namespace
}  // namespace dipdiff
