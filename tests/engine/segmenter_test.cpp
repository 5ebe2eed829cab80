#include "engine/segmenter.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <stdexcept>
#include <string>
#include <vector>

#include "engine/diagnostic.hpp"

namespace dipdiff {
namespace {

using ::testing::ElementsAre;

Statement plain(std::string text, std::string language = "en", Genre genre = Genre::readout) {
    Statement statement;
    statement.text = std::move(text);
    statement.language = std::move(language);
    statement.genre = genre;
    use_plain_analysis_text(statement);
    return statement;
}

std::vector<std::string> sentence_texts(const Document& document) {
    std::vector<std::string> out;
    for (const Sentence& s : document.sentences) out.emplace_back(s.span.of(document.statement->text));
    return out;
}

std::vector<std::string> paragraph_texts(const Document& document) {
    std::vector<std::string> out;
    for (const Paragraph& p : document.paragraphs) out.emplace_back(p.span.of(document.statement->text));
    return out;
}

std::vector<std::string> token_texts(const Document& document, std::size_t sentence) {
    std::vector<std::string> out;
    const Sentence& s = document.sentences.at(sentence);
    for (auto t = document.sentence_tokens_begin(s); t != document.sentence_tokens_end(s); ++t)
        out.emplace_back(t->span.of(document.statement->text));
    return out;
}

std::vector<std::string> norms(const Document& document, const TermPool& pool) {
    std::vector<std::string> out;
    for (const Token& t : document.tokens) out.emplace_back(pool.text(t.norm));
    return out;
}

const Token& token_spelled(const Document& document, std::string_view text) {
    for (const Token& t : document.tokens)
        if (t.span.of(document.statement->text) == text) return t;
    throw std::logic_error("no token " + std::string(text));
}

// Spans lie in the text, in order, without overlap; tokens lie in their
// sentence, sentences in their paragraph, and sentences own consecutive tokens.
void expect_well_formed(const Document& document) {
    const auto size = static_cast<std::uint32_t>(document.statement->text.size());
    std::uint32_t previous_end = 0;
    for (const Paragraph& p : document.paragraphs) {
        EXPECT_LE(previous_end, p.span.start);
        EXPECT_LT(p.span.start, p.span.end);
        EXPECT_LE(p.span.end, size);
        previous_end = p.span.end;
    }
    std::uint32_t next_token = 0;
    previous_end = 0;
    for (const Sentence& s : document.sentences) {
        ASSERT_GE(s.paragraph, 0);
        ASSERT_LT(static_cast<std::size_t>(s.paragraph), document.paragraphs.size());
        const Span paragraph = document.paragraphs[static_cast<std::size_t>(s.paragraph)].span;
        EXPECT_LE(paragraph.start, s.span.start);
        EXPECT_LE(s.span.end, paragraph.end);
        EXPECT_LE(previous_end, s.span.start);
        EXPECT_LT(s.span.start, s.span.end);
        previous_end = s.span.end;
        EXPECT_EQ(s.first_token, next_token);
        EXPECT_GT(s.token_count, 0u);
        next_token = s.first_token + s.token_count;
        std::uint32_t token_end = s.span.start;
        for (auto t = document.sentence_tokens_begin(s); t != document.sentence_tokens_end(s); ++t) {
            EXPECT_LE(token_end, t->span.start);
            EXPECT_LT(t->span.start, t->span.end);
            EXPECT_LE(t->span.end, s.span.end);
            token_end = t->span.end;
        }
        if (s.token_count > 0) {
            EXPECT_EQ(document.sentence_tokens_begin(s)->span.start, s.span.start);
            EXPECT_EQ((document.sentence_tokens_end(s) - 1)->span.end, s.span.end);
        }
    }
    EXPECT_EQ(next_token, document.tokens.size());
}

class SegmenterTest : public ::testing::Test {
protected:
    Document segment(const Statement& statement, const SegmentOptions& options = {}) {
        Document document = m_segmenter.segment(statement, options);
        expect_well_formed(document);
        return document;
    }

    std::vector<std::string> sentences_of(const Statement& statement) {
        return sentence_texts(segment(statement));
    }

    TermPool m_pool;
    Segmenter m_segmenter{m_pool};
};

TEST_F(SegmenterTest, HardWrappedLineIsNotASentenceBoundary) {
    const Statement s = plain(
        "The talks between Varenia and the Kestrel\n"
        "Federation were constructive. Both sides\r\n"
        "agreed to meet again in Ostrava.\n");
    const Document d = segment(s);
    EXPECT_THAT(paragraph_texts(d), ElementsAre("The talks between Varenia and the Kestrel\n"
                                                "Federation were constructive. Both sides\r\n"
                                                "agreed to meet again in Ostrava."));
    EXPECT_THAT(sentence_texts(d),
                ElementsAre("The talks between Varenia and the Kestrel\nFederation were constructive.",
                            "Both sides\r\nagreed to meet again in Ostrava."));
}

TEST_F(SegmenterTest, BlankLinesSeparateParagraphs) {
    const Statement s =
        plain("  President Marek arrived.\n \t \nThe talks began.\n\n\n  They ended late.  \n");
    const Document d = segment(s);
    EXPECT_THAT(paragraph_texts(d),
                ElementsAre("President Marek arrived.", "The talks began.", "They ended late."));
    ASSERT_EQ(d.sentences.size(), 3u);
    EXPECT_EQ(d.sentences[0].paragraph, 0);
    EXPECT_EQ(d.sentences[1].paragraph, 1);
    EXPECT_EQ(d.sentences[2].paragraph, 2);
    EXPECT_EQ(d.paragraphs[2].turn, -1);
}

TEST_F(SegmenterTest, UnwrappedLongLinesAreParagraphsEachWithoutBlankLines) {
    const std::string first(120, 'a');
    const Statement s = plain("Talks opened. " + first + ".\nThe second paragraph is short.");
    EXPECT_THAT(paragraph_texts(segment(s)),
                ElementsAre("Talks opened. " + first + ".", "The second paragraph is short."));
}

TEST_F(SegmenterTest, TitlesDatesAndNumberSignsDoNotEndSentences) {
    EXPECT_THAT(
        sentences_of(
            plain("Mr. Marek met Dr. Brandt and Gen. Alves on Dec. 7, 2021. "
                  "Resolution No. 12 was adopted. They spoke of Resolution No. 12. Then they left.")),
        ElementsAre("Mr. Marek met Dr. Brandt and Gen. Alves on Dec. 7, 2021.",
                    "Resolution No. 12 was adopted.", "They spoke of Resolution No. 12.", "Then they left."));
}

TEST_F(SegmenterTest, AcronymEndsSentenceOnlyBeforeACommonSentenceStarter) {
    EXPECT_THAT(
        sentences_of(plain("Marek flew to the U.S. The talks began at once. "
                           "The U.S. President Ilse Brandt agreed. Ostrava and the U.K. We disagree.")),
        ElementsAre("Marek flew to the U.S.", "The talks began at once.",
                    "The U.S. President Ilse Brandt agreed.", "Ostrava and the U.K.", "We disagree."));
}

TEST_F(SegmenterTest, InitialsDoNotEndSentences) {
    EXPECT_THAT(sentences_of(plain(
                    "Aldo J. Marek spoke first. A. Brandt replied. They met at Gate B. The rest waited.")),
                ElementsAre("Aldo J. Marek spoke first.", "A. Brandt replied.", "They met at Gate B.",
                            "The rest waited."));
}

TEST_F(SegmenterTest, LatinAbbreviationsAndTimesFollowedByLowerCaseDoNotEndSentences) {
    EXPECT_THAT(
        sentences_of(plain("Several issues, e.g. trade, remain. Talks began at 9 a.m. and ended at noon. "
                           "Energy, water etc. were discussed. Varenia vs. Kestrel was the theme.")),
        ElementsAre("Several issues, e.g. trade, remain.", "Talks began at 9 a.m. and ended at noon.",
                    "Energy, water etc. were discussed.", "Varenia vs. Kestrel was the theme."));
}

TEST_F(SegmenterTest, DecimalsYearsAndTimesDoNotSplit) {
    EXPECT_THAT(sentences_of(plain("Trade grew by 3.5 percent in 2021. The session opened at 18.30 sharp.")),
                ElementsAre("Trade grew by 3.5 percent in 2021.", "The session opened at 18.30 sharp."));
}

TEST_F(SegmenterTest, ClosingQuoteBelongsToTheSentenceItEnds) {
    EXPECT_THAT(sentences_of(plain("\u201CWe agreed.\u201D He left.")),
                ElementsAre("\u201CWe agreed.\u201D", "He left."));
}

TEST_F(SegmenterTest, QuotationWithAttributionIsOneSentence) {
    EXPECT_THAT(
        sentences_of(plain("\u201CWe agreed,\u201D he said. \u201CIs it?\u201D she asked. "
                           "\u201CWhy now?\u201D Marek asked. \u201CNo!\u201D The crowd fell silent.")),
        ElementsAre("\u201CWe agreed,\u201D he said.", "\u201CIs it?\u201D she asked.",
                    "\u201CWhy now?\u201D Marek asked.", "\u201CNo!\u201D", "The crowd fell silent."));
}

TEST_F(SegmenterTest, DashesAndEllipsesFollowedByLowerCaseDoNotSplit) {
    EXPECT_THAT(
        sentences_of(plain("The talks stalled \u2014 again \u2014 on Friday. He waited\u2026 and then left. "
                           "They paused... and went on.")),
        ElementsAre("The talks stalled \u2014 again \u2014 on Friday.", "He waited\u2026 and then left.",
                    "They paused... and went on."));
}

TEST_F(SegmenterTest, EllipsisBeforeACapitalEndsASentenceInBothSpellings) {
    EXPECT_THAT(sentences_of(plain("He paused... Then he spoke. She paused\u2026 Then she left.")),
                ElementsAre("He paused...", "Then he spoke.", "She paused\u2026", "Then she left."));
}

TEST_F(SegmenterTest, ListNumberStaysWithItsItem) {
    EXPECT_THAT(sentences_of(plain("1. The parties agree to meet.\n\nIV. The parties will report.")),
                ElementsAre("1. The parties agree to meet.", "IV. The parties will report."));
}

TEST_F(SegmenterTest, RussianSentencesAndStems) {
    TermPool& pool = m_pool;
    const Statement s =
        plain("Переговоры прошли в конструктивном ключе. Стороны договорились о переговорах.", "ru");
    const Document d = segment(s);
    EXPECT_THAT(sentence_texts(d), ElementsAre("Переговоры прошли в конструктивном ключе.",
                                               "Стороны договорились о переговорах."));
    const Token& talks = token_spelled(d, "Переговоры");
    const Token& about_talks = token_spelled(d, "переговорах");
    EXPECT_EQ(pool.text(talks.norm), "переговоры");
    EXPECT_EQ(talks.stem, about_talks.stem);
    EXPECT_EQ(pool.text(talks.stem), "переговор");
}

TEST_F(SegmenterTest, ChineseSplitsAfterFullStopsAndTokenizesWords) {
    const Statement s = plain("双方进行了坦率的会谈。会谈是建设性的！“我们达成了共识。”", "zh");
    const Document d = segment(s);
    EXPECT_THAT(sentence_texts(d),
                ElementsAre("双方进行了坦率的会谈。", "会谈是建设性的！", "“我们达成了共识。”"));
    EXPECT_THAT(token_texts(d, 0), ElementsAre("双方", "进行", "了", "坦率", "的", "会谈", "。"));
    const Token& talks = token_spelled(d, "会谈");
    EXPECT_EQ(talks.kind, TokenKind::word);
    EXPECT_EQ(talks.stem, talks.norm);
    EXPECT_EQ(m_pool.text(token_spelled(d, "！").norm), "!");
}

TEST_F(SegmenterTest, TokensHaveNormalForms) {
    const Statement s =
        plain("Varenia\u2019s Talks \u2014 the \uFB01nal \u00ABround\u00BB in the U.S.\u2026");
    const Document d = segment(s);
    EXPECT_THAT(token_texts(d, 0), ElementsAre("Varenia\u2019s", "Talks", "\u2014", "the", "\uFB01nal",
                                               "\u00AB", "round", "\u00BB", "in", "the", "U.S.", "\u2026"));
    EXPECT_THAT(norms(d, m_pool), ElementsAre("varenia's", "talks", "-", "the", "final", "\"", "round", "\"",
                                              "in", "the", "u.s.", "..."));
}

TEST_F(SegmenterTest, TokenKindsAndPunctuationRuns) {
    const Statement s = plain("In 2021, G20 aid rose 3.5% to $2,400 -- a well-known fact...");
    const Document d = segment(s);
    EXPECT_THAT(token_texts(d, 0), ElementsAre("In", "2021", ",", "G20", "aid", "rose", "3.5", "%", "to", "$",
                                               "2,400", "--", "a", "well", "-", "known", "fact", "..."));
    EXPECT_EQ(token_spelled(d, "2021").kind, TokenKind::number);
    EXPECT_EQ(token_spelled(d, "G20").kind, TokenKind::word);
    EXPECT_EQ(token_spelled(d, "2,400").kind, TokenKind::number);
    EXPECT_EQ(token_spelled(d, "$").kind, TokenKind::symbol);
    EXPECT_EQ(token_spelled(d, "%").kind, TokenKind::punctuation);
    EXPECT_EQ(token_spelled(d, "...").kind, TokenKind::punctuation);
}

TEST_F(SegmenterTest, WordsHaveSnowballStemsAndOtherTokensTheirNormalForm) {
    const Statement s = plain("They agreed to agree, agreeing on an agreement; talks talked.");
    const Document d = segment(s);
    const auto stem_of = [&](std::string_view word) {
        return std::string(m_pool.text(token_spelled(d, word).stem));
    };
    EXPECT_EQ(stem_of("agreed"), "agre");
    EXPECT_EQ(stem_of("agree"), "agre");
    EXPECT_EQ(stem_of("agreeing"), "agre");
    EXPECT_EQ(stem_of("agreement"), "agreement");
    EXPECT_EQ(stem_of("talks"), "talk");
    EXPECT_EQ(stem_of("talked"), "talk");
    EXPECT_EQ(token_spelled(d, ";").stem, token_spelled(d, ";").norm);
}

TEST_F(SegmenterTest, SameSpellingGetsTheSameTermsAcrossStatements) {
    const Statement first = plain("Talks resumed.");
    const Statement second = plain("The talks resumed.");
    const Document a = segment(first);
    const Document b = segment(second);
    EXPECT_EQ(a.tokens[0].norm, b.tokens[1].norm);
    EXPECT_EQ(a.tokens[1].stem, b.tokens[2].stem);
}

TEST_F(SegmenterTest, MarkdownSpansPointAtOriginalBytes) {
    Statement s;
    s.text = "**Bold** text.";
    s.language = "en";
    s.analysis.text = "Bold text.";
    s.analysis.origin = {2, 3, 4, 5, 8, 9, 10, 11, 12, 13};
    const Document d = segment(s);
    ASSERT_EQ(d.sentences.size(), 1u);
    EXPECT_EQ(d.sentences[0].span, (Span{2, 14}));
    EXPECT_THAT(token_texts(d, 0), ElementsAre("Bold", "text", "."));
    EXPECT_THAT(paragraph_texts(d), ElementsAre("Bold** text."));
    EXPECT_EQ(m_pool.text(d.tokens[0].norm), "bold");
}

TEST_F(SegmenterTest, RejectsAnOriginMapOfTheWrongLength) {
    Statement s;
    s.text = "**Bold**";
    s.analysis.text = "Bold";
    s.analysis.origin = {2, 3, 4};
    EXPECT_THROW(m_segmenter.segment(s), std::invalid_argument);
}

TEST_F(SegmenterTest, EmptyAndBlankTextsGiveEmptyDocuments) {
    for (const char* text : {"", "   \n\n\t", "(Laughter.)"}) {
        const Statement s = plain(text);
        const Document d = segment(s);
        EXPECT_TRUE(d.paragraphs.empty()) << text;
        EXPECT_TRUE(d.sentences.empty()) << text;
        EXPECT_TRUE(d.tokens.empty()) << text;
    }
}

TEST_F(SegmenterTest, SentencesStartAndEndAtTokensNotAtInvisibleCharacters) {
    EXPECT_THAT(sentences_of(plain("\uFEFFTalks resumed.\u200B Both sides agreed.\u00A0")),
                ElementsAre("Talks resumed.", "Both sides agreed."));
}

TEST_F(SegmenterTest, ReadsStatementTextWhenAnalysisViewIsEmpty) {
    Statement s;
    s.text = "Talks resumed. They ended.";
    s.language = "en";
    EXPECT_THAT(sentences_of(s), ElementsAre("Talks resumed.", "They ended."));
}

TEST_F(SegmenterTest, GuessesLanguageForStemsWhenNoneIsGiven) {
    const Statement s = plain("Стороны провели переговоры.", "");
    const Document d = segment(s);
    EXPECT_EQ(m_pool.text(token_spelled(d, "переговоры").stem), "переговор");
}

TEST_F(SegmenterTest, LanguageTagWithRegionUsesItsLanguage) {
    const Statement s = plain("The talks continued.", "en-GB");
    const Document d = segment(s);
    EXPECT_EQ(m_pool.text(token_spelled(d, "talks").stem), "talk");
}

constexpr const char* k_press_conference =
    "Joint Press Conference of President Marek and President Brandt\n"
    "\n"
    "THE PRESIDENT: Good afternoon. Thank you all for coming.\n"
    "(Laughter.)\n"
    "We had a long day.\n"
    "\n"
    "PRESIDENT BRANDT: (As interpreted.) Thank you, Mr. President. The talks were\n"
    "constructive.\n"
    "\n"
    "Q  Mr. President, will Varenia lift the tariffs? And when?\n"
    "THE PRESIDENT: We will see. (Laughter.) Next question.\n"
    "MR. SULLIVAN: One more thing.\n"
    "\n"
    "(Applause.)\n";

TEST_F(SegmenterTest, PressConferenceHasTurnsSpeakersQuestionsAndNoStageDirectionsInSentences) {
    const Statement s = plain(k_press_conference, "en", Genre::press_conference);
    const Document d = segment(s);

    ASSERT_EQ(d.turns.size(), 5u);
    const std::vector<std::string> speakers{d.turns[0].speaker, d.turns[1].speaker, d.turns[2].speaker,
                                            d.turns[3].speaker, d.turns[4].speaker};
    EXPECT_THAT(speakers,
                ElementsAre("The President", "President Brandt", "Q", "The President", "Mr. Sullivan"));
    EXPECT_EQ(d.turns[1].label.of(s.text), "PRESIDENT BRANDT:");
    EXPECT_EQ(d.turns[2].label.of(s.text), "Q");
    EXPECT_EQ(d.turns[2].span.of(s.text), "Q  Mr. President, will Varenia lift the tariffs? And when?");
    EXPECT_EQ(d.turns[4].span.of(s.text), "MR. SULLIVAN: One more thing.\n\n(Applause.)");
    EXPECT_FALSE(d.turns[0].question);
    EXPECT_TRUE(d.turns[2].question);

    EXPECT_THAT(
        sentence_texts(d),
        ElementsAre("Joint Press Conference of President Marek and President Brandt", "Good afternoon.",
                    "Thank you all for coming.", "We had a long day.", "Thank you, Mr. President.",
                    "The talks were\nconstructive.", "Mr. President, will Varenia lift the tariffs?",
                    "And when?", "We will see.", "Next question.", "One more thing."));
    std::vector<bool> questions;
    for (const Sentence& sentence : d.sentences) questions.push_back(sentence.question);
    EXPECT_THAT(questions,
                ElementsAre(false, false, false, false, false, false, true, true, false, false, false));

    std::vector<int> turns;
    for (const Paragraph& p : d.paragraphs) turns.push_back(p.turn);
    EXPECT_THAT(turns, ElementsAre(-1, 0, 1, 2, 3, 4));

    std::vector<std::string> directions;
    for (const StageDirection& sd : d.stage_directions) directions.emplace_back(sd.span.of(s.text));
    EXPECT_THAT(directions,
                ElementsAre("THE PRESIDENT:", "(Laughter.)", "PRESIDENT BRANDT:", "(As interpreted.)", "Q",
                            "THE PRESIDENT:", "(Laughter.)", "MR. SULLIVAN:", "(Applause.)"));
    for (const Token& t : d.tokens)
        for (const StageDirection& sd : d.stage_directions)
            EXPECT_FALSE(t.span.start < sd.span.end && sd.span.start < t.span.end) << t.span.of(s.text);
}

TEST_F(SegmenterTest, TurnsAreNotDetectedWhenSwitchedOff) {
    const Statement s = plain(k_press_conference, "en", Genre::press_conference);
    SegmentOptions options;
    options.detect_turns = false;
    const Document d = segment(s, options);
    EXPECT_TRUE(d.turns.empty());
    EXPECT_EQ(d.sentences[1].span.of(s.text), "THE PRESIDENT: Good afternoon.");
}

TEST_F(SegmenterTest, ASingleAllCapsLabelOutsideTranscriptsIsNoTurn) {
    const Statement s = plain("BRUSSELS: The ministers met on Friday.\nThey agreed on a plan.");
    const Document d = segment(s);
    EXPECT_TRUE(d.turns.empty());
    EXPECT_THAT(sentence_texts(d),
                ElementsAre("BRUSSELS: The ministers met on Friday.", "They agreed on a plan."));
}

TEST_F(SegmenterTest, InterviewWithMixedCaseLabelsAndAnOutlet) {
    const Statement s = plain(
        "Olga Petrova (Varenia Today): Madam President, what comes next?\n"
        "President Brandt: We keep talking.\n",
        "en", Genre::interview);
    const Document d = segment(s);
    ASSERT_EQ(d.turns.size(), 2u);
    EXPECT_EQ(d.turns[0].speaker, "Olga Petrova");
    EXPECT_TRUE(d.turns[0].question);
    EXPECT_EQ(d.turns[1].speaker, "President Brandt");
    EXPECT_FALSE(d.turns[1].question);
    EXPECT_THAT(sentence_texts(d), ElementsAre("Madam President, what comes next?", "We keep talking."));
}

TEST_F(SegmenterTest, PublicNormalizeAndStemMatchTokenTerms) {
    EXPECT_EQ(m_segmenter.normalize("\u201CTalks\u201D"), "\"talks\"");
    EXPECT_EQ(m_segmenter.stem("negotiations", "en"), "negoti");
    EXPECT_EQ(m_segmenter.stem("会谈", "zh"), "会谈");
}

}  // namespace
}  // namespace dipdiff
