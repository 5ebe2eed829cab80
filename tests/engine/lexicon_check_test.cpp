#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstddef>
#include <string>
#include <vector>

#include "engine/lexicon.hpp"
#include "engine/segmenter.hpp"
#include "engine/term_pool.hpp"

namespace dipdiff {
namespace {

using ::testing::ElementsAre;

std::vector<std::string> problems(const Lexicon& lexicon) {
    TermPool terms;
    Segmenter segmenter(terms);
    std::vector<std::string> out;
    for (const Diagnostic& d : validate_lexicon(lexicon, segmenter)) {
        EXPECT_EQ(d.severity, Severity::error);
        out.push_back(d.id + " " + d.format());
    }
    return out;
}

// Indexes of LexiconGrammar::locations (the order of k_grammar_lists).
constexpr std::size_t k_determiners = 0;
constexpr std::size_t k_subject_openers = 2;
constexpr std::size_t k_mention_verbs = 4;
constexpr std::size_t k_passive_auxiliaries = 5;
constexpr std::size_t k_formula_verbs = 6;
constexpr std::size_t k_date_words = 10;

/// A small lexicon without problems; every entry has a place in "lex.json".
Lexicon small() {
    Lexicon lexicon;
    lexicon.path = "lex.json";
    CodePhrase frank;
    frank.id = "frank-and-candid";
    frank.text = "frank and candid";
    frank.variants = {"candid and frank", "frank"};
    frank.tone = -0.4;
    frank.gloss = "The sides disagreed openly.";
    frank.location = {3, 10};
    frank.variant_locations = {{4, 10}, {4, 30}};
    lexicon.code_phrases.push_back(frank);
    lexicon.tone_terms = {
        {"constructive", 0.5, {6, 10}}, {"peace", 0.3, {7, 10}}, {"peaceful", 0.35, {8, 10}}};
    lexicon.commitment_cues = {{"agreed to", Commitment::commitment, {10, 10}},
                               {"urge", Commitment::demand, {11, 10}},
                               {"need to", Commitment::demand, {12, 10}}};
    lexicon.negators = {"not", "did not", "didn't"};
    lexicon.negator_locations = {{14, 5}, {14, 12}, {14, 23}};
    lexicon.intensifiers = {{"very", 1.5, {15, 10}}};
    lexicon.downtoners = {{"somewhat", 0.5, {16, 10}}};
    lexicon.contrast_markers = {"but", "however"};
    lexicon.contrast_marker_locations = {{17, 5}, {17, 12}};
    // "the" is both a determiner and a subject opener, as in the default.
    LexiconGrammar& grammar = lexicon.grammar;
    grammar.determiners = {"the", "any"};
    grammar.subject_openers = {"we", "the"};
    grammar.passive_auxiliaries = {"be"};
    grammar.date_words = {"May"};
    grammar.locations[k_determiners] = {{18, 5}, {18, 12}};
    grammar.locations[k_subject_openers] = {{19, 5}, {19, 11}};
    grammar.locations[k_passive_auxiliaries] = {{20, 5}};
    grammar.locations[k_date_words] = {{21, 5}};
    return lexicon;
}

constexpr const char* k_expected_tail = " (matching already finds the other word forms)";

TEST(LexiconCheckTest, AValidLexiconHasNoProblems) { EXPECT_THAT(problems(small()), ElementsAre()); }

TEST(LexiconCheckTest, TheDefaultModelWithoutPlacesHasNoProblems) {
    Lexicon lexicon = small();
    lexicon.path.clear();
    lexicon.negator_locations.clear();
    lexicon.contrast_marker_locations.clear();
    lexicon.grammar.locations = {};
    EXPECT_THAT(problems(lexicon), ElementsAre());
}

TEST(LexiconCheckTest, TheGrammarIndexesNameTheirLists) {
    EXPECT_STREQ(k_grammar_lists[k_determiners].key, "determiners");
    EXPECT_STREQ(k_grammar_lists[k_subject_openers].key, "subject_openers");
    EXPECT_STREQ(k_grammar_lists[k_mention_verbs].key, "mention_verbs");
    EXPECT_STREQ(k_grammar_lists[k_passive_auxiliaries].key, "passive_auxiliaries");
    EXPECT_STREQ(k_grammar_lists[k_formula_verbs].key, "formula_verbs");
    EXPECT_STREQ(k_grammar_lists[k_date_words].key, "date_words");
}

constexpr const char* k_one_word = " \u2014 one word (the rules compare single words)";

// The rules compare one word at a time: a phrase in a grammar list could never apply.
TEST(LexiconCheckTest, AGrammarWordOfSeveralWords) {
    Lexicon lexicon = small();
    lexicon.grammar.determiners.push_back("no one");
    lexicon.grammar.locations[k_determiners].push_back({18, 20});
    lexicon.grammar.coordinators.push_back("and-or");  // no place: the whole file
    lexicon.grammar.passive_auxiliaries.push_back("has been");
    lexicon.grammar.locations[k_passive_auxiliaries].push_back({20, 12});
    lexicon.grammar.date_words.push_back("4 May");
    lexicon.grammar.locations[k_date_words].push_back({21, 12});
    EXPECT_THAT(
        problems(lexicon),
        ElementsAre(
            std::string("lexicon.not-one-word lex.json:18:20: error: determiner \"no one\" in grammar "
                        "\"determiners\" has 2 words") +
                k_one_word,
            std::string("lexicon.not-one-word lex.json: error: coordinator \"and-or\" in grammar "
                        "\"coordinators\" has 2 words") +
                k_one_word,
            std::string("lexicon.not-one-word lex.json:20:12: error: passive auxiliary \"has been\" in "
                        "grammar \"passive_auxiliaries\" has 2 words") +
                k_one_word,
            std::string("lexicon.not-one-word lex.json:21:12: error: date word \"4 May\" in grammar "
                        "\"date_words\" has 2 words") +
                k_one_word));
}

// Apostrophes stay inside a word, as in the sentences the rules read.
TEST(LexiconCheckTest, AGrammarWordWithAnApostropheIsOneWord) {
    Lexicon lexicon = small();
    lexicon.grammar.conditional_openers = {"shouldn't"};
    EXPECT_THAT(problems(lexicon), ElementsAre());
}

TEST(LexiconCheckTest, GrammarWordsWithoutWordsComeAfterTheSections) {
    Lexicon lexicon = small();
    lexicon.grammar.mention_verbs = {"--"};
    lexicon.grammar.locations[k_mention_verbs] = {{22, 5}};
    lexicon.grammar.formula_verbs = {"say", "..."};
    lexicon.grammar.locations[k_formula_verbs] = {{23, 5}, {23, 12}};
    lexicon.contrast_markers.push_back(";");
    lexicon.contrast_marker_locations.push_back({17, 20});
    EXPECT_THAT(problems(lexicon),
                ElementsAre("lexicon.no-words lex.json:17:20: error: contrast marker \";\" has no words "
                            "\u2014 words (letters or digits)",
                            "lexicon.no-words lex.json:22:5: error: mention verb \"--\" in grammar "
                            "\"mention_verbs\" has no words \u2014 one word (letters or digits)",
                            "lexicon.no-words lex.json:23:12: error: formula verb \"...\" in grammar "
                            "\"formula_verbs\" has no words \u2014 one word (letters or digits)"));
}

// The rules look a word up in a list, so a repeat does no harm; the reader
// already refuses the same text twice in one list.
TEST(LexiconCheckTest, GrammarListsAreNotCheckedForRepeatedStems) {
    Lexicon lexicon = small();
    lexicon.grammar.acceptance_verbs = {"accept", "Accept", "accepted"};
    EXPECT_THAT(problems(lexicon), ElementsAre());
}

TEST(LexiconCheckTest, InflectionsOfOneCueMatchTheSameWords) {
    Lexicon lexicon = small();
    lexicon.commitment_cues.push_back({"urged", Commitment::demand, {13, 10}});
    EXPECT_THAT(
        problems(lexicon),
        ElementsAre(std::string("lexicon.duplicate-stems lex.json:13:10: error: commitment cue \"urged\" has "
                                "the same stems (urg) and inflections as commitment cue \"urge\" (line "
                                "11), so both match the same words \u2014 one entry for them in the "
                                "commitment cues") +
                    k_expected_tail));
}

// The scorer tells derivations apart even when Snowball gives them one stem
// ("peace", "peaceful"): they are two entries, not one written twice.
TEST(LexiconCheckTest, DerivationsWithOneStemAreDifferentEntries) {
    Lexicon lexicon = small();
    lexicon.tone_terms.push_back({"cooperation", 0.4, {9, 10}});
    lexicon.tone_terms.push_back({"cooperative", 0.4, {9, 40}});
    EXPECT_THAT(problems(lexicon), ElementsAre());
}

TEST(LexiconCheckTest, CaseAndHyphensDoNotMakeAnEntryDifferent) {
    Lexicon lexicon = small();
    lexicon.tone_terms.push_back({"Constructive", 0.4, {9, 10}});
    lexicon.tone_terms.push_back({"de-escalation", 0.4, {9, 30}});
    lexicon.tone_terms.push_back({"de escalation", 0.4, {9, 50}});
    EXPECT_THAT(
        problems(lexicon),
        ElementsAre(
            std::string("lexicon.duplicate-stems lex.json:9:10: error: tone term \"Constructive\" has the "
                        "same stems (construct) and inflections as tone term \"constructive\" (line 6), so "
                        "both match the same words \u2014 one entry for them in the tone terms") +
                k_expected_tail,
            std::string("lexicon.duplicate-stems lex.json:9:50: error: tone term \"de escalation\" has the "
                        "same stems (de escal) and inflections as tone term \"de-escalation\" (line 9), so "
                        "both match the same words \u2014 one entry for them in the tone terms") +
                k_expected_tail));
}

TEST(LexiconCheckTest, CodePhraseTextsAndVariantsAreOneSection) {
    Lexicon lexicon = small();
    CodePhrase blunt;
    blunt.id = "blunt";
    blunt.text = "blunt";
    blunt.variants = {"Frank"};
    blunt.location = {20, 10};
    blunt.variant_locations = {{21, 10}};
    lexicon.code_phrases.push_back(blunt);
    EXPECT_THAT(
        problems(lexicon),
        ElementsAre(std::string("lexicon.duplicate-stems lex.json:21:10: error: variant \"Frank\" of code "
                                "phrase \"blunt\" has the same stems (frank) and inflections as variant "
                                "\"frank\" of code phrase \"frank-and-candid\" (line 4), so both match the "
                                "same words \u2014 one entry for them in the code phrases") +
                    k_expected_tail));
}

TEST(LexiconCheckTest, AVariantWithoutAPlaceIsReportedAtItsPhrase) {
    Lexicon lexicon = small();
    lexicon.code_phrases[0].variants.push_back("Frank and candid");
    EXPECT_THAT(
        problems(lexicon),
        ElementsAre(std::string("lexicon.duplicate-stems lex.json:3:10: error: variant \"Frank and candid\" "
                                "of code phrase \"frank-and-candid\" has the same stems (frank and candid) "
                                "and inflections as text \"frank and candid\" of code phrase "
                                "\"frank-and-candid\" (line 3), so both match the same words \u2014 one "
                                "entry for them in the code phrases") +
                    k_expected_tail));
}

TEST(LexiconCheckTest, TheSameWordingInTwoSectionsIsAllowed) {
    Lexicon lexicon = small();
    lexicon.tone_terms.push_back({"frank", -0.2, {9, 10}});
    lexicon.commitment_cues.push_back({"not", Commitment::hedge, {13, 10}});
    EXPECT_THAT(problems(lexicon), ElementsAre());
}

TEST(LexiconCheckTest, IntensifiersAndDowntonersAreOneSection) {
    Lexicon lexicon = small();
    lexicon.downtoners.push_back({"Very", 0.9, {16, 40}});
    EXPECT_THAT(
        problems(lexicon),
        ElementsAre(std::string("lexicon.duplicate-stems lex.json:16:40: error: downtoner \"Very\" has the "
                                "same stems (veri) and inflections as intensifier \"very\" (line 15), so "
                                "both match the same words \u2014 one entry for them in the intensifiers "
                                "and downtoners") +
                    k_expected_tail));
}

TEST(LexiconCheckTest, NegatorsAndContrastMarkersUseTheirPlaces) {
    Lexicon lexicon = small();
    lexicon.negators.push_back("Not");
    lexicon.negator_locations.push_back({14, 33});
    lexicon.contrast_markers.push_back("BUT");  // no place: the whole file
    EXPECT_THAT(
        problems(lexicon),
        ElementsAre(
            std::string("lexicon.duplicate-stems lex.json:14:33: error: negator \"Not\" has the same stems "
                        "(not) and inflections as negator \"not\" (line 14), so both match the same words "
                        "\u2014 one entry for them in the negators") +
                k_expected_tail,
            std::string("lexicon.duplicate-stems lex.json: error: contrast marker \"BUT\" has the same "
                        "stems (but) and inflections as contrast marker \"but\" (line 17), so both match the "
                        "same words \u2014 one entry for them in the contrast markers") +
                k_expected_tail));
}

TEST(LexiconCheckTest, EntriesWithoutWords) {
    Lexicon lexicon = small();
    lexicon.tone_terms.push_back({"--", -0.2, {9, 10}});
    lexicon.code_phrases[0].variants.push_back("...");
    lexicon.code_phrases[0].variant_locations.push_back({4, 40});
    lexicon.negators.push_back("");
    lexicon.negator_locations.push_back({14, 33});
    EXPECT_THAT(
        problems(lexicon),
        ElementsAre("lexicon.no-words lex.json:4:40: error: variant \"...\" of code phrase "
                    "\"frank-and-candid\" has no words \u2014 words (letters or digits)",
                    "lexicon.no-words lex.json:9:10: error: tone term \"--\" has no words \u2014 words "
                    "(letters or digits)",
                    "lexicon.no-words lex.json:14:33: error: negator \"\" has no words \u2014 words "
                    "(letters or digits)"));
}

// Without English inflections to check, entries are the same when their stems are.
TEST(LexiconCheckTest, InAnotherLanguageTheStemsAlone) {
    Lexicon lexicon;
    lexicon.language = "de";
    lexicon.path = "de.json";
    lexicon.tone_terms = {{"Zusammenarbeit", 0.4, {2, 5}}, {"Zusammenarbeiten", 0.4, {3, 5}}};
    EXPECT_THAT(
        problems(lexicon),
        ElementsAre("lexicon.duplicate-stems de.json:3:5: error: tone term \"Zusammenarbeiten\" has the "
                    "same stems (zusammenarbeit) as tone term \"Zusammenarbeit\" (line 2), so both match "
                    "the same words \u2014 one entry for them in the tone terms (matching already finds "
                    "the other word forms)"));
}

}  // namespace
}  // namespace dipdiff
