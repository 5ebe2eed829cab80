#include "engine/diagnostic.hpp"
#include "engine/statement.hpp"
#include "engine/term_pool.hpp"

#include <gtest/gtest.h>

namespace dipdiff {
namespace {

TEST(StatementTest, GenreNamesRoundTrip) {
    for (Genre g : {Genre::readout, Genre::press_conference, Genre::joint_statement, Genre::speech,
                    Genre::briefing, Genre::interview, Genre::article, Genre::other}) {
        auto parsed = parse_genre(genre_name(g));
        ASSERT_TRUE(parsed.has_value()) << genre_name(g);
        EXPECT_EQ(*parsed, g);
    }
    EXPECT_EQ(parse_genre("Press Conference"), Genre::press_conference);
    EXPECT_EQ(parse_genre("transcript"), Genre::press_conference);
    EXPECT_FALSE(parse_genre("poem").has_value());
}

TEST(StatementTest, FilePositionCountsLinesFromTextStartAndColumnsInCharacters) {
    Statement s;
    s.text = "First line\nСлово x";
    s.text_first_line = 5;
    EXPECT_EQ(s.file_position(0), std::make_pair(5, 1));
    EXPECT_EQ(s.file_position(11), std::make_pair(6, 1));
    // "Слово " is 6 characters in 11 bytes: 'x' is column 7.
    EXPECT_EQ(s.file_position(11 + 11), std::make_pair(6, 7));
}

TEST(StatementTest, AnalysisTextMapsSpansBackToOriginalBytes) {
    AnalysisText view;
    view.text = "bold";            // from "**bold**"
    view.origin = {2, 3, 4, 5};
    EXPECT_EQ(view.to_original({0, 4}), (Span{2, 6}));
    AnalysisText identity;
    identity.text = "plain";
    EXPECT_EQ(identity.to_original({1, 3}), (Span{1, 3}));
}

TEST(StatementTest, GuessesLanguageFromScript) {
    EXPECT_EQ(guess_language("The talks were constructive."), "en");
    EXPECT_EQ(guess_language("Переговоры были конструктивными."), "ru");
    EXPECT_EQ(guess_language("双方进行了建设性的会谈。"), "zh");
}

TEST(DiagnosticTest, FormatsPathLineColumnMessageAndExpectation) {
    Diagnostic d;
    d.path = "samples/x.txt";
    d.line = 3;
    d.column = 7;
    d.message = "date 'June 31, 2021' is not a day of June";
    d.expected = "a real calendar date";
    EXPECT_EQ(d.format(),
              "samples/x.txt:3:7: error: date 'June 31, 2021' is not a day of June \u2014 a real calendar date");
}

TEST(TermPoolTest, InternsToDenseStableIds) {
    TermPool pool;
    EXPECT_EQ(pool.intern("talks"), 0u);
    EXPECT_EQ(pool.intern("summit"), 1u);
    EXPECT_EQ(pool.intern("talks"), 0u);
    EXPECT_EQ(pool.text(1), "summit");
    EXPECT_EQ(pool.size(), 2u);
}

}  // namespace
}  // namespace dipdiff
