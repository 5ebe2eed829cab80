// End-to-end: `dipdiff inspect` on the shapes of text analysts feed it.
#include "tests/support/run_dipdiff.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace dipdiff {
namespace {
using testing::read_file;
using testing::TempDir;

using nlohmann::json;
using ::testing::HasSubstr;

json inspect_json(const std::string& path) {
    const CommandResult result = run_dipdiff({"inspect", "--json", path});
    EXPECT_EQ(result.exit_code, 0) << result.err;
    return json::parse(result.out);
}

// The body of a file as spans count it: after the header's blank line or closing ---.
std::string body_after_header(const std::string& file_text, const std::string& header_end) {
    return file_text.substr(file_text.find(header_end) + header_end.size());
}

std::vector<std::string> sentence_texts(const json& statement) {
    std::vector<std::string> texts;
    for (const auto& s : statement["sentences"]) texts.push_back(s["text"].get<std::string>());
    return texts;
}

void expect_spans_match_text(const json& statement, const std::string& body) {
    for (const auto& s : statement["sentences"]) {
        const auto start = s["span"][0].get<std::size_t>();
        const auto end = s["span"][1].get<std::size_t>();
        ASSERT_LE(end, body.size());
        EXPECT_EQ(body.substr(start, end - start), s["text"].get<std::string>());
    }
    std::size_t expected_index = 1;
    for (const auto& p : statement["paragraphs"]) EXPECT_EQ(p["index"], expected_index++);
}

const char* const k_archived_markdown =
    "---\n"
    "title: \"Readout of President Brandt\u2019s Call with President Marek of Varenia\"\n"
    "date: 2025-03-04T21:15:00+01:00\n"
    "source_url: https://kestrel-gov.example/briefing-room/2025/03/04/readout\n"
    "tags: [readout, Varenia, arms control]\n"
    "party: Kestrel Federation\n"
    "speaker: Office of the President\n"
    "genre: readout\n"
    "---\n"
    "\n"
    "President Ilse Brandt spoke today with President Aldo Marek of the Republic of\n"
    "Varenia. The leaders discussed **strategic stability** and the 2025\\-2026 work\n"
    "plan of the U.S. and Kestrel envoys. President Brandt underscored her commitment to\n"
    "[arms control](https://kestrel-gov.example/arms) and noted that Mr. Reyl will\n"
    "travel to Soresk on Dec. 7.\n"
    "\n"
    "The call lasted just over an hour.\n";

TEST(InspectCliTest, ArchivedMarkdownPageWithFrontMatterAndWrappedLines) {
    TempDir dir;
    const std::string path = dir.write("readout.md", k_archived_markdown);
    const json statement = inspect_json(path)["statements"][0];

    EXPECT_EQ(statement["party"], "Kestrel Federation");
    EXPECT_EQ(statement["date"], "2025-03-04T21:15:00+01:00");
    EXPECT_EQ(statement["genre"], "readout");
    EXPECT_EQ(statement["source"], "https://kestrel-gov.example/briefing-room/2025/03/04/readout");
    EXPECT_TRUE(statement["metadata"].contains("tags"));
    EXPECT_THAT(statement["title"].get<std::string>(), HasSubstr("Readout of President Brandt"));

    const std::string body = body_after_header(k_archived_markdown, "genre: readout\n---\n");
    expect_spans_match_text(statement, body);
    EXPECT_THAT(sentence_texts(statement),
                ::testing::ElementsAre(
                    "President Ilse Brandt spoke today with President Aldo Marek of the Republic of\nVarenia.",
                    "The leaders discussed **strategic stability** and the 2025\\-2026 work\n"
                    "plan of the U.S. and Kestrel envoys.",
                    "President Brandt underscored her commitment to\n"
                    "[arms control](https://kestrel-gov.example/arms) and noted that Mr. Reyl will\n"
                    "travel to Soresk on Dec. 7.",
                    "The call lasted just over an hour."));
    ASSERT_EQ(statement["paragraphs"].size(), 2u);
    EXPECT_EQ(statement["sentences"][3]["paragraph"], 2);
    EXPECT_EQ(statement["sentences"][2]["attribution"], "paraphrase");
    EXPECT_THAT(statement["sentences"][2]["speaker"].get<std::string>(), HasSubstr("Brandt"));
    EXPECT_EQ(statement["sentences"][3]["attribution"], "narration");
    EXPECT_EQ(statement["sentences"][3]["speaker"], "Office of the President");
}

const char* const k_transcript =
    "id: marek-presser\n"
    "party: Republic of Varenia\n"
    "speaker: President Aldo Marek\n"
    "date: June 16, 2025\n"
    "genre: press-conference\n"
    "\n"
    "PRESIDENT MAREK: (As interpreted.) Good afternoon. We had a long and useful\n"
    "meeting today. (Laughter.)\n"
    "\n"
    "Q  Mr. President, did you discuss the detained journalists? Will they be released?\n"
    "\n"
    "PRESIDENT MAREK: We did. Our teams will work on it.\n"
    "\n"
    "MODERATOR: Last question.\n"
    "Q: Thank you. Was the meeting constructive?\n"
    "\n"
    "PRESIDENT MAREK: (As interpreted.) Quite constructive, yes.\n";

TEST(InspectCliTest, TranscriptTurnsSpeakersQuestionsAndStageDirections) {
    TempDir dir;
    const std::string path = dir.write("presser.txt", k_transcript);
    const json statement = inspect_json(path)["statements"][0];
    expect_spans_match_text(statement, body_after_header(k_transcript, "press-conference\n\n"));

    EXPECT_THAT(sentence_texts(statement),
                ::testing::ElementsAre("Good afternoon.", "We had a long and useful\nmeeting today.",
                                       "Mr. President, did you discuss the detained journalists?",
                                       "Will they be released?", "We did.", "Our teams will work on it.",
                                       "Last question.", "Thank you.", "Was the meeting constructive?",
                                       "Quite constructive, yes."));
    const auto& s = statement["sentences"];
    for (int i : {0, 1, 4, 5, 9}) {
        EXPECT_THAT(s[i]["speaker"].get<std::string>(), HasSubstr("Marek")) << i;
        EXPECT_FALSE(s[i]["question"].get<bool>()) << i;
    }
    for (int i : {2, 3, 7, 8}) {
        EXPECT_TRUE(s[i]["question"].get<bool>()) << i;
        EXPECT_THAT(s[i]["speaker"].get<std::string>(), ::testing::Not(HasSubstr("Marek"))) << i;
    }
    EXPECT_FALSE(s[6]["question"].get<bool>());
    EXPECT_THAT(s[6]["speaker"].get<std::string>(), HasSubstr("Moderator"));
    EXPECT_EQ(statement["turns"].size(), 6u);
    EXPECT_GE(statement["stage_directions"].size(), 3u);
}

const char* const k_news_report =
    "title: Marek calls summit useful\n"
    "genre: article\n"
    "outlet: Meridian Wire\n"
    "party: Republic of Varenia\n"
    "\n"
    "SORESK, June 16, 2025 (Meridian Wire) \u2014 President Aldo Marek of Varenia reported that the two\n"
    "leaders had agreed to return their ambassadors to their posts.\n"
    "\n"
    "Marek, like Brandt, emphasized the importance of arms control:\n"
    "\n"
    "\u201cOur two countries carry a special responsibility for stability in the region. We are\n"
    "aware of it.\n"
    "\n"
    "\u201cWe agreed to start consultations at the level of our ministries.\u201d\n"
    "\n"
    "What comes next? The Arctic was also discussed in some detail, he reported.\n"
    "\n"
    "He called the talks \u201cfrank and candid,\u201d but in his view \u201cuseful.\u201d\n";

TEST(InspectCliTest, NewsReportNarrationParaphraseAndMultiParagraphQuote) {
    TempDir dir;
    const std::string path = dir.write("wire.txt", k_news_report);
    const json statement = inspect_json(path)["statements"][0];
    expect_spans_match_text(statement, body_after_header(k_news_report, "Varenia\n\n"));

    EXPECT_EQ(statement["date"], "2025-06-16");  // from the dateline
    const auto& s = statement["sentences"];
    ASSERT_EQ(s.size(), 8u) << statement.dump(2);
    struct Expected {
        const char* attribution;
        const char* speaker;
    };
    const Expected expected[] = {
        {"paraphrase", "Aldo Marek"}, {"paraphrase", "Aldo Marek"}, {"quote", "Aldo Marek"},
        {"quote", "Aldo Marek"},      {"quote", "Aldo Marek"},      {"narration", "Meridian Wire"},
        {"paraphrase", "Aldo Marek"}, {"paraphrase", "Aldo Marek"},
    };
    for (std::size_t i = 0; i < 8; ++i) {
        EXPECT_EQ(s[i]["attribution"], expected[i].attribution) << i << ": " << s[i]["text"];
        EXPECT_EQ(s[i]["speaker"], expected[i].speaker) << i << ": " << s[i]["text"];
    }
    EXPECT_EQ(s[5]["text"], "What comes next?");
}

TEST(InspectCliTest, RussianTextSentencesAndReportedSpeech) {
    TempDir dir;
    const std::string text =
        "party: Республика Варения\n"
        "date: 16.06.2025\n"
        "language: ru\n"
        "\n"
        "Президент Марек заявил, что переговоры прошли конструктивно. Стороны договорились продолжить "
        "консультации.\n"
        "\n"
        "\u00abМы понимаем ответственность наших стран\u00bb, \u2014 сказал он.\n";
    const json statement = inspect_json(dir.write("ru.txt", text))["statements"][0];
    EXPECT_EQ(statement["date"], "2025-06-16");
    const auto& s = statement["sentences"];
    ASSERT_EQ(s.size(), 3u) << statement.dump(2);
    EXPECT_EQ(s[0]["attribution"], "paraphrase");
    EXPECT_THAT(s[0]["speaker"].get<std::string>(), HasSubstr("Марек"));
    EXPECT_EQ(s[1]["text"], "Стороны договорились продолжить консультации.");
    EXPECT_EQ(s[2]["attribution"], "quote");
    EXPECT_THAT(s[2]["speaker"].get<std::string>(), HasSubstr("Марек"));
}

TEST(InspectCliTest, ChineseTextSentences) {
    TempDir dir;
    const std::string text =
        "party: 瓦伦尼亚共和国\n"
        "date: 2025-06-16\n"
        "language: zh\n"
        "\n"
        "双方进行了坦率的会谈。会谈是建设性的！马雷克表示，双方同意继续磋商。\n";
    const json statement = inspect_json(dir.write("zh.txt", text))["statements"][0];
    EXPECT_THAT(sentence_texts(statement),
                ::testing::ElementsAre("双方进行了坦率的会谈。", "会谈是建设性的！", "马雷克表示，双方同意继续磋商。"));
    EXPECT_EQ(statement["sentences"][2]["attribution"], "paraphrase");
    EXPECT_EQ(statement["sentences"][2]["speaker"], "马雷克");
}

TEST(InspectCliTest, PlainTextWithoutHeaderIsReadWithWarnings) {
    TempDir dir;
    const CommandResult result =
        run_dipdiff({"inspect", "--json", dir.write("bare.txt", "The talks were useful. Both sides agreed.\n")});
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_THAT(result.err, HasSubstr("warning"));
    EXPECT_THAT(result.err, HasSubstr("party"));
    EXPECT_EQ(json::parse(result.out)["statements"][0]["sentences"].size(), 2u);
}

TEST(InspectCliTest, MissingFileIsAnErrorWithExitCode2) {
    const CommandResult result = run_dipdiff({"inspect", "no/such/file.txt"});
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_THAT(result.err, HasSubstr("no/such/file.txt"));
}

TEST(InspectCliTest, FolderReportsEveryBadFileAndStillShowsTheGoodOnes) {
    TempDir dir;
    dir.write("corpus/a-good.txt", "party: Varenia\ndate: 2025-06-16\n\nThe talks were useful.\n");
    dir.write("corpus/b-bad-date.txt", "party: Varenia\ndate: June 31, 2025\n\nText.\n");
    dir.write("corpus/c-bad.json", "{\"party\": \"Varenia\", \"text\": \"x\",,}");
    const CommandResult result = run_dipdiff({"inspect", "--json", dir.path("corpus")});
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_THAT(result.err, HasSubstr("b-bad-date.txt:2:"));
    EXPECT_THAT(result.err, HasSubstr("June"));
    EXPECT_THAT(result.err, HasSubstr("c-bad.json:1:"));
    const json out = json::parse(result.out);
    ASSERT_EQ(out["statements"].size(), 1u);
    EXPECT_EQ(out["statements"][0]["id"], "a-good");
}

TEST(InspectCliTest, OutputFileIsWrittenAndNeverOverAnInput) {
    TempDir dir;
    const std::string input = dir.write("s.txt", "party: Varenia\ndate: 2025-06-16\n\nText here.\n");
    EXPECT_EQ(run_dipdiff({"inspect", "--json", input, "-o", dir.path("out.json")}).exit_code, 0);
    EXPECT_TRUE(json::accept(read_file(dir.path("out.json"))));
    const CommandResult over = run_dipdiff({"inspect", "--json", input, "-o", input});
    EXPECT_EQ(over.exit_code, 2);
    EXPECT_EQ(read_file(input), "party: Varenia\ndate: 2025-06-16\n\nText here.\n");
}

TEST(InspectCliTest, SameInputGivesByteIdenticalJson) {
    const CommandResult first = run_dipdiff({"inspect", "--json", "samples"});
    const CommandResult second = run_dipdiff({"inspect", "--json", "samples"});
    EXPECT_EQ(first.exit_code, 0) << first.err;
    EXPECT_EQ(first.out, second.out);
}

TEST(InspectCliTest, TerminalViewEscapesControlCharacters) {
    TempDir dir;
    const std::string path = dir.write("evil.txt", "party: Varenia\ndate: 2025-06-16\n\nWe agreed\x1b[2J today.\n");
    const CommandResult result = run_dipdiff({"inspect", "--color=never", path});
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_THAT(result.out, HasSubstr("\\x1b[2J"));
    EXPECT_EQ(result.out.find('\x1b'), std::string::npos);
}

}  // namespace
}  // namespace dipdiff
