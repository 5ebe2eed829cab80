#pragma once
/// The stance lexicon as the engine uses it (docs/lexicon.md): code phrases,
/// tone terms, commitment cues and the modifiers of negation, intensity and
/// contrast. formats/lexicon_reader.hpp reads it from JSON; the engine never
/// sees the file format.
#include "engine/diagnostic.hpp"
#include "engine/statement.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dipdiff {

/// Commitment classes, weakest first: when several cues apply, the sentence
/// takes the strongest (docs/lexicon.md, "Commitment class").
enum class Commitment : std::uint8_t { none, hedge, intent, demand, commitment };

/// "none", "hedge", "intent", "demand", "commitment".
std::string_view commitment_name(Commitment commitment);
/// The class for its name; false when `name` is not one of the four cue
/// classes ("none" is not a cue class).
bool commitment_from_name(std::string_view name, Commitment& out);

/// A diplomatic formula with its conventional meaning ("frank and candid").
struct CodePhrase {
    std::string id;                     ///< unique, [a-z0-9-]+
    std::string text;                   ///< canonical wording
    std::vector<std::string> variants;  ///< other wordings that mean the same
    double tone = 0;                    ///< in [-1, 1]
    std::string gloss;                  ///< one line, shown to the user
    FieldLocation location = {};        ///< where `text` is in the lexicon file (line 0: unknown)
    /// Where each variant is in the file, parallel to `variants` when read
    /// from a file (may be empty otherwise).
    std::vector<FieldLocation> variant_locations;
};

/// A word or phrase that carries tone ("hostility" -0.7).
struct ToneTerm {
    std::string text;
    double weight = 0;  ///< in [-1, 1]
    FieldLocation location = {};  ///< where `text` is in the lexicon file (line 0: unknown)
};

/// A word or phrase that signals a commitment class ("agreed to": commitment).
struct CommitmentCue {
    std::string text;
    Commitment commitment = Commitment::none;  ///< never none
    FieldLocation location = {};               ///< where `text` is in the lexicon file
};

/// An intensifier (factor > 1) or downtoner (factor in (0, 1)).
struct ToneModifier {
    std::string text;
    double factor = 1;
    FieldLocation location = {};  ///< where `text` is in the lexicon file
};

/// How many word lists LexiconGrammar has (k_grammar_lists names them).
inline constexpr std::size_t k_grammar_list_count = 11;

/// The function words the rules need (docs/lexicon.md, "Grammar"). They are
/// language-specific, so they live in the lexicon with the vocabulary: a
/// lexicon for another language brings its own. Every list may be empty; the
/// rule that uses it then never applies.
struct LexiconGrammar {
    std::vector<std::string> determiners;          ///< not counted in a negator's reach ("not any")
    std::vector<std::string> coordinators;         ///< "and", "or": before a subject opener, end a negator's scope
    std::vector<std::string> subject_openers;      ///< "we", "they", "the" …: open a new clause after a coordinator
    std::vector<std::string> acceptance_verbs;     ///< negated, they take the negation ("never recognise X")
    std::vector<std::string> mention_verbs;        ///< negated, they report an absence ("did not discuss X")
    std::vector<std::string> passive_auxiliaries;  ///< "be", "been": a negated passive keeps a reproach
    std::vector<std::string> formula_verbs;        ///< after a cue, make it a formula ("I must say")
    std::vector<std::string> comparison_words;     ///< before a cue, make it a comparison ("than expected")
    std::vector<std::string> infinitive_markers;   ///< "to", skipped between a cue and a formula verb
    std::vector<std::string> conditional_openers;  ///< opening the sentence, a demand cue is a condition ("Should …")
    /// Words that, written exactly so (case-sensitive) inside a sentence, are
    /// a date and not a cue ("May").
    std::vector<std::string> date_words;
    /// Where each word is in the lexicon file: `locations[i]` is parallel to
    /// the list k_grammar_lists[i] names when read from a file (may be empty
    /// otherwise).
    std::array<std::vector<FieldLocation>, k_grammar_list_count> locations;
};

/// One list of LexiconGrammar as the file and the messages name it.
struct GrammarList {
    const char* key;       ///< its key in "grammar": "passive_auxiliaries"
    const char* plural;    ///< the list in messages: "passive auxiliaries"
    const char* singular;  ///< one of its words in messages: "passive auxiliary"
    std::vector<std::string> LexiconGrammar::*words;
};

/// The lists of "grammar", in the order of the file and of `LexiconGrammar::locations`.
inline constexpr std::array<GrammarList, k_grammar_list_count> k_grammar_lists{{
    {"determiners", "determiners", "determiner", &LexiconGrammar::determiners},
    {"coordinators", "coordinators", "coordinator", &LexiconGrammar::coordinators},
    {"subject_openers", "subject openers", "subject opener", &LexiconGrammar::subject_openers},
    {"acceptance_verbs", "acceptance verbs", "acceptance verb", &LexiconGrammar::acceptance_verbs},
    {"mention_verbs", "mention verbs", "mention verb", &LexiconGrammar::mention_verbs},
    {"passive_auxiliaries", "passive auxiliaries", "passive auxiliary", &LexiconGrammar::passive_auxiliaries},
    {"formula_verbs", "formula verbs", "formula verb", &LexiconGrammar::formula_verbs},
    {"comparison_words", "comparison words", "comparison word", &LexiconGrammar::comparison_words},
    {"infinitive_markers", "infinitive markers", "infinitive marker", &LexiconGrammar::infinitive_markers},
    {"conditional_openers", "conditional openers", "conditional opener",
     &LexiconGrammar::conditional_openers},
    {"date_words", "date words", "date word", &LexiconGrammar::date_words},
}};

/// A whole lexicon. Every section may be empty.
struct Lexicon {
    std::string language = "en";  ///< ISO 639-1; chooses the stemmer
    /// The file it came from: "data/lexicon.json" for the built-in default.
    std::string path;
    std::vector<CodePhrase> code_phrases;
    std::vector<ToneTerm> tone_terms;
    std::vector<CommitmentCue> commitment_cues;
    std::vector<std::string> negators;
    std::vector<ToneModifier> intensifiers;
    std::vector<ToneModifier> downtoners;
    std::vector<std::string> contrast_markers;
    LexiconGrammar grammar;
    /// Where each negator and contrast marker is in the file, parallel to
    /// `negators` and `contrast_markers` when read from a file (may be empty
    /// otherwise).
    std::vector<FieldLocation> negator_locations;
    std::vector<FieldLocation> contrast_marker_locations;
};

class Segmenter;

/// Problems of a lexicon that need the segmenter to see (docs/lexicon.md): an
/// entry with no words ("lexicon.no-words"), and two entries of one section
/// that match the same words ("lexicon.duplicate-stems"): the same stems in
/// `language` and, for English, words that are inflections of one another
/// (engine/inflection.hpp), as the scorer matches them. Sections: code phrase
/// texts and variants together; tone terms; commitment cues; negators;
/// intensifiers and downtoners together; contrast markers. Every word of the
/// grammar lists must be one word ("lexicon.no-words" for none,
/// "lexicon.not-one-word" for several), since the rules compare single words;
/// they are not checked for repeated stems ("the" is both a determiner and a
/// subject opener). Each problem is an error at the entry's place in
/// `lexicon.path` when known (line 0 when not), in section order (the grammar
/// last, list by list), then entry order. formats/lexicon_reader.hpp runs this on
/// every lexicon it loads.
Diagnostics validate_lexicon(const Lexicon& lexicon, Segmenter& segmenter);

}  // namespace dipdiff
