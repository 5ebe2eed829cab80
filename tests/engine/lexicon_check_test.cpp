#include <gmock/gmock.h>
#include <gtest/gtest.h>

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
    return lexicon;
}

constexpr const char* k_expected_tail = " (matching already finds the other word forms)";

TEST(LexiconCheckTest, AValidLexiconHasNoProblems) { EXPECT_THAT(problems(small()), ElementsAre()); }

TEST(LexiconCheckTest, TheDefaultModelWithoutPlacesHasNoProblems) {
    Lexicon lexicon = small();
    lexicon.path.clear();
    lexicon.negator_locations.clear();
    lexicon.contrast_marker_locations.clear();
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
