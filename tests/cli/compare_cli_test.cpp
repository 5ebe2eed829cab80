// End-to-end: `dipdiff compare` on two readouts of the same call.
#include "tests/support/run_dipdiff.hpp"
#include "tests/support/schema_validate.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace dipdiff {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

const char* const k_varenia =
    "id: varenia-call\n"
    "party: Republic of Varenia\n"
    "speaker: Press Service of the President\n"
    "date: 2025-03-04\n"
    "genre: readout\n"
    "\n"
    "President Aldo Marek had a telephone conversation with President Ilse Brandt of the Kestrel Federation.\n"
    "\n"
    "Particular attention was paid to strategic stability and the future of the Halvard Treaty. Aldo Marek "
    "said Varenia was ready to consider proposals on arms control.\n"
    "\n"
    "The presidents discussed trade and the tariffs introduced on Varenian steel.\n";

const char* const k_kestrel =
    "id: kestrel-call\n"
    "party: Kestrel Federation\n"
    "speaker: Office of the President\n"
    "date: 2025-03-04\n"
    "genre: readout\n"
    "\n"
    "President Ilse Brandt spoke today with President Aldo Marek of Varenia.\n"
    "\n"
    "The leaders discussed arms control and the future of the Halvard Treaty, which expires next year.\n"
    "\n"
    "President Brandt pressed for the release of Kestrel citizens wrongfully detained in Varenia.\n";

TEST(CompareCliTest, ListsTopicsBothSidesCoveredAndWhatOnlyOneSideRaised) {
    TempDir dir;
    const CommandResult result = run_dipdiff(
        {"compare", "--color=never", dir.write("a.txt", k_varenia), dir.write("b.txt", k_kestrel)});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_THAT(result.out, HasSubstr("Strategic stability and arms control"));
    EXPECT_THAT(result.out, HasSubstr("covered by A, B"));
    // The closest pair on arms control, with its word-diff figures.
    EXPECT_THAT(result.out, HasSubstr("closest pairs"));
    EXPECT_THAT(result.out, HasSubstr("OMISSIONS"));
    EXPECT_THAT(result.out, HasSubstr("Trade and tariffs: raised by A, absent from B"));
    EXPECT_THAT(result.out, HasSubstr("Detained citizens and prisoner exchanges: raised by B, absent from A"));
    EXPECT_EQ(result.out.find('\x1b'), std::string::npos);
}

TEST(CompareCliTest, MissingPartyOrDateIsAnErrorForComparison) {
    TempDir dir;
    const CommandResult result = run_dipdiff(
        {"compare", dir.write("a.txt", k_varenia), dir.write("b.txt", "The talks were useful.\n")});
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_THAT(result.err, HasSubstr("b.txt"));
    EXPECT_THAT(result.err, HasSubstr("error"));
    EXPECT_THAT(result.err, HasSubstr("party"));
}

TEST(CompareCliTest, NeedsAtLeastTwoStatements) {
    TempDir dir;
    const CommandResult result = run_dipdiff({"compare", dir.write("a.txt", k_varenia)});
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_THAT(result.err, HasSubstr("at least two statements"));
}

TEST(CompareCliTest, ExtraTopicsFileAddsATopic) {
    TempDir dir;
    const std::string topics = dir.write("topics.json", R"({
  "format": "dipdiff-topics", "version": 1,
  "topics": [{"id": "halvard-treaty", "label": "The Halvard Treaty", "kind": "substantive",
              "phrases": [{"text": "Halvard Treaty", "weight": 3}]}]
})");
    const CommandResult result = run_dipdiff({"compare", "--color=never", "--topics", topics,
                                              dir.write("a.txt", k_varenia), dir.write("b.txt", k_kestrel)});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_THAT(result.out, HasSubstr("The Halvard Treaty  [halvard-treaty]"));
}

TEST(CompareCliTest, BadTopicsFileIsReportedWithItsPosition) {
    TempDir dir;
    const std::string topics = dir.write("topics.json", "{\"format\": \"dipdiff-topics\", \"version\": 2, \"topics\": []}");
    const CommandResult result = run_dipdiff(
        {"compare", "--topics", topics, dir.write("a.txt", k_varenia), dir.write("b.txt", k_kestrel)});
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_THAT(result.err, HasSubstr("topics.json:1:"));
    EXPECT_THAT(result.out, Not(HasSubstr("OMISSIONS")));
}

TEST(CompareCliTest, SameInputsGiveTheSameOutput) {
    const std::vector<std::string> args = {"compare", "--color=never", "samples/2025-03-04-varenia-readout-call.txt",
                                           "samples/2025-03-04-kestrel-readout-call.md"};
    const CommandResult first = run_dipdiff(args);
    ASSERT_EQ(first.exit_code, 0) << first.err;
    EXPECT_EQ(first.out, run_dipdiff(args).out);
}

TEST(CompareCliTest, JsonReportIsSchemaValidAndNamesCoveragePairsAndOmissions) {
    TempDir dir;
    const std::string a = dir.write("a.txt", k_varenia), b = dir.write("b.txt", k_kestrel);
    const std::string report_path = dir.path("report.json");
    const CommandResult result = run_dipdiff({"compare", "--color=never", "--json", report_path, a, b});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_THAT(result.out, HasSubstr("OMISSIONS"));  // the summary is still printed
    const std::string text = read_file(report_path);
    EXPECT_TRUE(matches_report_schema(text));
    const nlohmann::json report = nlohmann::json::parse(text);
    EXPECT_EQ(report["schema_version"], 1);
    ASSERT_EQ(report["statements"].size(), 2u);
    EXPECT_EQ(report["statements"][0]["id"], "varenia-call");

    bool arms_control_pair = false;
    for (const auto& pair : report["alignments"])
        arms_control_pair = arms_control_pair || pair["topic"] == "strategic-stability";
    EXPECT_TRUE(arms_control_pair);
    bool trade_omission = false;
    for (const auto& omission : report["omissions"]) {
        if (omission["topic"] != "trade") continue;
        trade_omission = true;
        EXPECT_EQ(omission["present_in"], nlohmann::json::array({"varenia-call"}));
        EXPECT_EQ(omission["absent_from"], nlohmann::json::array({"kestrel-call"}));
    }
    EXPECT_TRUE(trade_omission);
}

TEST(CompareCliTest, JsonReportOnStdoutIsByteIdenticalAcrossRuns) {
    const std::vector<std::string> args = {"compare", "--json", "-", "samples/2025-06-16-joint-statement-varenia.txt",
                                           "samples/2025-06-16-marek-press-conference.txt",
                                           "samples/2025-06-16-wire-report-summit.txt"};
    const CommandResult first = run_dipdiff(args);
    ASSERT_EQ(first.exit_code, 0) << first.err;
    EXPECT_TRUE(matches_report_schema(first.out));
    EXPECT_EQ(first.out, run_dipdiff(args).out);
}

TEST(CompareCliTest, ReportIsNeverWrittenOverAnInput) {
    TempDir dir;
    const std::string a = dir.write("a.txt", k_varenia), b = dir.write("b.txt", k_kestrel);
    const CommandResult result = run_dipdiff({"compare", "--json", a, a, b});
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_EQ(read_file(a), k_varenia);
}

}  // namespace
}  // namespace dipdiff
