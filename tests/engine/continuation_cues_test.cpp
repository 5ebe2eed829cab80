#include "engine/continuation_cues.hpp"

#include <gtest/gtest.h>

#include <string>

#include "engine/segmenter.hpp"

namespace dipdiff {
namespace {

struct CueCase {
    const char* text;
    bool continues;
};

class ContinuationCuesTest : public ::testing::TestWithParam<CueCase> {};

TEST_P(ContinuationCuesTest, FirstSentence) {
    const CueCase& c = GetParam();
    TermPool terms;
    Segmenter segmenter(terms);
    const ContinuationCues cues(terms);
    Statement statement;
    statement.text = c.text;
    statement.language = "en";
    use_plain_analysis_text(statement);
    const Document document = segmenter.segment(statement);
    ASSERT_FALSE(document.sentences.empty());
    EXPECT_EQ(cues.continues(document, document.sentences[0]), c.continues) << c.text;
}

INSTANTIATE_TEST_SUITE_P(
    ContinuationCues, ContinuationCuesTest,
    ::testing::Values(CueCase{"It also covers the joint financing of the grid connection.", true},
                      CueCase{"It was agreed that the ministers would meet in April.", true},
                      CueCase{"They have not.", true}, CueCase{"This matters for the whole continent.", true},
                      CueCase{"These talks will continue.", true},
                      CueCase{"Such tests endanger everyone.", true}, CueCase{"Both leaders agreed.", true},
                      CueCase{"She said their families have waited far too long.", true},
                      CueCase{"He added that the court will decide.", true},
                      CueCase{"\u201cThis is not acceptable,\u201d Rudd said.", true},
                      CueCase{"The leaders also agreed on a timetable.", true},
                      CueCase{"The two sides discussed the issue at length.", true},
                      CueCase{"The ministers returned to the matter.", true},
                      CueCase{"In this regard, the ministers agreed to meet again.", true},
                      CueCase{"To that end, experts will meet in May.", true},
                      CueCase{"The experts will work on that basis.", true},
                      CueCase{"He urged Talmar to stop such destructive tests.", true},
                      CueCase{"Experts will meet in May, and also in June.", false},
                      CueCase{"Experts will meet in May \u2014 and this is new.", false},
                      CueCase{"The Merrow\u2013Halden line also opens.", true},
                      CueCase{"Ostrava depends on pipelines that cross the border.", false},
                      CueCase{"The ministers thanked their hosts.", false},
                      CueCase{"Italy was represented.", false},
                      CueCase{"Issues of mutual interest were discussed.", false}));

}  // namespace
}  // namespace dipdiff
