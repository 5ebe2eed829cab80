#include "engine/attribution.hpp"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

namespace dipdiff {
namespace {

// Builds a Document by hand the way the segmenter would: paragraphs separated by a
// blank line, sentences separated by one space, each with its exact span. A turn
// paragraph starts with its label, recorded as a stage direction.
class DocumentBuilder {
public:
    DocumentBuilder() : m_statement(std::make_unique<Statement>()) {}

    Statement& statement() { return *m_statement; }

    DocumentBuilder& paragraph(std::vector<std::string> sentences) {
        return add(-1, "", std::move(sentences));
    }

    /// Opens a turn; paragraphs added with turn_paragraph() belong to it.
    DocumentBuilder& turn(std::string label, std::string speaker, bool question) {
        Turn t;
        t.speaker = std::move(speaker);
        t.question = question;
        m_turns.push_back(std::move(t));
        m_labels.push_back(std::move(label));
        m_label_pending = true;
        return *this;
    }

    DocumentBuilder& turn_paragraph(std::vector<std::string> sentences) {
        const int turn = static_cast<int>(m_turns.size()) - 1;
        std::string label = m_label_pending ? m_labels.back() : std::string();
        m_label_pending = false;
        return add(turn, std::move(label), std::move(sentences));
    }

    /// Marks sentence `index` as part of a journalist's question, as the segmenter does.
    DocumentBuilder& segmenter_question(std::size_t index) {
        m_questions.push_back(index);
        return *this;
    }

    Document build() {
        Statement& s = *m_statement;
        use_plain_analysis_text(s);
        Document document;
        document.statement = &s;
        document.paragraphs = m_paragraphs;
        document.sentences = m_sentences;
        document.stage_directions = m_stage;
        document.turns = m_turns;
        for (std::size_t q : m_questions) document.sentences.at(q).question = true;
        return document;
    }

    // Keeps the statement alive beyond the builder.
    std::unique_ptr<Statement> release() { return std::move(m_statement); }

private:
    DocumentBuilder& add(int turn, std::string label, std::vector<std::string> sentences) {
        std::string& text = m_statement->text;
        if (!text.empty()) text += "\n\n";
        const auto paragraph_start = static_cast<std::uint32_t>(text.size());
        if (!label.empty()) {
            text += label;
            m_stage.push_back({{paragraph_start, static_cast<std::uint32_t>(text.size())}});
            m_turns[static_cast<std::size_t>(turn)].label = m_stage.back().span;
            text += ' ';
        }
        const int paragraph_index = static_cast<int>(m_paragraphs.size());
        for (std::size_t i = 0; i < sentences.size(); ++i) {
            if (i > 0) text += ' ';
            Sentence sentence;
            sentence.span.start = static_cast<std::uint32_t>(text.size());
            text += sentences[i];
            sentence.span.end = static_cast<std::uint32_t>(text.size());
            sentence.paragraph = paragraph_index;
            m_sentences.push_back(std::move(sentence));
        }
        Paragraph p;
        p.span = {paragraph_start, static_cast<std::uint32_t>(text.size())};
        p.turn = turn;
        m_paragraphs.push_back(p);
        if (turn >= 0) {
            Turn& t = m_turns[static_cast<std::size_t>(turn)];
            if (t.span.empty()) t.span.start = paragraph_start;
            t.span.end = p.span.end;
        }
        return *this;
    }

    std::unique_ptr<Statement> m_statement;
    std::vector<Paragraph> m_paragraphs;
    std::vector<Sentence> m_sentences;
    std::vector<StageDirection> m_stage;
    std::vector<Turn> m_turns;
    std::vector<std::string> m_labels;
    std::vector<std::size_t> m_questions;
    bool m_label_pending = false;
};

// "attribution: speaker" per sentence, for readable comparisons.
std::vector<std::string> summary(const Document& document) {
    std::vector<std::string> out;
    for (const Sentence& s : document.sentences)
        out.push_back(std::string(attribution_name(s.attribution)) + ": " + s.speaker);
    return out;
}

DocumentBuilder news_report() {
    DocumentBuilder b;
    b.statement().genre = Genre::article;
    b.statement().party = "Republic of Varenia";
    b.statement().speaker = "Aldo Marek";  // the leader the report is about: never the narrator
    b.statement().metadata = {{"outlet", "Varenia Daily"}};
    return b;
}

TEST(AttributionTest, NamesAttributionKinds) {
    EXPECT_EQ(attribution_name(Attribution::narration), "narration");
    EXPECT_EQ(attribution_name(Attribution::paraphrase), "paraphrase");
    EXPECT_EQ(attribution_name(Attribution::quote), "quote");
}

TEST(AttributionTest, WireReportAfterSummit) {
    DocumentBuilder b = news_report();
    b.paragraph({"Leaders of Varenia and the Kestrel Federation met in Port Alden on Tuesday for their first "
                 "summit in six years."})
        .paragraph(
            {"President Aldo Marek of Varenia reported that the two Presidents had agreed to resume talks "
             "on river navigation."})
        .paragraph({"Marek, like Brandt, emphasized the tone of the meeting:"})
        .paragraph({"\u201CWe did not come here to repeat old grievances.",
                    "We came to find out whether our governments can still talk to each other."})
        .paragraph({"\u201CToday the answer is yes.", "The work starts tomorrow.\u201D"})
        .paragraph({"What comes next on this front?"})
        .paragraph({"The two leaders also discussed fishing quotas in the northern gulf, he reported."})
        .paragraph(
            {"He called the talks \u201Cfrank and candid,\u201D but in his view \u201Cproductive.\u201D"})
        .paragraph({"Asked whether the ceasefire along the border would hold, Marek answered: We had "
                    "\u201Cglimpses\u201D of trust."});
    Document d = b.build();
    attribute_sentences(d);
    EXPECT_EQ(summary(d), (std::vector<std::string>{
                              "narration: Varenia Daily",
                              "paraphrase: Aldo Marek",
                              "paraphrase: Aldo Marek",
                              "quote: Aldo Marek",
                              "quote: Aldo Marek",
                              "quote: Aldo Marek",
                              "quote: Aldo Marek",
                              "narration: Varenia Daily",
                              "paraphrase: Aldo Marek",
                              "paraphrase: Aldo Marek",
                              "paraphrase: Aldo Marek",
                          }));
    for (const Sentence& s : d.sentences) EXPECT_FALSE(s.question);
}

TEST(AttributionTest, OpeningQuoteWithLongAttributionIsStillAQuote) {
    DocumentBuilder b = news_report();
    b.paragraph({"\u201CNobody expected a breakthrough, and nobody got one,\u201D said Irena Voss, a senior fellow "
                 "at the Halvard Institute for Strategic Studies in the capital."})
        .paragraph({"She called the outcome \u201Cmodest\u201D in an interview with local television on Monday."});
    Document d = b.build();
    attribute_sentences(d);
    EXPECT_EQ(summary(d), (std::vector<std::string>{"quote: Irena Voss", "paraphrase: Irena Voss"}));
}

TEST(AttributionTest, TheLeaderRoleNounResolvesToTheLastNamedLeader) {
    DocumentBuilder b = news_report();
    b.paragraph({"Varenian President Aldo Marek said the talks had produced modest results."})
        .paragraph({"The Varenian leader described the atmosphere in guarded terms."})
        .paragraph({"A Kestrel official said the two questions were unrelated."});
    Document d = b.build();
    attribute_sentences(d);
    const std::vector<std::string> got = summary(d);
    ASSERT_EQ(got.size(), 3u);
    EXPECT_EQ(got[0], "paraphrase: Aldo Marek");
    EXPECT_EQ(got[1], "paraphrase: Aldo Marek");
    // An unnamed official is not the leader named before.
    EXPECT_NE(got[2], "paraphrase: Aldo Marek");
}

TEST(AttributionTest, ApostrophesNeverOpenQuotes) {
    DocumentBuilder b = news_report();
    b.paragraph(
        {"Varenia\u2019s delegation said it didn\u2019t expect a treaty before the \u201990s-era accords "
         "expire.",
         "Let\u2019s be clear about the leaders\u2019 mandate, the editorial board wrote."});
    Document d = b.build();
    attribute_sentences(d);
    EXPECT_EQ(summary(d), (std::vector<std::string>{"paraphrase: Varenia\u2019s delegation",
                                                    "narration: Varenia Daily"}));
}

TEST(AttributionTest, UnbalancedQuoteEndsWithItsParagraph) {
    DocumentBuilder b = news_report();
    b.paragraph(
         {"Officials described the mood in Port Alden after the final session as \u201Ccautiously hopeful."})
        .paragraph({"Trade ministers of both states will meet again in March to discuss tariffs."});
    Document d = b.build();
    attribute_sentences(d);
    EXPECT_EQ(summary(d), (std::vector<std::string>{"paraphrase: Officials", "narration: Varenia Daily"}));
}

TEST(AttributionTest, UnclosedQuoteAtParagraphEndIsStillAQuote) {
    DocumentBuilder b = news_report();
    b.paragraph({"Brandt was blunt: \u201CWe expected far more from this round of talks."})
        .paragraph({"The summit closed without a joint statement."});
    Document d = b.build();
    attribute_sentences(d);
    // The colon introduces Brandt's words; the quote region does not reach the next paragraph.
    EXPECT_EQ(summary(d), (std::vector<std::string>{"quote: Brandt", "narration: Varenia Daily"}));
}

TEST(AttributionTest, SentenceEndingWithColonIntroducesTheNextQuote) {
    DocumentBuilder b = news_report();
    b.paragraph({"Kestrel President Ilse Brandt spoke last.", "Asked about the border, Brandt was firm:"})
        .paragraph({"“No line on any map will be redrawn by force.”"})
        .paragraph({"The joint statement reads:"})
        .paragraph({"“The parties will meet again within ninety days.”"});
    Document d = b.build();
    attribute_sentences(d);
    EXPECT_EQ(summary(d), (std::vector<std::string>{
                              "narration: Varenia Daily",
                              "narration: Varenia Daily",
                              "quote: Ilse Brandt",
                              "narration: Varenia Daily",
                              // No one is named before the colon: the last named speaker.
                              "quote: Ilse Brandt",
                          }));
}

TEST(AttributionTest, StraightQuotesWithInvertedAttribution) {
    DocumentBuilder b = news_report();
    b.paragraph({"Kestrel President Ilse Brandt arrived in Port Alden on Monday evening."})
        .paragraph({"\"We are here to listen before we speak,\" said Brandt.",
                    "\"Nothing is agreed until everything is agreed,\" she added.",
                    "The delegation brought a 12\" model of the new bridge."});
    Document d = b.build();
    attribute_sentences(d);
    EXPECT_EQ(summary(d), (std::vector<std::string>{
                              "narration: Varenia Daily",
                              "quote: Ilse Brandt",
                              "quote: Ilse Brandt",
                              "narration: Varenia Daily",
                          }));
}

TEST(AttributionTest, QuoteTakesSpeakerFromFollowingBareAttribution) {
    DocumentBuilder b = news_report();
    b.paragraph({"Foreign Minister Lena Varga of Kestrel spoke to reporters after the session."})
        .paragraph({"\u201CWe will not sign a text we have not read.\u201D", "Varga said on Tuesday."});
    Document d = b.build();
    attribute_sentences(d);
    EXPECT_EQ(summary(d), (std::vector<std::string>{
                              "narration: Varenia Daily",
                              "quote: Lena Varga",
                              "paraphrase: Lena Varga",
                          }));
}

TEST(AttributionTest, OrganisationsAndRoleNounsSpeak) {
    DocumentBuilder b = news_report();
    b.paragraph({"The Kestrel Foreign Ministry said the talks would continue in April.",
                 "Later the ministry noted a rise in river traffic.",
                 "According to Varenian officials, the draft runs to forty pages.",
                 "Both sides say the deadline is realistic."});
    Document d = b.build();
    attribute_sentences(d);
    EXPECT_EQ(summary(d), (std::vector<std::string>{
                              "paraphrase: Kestrel Foreign Ministry",
                              "paraphrase: Kestrel Foreign Ministry",
                              "paraphrase: Varenian officials",
                              "paraphrase: Both sides",
                          }));
}

TEST(AttributionTest, RoleNounsAndParentheticalsResolveToIntroducedPeople) {
    DocumentBuilder b = news_report();
    b.paragraph({"Kestrel Foreign Minister Lena Varga told reporters the talks had been useful.",
                 "Ilse Brandt, who chaired the closing session, said the river would stay open.",
                 "The foreign minister later stressed that nothing was signed.",
                 "Varga, speaking in Port Alden, warned against haste."});
    Document d = b.build();
    attribute_sentences(d);
    EXPECT_EQ(summary(d), (std::vector<std::string>{
                              "paraphrase: Lena Varga",
                              "paraphrase: Ilse Brandt",
                              "paraphrase: Lena Varga",
                              "paraphrase: Lena Varga",
                          }));
}

TEST(AttributionTest, AnonymousPronounsAndNonVerbsStayNarration) {
    DocumentBuilder b;
    b.statement().genre = Genre::readout;
    b.statement().party = "Republic of Varenia";
    b.statement().speaker = "Office of the President";
    b.paragraph({"We noted with concern the build-up of forces along the border.",
                 "The said treaty remains in force.", "The so-called corridor plan was not discussed.",
                 "It was reported that the corridor will reopen."});
    Document d = b.build();
    attribute_sentences(d);
    EXPECT_EQ(summary(d), (std::vector<std::string>{
                              "narration: Office of the President",
                              "narration: Office of the President",
                              "narration: Office of the President",
                              "narration: Office of the President",
                          }));
}

TEST(AttributionTest, ReadoutPronounWithoutAntecedentIsTheStatementSpeaker) {
    DocumentBuilder b;
    b.statement().genre = Genre::readout;
    b.statement().speaker = "President Aldo Marek";
    b.paragraph({"He stressed that the river belongs to both nations."});
    Document d = b.build();
    attribute_sentences(d);
    EXPECT_EQ(summary(d), (std::vector<std::string>{"paraphrase: President Aldo Marek"}));
}

TEST(AttributionTest, ReadoutTitleAndSurnameMeanTheStatementSpeaker) {
    DocumentBuilder b;
    b.statement().genre = Genre::readout;
    b.statement().party = "Republic of Varenia";
    b.statement().speaker = "President Aldo Marek";
    b.paragraph({"The President spoke by phone with President Ilse Brandt of the Kestrel Federation.",
                 "The President emphasized that the river belongs to both nations.",
                 "Brandt noted the progress on fishing quotas.", "Marek added that talks would continue.",
                 "Kestrel Foreign Minister Lena Varga told reporters the call was useful.",
                 "He thanked her for the call."});
    Document d = b.build();
    attribute_sentences(d);
    EXPECT_EQ(summary(d), (std::vector<std::string>{
                              "narration: President Aldo Marek",
                              "paraphrase: President Aldo Marek",
                              "paraphrase: Ilse Brandt",
                              "paraphrase: President Aldo Marek",
                              "paraphrase: Lena Varga",
                              "narration: President Aldo Marek",
                          }));
}

TEST(AttributionTest, TranscriptTurnsAreTheirSpeakersWords) {
    DocumentBuilder b;
    b.statement().genre = Genre::press_conference;
    b.statement().party = "Republic of Varenia";
    b.statement().speaker = "Aldo Marek";
    b.turn("THE PRESIDENT:", "The President", false)
        .turn_paragraph(
            {"Thank you all for coming.", "As President Brandt said, the river is our shared future."})
        .turn("Q", "Q", true)
        .turn_paragraph({"Mr. President, did you discuss the border?", "And what about fishing?"})
        .turn("THE PRESIDENT:", "The President", false)
        .turn_paragraph({"We did.", "Marek said it was useful."})
        .turn("", "", true)
        .turn_paragraph({"When will you meet again?"})
        .segmenter_question(2);
    Document d = b.build();
    attribute_sentences(d);
    EXPECT_EQ(summary(d), (std::vector<std::string>{
                              "quote: The President",
                              "quote: The President",
                              "quote: Q",
                              "quote: Q",
                              "quote: The President",
                              "quote: The President",
                              "quote: Journalist",
                          }));
    const std::vector<bool> questions{false, false, true, true, false, false, true};
    for (std::size_t i = 0; i < d.sentences.size(); ++i)
        EXPECT_EQ(d.sentences[i].question, questions[i]) << i;
}

TEST(AttributionTest, RussianParaphraseAndQuote) {
    DocumentBuilder b;
    b.statement().genre = Genre::article;
    b.statement().language = "ru";
    b.statement().source = "Вестник Варении";
    b.paragraph({"Президент Варении Альдо Марек заявил, что переговоры прошли успешно.",
                 "По словам Марека, стороны договорились продолжить консультации.",
                 "\u00ABМы готовы к серьёзному диалогу с соседями\u00BB, \u2014 сказал Марек.",
                 "Брандт подчеркнула, что торговля растёт."});
    Document d = b.build();
    attribute_sentences(d);
    EXPECT_EQ(summary(d), (std::vector<std::string>{
                              "paraphrase: Альдо Марек",
                              "paraphrase: Альдо Марек",
                              "quote: Альдо Марек",
                              "paraphrase: Брандт",
                          }));
}

TEST(AttributionTest, ChineseParaphraseAndQuote) {
    DocumentBuilder b;
    b.statement().genre = Genre::briefing;
    b.statement().language = "zh";
    b.statement().party = "瓦雷尼亚";
    b.paragraph({"外交部发言人林海表示，双方同意继续对话。", "王明在会谈中指出，合作符合两国利益。",
                 "他强调，边境应保持稳定。", "王明说：\u201C我们愿意与各方加强合作。\u201D",
                 "这部小说，很受欢迎。"});
    Document d = b.build();
    attribute_sentences(d);
    EXPECT_EQ(summary(d), (std::vector<std::string>{
                              "paraphrase: 林海",
                              "paraphrase: 王明",
                              "paraphrase: 王明",
                              "quote: 王明",
                              "narration: 瓦雷尼亚",
                          }));
}

TEST(AttributionTest, ReadsTheAnalysisTextThroughTheOriginMap) {
    DocumentBuilder b = news_report();
    b.paragraph({"*\u201CWe agreed to talk again in the spring,\u201D* Marek said."});
    Document d = b.build();
    Statement& s = b.statement();
    // Markdown emphasis stripped: the analysis text drops byte 0 and the '*' after the closing mark.
    const std::size_t star = s.text.find('*', 1);
    s.analysis.text.clear();
    s.analysis.origin.clear();
    for (std::size_t i = 0; i < s.text.size(); ++i) {
        if (i == 0 || i == star) continue;
        s.analysis.text.push_back(s.text[i]);
        s.analysis.origin.push_back(static_cast<std::uint32_t>(i));
    }
    attribute_sentences(d);
    EXPECT_EQ(summary(d), (std::vector<std::string>{"quote: Marek"}));
}

TEST(AttributionTest, DocumentWithoutStatementIsLeftAlone) {
    Document d;
    d.sentences.push_back(Sentence{});
    attribute_sentences(d);
    EXPECT_EQ(d.sentences[0].attribution, Attribution::narration);
    EXPECT_EQ(d.sentences[0].speaker, "");
}

TEST(AttributionTest, SpansOutsideTheTextAreClampedNotRead) {
    DocumentBuilder b = news_report();
    b.paragraph({"Marek said the talks went well."});
    Document d = b.build();
    d.sentences[0].span.end = 10'000;
    d.paragraphs[0].span.end = 10'000;
    d.sentences[0].paragraph = 7;  // no such paragraph
    attribute_sentences(d);
    EXPECT_EQ(summary(d), (std::vector<std::string>{"paraphrase: Marek"}));
}

struct NarratorCase {
    const char* name;
    Genre genre;
    std::vector<std::pair<std::string, std::string>> metadata;
    std::string source;
    std::string speaker;
    std::string party;
    std::string expected;
};

TEST(AttributionTest, NarratorOfArticleIsTheOutletNeverTheLeader) {
    const std::vector<NarratorCase> cases{
        {"outlet metadata",
         Genre::article,
         {{"Outlet", " Varenia Daily "}},
         "https://x.example/a",
         "Aldo Marek",
         "Varenia",
         "Varenia Daily"},
        {"source names the outlet",
         Genre::article,
         {},
         "Kestrel Wire",
         "Aldo Marek",
         "Varenia",
         "Kestrel Wire"},
        {"source is a URL",
         Genre::article,
         {},
         "https://news.example/summit",
         "Desk Editor",
         "Varenia",
         "Desk Editor"},
        {"source is a host name", Genre::article, {}, "news.example", "", "Varenia", "Varenia"},
        {"readout speaker",
         Genre::readout,
         {{"outlet", "Varenia Daily"}},
         "Varenia Daily",
         "Aldo Marek",
         "Varenia",
         "Aldo Marek"},
        {"readout party", Genre::readout, {}, "", "", "Varenia", "Varenia"},
    };
    for (const NarratorCase& c : cases) {
        Statement s;
        s.genre = c.genre;
        s.metadata = c.metadata;
        s.source = c.source;
        s.speaker = c.speaker;
        s.party = c.party;
        EXPECT_EQ(narrator_of(s), c.expected) << c.name;
    }
}

}  // namespace
}  // namespace dipdiff
