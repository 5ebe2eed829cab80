#include "engine/stance.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "engine/analyse.hpp"

namespace dipdiff {
namespace {

using ::testing::IsEmpty;
using ::testing::SizeIs;

// Entry indices of the test lexicon, so that assertions name what they expect.
constexpr std::uint32_t k_useful_exchange = 1;  // code phrase
constexpr std::uint32_t k_no_hostility = 2;     // code phrase
constexpr std::uint32_t k_hostility = 1;        // tone terms …
constexpr std::uint32_t k_constructive = 2;
constexpr std::uint32_t k_sanctions = 3;
constexpr std::uint32_t k_illegal_annexation = 4;
constexpr std::uint32_t k_provocation = 5;
constexpr std::uint32_t k_partnership = 6;
constexpr std::uint32_t k_cooperation = 7;
constexpr std::uint32_t k_welcome = 8;
constexpr std::uint32_t k_good = 9;
constexpr std::uint32_t k_de_escalation = 11;
constexpr std::uint32_t k_agreed_to = 0;  // commitment cues …
constexpr std::uint32_t k_sign = 1;
constexpr std::uint32_t k_must = 2;
constexpr std::uint32_t k_will = 3;
constexpr std::uint32_t k_hope = 4;
constexpr std::uint32_t k_expect = 5;

CodePhrase code_phrase(std::string id, std::string text, std::vector<std::string> variants, double tone) {
    CodePhrase phrase;
    phrase.id = std::move(id);
    phrase.text = std::move(text);
    phrase.variants = std::move(variants);
    phrase.tone = tone;
    phrase.gloss = "A gloss written for the tests.";
    return phrase;
}

// A small lexicon written for these tests, so that they do not move with data/lexicon.json.
Lexicon test_lexicon() {
    Lexicon lexicon;
    lexicon.code_phrases = {
        code_phrase("frank-and-candid", "frank and candid", {}, -0.4),
        code_phrase("useful-exchange", "useful exchange of views", {"useful exchange of opinions"}, 0.1),
        code_phrase("no-hostility", "no hostility", {}, 0.4),
        code_phrase("agreed-to-disagree", "agreed to disagree", {}, -0.3),
    };
    lexicon.tone_terms = {
        {"useful", 0.3, {}},        {"hostility", -0.7, {}},          {"constructive", 0.5, {}},
        {"sanctions", -0.4, {}},    {"illegal annexation", -0.8, {}}, {"provocation", -0.8, {}},
        {"partnership", 0.6, {}},   {"cooperation", 0.5, {}},         {"welcome", 0.6, {}},
        {"good", 0.4, {}},          {"goods", 0, {}},                 {"de-escalation", 0.5, {}},
    };
    lexicon.commitment_cues = {
        {"agreed to", Commitment::commitment, {}}, {"sign", Commitment::commitment, {}},
        {"must", Commitment::demand, {}},          {"will", Commitment::intent, {}},
        {"hope", Commitment::hedge, {}},           {"expect", Commitment::intent, {}},
        {"perhaps", Commitment::hedge, {}},        {"should", Commitment::demand, {}},
        {"want", Commitment::intent, {}},          {"may", Commitment::hedge, {}},
    };
    lexicon.negators = {"not", "no", "never", "without", "nothing", "did not"};
    lexicon.intensifiers = {{"very", 1.5, {}}};
    lexicon.downtoners = {{"somewhat", 0.5, {}}, {"not entirely", 0.6, {}}};
    lexicon.contrast_markers = {"but", "although"};
    LexiconGrammar& grammar = lexicon.grammar;
    grammar.determiners = {"a", "an", "the", "any", "this", "that", "these", "those", "its", "their", "our"};
    grammar.coordinators = {"and", "or"};
    grammar.subject_openers = {"we", "they", "he", "she", "it", "i", "the", "this", "our", "their", "there"};
    grammar.acceptance_verbs = {"accept", "recognise", "recognize", "allow", "hide", "let", "rule"};
    grammar.mention_verbs = {"discuss", "mention", "raise", "comment"};
    grammar.passive_auxiliaries = {"be", "been"};
    grammar.formula_verbs = {"say", "admit", "comment", "thank"};
    grammar.comparison_words = {"than", "as"};
    grammar.infinitive_markers = {"to"};
    grammar.conditional_openers = {"should"};
    grammar.date_words = {"May"};
    return lexicon;
}

/// "start-end": spans compared as strings print readably when a test fails.
std::string bytes(Span span) { return std::to_string(span.start) + "-" + std::to_string(span.end); }

/// Analyses statements and scores them with the test lexicon.
class Scoring {
public:
    Scoring() : m_lexicon(test_lexicon()), m_segmenter(m_terms), m_scorer(m_lexicon, m_segmenter) {}

    /// Analyses `text` as a plain readout.
    const Document& analyse(std::string text) {
        m_statement = std::make_unique<Statement>();
        m_statement->text = std::move(text);
        m_statement->language = "en";
        m_statement->genre = Genre::readout;
        use_plain_analysis_text(*m_statement);
        m_document = analyse_statement(m_segmenter, *m_statement);
        return m_document;
    }

    /// The stance of a text of exactly one sentence; `question` marks it a journalist's question.
    SentenceStance one(std::string text, bool question = false) {
        analyse(std::move(text));
        EXPECT_THAT(m_document.sentences, SizeIs(1)) << m_statement->text;
        if (m_document.sentences.empty()) return {};
        Sentence sentence = m_document.sentences.front();
        EXPECT_FALSE(sentence.question);
        sentence.question = question;
        return m_scorer.score_sentence(m_document, sentence);
    }

    /// The bytes of the only occurrence of `needle` in the statement's text.
    std::string where(std::string_view needle) const {
        const std::string_view text = m_statement->text;
        const std::size_t at = text.find(needle);
        EXPECT_NE(at, std::string_view::npos) << needle;
        EXPECT_EQ(text.find(needle, at + 1), std::string_view::npos) << needle << " occurs twice";
        if (at == std::string_view::npos) return "not found";
        return bytes({static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + needle.size())});
    }

    std::string_view text_of(Span span) const { return span.of(m_statement->text); }
    const Document& document() const { return m_document; }
    const StanceScorer& scorer() const { return m_scorer; }

private:
    Lexicon m_lexicon;
    TermPool m_terms;
    Segmenter m_segmenter;
    StanceScorer m_scorer;
    std::unique_ptr<Statement> m_statement;
    Document m_document;
};

/// The cues of one kind, in evidence order.
std::vector<StanceCue> cues(const SentenceStance& stance, CueKind kind) {
    std::vector<StanceCue> out;
    for (const StanceCue& cue : stance.evidence)
        if (cue.kind == kind) out.push_back(cue);
    return out;
}

TEST(StanceTest, TheTestLexiconPassesTheLexiconChecks) {
    const Lexicon lexicon = test_lexicon();
    TermPool terms;
    Segmenter segmenter(terms);
    EXPECT_THAT(validate_lexicon(lexicon, segmenter), IsEmpty());
}

// --- Tone: code phrases and tone terms ---------------------------------------------------------

TEST(StanceTest, CodePhraseCoversItsWordsSoTheyAreNotScoredAgain) {
    Scoring s;
    const SentenceStance stance = s.one("It was a useful exchange of views.");
    ASSERT_THAT(stance.evidence, SizeIs(1));
    const StanceCue& cue = stance.evidence[0];
    EXPECT_EQ(cue.kind, CueKind::code_phrase);
    EXPECT_EQ(cue.entry, k_useful_exchange);
    EXPECT_EQ(bytes(cue.span), s.where("useful exchange of views"));
    EXPECT_DOUBLE_EQ(cue.lexicon_value, 0.1);
    EXPECT_DOUBLE_EQ(cue.value, 0.1);
    EXPECT_DOUBLE_EQ(cue.clause_weight, 1);
    EXPECT_DOUBLE_EQ(cue.factor, 1);
    EXPECT_TRUE(cue.modifier.empty());
    EXPECT_TRUE(cue.negator.empty());
    EXPECT_FALSE(cue.negated);
    EXPECT_FALSE(cue.contrasted);
    // 0.1 for the phrase, not 0.1 + 0.3 for "useful" as well.
    EXPECT_DOUBLE_EQ(stance.tone, 0.1);
    EXPECT_EQ(stance.label, ToneLabel::neutral);
    EXPECT_EQ(stance.commitment, Commitment::none);
    EXPECT_TRUE(stance.party_stance);
}

TEST(StanceTest, VariantOfACodePhraseReportsTheEntryOfItsPhrase) {
    Scoring s;
    const SentenceStance stance = s.one("The ministers held a useful exchange of opinions.");
    ASSERT_THAT(stance.evidence, SizeIs(1));
    EXPECT_EQ(stance.evidence[0].kind, CueKind::code_phrase);
    EXPECT_EQ(stance.evidence[0].entry, k_useful_exchange);
    EXPECT_EQ(bytes(stance.evidence[0].span), s.where("useful exchange of opinions"));
    EXPECT_DOUBLE_EQ(stance.tone, 0.1);
}

TEST(StanceTest, ToneTermOutsideACodePhraseCounts) {
    Scoring s;
    const SentenceStance stance = s.one("It was a useful visit.");
    ASSERT_THAT(stance.evidence, SizeIs(1));
    EXPECT_EQ(stance.evidence[0].kind, CueKind::tone_term);
    EXPECT_EQ(bytes(stance.evidence[0].span), s.where("useful"));
    EXPECT_DOUBLE_EQ(stance.tone, 0.3);
    EXPECT_EQ(stance.label, ToneLabel::cooperative);
}

TEST(StanceTest, CodePhraseBeginningWithANegatorIsCooperative) {
    Scoring s;
    const SentenceStance stance = s.one("There was no hostility at all.");
    ASSERT_THAT(stance.evidence, SizeIs(1));
    const StanceCue& cue = stance.evidence[0];
    EXPECT_EQ(cue.kind, CueKind::code_phrase);
    EXPECT_EQ(cue.entry, k_no_hostility);
    EXPECT_EQ(bytes(cue.span), s.where("no hostility"));
    EXPECT_DOUBLE_EQ(cue.value, 0.4);
    EXPECT_FALSE(cue.negated);
    EXPECT_TRUE(cue.negator.empty());
    EXPECT_DOUBLE_EQ(stance.tone, 0.4);
    EXPECT_EQ(stance.label, ToneLabel::cooperative);
}

TEST(StanceTest, CodePhraseBeginningWithANegatorIsNotNegatedByAnEarlierNegator) {
    Scoring s;
    // "Without" is three words before "no hostility", within its reach.
    const SentenceStance stance = s.one("Without doubt there was no hostility.");
    ASSERT_THAT(stance.evidence, SizeIs(1));
    EXPECT_EQ(stance.evidence[0].entry, k_no_hostility);
    EXPECT_FALSE(stance.evidence[0].negated);
    EXPECT_TRUE(stance.evidence[0].negator.empty());
    EXPECT_DOUBLE_EQ(stance.evidence[0].value, 0.4);
    EXPECT_DOUBLE_EQ(stance.tone, 0.4);
}

TEST(StanceTest, WordsThatOnlyShareAStemDoNotMatch) {
    Scoring s;
    // "used" has the Snowball stem of "useful", but is not an inflection of it.
    const SentenceStance stance = s.one("The funds were used for the summit.");
    EXPECT_THAT(stance.evidence, IsEmpty());
    EXPECT_DOUBLE_EQ(stance.tone, 0);
}

TEST(StanceTest, InflectionsOfATermMatch) {
    Scoring s;
    const SentenceStance stance = s.one("Varenia welcomed the offer.");
    ASSERT_THAT(stance.evidence, SizeIs(1));
    EXPECT_EQ(stance.evidence[0].entry, k_welcome);
    EXPECT_EQ(bytes(stance.evidence[0].span), s.where("welcomed"));
    EXPECT_DOUBLE_EQ(stance.tone, 0.6);
}

TEST(StanceTest, ToneTermOfWeightZeroKeepsAFalseFriendOutAndIsNotShown) {
    Scoring s;
    // "goods" has the stem of "good"; the exact entry "goods" (weight 0) wins.
    const SentenceStance goods = s.one("Trade in goods grew in March.");
    EXPECT_THAT(goods.evidence, IsEmpty());
    EXPECT_DOUBLE_EQ(goods.tone, 0);
    const SentenceStance good = s.one("Ostrava remains a good neighbour.");
    ASSERT_THAT(good.evidence, SizeIs(1));
    EXPECT_EQ(good.evidence[0].entry, k_good);
    EXPECT_DOUBLE_EQ(good.tone, 0.4);
}

// --- Negation ---------------------------------------------------------------------------------

TEST(StanceTest, NegatedTermIsReversedAndDamped) {
    Scoring s;
    const SentenceStance stance = s.one("The talks were not constructive.");
    ASSERT_THAT(stance.evidence, SizeIs(1));
    const StanceCue& cue = stance.evidence[0];
    EXPECT_EQ(cue.kind, CueKind::tone_term);
    EXPECT_EQ(cue.entry, k_constructive);
    EXPECT_EQ(bytes(cue.span), "19-31");
    EXPECT_EQ(bytes(cue.negator), "15-18");
    EXPECT_TRUE(cue.negated);
    EXPECT_FALSE(cue.not_mentioned);
    EXPECT_DOUBLE_EQ(cue.lexicon_value, 0.5);
    EXPECT_DOUBLE_EQ(cue.value, -0.4);  // -(0.5 * 0.8)
    EXPECT_DOUBLE_EQ(cue.factor, 1);
    EXPECT_DOUBLE_EQ(stance.tone, -0.4);
    EXPECT_EQ(stance.label, ToneLabel::conflictual);
}

TEST(StanceTest, MultiWordNegatorIsOneNegator) {
    Scoring s;
    const SentenceStance stance = s.one("Kestrel did not welcome the plan.");
    ASSERT_THAT(stance.evidence, SizeIs(1));
    EXPECT_TRUE(stance.evidence[0].negated);
    EXPECT_EQ(s.text_of(stance.evidence[0].negator), "did not");
    EXPECT_DOUBLE_EQ(stance.tone, -0.48);
}

TEST(StanceTest, NegationStopsAtAComma) {
    Scoring s;
    // "constructive" is three words after "Without": only the comma ends the scope.
    const SentenceStance stance = s.one("Without delay, the talks turned constructive.");
    ASSERT_THAT(stance.evidence, SizeIs(1));
    EXPECT_FALSE(stance.evidence[0].negated);
    EXPECT_TRUE(stance.evidence[0].negator.empty());
    EXPECT_DOUBLE_EQ(stance.evidence[0].value, 0.5);
    EXPECT_DOUBLE_EQ(stance.tone, 0.5);
}

TEST(StanceTest, NegationStopsAtAndFollowedByANewSubject) {
    Scoring s;
    // "welcomed" is three words after "did not": only "and we" ends the scope.
    const SentenceStance stance = s.one("Varenia did not object and we welcomed the proposal.");
    ASSERT_THAT(stance.evidence, SizeIs(1));
    EXPECT_EQ(stance.evidence[0].entry, k_welcome);
    EXPECT_FALSE(stance.evidence[0].negated);
    EXPECT_TRUE(stance.evidence[0].negator.empty());
    EXPECT_DOUBLE_EQ(stance.tone, 0.6);
}

TEST(StanceTest, NegationStopsAtAContrastMarker) {
    Scoring s;
    const SentenceStance stance = s.one("The talks were not easy but constructive.");
    ASSERT_THAT(stance.evidence, SizeIs(1));
    EXPECT_EQ(stance.evidence[0].entry, k_constructive);
    EXPECT_FALSE(stance.evidence[0].negated);
    EXPECT_FALSE(stance.evidence[0].contrasted);
    EXPECT_DOUBLE_EQ(stance.tone, 0.5);
}

TEST(StanceTest, NegationReachSkipsDeterminers) {
    Scoring s;
    // Four words between "not" and "cooperation", but "any" is a determiner.
    const SentenceStance stance = s.one("There was not any real trace of cooperation.");
    ASSERT_THAT(stance.evidence, SizeIs(1));
    EXPECT_EQ(stance.evidence[0].entry, k_cooperation);
    EXPECT_TRUE(stance.evidence[0].negated);
    EXPECT_DOUBLE_EQ(stance.evidence[0].value, -0.4);
    EXPECT_DOUBLE_EQ(stance.tone, -0.4);
}

TEST(StanceTest, NegationReachesFourWordsAtMost) {
    Scoring s;
    // attend, opening, session, of: four words ("the" twice not counted).
    const SentenceStance stance = s.one("Ostrava did not attend the opening session of the partnership forum.");
    ASSERT_THAT(stance.evidence, SizeIs(1));
    EXPECT_EQ(stance.evidence[0].entry, k_partnership);
    EXPECT_FALSE(stance.evidence[0].negated);
    EXPECT_DOUBLE_EQ(stance.tone, 0.6);
}

TEST(StanceTest, NegatedVerbOfMentionMakesTheTermNotMentioned) {
    Scoring s;
    const SentenceStance stance = s.one("The ministers did not discuss sanctions.");
    ASSERT_THAT(stance.evidence, SizeIs(1));
    const StanceCue& cue = stance.evidence[0];
    EXPECT_EQ(cue.entry, k_sanctions);
    EXPECT_EQ(bytes(cue.span), s.where("sanctions"));
    EXPECT_TRUE(cue.not_mentioned);
    EXPECT_FALSE(cue.negated);
    EXPECT_EQ(bytes(cue.negator), s.where("did not"));
    EXPECT_DOUBLE_EQ(cue.lexicon_value, -0.4);
    EXPECT_DOUBLE_EQ(cue.value, 0);
    EXPECT_DOUBLE_EQ(stance.tone, 0);
    EXPECT_EQ(stance.label, ToneLabel::neutral);
}

TEST(StanceTest, NegatedVerbOfAcceptanceKeepsTheSignOfItsObject) {
    Scoring s;
    const SentenceStance stance = s.one("Ostrava will never recognise the illegal annexation.");
    const std::vector<StanceCue> tone = cues(stance, CueKind::tone_term);
    ASSERT_THAT(tone, SizeIs(1));
    EXPECT_EQ(tone[0].entry, k_illegal_annexation);
    EXPECT_EQ(bytes(tone[0].span), s.where("illegal annexation"));
    EXPECT_FALSE(tone[0].negated);
    EXPECT_FALSE(tone[0].not_mentioned);
    EXPECT_TRUE(tone[0].negator.empty());
    EXPECT_DOUBLE_EQ(tone[0].value, -0.8);
    EXPECT_DOUBLE_EQ(stance.tone, -0.8);
    EXPECT_EQ(stance.label, ToneLabel::conflictual);
}

TEST(StanceTest, GrammarListsComeFromTheLexicon) {
    // Without acceptance verbs in the lexicon's grammar, "recognise" is an
    // ordinary word and the negator reaches the term after it.
    Lexicon lexicon = test_lexicon();
    lexicon.grammar.acceptance_verbs.clear();
    TermPool terms;
    Segmenter segmenter(terms);
    const StanceScorer scorer(lexicon, segmenter);
    Statement statement;
    statement.text = "Ostrava will never recognise the illegal annexation.";
    statement.language = "en";
    use_plain_analysis_text(statement);
    const Document document = analyse_statement(segmenter, statement);
    ASSERT_THAT(document.sentences, SizeIs(1));
    const SentenceStance stance = scorer.score_sentence(document, document.sentences[0]);
    const std::vector<StanceCue> tone = cues(stance, CueKind::tone_term);
    ASSERT_THAT(tone, SizeIs(1));
    EXPECT_TRUE(tone[0].negated);
    EXPECT_DOUBLE_EQ(stance.tone, 0.64);
}

TEST(StanceTest, NotRulingOutKeepsTheSignOfItsObject) {
    Scoring s;
    const SentenceStance stance = s.one("Kestrel will not rule out sanctions.");
    const std::vector<StanceCue> tone = cues(stance, CueKind::tone_term);
    ASSERT_THAT(tone, SizeIs(1));
    EXPECT_EQ(tone[0].entry, k_sanctions);
    EXPECT_FALSE(tone[0].negated);
    EXPECT_TRUE(tone[0].negator.empty());
    EXPECT_DOUBLE_EQ(stance.tone, -0.4);
}

TEST(StanceTest, NegatorInsideAModifierPhraseDoesNotNegate) {
    Scoring s;
    const SentenceStance stance = s.one("The talks were not entirely constructive.");
    ASSERT_THAT(stance.evidence, SizeIs(1));
    EXPECT_EQ(bytes(stance.evidence[0].modifier), s.where("not entirely"));
    EXPECT_DOUBLE_EQ(stance.evidence[0].factor, 0.6);
    EXPECT_FALSE(stance.evidence[0].negated);
    EXPECT_TRUE(stance.evidence[0].negator.empty());
    EXPECT_DOUBLE_EQ(stance.tone, 0.3);
}

TEST(StanceTest, HyphenInsideAWordIsNoClauseBoundary) {
    Scoring s;
    const SentenceStance stance = s.one("There was no de-escalation.");
    ASSERT_THAT(stance.evidence, SizeIs(1));
    EXPECT_EQ(stance.evidence[0].entry, k_de_escalation);
    EXPECT_EQ(bytes(stance.evidence[0].span), s.where("de-escalation"));
    EXPECT_TRUE(stance.evidence[0].negated);
    EXPECT_DOUBLE_EQ(stance.tone, -0.4);
}

TEST(StanceTest, DashBetweenWordsEndsTheNegationScope) {
    Scoring s;
    const SentenceStance stance = s.one("Without delay \u2014 the talks turned constructive.");
    ASSERT_THAT(stance.evidence, SizeIs(1));
    EXPECT_FALSE(stance.evidence[0].negated);
    EXPECT_DOUBLE_EQ(stance.tone, 0.5);
}

TEST(StanceTest, NegatorFollowedByButNeitherNegatesNorContrasts) {
    Scoring s;
    const SentenceStance stance = s.one("Their constructive words were nothing but provocation.");
    ASSERT_THAT(stance.evidence, SizeIs(2));
    EXPECT_EQ(stance.evidence[0].entry, k_constructive);
    EXPECT_FALSE(stance.evidence[0].contrasted);
    EXPECT_DOUBLE_EQ(stance.evidence[0].clause_weight, 1);
    EXPECT_EQ(stance.evidence[1].entry, k_provocation);
    EXPECT_FALSE(stance.evidence[1].negated);
    EXPECT_DOUBLE_EQ(stance.evidence[1].value, -0.8);
    EXPECT_DOUBLE_EQ(stance.tone, -0.3);
    EXPECT_EQ(stance.label, ToneLabel::conflictual);
}

// --- Intensifiers, downtoners and clamping ----------------------------------------------------

TEST(StanceTest, IntensifierMultipliesTheValue) {
    Scoring s;
    const SentenceStance stance = s.one("The talks were very constructive.");
    ASSERT_THAT(stance.evidence, SizeIs(1));
    const StanceCue& cue = stance.evidence[0];
    EXPECT_DOUBLE_EQ(cue.factor, 1.5);
    EXPECT_EQ(bytes(cue.modifier), s.where("very"));
    EXPECT_DOUBLE_EQ(cue.lexicon_value, 0.5);
    EXPECT_DOUBLE_EQ(cue.value, 0.75);
    EXPECT_DOUBLE_EQ(stance.tone, 0.75);
}

TEST(StanceTest, DowntonerDividesTheValueAndTheThresholdIsInclusive) {
    Scoring s;
    const SentenceStance stance = s.one("The talks were somewhat constructive.");
    ASSERT_THAT(stance.evidence, SizeIs(1));
    EXPECT_DOUBLE_EQ(stance.evidence[0].factor, 0.5);
    EXPECT_EQ(bytes(stance.evidence[0].modifier), s.where("somewhat"));
    EXPECT_DOUBLE_EQ(stance.evidence[0].value, 0.25);
    EXPECT_DOUBLE_EQ(stance.tone, 0.25);
    EXPECT_EQ(stance.label, ToneLabel::cooperative);
}

TEST(StanceTest, SeveralModifiersMultiplyAndTheirSpanCoversThemAll) {
    Scoring s;
    const SentenceStance stance = s.one("The talks were very very constructive.");
    ASSERT_THAT(stance.evidence, SizeIs(1));
    EXPECT_DOUBLE_EQ(stance.evidence[0].factor, 2.25);
    EXPECT_EQ(bytes(stance.evidence[0].modifier), s.where("very very"));
    EXPECT_DOUBLE_EQ(stance.evidence[0].value, 1);  // 1.125, clamped
}

TEST(StanceTest, ModifiedValueIsClampedAndModifierReachesOverOneWord) {
    Scoring s;
    const SentenceStance stance = s.one("This was a very grave provocation.");
    ASSERT_THAT(stance.evidence, SizeIs(1));
    const StanceCue& cue = stance.evidence[0];
    EXPECT_EQ(cue.entry, k_provocation);
    EXPECT_DOUBLE_EQ(cue.factor, 1.5);
    EXPECT_DOUBLE_EQ(cue.lexicon_value, -0.8);
    EXPECT_DOUBLE_EQ(cue.value, -1);  // -1.2, clamped
    EXPECT_DOUBLE_EQ(stance.tone, -1);
}

TEST(StanceTest, ModifierIsAppliedBeforeNegation) {
    Scoring s;
    const SentenceStance stance = s.one("The talks were not very constructive.");
    ASSERT_THAT(stance.evidence, SizeIs(1));
    EXPECT_DOUBLE_EQ(stance.evidence[0].factor, 1.5);
    EXPECT_TRUE(stance.evidence[0].negated);
    EXPECT_DOUBLE_EQ(stance.evidence[0].value, -0.6);  // -(0.5 * 1.5 * 0.8)
    EXPECT_DOUBLE_EQ(stance.tone, -0.6);
}

TEST(StanceTest, SentenceScoreIsTheSumClampedToOne) {
    Scoring s;
    const SentenceStance positive = s.one("We value partnership and cooperation.");
    ASSERT_THAT(positive.evidence, SizeIs(2));
    EXPECT_DOUBLE_EQ(positive.evidence[0].value, 0.6);
    EXPECT_DOUBLE_EQ(positive.evidence[1].value, 0.5);
    EXPECT_DOUBLE_EQ(positive.tone, 1);  // 1.1, not divided by the number of cues
    const SentenceStance negative = s.one("The hostility and provocation continue.");
    ASSERT_THAT(negative.evidence, SizeIs(2));
    EXPECT_EQ(negative.evidence[0].entry, k_hostility);
    EXPECT_DOUBLE_EQ(negative.tone, -1);  // -1.5
    EXPECT_EQ(negative.label, ToneLabel::conflictual);
}

// --- Contrast ----------------------------------------------------------------------------------

TEST(StanceTest, ClauseBeforeButWeighsOneFifth) {
    Scoring s;
    const SentenceStance stance = s.one("The talks were constructive, but the provocation continues.");
    ASSERT_THAT(stance.evidence, SizeIs(2));
    const StanceCue& conceded = stance.evidence[0];
    EXPECT_EQ(conceded.entry, k_constructive);
    EXPECT_TRUE(conceded.contrasted);
    EXPECT_DOUBLE_EQ(conceded.clause_weight, 0.2);
    EXPECT_DOUBLE_EQ(conceded.value, 0.5);
    const StanceCue& point = stance.evidence[1];
    EXPECT_EQ(point.entry, k_provocation);
    EXPECT_FALSE(point.contrasted);
    EXPECT_DOUBLE_EQ(point.clause_weight, 1);
    EXPECT_DOUBLE_EQ(stance.tone, -0.7);  // 0.5 * 0.2 - 0.8
    EXPECT_EQ(stance.label, ToneLabel::conflictual);
}

TEST(StanceTest, SentenceInitialAlthoughWeighsDownTheClauseBeforeTheComma) {
    Scoring s;
    const SentenceStance stance = s.one("Although the provocation continues, the talks were constructive.");
    ASSERT_THAT(stance.evidence, SizeIs(2));
    EXPECT_EQ(stance.evidence[0].entry, k_provocation);
    EXPECT_TRUE(stance.evidence[0].contrasted);
    EXPECT_DOUBLE_EQ(stance.evidence[0].clause_weight, 0.2);
    EXPECT_EQ(stance.evidence[1].entry, k_constructive);
    EXPECT_FALSE(stance.evidence[1].contrasted);
    EXPECT_DOUBLE_EQ(stance.evidence[1].clause_weight, 1);
    EXPECT_DOUBLE_EQ(stance.tone, 0.34);  // -0.8 * 0.2 + 0.5
    EXPECT_EQ(stance.label, ToneLabel::cooperative);
}

// --- Journalists' questions -------------------------------------------------------------------

TEST(StanceTest, JournalistQuestionIsScoredButIsNoPartyStanceAndCommitsNobody) {
    Scoring s;
    const SentenceStance asked = s.one("Will Varenia sign the partnership agreement?", true);
    EXPECT_FALSE(asked.party_stance);
    EXPECT_EQ(asked.commitment, Commitment::none);
    EXPECT_EQ(asked.commitment_rule, "");
    ASSERT_THAT(asked.evidence, SizeIs(1));
    EXPECT_EQ(asked.evidence[0].kind, CueKind::tone_term);
    EXPECT_EQ(asked.evidence[0].entry, k_partnership);
    EXPECT_DOUBLE_EQ(asked.tone, 0.6);
    EXPECT_EQ(asked.label, ToneLabel::cooperative);

    // The same words said by the party commit it.
    const SentenceStance said = s.one("Will Varenia sign the partnership agreement?");
    EXPECT_TRUE(said.party_stance);
    EXPECT_EQ(said.commitment, Commitment::intent);
}

// --- Commitment ---------------------------------------------------------------------------------

TEST(StanceTest, CommitmentBeatsDemandAndIntent) {
    Scoring s;
    const SentenceStance stance =
        s.one("Kestrel will support the plan, Varenia must withdraw, and the sides agreed to meet again.");
    EXPECT_EQ(stance.commitment, Commitment::commitment);
    EXPECT_EQ(stance.commitment_rule, "precedence");
    const std::vector<StanceCue> found = cues(stance, CueKind::commitment_cue);
    ASSERT_THAT(found, SizeIs(3));
    EXPECT_EQ(found[0].entry, k_will);
    EXPECT_EQ(found[0].commitment, Commitment::intent);
    EXPECT_FALSE(found[0].decisive);
    EXPECT_EQ(found[1].entry, k_must);
    EXPECT_EQ(found[1].commitment, Commitment::demand);
    EXPECT_FALSE(found[1].decisive);
    EXPECT_EQ(found[2].entry, k_agreed_to);
    EXPECT_EQ(bytes(found[2].span), s.where("agreed to"));
    EXPECT_EQ(found[2].commitment, Commitment::commitment);
    EXPECT_TRUE(found[2].decisive);
    for (const StanceCue& cue : found) {
        EXPECT_FALSE(cue.ignored);
        EXPECT_EQ(cue.ignored_rule, "");
        EXPECT_DOUBLE_EQ(cue.value, 0);
        EXPECT_DOUBLE_EQ(cue.clause_weight, 0);
    }
    EXPECT_DOUBLE_EQ(stance.tone, 0);
}

TEST(StanceTest, DemandBeatsIntent) {
    Scoring s;
    const SentenceStance stance = s.one("Varenia will respond and the Federation must withdraw.");
    EXPECT_EQ(stance.commitment, Commitment::demand);
    EXPECT_EQ(stance.commitment_rule, "precedence");
    const std::vector<StanceCue> found = cues(stance, CueKind::commitment_cue);
    ASSERT_THAT(found, SizeIs(2));
    EXPECT_FALSE(found[0].decisive);
    EXPECT_TRUE(found[1].decisive);
    EXPECT_EQ(found[1].entry, k_must);
}

TEST(StanceTest, IntentBeatsAHedgeThatDoesNotOpenTheSentence) {
    Scoring s;
    const SentenceStance stance = s.one("They will respond, we hope.");
    EXPECT_EQ(stance.commitment, Commitment::intent);
    EXPECT_EQ(stance.commitment_rule, "precedence");
    const std::vector<StanceCue> found = cues(stance, CueKind::commitment_cue);
    ASSERT_THAT(found, SizeIs(2));
    EXPECT_EQ(found[0].entry, k_will);
    EXPECT_TRUE(found[0].decisive);
    EXPECT_EQ(found[1].entry, k_hope);
    EXPECT_FALSE(found[1].decisive);
}

TEST(StanceTest, OpeningHedgeScopesTheCuesAfterIt) {
    Scoring s;
    const SentenceStance stance = s.one("We hope that they will respond.");
    EXPECT_EQ(stance.commitment, Commitment::hedge);
    EXPECT_EQ(stance.commitment_rule, "hedge-scope");
    const std::vector<StanceCue> found = cues(stance, CueKind::commitment_cue);
    ASSERT_THAT(found, SizeIs(2));
    EXPECT_EQ(found[0].entry, k_hope);
    EXPECT_EQ(bytes(found[0].span), s.where("hope"));
    EXPECT_TRUE(found[0].decisive);
    EXPECT_EQ(found[1].entry, k_will);
    EXPECT_FALSE(found[1].decisive);
}

TEST(StanceTest, HedgeScopeEndsAtAContrast) {
    Scoring s;
    const SentenceStance stance = s.one("We hope that they will respond, but we must prepare.");
    EXPECT_EQ(stance.commitment, Commitment::demand);
    EXPECT_EQ(stance.commitment_rule, "precedence");
    const std::vector<StanceCue> found = cues(stance, CueKind::commitment_cue);
    ASSERT_THAT(found, SizeIs(3));
    EXPECT_FALSE(found[0].decisive);
    EXPECT_FALSE(found[1].decisive);
    EXPECT_EQ(found[2].entry, k_must);
    EXPECT_TRUE(found[2].decisive);
}

TEST(StanceTest, DemandCueBeforeAVerbOfSayingIsAFormula) {
    Scoring s;
    const SentenceStance stance = s.one("I must say the talks were constructive.");
    EXPECT_EQ(stance.commitment, Commitment::none);
    EXPECT_EQ(stance.commitment_rule, "");
    const std::vector<StanceCue> found = cues(stance, CueKind::commitment_cue);
    ASSERT_THAT(found, SizeIs(1));
    EXPECT_EQ(found[0].entry, k_must);
    EXPECT_EQ(bytes(found[0].span), s.where("must"));
    EXPECT_EQ(found[0].commitment, Commitment::demand);
    EXPECT_TRUE(found[0].ignored);
    EXPECT_EQ(found[0].ignored_rule, "formula");
    EXPECT_FALSE(found[0].decisive);
    EXPECT_DOUBLE_EQ(stance.tone, 0.5);
}

TEST(StanceTest, WillNotCommentIsAFormulaAndItsObjectIsNotMentioned) {
    Scoring s;
    const SentenceStance stance = s.one("I will not comment on the sanctions.");
    EXPECT_EQ(stance.commitment, Commitment::none);
    const std::vector<StanceCue> found = cues(stance, CueKind::commitment_cue);
    ASSERT_THAT(found, SizeIs(1));
    EXPECT_EQ(found[0].entry, k_will);
    EXPECT_EQ(found[0].ignored_rule, "formula");
    const std::vector<StanceCue> tone = cues(stance, CueKind::tone_term);
    ASSERT_THAT(tone, SizeIs(1));
    EXPECT_TRUE(tone[0].not_mentioned);
    EXPECT_EQ(bytes(tone[0].negator), s.where("not"));
    EXPECT_DOUBLE_EQ(stance.tone, 0);
}

TEST(StanceTest, ActUnderAModalIsAnIntent) {
    Scoring s;
    const SentenceStance stance = s.one("Varenia will sign the treaty.");
    EXPECT_EQ(stance.commitment, Commitment::intent);
    EXPECT_EQ(stance.commitment_rule, "precedence");
    ASSERT_THAT(stance.evidence, SizeIs(2));
    EXPECT_EQ(stance.evidence[0].entry, k_will);
    EXPECT_TRUE(stance.evidence[0].decisive);
    EXPECT_FALSE(stance.evidence[0].ignored);
    EXPECT_EQ(stance.evidence[1].entry, k_sign);
    EXPECT_EQ(bytes(stance.evidence[1].span), s.where("sign"));
    EXPECT_EQ(stance.evidence[1].commitment, Commitment::commitment);
    EXPECT_TRUE(stance.evidence[1].ignored);
    EXPECT_EQ(stance.evidence[1].ignored_rule, "modal");
    EXPECT_FALSE(stance.evidence[1].decisive);
}

TEST(StanceTest, ActDoneIsACommitment) {
    Scoring s;
    const SentenceStance stance = s.one("Varenia signed the treaty.");
    EXPECT_EQ(stance.commitment, Commitment::commitment);
    ASSERT_THAT(stance.evidence, SizeIs(1));
    EXPECT_EQ(stance.evidence[0].entry, k_sign);
    EXPECT_TRUE(stance.evidence[0].decisive);
}

TEST(StanceTest, CueInAComparisonIsIgnored) {
    Scoring s;
    const SentenceStance stance = s.one("The talks ended sooner than expected.");
    EXPECT_EQ(stance.commitment, Commitment::none);
    EXPECT_EQ(stance.commitment_rule, "");
    ASSERT_THAT(stance.evidence, SizeIs(1));
    EXPECT_EQ(stance.evidence[0].entry, k_expect);
    EXPECT_EQ(bytes(stance.evidence[0].span), s.where("expected"));
    EXPECT_TRUE(stance.evidence[0].ignored);
    EXPECT_EQ(stance.evidence[0].ignored_rule, "comparison");
}

TEST(StanceTest, ComparisonReachesThreeWordsBack) {
    Scoring s;
    const SentenceStance stance = s.one("The talks ended sooner than we had expected.");
    EXPECT_EQ(stance.commitment, Commitment::none);
    ASSERT_THAT(stance.evidence, SizeIs(1));
    EXPECT_EQ(stance.evidence[0].ignored_rule, "comparison");
}

TEST(StanceTest, WantToThankIsAFormula) {
    Scoring s;
    const SentenceStance stance = s.one("I want to thank the Kestrel delegation.");
    EXPECT_EQ(stance.commitment, Commitment::none);
    ASSERT_THAT(stance.evidence, SizeIs(1));
    EXPECT_EQ(bytes(stance.evidence[0].span), s.where("want"));
    EXPECT_EQ(stance.evidence[0].ignored_rule, "formula");
}

TEST(StanceTest, SentenceInitialShouldIsAConditionNotADemand) {
    Scoring s;
    const SentenceStance stance = s.one("Should Talmar sign the treaty, Varenia will welcome it.");
    EXPECT_EQ(stance.commitment, Commitment::hedge);
    EXPECT_EQ(stance.commitment_rule, "hedge-scope");
    const std::vector<StanceCue> found = cues(stance, CueKind::commitment_cue);
    ASSERT_THAT(found, SizeIs(3));
    EXPECT_EQ(bytes(found[0].span), s.where("Should"));
    EXPECT_EQ(found[0].commitment, Commitment::hedge);
    EXPECT_TRUE(found[0].conditional);
    EXPECT_TRUE(found[0].decisive);
}

TEST(StanceTest, ShouldInsideTheSentenceIsStillADemand) {
    Scoring s;
    const SentenceStance stance = s.one("Talmar should sign the treaty.");
    EXPECT_EQ(stance.commitment, Commitment::demand);
    const std::vector<StanceCue> found = cues(stance, CueKind::commitment_cue);
    ASSERT_THAT(found, SizeIs(2));
    EXPECT_FALSE(found[0].conditional);
}

TEST(StanceTest, ActInsideAConflictualCodePhraseCommitsToNothing) {
    Scoring s;
    const SentenceStance stance = s.one("The ministers agreed to disagree on the islands.");
    EXPECT_EQ(stance.commitment, Commitment::none);
    EXPECT_EQ(stance.label, ToneLabel::conflictual);
    const std::vector<StanceCue> found = cues(stance, CueKind::commitment_cue);
    ASSERT_THAT(found, SizeIs(1));
    EXPECT_EQ(found[0].entry, k_agreed_to);
    EXPECT_EQ(found[0].ignored_rule, "code_phrase");
}

TEST(StanceTest, NegatorReversesOnlyTheFirstMatchAfterIt) {
    Scoring s;
    const SentenceStance stance = s.one("There was no hostility or provocation in Lindholm.");
    // "no hostility" is a code phrase; "provocation" is not negated by its "no".
    const std::vector<StanceCue> tone = cues(stance, CueKind::tone_term);
    ASSERT_THAT(tone, SizeIs(1));
    EXPECT_EQ(tone[0].entry, k_provocation);
    EXPECT_FALSE(tone[0].negated);

    const SentenceStance two = s.one("Ostrava saw no cooperation and good will.");
    const std::vector<StanceCue> terms = cues(two, CueKind::tone_term);
    ASSERT_THAT(terms, SizeIs(2));
    EXPECT_EQ(terms[0].entry, k_cooperation);
    EXPECT_TRUE(terms[0].negated);
    EXPECT_EQ(terms[1].entry, k_good);
    EXPECT_FALSE(terms[1].negated);
}

TEST(StanceTest, PartyQuestionReversesItsPraiseWords) {
    Scoring s;
    const SentenceStance stance = s.one("Is this how a partnership is supposed to work?");
    ASSERT_THAT(stance.evidence, SizeIs(1));
    EXPECT_EQ(stance.evidence[0].entry, k_partnership);
    EXPECT_TRUE(stance.evidence[0].rhetorical);
    EXPECT_DOUBLE_EQ(stance.evidence[0].value, -0.6);
    EXPECT_EQ(stance.label, ToneLabel::conflictual);
    EXPECT_TRUE(stance.party_stance);
}

TEST(StanceTest, PartyQuestionKeepsItsProtestWords) {
    Scoring s;
    const SentenceStance stance = s.one("Who ordered this provocation?");
    ASSERT_THAT(stance.evidence, SizeIs(1));
    EXPECT_FALSE(stance.evidence[0].rhetorical);
    EXPECT_DOUBLE_EQ(stance.tone, -0.8);
}

TEST(StanceTest, JournalistQuestionIsNotReadAsRhetorical) {
    Scoring s;
    const SentenceStance stance = s.one("Is the partnership working?", /*question=*/true);
    ASSERT_THAT(stance.evidence, SizeIs(1));
    EXPECT_FALSE(stance.evidence[0].rhetorical);
    EXPECT_DOUBLE_EQ(stance.tone, 0.6);
}

TEST(StanceTest, NegatedPassiveKeepsAReproach) {
    Scoring s;
    const SentenceStance stance = s.one("Varenia will not be blamed for this provocation.");
    const std::vector<StanceCue> tone = cues(stance, CueKind::tone_term);
    ASSERT_THAT(tone, SizeIs(1));
    EXPECT_EQ(tone[0].entry, k_provocation);
    EXPECT_FALSE(tone[0].negated);
    EXPECT_DOUBLE_EQ(stance.tone, -0.8);
}

TEST(StanceTest, NegatedPassiveStillReversesPraise) {
    Scoring s;
    const SentenceStance stance = s.one("That would not be constructive.");
    ASSERT_THAT(stance.evidence, SizeIs(1));
    EXPECT_TRUE(stance.evidence[0].negated);
    EXPECT_DOUBLE_EQ(stance.tone, -0.4);
}

TEST(StanceTest, CapitalisedMayInsideASentenceIsTheMonth) {
    Scoring s;
    const SentenceStance month = s.one("Varenia rejects the statement of 4 May.");
    EXPECT_EQ(month.commitment, Commitment::none);
    ASSERT_THAT(month.evidence, SizeIs(1));
    EXPECT_EQ(month.evidence[0].ignored_rule, "date");

    const SentenceStance modal = s.one("Varenia may reject the statement.");
    EXPECT_EQ(modal.commitment, Commitment::hedge);
}

TEST(StanceTest, EvidenceIsInTextOrder) {
    Scoring s;
    const SentenceStance stance = s.one("Ostrava will never recognise the illegal annexation.");
    EXPECT_EQ(stance.commitment, Commitment::intent);
    ASSERT_THAT(stance.evidence, SizeIs(2));
    EXPECT_EQ(stance.evidence[0].kind, CueKind::commitment_cue);
    EXPECT_EQ(bytes(stance.evidence[0].span), s.where("will"));
    EXPECT_TRUE(stance.evidence[0].decisive);
    EXPECT_EQ(stance.evidence[1].kind, CueKind::tone_term);
}

// --- Sentences without cues, and whole documents ---------------------------------------------------

TEST(StanceTest, SentenceWithoutCuesIsNeutral) {
    Scoring s;
    const SentenceStance stance = s.one("The delegation arrived on Tuesday.");
    EXPECT_DOUBLE_EQ(stance.tone, 0);
    EXPECT_EQ(stance.label, ToneLabel::neutral);
    EXPECT_EQ(stance.commitment, Commitment::none);
    EXPECT_EQ(stance.commitment_rule, "");
    EXPECT_TRUE(stance.party_stance);
    EXPECT_THAT(stance.evidence, IsEmpty());
}

TEST(StanceTest, EmptySentenceIsNeutral) {
    Scoring s;
    const Document& document = s.analyse("The talks were constructive.");
    Sentence empty = document.sentences.at(0);
    empty.token_count = 0;
    const SentenceStance stance = s.scorer().score_sentence(document, empty);
    EXPECT_DOUBLE_EQ(stance.tone, 0);
    EXPECT_EQ(stance.label, ToneLabel::neutral);
    EXPECT_EQ(stance.commitment, Commitment::none);
    EXPECT_THAT(stance.evidence, IsEmpty());
}

TEST(StanceTest, ScoreGivesOneStancePerSentence) {
    Scoring s;
    const Document& document =
        s.analyse("The talks were constructive. Varenia must withdraw. The delegation arrived on Tuesday.");
    ASSERT_THAT(document.sentences, SizeIs(3));
    const DocumentStance stances = s.scorer().score(document);
    ASSERT_THAT(stances.by_sentence, SizeIs(3));
    EXPECT_DOUBLE_EQ(stances.by_sentence[0].tone, 0.5);
    EXPECT_EQ(stances.by_sentence[0].commitment, Commitment::none);
    EXPECT_DOUBLE_EQ(stances.by_sentence[1].tone, 0);
    EXPECT_EQ(stances.by_sentence[1].commitment, Commitment::demand);
    EXPECT_THAT(stances.by_sentence[2].evidence, IsEmpty());
    for (std::size_t i = 0; i < 3; ++i) {
        const SentenceStance alone = s.scorer().score_sentence(document, document.sentences[i]);
        EXPECT_DOUBLE_EQ(stances.by_sentence[i].tone, alone.tone) << i;
        EXPECT_EQ(stances.by_sentence[i].commitment, alone.commitment) << i;
        EXPECT_EQ(stances.by_sentence[i].evidence.size(), alone.evidence.size()) << i;
    }
}

TEST(StanceTest, ScoreOfADocumentWithoutSentencesIsEmpty) {
    Scoring s;
    const Document& document = s.analyse("");
    EXPECT_THAT(s.scorer().score(document).by_sentence, IsEmpty());
}

// --- Names and labels ----------------------------------------------------------------------------

TEST(StanceTest, ToneLabelThresholdsAreInclusive) {
    EXPECT_EQ(tone_label(0.25), ToneLabel::cooperative);
    EXPECT_EQ(tone_label(0.249), ToneLabel::neutral);
    EXPECT_EQ(tone_label(-0.249), ToneLabel::neutral);
    EXPECT_EQ(tone_label(-0.25), ToneLabel::conflictual);
    EXPECT_EQ(tone_label(0), ToneLabel::neutral);
}

TEST(StanceTest, NamesAreTheReportNames) {
    EXPECT_EQ(tone_label_name(ToneLabel::conflictual), "conflictual");
    EXPECT_EQ(tone_label_name(ToneLabel::neutral), "neutral");
    EXPECT_EQ(tone_label_name(ToneLabel::cooperative), "cooperative");
    EXPECT_EQ(cue_kind_name(CueKind::code_phrase), "code_phrase");
    EXPECT_EQ(cue_kind_name(CueKind::tone_term), "tone_term");
    EXPECT_EQ(cue_kind_name(CueKind::commitment_cue), "commitment_cue");
}

}  // namespace
}  // namespace dipdiff
