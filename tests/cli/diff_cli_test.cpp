// End-to-end: `dipdiff diff` on two versions of a statement.
#include "tests/support/run_dipdiff.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace dipdiff {
namespace {

using nlohmann::json;
using ::testing::HasSubstr;

const char* const k_version_a =
    "party: Varenia\n"
    "date: 2025-06-16\n"
    "\n"
    "The two presidents held talks in Soresk. The talks were constructive and useful.\n"
    "\n"
    "The sides agreed to return their ambassadors to Halvard and Soresk within a week.\n"
    "\n"
    "They also discussed cooperation in the Arctic and the safety of shipping.\n";

const char* const k_version_b =
    "party: Varenia\n"
    "date: 2025-06-17\n"
    "\n"
    "The two presidents held talks in Soresk. The talks were frank and candid.\n"
    "\n"
    "They also discussed cooperation in the Arctic and the safety of shipping.\n"
    "\n"
    "The sides agreed to return their ambassadors to Halvard and Soresk within a week.\n";

std::string body(const std::string& file) { return file.substr(file.find("\n\n") + 2); }

TEST(DiffCliTest, DifferentTextsExitWithOneAndMarkChangesInPlainText) {
    TempDir dir;
    const CommandResult result =
        run_dipdiff({"diff", "--format", "plain", dir.write("a.txt", k_version_a), dir.write("b.txt", k_version_b)});
    EXPECT_EQ(result.exit_code, 1) << result.err;
    EXPECT_THAT(result.out, HasSubstr("[-constructive and useful-]{+frank and candid+}"));
    EXPECT_THAT(result.out, HasSubstr("{>They also discussed cooperation in the Arctic and the safety of shipping.<}"));
    EXPECT_EQ(result.out.find('\x1b'), std::string::npos);
}

TEST(DiffCliTest, JsonHasStatsAndOpsWithByteSpansIntoBothTexts) {
    TempDir dir;
    const CommandResult result =
        run_dipdiff({"diff", "--format", "json", dir.write("a.txt", k_version_a), dir.write("b.txt", k_version_b)});
    ASSERT_EQ(result.exit_code, 1) << result.err;
    const json out = json::parse(result.out);
    for (const char* field : {"tokens_added", "tokens_removed", "tokens_moved", "tokens_unchanged", "similarity"})
        EXPECT_TRUE(out["stats"].contains(field)) << field;
    EXPECT_EQ(out["stats"]["tokens_removed"], 3);  // constructive and useful
    EXPECT_EQ(out["stats"]["tokens_added"], 3);    // frank and candid
    EXPECT_EQ(out["stats"]["tokens_moved"], 13);   // the Arctic sentence, period included

    const std::string a = body(k_version_a), b = body(k_version_b);
    bool saw_moved = false;
    for (const auto& op : out["ops"]) {
        const auto a_start = op["a"][0].get<std::size_t>(), a_end = op["a"][1].get<std::size_t>();
        const auto b_start = op["b"][0].get<std::size_t>(), b_end = op["b"][1].get<std::size_t>();
        ASSERT_LE(a_end, a.size());
        ASSERT_LE(b_end, b.size());
        const std::string kind = op["op"];
        if (kind == "equal" || kind == "moved") {
            EXPECT_EQ(a.substr(a_start, a_end - a_start), b.substr(b_start, b_end - b_start)) << op;
        }
        if (kind == "delete") {
            EXPECT_EQ(a.substr(a_start, a_end - a_start), "constructive and useful");
        }
        if (kind == "insert") {
            EXPECT_EQ(b.substr(b_start, b_end - b_start), "frank and candid");
        }
        saw_moved = saw_moved || kind == "moved";
    }
    EXPECT_TRUE(saw_moved);
}

TEST(DiffCliTest, TextsEqualAfterNormalizationExitWithZero) {
    TempDir dir;
    const CommandResult result =
        run_dipdiff({"diff", dir.write("a.txt", "The talks were \u201cuseful\u201d \u2014 both sides said so.\n"),
                     dir.write("b.txt", "the talks were \"useful\" - Both sides said so.\n")});
    EXPECT_EQ(result.exit_code, 0) << result.out << result.err;
    EXPECT_EQ(result.err, "");  // bare text: no warnings about party or date in diff
}

TEST(DiffCliTest, CaseSensitiveCountsCaseDifferences) {
    TempDir dir;
    const auto a = dir.write("a.txt", "The talks were useful.\n");
    const auto b = dir.write("b.txt", "The Talks were useful.\n");
    EXPECT_EQ(run_dipdiff({"diff", a, b}).exit_code, 0);
    EXPECT_EQ(run_dipdiff({"diff", "--case-sensitive", a, b}).exit_code, 1);
}

TEST(DiffCliTest, StatPrintsTheFigures) {
    TempDir dir;
    const CommandResult result =
        run_dipdiff({"diff", "--stat", dir.write("a.txt", k_version_a), dir.write("b.txt", k_version_b)});
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_THAT(result.out, HasSubstr("3 added, 3 removed, 13 moved (1 move); similarity"));
}

TEST(DiffCliTest, HeaderIsNotDiffedUnlessAsked) {
    TempDir dir;
    const auto a = dir.write("a.txt", "party: Varenia\ndate: 2025-06-16\n\nSame words.\n");
    const auto b = dir.write("b.txt", "party: Varenia\ndate: 2025-06-17\n\nSame words.\n");
    EXPECT_EQ(run_dipdiff({"diff", a, b}).exit_code, 0);
    const CommandResult with = run_dipdiff({"diff", "--with-metadata", "--format", "json", a, b});
    EXPECT_EQ(with.exit_code, 1);
    const json changes = json::parse(with.out)["metadata_changes"];
    ASSERT_EQ(changes.size(), 1u);
    EXPECT_EQ(changes[0]["field"], "date");
    EXPECT_EQ(changes[0]["a"], "2025-06-16");
    EXPECT_EQ(changes[0]["b"], "2025-06-17");
}

TEST(DiffCliTest, TwoEmptyTextsAreEqual) {
    TempDir dir;
    EXPECT_EQ(run_dipdiff({"diff", dir.write("a.txt", ""), dir.write("b.txt", "\n")}).exit_code, 0);
}

TEST(DiffCliTest, BinaryAndMissingInputsAreErrorsWithExitCode2) {
    TempDir dir;
    const auto text = dir.write("a.txt", "Text.\n");
    const CommandResult binary = run_dipdiff({"diff", text, dir.write("b.bin", std::string("PK\x03\x04\0\0", 6))});
    EXPECT_EQ(binary.exit_code, 2);
    EXPECT_THAT(binary.err, HasSubstr("b.bin"));
    EXPECT_THAT(binary.err, HasSubstr("binary"));
    const CommandResult missing = run_dipdiff({"diff", text, dir.path("nope.txt")});
    EXPECT_EQ(missing.exit_code, 2);
    EXPECT_THAT(missing.err, HasSubstr("nope.txt"));
}

TEST(DiffCliTest, ColourIsUsedOnlyWhenAsked) {
    TempDir dir;
    const auto a = dir.write("a.txt", "The talks were useful.\n");
    const auto b = dir.write("b.txt", "The talks were candid.\n");
    const CommandResult colour = run_dipdiff({"diff", "--format", "color", a, b});
    EXPECT_THAT(colour.out, HasSubstr("\x1b[31museful\x1b[0m"));
    EXPECT_THAT(colour.out, HasSubstr("\x1b[32mcandid\x1b[0m"));
    // Not a terminal (the test captures stdout): plain by default.
    EXPECT_THAT(run_dipdiff({"diff", a, b}).out, HasSubstr("[-useful-]{+candid+}"));
}

TEST(DiffCliTest, ControlCharactersInTextAreEscaped) {
    TempDir dir;
    const CommandResult result = run_dipdiff(
        {"diff", dir.write("a.txt", "Plain text.\n"), dir.write("b.txt", "Plain \x1b]0;owned\x07 text.\n")});
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_EQ(result.out.find('\x1b'), std::string::npos);
    EXPECT_THAT(result.out, HasSubstr("\\x1b"));
}

TEST(DiffCliTest, SameInputsGiveByteIdenticalJson) {
    const std::vector<std::string> args = {"diff", "--format", "json", "samples/2025-06-16-joint-statement-varenia.txt",
                                           "samples/2025-06-16-joint-statement-kestrel.txt"};
    const CommandResult first = run_dipdiff(args);
    EXPECT_EQ(first.exit_code, 1) << first.err;
    EXPECT_EQ(first.out, run_dipdiff(args).out);
}

}  // namespace
}  // namespace dipdiff
