#include "engine/transcript.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dipdiff {
namespace {

using ::testing::ElementsAre;

struct LabelCase {
    const char* line;
    const char* label;  // the label as written; nullptr when the line has none
    const char* speaker;
    bool question;
};

class SpeakerLabelTest : public ::testing::TestWithParam<LabelCase> {};

TEST_P(SpeakerLabelTest, ReadsLabelSpeakerAndQuestionFlag) {
    const LabelCase& c = GetParam();
    const std::string_view line = c.line;
    const auto label = match_speaker_label(line, "", LabelStyle::any);
    if (c.label == nullptr) {
        EXPECT_FALSE(label.has_value()) << "label found in: " << c.line;
        return;
    }
    ASSERT_TRUE(label.has_value()) << "no label in: " << c.line;
    EXPECT_EQ(label->span.of(line), c.label);
    EXPECT_EQ(label->speaker, c.speaker);
    EXPECT_EQ(label->question, c.question);
}

INSTANTIATE_TEST_SUITE_P(
    Lines, SpeakerLabelTest,
    ::testing::Values(
        LabelCase{"THE PRESIDENT: Good afternoon.", "THE PRESIDENT:", "The President", false},
        LabelCase{"MR. SULLIVAN: Thanks.", "MR. SULLIVAN:", "Mr. Sullivan", false},
        LabelCase{"PRESIDENT XI: (As interpreted.) Thank you.", "PRESIDENT XI:", "President Xi", false},
        LabelCase{"SECRETARY OF STATE ALVES: Yes.", "SECRETARY OF STATE ALVES:", "Secretary of State Alves",
                  false},
        LabelCase{"MS. O'BRIEN-HALL: Right.", "MS. O'BRIEN-HALL:", "Ms. O'Brien-Hall", false},
        LabelCase{"PRESIDENT MAREK (via interpreter): We agree.",
                  "PRESIDENT MAREK (via interpreter):", "President Marek", false},
        LabelCase{"MODERATOR: Next question.", "MODERATOR:", "Moderator", false},
        LabelCase{"QUESTION: Will you go?", "QUESTION:", "Question", true},
        LabelCase{"REPORTER: And the border?", "REPORTER:", "Reporter", true},
        LabelCase{"Q  Mr. President, when?", "Q", "Q", true}, LabelCase{"Q: When?", "Q:", "Q", true},
        LabelCase{"Q (Varenia Today): When?", "Q (Varenia Today):", "Q", true},
        LabelCase{"President Marek: We agree.", "President Marek:", "President Marek", false},
        LabelCase{"Ilse Brandt: Thank you.", "Ilse Brandt:", "Ilse Brandt", false},
        LabelCase{"Question: What next?", "Question:", "Question", true},
        LabelCase{"Olga Petrova (Varenia Today): Madam President?",
                  "Olga Petrova (Varenia Today):", "Olga Petrova", true},
        LabelCase{"President Brandt (as interpreted): Yes.",
                  "President Brandt (as interpreted):", "President Brandt", false},
        LabelCase{"Anna van der Berg: Indeed.", "Anna van der Berg:", "Anna van der Berg", false},
        LabelCase{"ПУТИН: Спасибо.", "ПУТИН:", "Путин", false},
        LabelCase{"Вопрос: Когда?", "Вопрос:", "Вопрос", true},
        LabelCase{"记者：会谈何时举行？", "记者：", "记者", true},
        LabelCase{"汪发言人：谢谢。", "汪发言人：", "汪发言人", false},
        // Never labels.
        LabelCase{"WASHINGTON, Dec. 7, 2021 \u2014 The talks began.", nullptr, nullptr, false},
        LabelCase{"Asked about trade, Marek said: no comment.", nullptr, nullptr, false},
        LabelCase{"Note: the transcript is unofficial.", nullptr, nullptr, false},
        LabelCase{"NOTE: Embargoed until noon.", nullptr, nullptr, false},
        LabelCase{"Subject: Talks", nullptr, nullptr, false},
        LabelCase{"In Brussels: talks resumed.", nullptr, nullptr, false},
        LabelCase{"Ladies and Gentlemen: welcome.", nullptr, nullptr, false},
        LabelCase{"THE VERY LONG LIST OF SEVEN WORDS: text", nullptr, nullptr, false},
        LabelCase{"The meeting began at 12:30 sharp.", nullptr, nullptr, false},
        LabelCase{"Queen Anne Street was closed.", nullptr, nullptr, false},
        LabelCase{"Q and A session follows.", nullptr, nullptr, false},
        LabelCase{"他说：我们同意。", nullptr, nullptr, false},
        LabelCase{"the president: lower case", nullptr, nullptr, false}));

TEST(TranscriptTest, MixedCaseLabelsNeedTheTranscriptStyle) {
    EXPECT_FALSE(match_speaker_label("President Marek: We agree.", "", LabelStyle::all_caps).has_value());
    EXPECT_TRUE(match_speaker_label("PRESIDENT MAREK: We agree.", "", LabelStyle::all_caps).has_value());
}

TEST(TranscriptTest, LabelAloneOnItsLineNeedsTextOnTheNextLine) {
    EXPECT_TRUE(match_speaker_label("THE PRESIDENT:", "Thank you.", LabelStyle::any).has_value());
    EXPECT_FALSE(match_speaker_label("THE PRESIDENT:", "", LabelStyle::any).has_value());
    EXPECT_FALSE(match_speaker_label("Q", "  ", LabelStyle::any).has_value());
    EXPECT_TRUE(match_speaker_label("Q", "Mr. President?", LabelStyle::any).has_value());
}

TEST(TranscriptTest, FindsLabelsAtLineStartsWithOffsets) {
    const std::string text = "Title line\n  THE PRESIDENT: Hello.\nQ  When?\nBut not here: no.\n";
    const auto labels = find_speaker_labels(text, Genre::press_conference);
    ASSERT_EQ(labels.size(), 2u);
    EXPECT_EQ(labels[0].span.of(text), "THE PRESIDENT:");
    EXPECT_EQ(labels[0].span.start, 13u);
    EXPECT_EQ(labels[1].span.of(text), "Q");
}

TEST(TranscriptTest, OutsideTranscriptGenresOnlyTwoOrMoreAllCapsLabelsCount) {
    EXPECT_TRUE(find_speaker_labels("BRUSSELS: Ministers met.\nThey agreed.", Genre::article).empty());
    EXPECT_TRUE(find_speaker_labels("Ilse Brandt: Yes.\nAldo Marek: No.", Genre::readout).empty());
    EXPECT_EQ(find_speaker_labels("MR. ALVES: Yes.\nMS. BRANDT: No.", Genre::readout).size(), 2u);
    EXPECT_EQ(find_speaker_labels("Ilse Brandt: Yes.", Genre::interview).size(), 1u);
}

TEST(TranscriptTest, RecognisesStageDirections) {
    for (const char* inner : {"Laughter.", "LAUGHTER", "Applause.", "As interpreted.", "as interpreted",
                              "Via interpreter.", "via interpreter", "Inaudible.", "Crosstalk.", "in Russian",
                              "speaks in Chinese", "Speaks in Varenian", "Смех в зале.", "笑声"})
        EXPECT_TRUE(is_stage_direction(inner)) << inner;
    for (const char* inner : {"in Washington", "2021", "Varenia Today", "sic", "see Annex 2", ""})
        EXPECT_FALSE(is_stage_direction(inner)) << inner;
}

TEST(TranscriptTest, FindsStageDirectionsOutsideLabels) {
    const std::string text =
        "PRESIDENT MAREK (via interpreter): Yes. (Laughter.)\n(Applause). We went on [inaudible] later (in "
        "2021).";
    const std::vector<Span> labels{{0, 34}};
    std::vector<std::string> found;
    for (const Span span : find_stage_directions(text, labels)) found.emplace_back(span.of(text));
    EXPECT_THAT(found, ElementsAre("(Laughter.)", "(Applause).", "[inaudible]"));
}

TEST(TranscriptTest, ReadableSpeakerTitleCasesAllCapsNames) {
    EXPECT_EQ(readable_speaker("THE PRESIDENT"), "The President");
    EXPECT_EQ(readable_speaker("MINISTER  JEAN-LUC ALVES"), "Minister Jean-Luc Alves");
    EXPECT_EQ(readable_speaker("Ilse Brandt"), "Ilse Brandt");
    EXPECT_EQ(readable_speaker("ГОСПОДИН ПЕТРОВ"), "Господин Петров");
}

}  // namespace
}  // namespace dipdiff
