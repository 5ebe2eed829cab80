#pragma once
/// Stance of every sentence: tone toward the counterpart, commitment class and
/// diplomatic code phrases, each with the cues that produced it
/// (docs/lexicon.md has the rules).
#include "engine/document.hpp"
#include "engine/lexicon.hpp"
#include "engine/segmenter.hpp"

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

namespace dipdiff {

enum class ToneLabel : std::uint8_t { conflictual, neutral, cooperative };

/// "conflictual", "neutral", "cooperative".
std::string_view tone_label_name(ToneLabel label);

/// Scores at or above this are cooperative, at or below its negation conflictual.
inline constexpr double k_tone_label_threshold = 0.25;

/// The label of a tone score.
ToneLabel tone_label(double tone);

/// What kind of lexicon entry a cue matched.
enum class CueKind : std::uint8_t { code_phrase, tone_term, commitment_cue };

/// "code_phrase", "tone_term", "commitment_cue".
std::string_view cue_kind_name(CueKind kind);

/// One lexicon entry found in a sentence, and what the rules did to it.
struct StanceCue {
    CueKind kind = CueKind::tone_term;
    std::uint32_t entry = 0;  ///< index into the lexicon section of `kind`
    Span span;                ///< the matched words in the statement's original text
    /// For tone cues: the lexicon value, then the value after the rules
    /// (intensified or downtoned, negated), then its weight in the sentence
    /// (1 in the clause that carries the contrast, 0.3 before it). The cue adds
    /// value * clause_weight to the sentence's sum. 0 for commitment cues.
    double lexicon_value = 0;
    double value = 0;
    double clause_weight = 1;
    double factor = 1;         ///< product of the intensifier and downtoner factors applied
    Span modifier;             ///< the intensifiers and downtoners applied (empty when none)
    Span negator;              ///< the negator that reversed it, or that made it not_mentioned
    bool negated = false;
    /// In the scope of a negated verb of mention ("did not discuss sanctions"):
    /// the sentence reports an absence, so the cue counts 0.
    bool not_mentioned = false;
    bool contrasted = false;   ///< its clause is weighed down by a later contrast ("…, but …")
    /// Reversed because the sentence is a party's (rhetorical) question that
    /// holds the praise word up against the other side: "Is this how a
    /// reliable partner behaves?"
    bool rhetorical = false;
    /// For commitment cues: the class it proposes, and whether it decided the
    /// sentence's class. `ignored` marks a discourse formula ("I must say").
    Commitment commitment = Commitment::none;
    bool decisive = false;
    bool ignored = false;
    /// A sentence-initial "should" ("Should they board another vessel, …") is
    /// a condition: its class is hedge, not demand.
    bool conditional = false;
    /// Why an ignored cue does not count: "formula" ("I must say", "I will not
    /// comment"), "comparison" ("than expected", "as agreed"), "modal" (an act
    /// under a modal: "will sign", "could accept"), "code_phrase" (an act
    /// inside a conflictual code phrase: "agreed to disagree") or "date" ("May"
    /// written with a capital inside a sentence is the month).
    std::string_view ignored_rule;
};

/// The stance of one sentence.
struct SentenceStance {
    double tone = 0;  ///< in [-1, 1], rounded to 3 decimals
    ToneLabel label = ToneLabel::neutral;
    Commitment commitment = Commitment::none;
    /// False for a journalist's question: scored, but never the party's
    /// stance, and left out of every aggregate.
    bool party_stance = true;
    /// Which rule decided the commitment class: "" (none matched), "precedence"
    /// or "hedge-scope".
    std::string_view commitment_rule;
    /// Every cue, in text order (then code phrases, tone terms, commitment cues).
    std::vector<StanceCue> evidence;
};

/// Stances of every sentence of one document, parallel to Document::sentences.
struct DocumentStance {
    std::vector<SentenceStance> by_sentence;
};

/// Scores sentences with a lexicon. Entries are stemmed once, at construction,
/// by the same Segmenter as the documents in the lexicon's language, so that
/// they match the same tokens. Keeps references to
/// the lexicon and the segmenter: both must outlive the scorer, and documents
/// must come from a Segmenter over the same TermPool. Not thread-safe.
class StanceScorer {
public:
    StanceScorer(const Lexicon& lexicon, Segmenter& segmenter);
    ~StanceScorer();
    StanceScorer(const StanceScorer&) = delete;
    StanceScorer& operator=(const StanceScorer&) = delete;

    DocumentStance score(const Document& document) const;
    SentenceStance score_sentence(const Document& document, const Sentence& sentence) const;

    const Lexicon& lexicon() const { return m_lexicon; }

private:
    struct Compiled;
    const Lexicon& m_lexicon;
    std::unique_ptr<Compiled> m_compiled;
};

}  // namespace dipdiff
