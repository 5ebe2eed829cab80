#include "engine/stance.hpp"

#include "engine/phrase_matcher.hpp"
#include "engine/phrase_stems.hpp"

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstdint>
#include <unordered_set>

namespace dipdiff {

std::string_view tone_label_name(ToneLabel label) {
    switch (label) {
        case ToneLabel::conflictual: return "conflictual";
        case ToneLabel::cooperative: return "cooperative";
        case ToneLabel::neutral: break;
    }
    return "neutral";
}

ToneLabel tone_label(double tone) {
    if (tone >= k_tone_label_threshold) return ToneLabel::cooperative;
    if (tone <= -k_tone_label_threshold) return ToneLabel::conflictual;
    return ToneLabel::neutral;
}

std::string_view cue_kind_name(CueKind kind) {
    switch (kind) {
        case CueKind::code_phrase: return "code_phrase";
        case CueKind::commitment_cue: return "commitment_cue";
        case CueKind::tone_term: break;
    }
    return "tone_term";
}

namespace {

// docs/lexicon.md, "Tone score".
constexpr std::uint32_t k_negation_reach = 4;       // words after the negator
constexpr double k_negation_damping = 0.8;          // "not hostile" is weaker than "friendly"
constexpr std::uint32_t k_modifier_reach = 2;       // words before the match
constexpr std::uint32_t k_modal_reach = 2;          // words between "will" and "sign"
constexpr std::uint32_t k_comparison_reach = 3;     // "than I had expected"
constexpr double k_conceded_clause_weight = 0.2;    // clauses before the last contrast

double clamp_tone(double value) { return std::clamp(value, -1.0, 1.0); }
double round3(double value) { return std::round(value * 1000.0) / 1000.0; }

}  // namespace

struct StanceScorer::Compiled {
    const TermPool* terms = nullptr;
    PhraseSet code_phrases;
    PhraseSet modifiers;  // intensifiers, then downtoners: entry < intensifier_count is an intensifier
    PhraseSet tone_terms;
    PhraseSet negators;
    PhraseSet contrast_markers;
    PhraseSet commitment_cues;
    std::uint32_t intensifier_count = 0;
    std::vector<char> code_pattern_negated;  // per code phrase pattern: it opens with a negator
    std::vector<char> tone_pattern_negated;  // per tone term pattern: it opens with a negator
    // The lexicon's grammar lists (LexiconGrammar), as stems.
    std::unordered_set<TermId> subject_openers;
    std::unordered_set<TermId> coordinators;
    std::unordered_set<TermId> discourse_verbs;
    std::unordered_set<TermId> comparison_words;
    std::unordered_set<TermId> determiners;
    std::unordered_set<TermId> negation_taking_verbs;
    std::unordered_set<TermId> mention_verbs;
    std::unordered_set<TermId> passive_auxiliaries;
    std::unordered_set<TermId> infinitive_markers;
    std::unordered_set<TermId> conditional_openers;

    // Scratch reused between sentences.
    mutable std::vector<MatchWord> words;
    mutable std::vector<char> occupied;
    mutable std::vector<char> cue_occupied;
    mutable std::vector<PhraseMatch> code_matches, modifier_matches, tone_matches, negator_matches,
        contrast_matches, cue_matches;
    mutable std::vector<std::uint32_t> boundaries;
};

StanceScorer::StanceScorer(const Lexicon& lexicon, Segmenter& segmenter)
    : m_lexicon(lexicon), m_compiled(std::make_unique<Compiled>()) {
    Compiled& c = *m_compiled;
    c.terms = &segmenter.terms();
    PhraseStemmer stemmer(segmenter);
    const std::string_view language = lexicon.language;
    std::vector<TermId> stems;
    std::vector<TermId> norms;
    auto add = [&](PhraseSet& set, std::string_view text, std::uint32_t entry) {
        stemmer.stems_and_norms(text, language, stems, norms);
        set.add(stems, norms, entry);
        return !stems.empty();
    };
    for (PhraseSet* set : {&c.code_phrases, &c.modifiers, &c.tone_terms, &c.negators, &c.contrast_markers,
                           &c.commitment_cues}) {
        if (language == "en") set->check_english_inflections(c.terms);
    }
    for (std::uint32_t i = 0; i < lexicon.negators.size(); ++i) add(c.negators, lexicon.negators[i], i);
    auto add_opening = [&](PhraseSet& set, std::vector<char>& negated, std::string_view text, std::uint32_t entry) {
        if (add(set, text, entry)) negated.push_back(c.negators.starts(stems) ? 1 : 0);
    };
    for (std::uint32_t i = 0; i < lexicon.code_phrases.size(); ++i) {
        add_opening(c.code_phrases, c.code_pattern_negated, lexicon.code_phrases[i].text, i);
        for (const std::string& variant : lexicon.code_phrases[i].variants)
            add_opening(c.code_phrases, c.code_pattern_negated, variant, i);
    }
    for (std::uint32_t i = 0; i < lexicon.tone_terms.size(); ++i)
        add_opening(c.tone_terms, c.tone_pattern_negated, lexicon.tone_terms[i].text, i);
    c.intensifier_count = static_cast<std::uint32_t>(lexicon.intensifiers.size());
    for (std::uint32_t i = 0; i < lexicon.intensifiers.size(); ++i) add(c.modifiers, lexicon.intensifiers[i].text, i);
    for (std::uint32_t i = 0; i < lexicon.downtoners.size(); ++i)
        add(c.modifiers, lexicon.downtoners[i].text, c.intensifier_count + i);
    for (std::uint32_t i = 0; i < lexicon.contrast_markers.size(); ++i)
        add(c.contrast_markers, lexicon.contrast_markers[i], i);
    for (std::uint32_t i = 0; i < lexicon.commitment_cues.size(); ++i)
        add(c.commitment_cues, lexicon.commitment_cues[i].text, i);
    auto add_words = [&](std::unordered_set<TermId>& set, const std::vector<std::string>& words) {
        // validate_lexicon() reports a grammar word that is not one word; here
        // such a word is skipped rather than matched by its first part.
        for (const std::string& word : words) {
            stemmer.stems(word, language, stems);
            if (stems.size() == 1) set.insert(stems.front());
        }
    };
    const LexiconGrammar& grammar = lexicon.grammar;
    add_words(c.subject_openers, grammar.subject_openers);
    add_words(c.coordinators, grammar.coordinators);
    add_words(c.discourse_verbs, grammar.formula_verbs);
    add_words(c.comparison_words, grammar.comparison_words);
    add_words(c.determiners, grammar.determiners);
    add_words(c.negation_taking_verbs, grammar.acceptance_verbs);
    add_words(c.mention_verbs, grammar.mention_verbs);
    add_words(c.passive_auxiliaries, grammar.passive_auxiliaries);
    add_words(c.infinitive_markers, grammar.infinitive_markers);
    add_words(c.conditional_openers, grammar.conditional_openers);
}

StanceScorer::~StanceScorer() = default;

DocumentStance StanceScorer::score(const Document& document) const {
    DocumentStance result;
    result.by_sentence.reserve(document.sentences.size());
    for (const Sentence& sentence : document.sentences) result.by_sentence.push_back(score_sentence(document, sentence));
    return result;
}

namespace {

// A dash or bracket between words ends a clause for matching; a hyphen inside
// a word ("de-escalation", "win-win") does not.
bool is_clause_punctuation(const Document& document, std::size_t index, std::string_view norm) {
    if (norm == "," || norm == ";" || norm == ":" || norm == "(" || norm == ")") return true;
    if (norm != "-") return false;
    const Token& token = document.tokens[index];
    const std::string_view text = document.statement->text;
    const bool ascii_hyphen = token.span.of(text) == "-";
    const bool joined_before = index > 0 && document.tokens[index - 1].span.end == token.span.start;
    const bool joined_after =
        index + 1 < document.tokens.size() && document.tokens[index + 1].span.start == token.span.end;
    return !(ascii_hyphen && joined_before && joined_after);
}

// The sentence's last character other than closing quotes and brackets is "?".
bool ends_with_question_mark(std::string_view sentence) {
    while (!sentence.empty()) {
        const char last = sentence.back();
        if (last == '"' || last == '\'' || last == ')' || last == ' ') {
            sentence.remove_suffix(1);
        } else if (sentence.size() >= 3 && (sentence.substr(sentence.size() - 3) == "\u201d" ||
                                            sentence.substr(sentence.size() - 3) == "\u2019")) {
            sentence.remove_suffix(3);
        } else {
            break;
        }
    }
    return !sentence.empty() && (sentence.back() == '?' || (sentence.size() >= 3 &&
                                                             sentence.substr(sentence.size() - 3) == "\uff1f"));
}

Span words_span(const Document& document, std::span<const MatchWord> words, std::uint32_t start, std::uint32_t end) {
    return {document.tokens[words[start].token].span.start, document.tokens[words[end - 1].token].span.end};
}

}  // namespace

namespace {

enum class NegatedVerb { none, takes_negation, mention };

struct ToneCueDraft {
    PhraseMatch match;
    CueKind kind;
    std::uint32_t entry;
    double lexicon_value;
    bool opens_with_negator;
};

}  // namespace

SentenceStance StanceScorer::score_sentence(const Document& document, const Sentence& sentence) const {
    const Compiled& c = *m_compiled;
    SentenceStance result;
    result.party_stance = !sentence.question;

    // The sentence's words, with the punctuation clause each is in.
    auto& words = c.words;
    words.clear();
    std::uint32_t clause = 0;
    const std::uint32_t first = sentence.first_token;
    const std::uint32_t last = sentence.first_token + sentence.token_count;
    for (std::uint32_t index = first; index < last; ++index) {
        const Token& token = document.tokens[index];
        if (is_matched_token(token.kind)) {
            words.push_back({token.stem, token.norm, index, clause});
        } else if (token.kind == TokenKind::punctuation &&
                   is_clause_punctuation(document, index, c.terms->text(token.norm))) {
            ++clause;
        }
    }
    if (words.empty()) return result;
    const auto word_count = static_cast<std::uint32_t>(words.size());

    // Matching, in the order of docs/lexicon.md: code phrases, then modifiers,
    // tone terms, negators and contrast markers on the words still free.
    auto& occupied = c.occupied;
    occupied.assign(word_count, 0);
    auto match = [&](const PhraseSet& set, std::vector<PhraseMatch>& out) {
        out.clear();
        if (!set.empty()) set.match(words, occupied, occupied, out);
    };
    match(c.code_phrases, c.code_matches);
    match(c.tone_terms, c.tone_matches);
    match(c.modifiers, c.modifier_matches);
    match(c.negators, c.negator_matches);
    match(c.contrast_markers, c.contrast_matches);

    // "nothing but provocation": a negator directly followed by a contrast
    // marker strengthens what follows; neither negates nor contrasts.
    std::vector<char> negator_active(c.negator_matches.size(), 1);
    std::vector<char> contrast_active(c.contrast_matches.size(), 1);
    for (std::size_t n = 0; n < c.negator_matches.size(); ++n) {
        const std::uint32_t after = c.negator_matches[n].end;
        for (std::size_t m = 0; m < c.contrast_matches.size(); ++m) {
            if (c.contrast_matches[m].start != after) continue;
            negator_active[n] = 0;
            contrast_active[m] = 0;
        }
    }

    // Contrast: the clause after the last marker carries the point.
    auto& boundaries = c.boundaries;
    boundaries.clear();
    for (std::size_t m = 0; m < c.contrast_matches.size(); ++m) {
        if (!contrast_active[m]) continue;
        const PhraseMatch& marker = c.contrast_matches[m];
        if (marker.start == 0) {
            // "Although …, …": the main clause begins after the first comma.
            for (std::uint32_t w = marker.end; w < word_count; ++w) {
                if (words[w].clause != words[0].clause) {
                    boundaries.push_back(w);
                    break;
                }
            }
        } else {
            boundaries.push_back(marker.start);
        }
    }
    std::sort(boundaries.begin(), boundaries.end());
    boundaries.erase(std::unique(boundaries.begin(), boundaries.end()), boundaries.end());
    auto segment_of = [&](std::uint32_t word) {
        return static_cast<std::uint32_t>(std::upper_bound(boundaries.begin(), boundaries.end(), word) -
                                          boundaries.begin());
    };
    const auto last_segment = static_cast<std::uint32_t>(boundaries.size());

    // Tone cues in text order.
    std::vector<ToneCueDraft> drafts;
    drafts.reserve(c.code_matches.size() + c.tone_matches.size());
    for (const PhraseMatch& m : c.code_matches) {
        const std::uint32_t entry = c.code_phrases.pattern(m.pattern).entry;
        drafts.push_back({m, CueKind::code_phrase, entry, m_lexicon.code_phrases[entry].tone,
                          c.code_pattern_negated[m.pattern] != 0});
    }
    for (const PhraseMatch& m : c.tone_matches) {
        const std::uint32_t entry = c.tone_terms.pattern(m.pattern).entry;
        drafts.push_back({m, CueKind::tone_term, entry, m_lexicon.tone_terms[entry].weight,
                          c.tone_pattern_negated[m.pattern] != 0});
    }
    std::sort(drafts.begin(), drafts.end(),
              [](const ToneCueDraft& a, const ToneCueDraft& b) { return a.match.start < b.match.start; });

    auto ends_scope = [&](std::uint32_t from, std::uint32_t to) {
        // "and"/"or" followed by a new subject between a negator and a match.
        for (std::uint32_t w = from; w + 1 < to; ++w)
            if (c.coordinators.count(words[w].stem) &&
                c.subject_openers.count(words[w + 1].stem))
                return true;
        return false;
    };

    std::vector<char> negator_spent(c.negator_matches.size(), 0);
    const bool rhetorical = result.party_stance && ends_with_question_mark(sentence.span.of(document.statement->text));
    double weighted_sum = 0;
    for (const ToneCueDraft& draft : drafts) {
        const PhraseMatch& m = draft.match;
        StanceCue cue;
        cue.kind = draft.kind;
        cue.entry = draft.entry;
        cue.span = words_span(document, words, m.start, m.end);
        cue.lexicon_value = draft.lexicon_value;
        double value = draft.lexicon_value;

        // Intensifiers and downtoners directly before it, in its clause.
        std::uint32_t modifier_start = m.start;
        for (auto it = c.modifier_matches.rbegin(); it != c.modifier_matches.rend(); ++it) {
            if (it->end > modifier_start) continue;
            if (modifier_start - it->end >= k_modifier_reach) break;
            if (words[it->start].clause != words[m.start].clause) break;
            const std::uint32_t entry = c.modifiers.pattern(it->pattern).entry;
            cue.factor *= entry < c.intensifier_count ? m_lexicon.intensifiers[entry].factor
                                                      : m_lexicon.downtoners[entry - c.intensifier_count].factor;
            cue.modifier = cue.modifier.empty()
                               ? words_span(document, words, it->start, it->end)
                               : Span{words_span(document, words, it->start, it->end).start, cue.modifier.end};
            modifier_start = it->start;
        }
        value = clamp_tone(value * cue.factor);

        // Negation: the nearest negator whose scope reaches the match.
        if (!draft.opens_with_negator) {
            for (std::size_t n = c.negator_matches.size(); n-- > 0;) {
                const PhraseMatch& negator = c.negator_matches[n];
                if (negator.end > m.start) continue;
                if (!negator_active[n]) continue;
                // A negator reverses the first stance word after it, not every
                // one: "raised no objections to the proposed timetable".
                if (negator_spent[n]) break;
                if (words[negator.start].clause != words[m.start].clause) break;
                if (segment_of(negator.start) != segment_of(m.start)) break;
                if (ends_scope(negator.end, m.start + 1)) break;
                std::uint32_t distance = 0;
                NegatedVerb verb = NegatedVerb::none;
                for (std::uint32_t w = negator.end; w < m.start; ++w) {
                    if (!c.determiners.count(words[w].stem)) ++distance;
                    if (c.negation_taking_verbs.count(words[w].stem)) verb = NegatedVerb::takes_negation;
                    if (value < 0 && c.passive_auxiliaries.count(words[w].stem)) verb = NegatedVerb::takes_negation;
                    if (c.mention_verbs.count(words[w].stem)) verb = NegatedVerb::mention;
                }
                if (distance >= k_negation_reach) break;
                cue.negator = words_span(document, words, negator.start, negator.end);
                if (verb == NegatedVerb::mention) {
                    cue.not_mentioned = true;  // "did not discuss X or Y": all of it
                    value = 0;
                } else if (verb == NegatedVerb::none) {
                    cue.negated = true;
                    value = -value * k_negation_damping;
                    negator_spent[n] = 1;
                } else {
                    cue.negator = {};
                    negator_spent[n] = 1;
                }
                break;
            }
        }
        // A party's question asks whether the other side lives up to its
        // praise words: "Is this how a reliable partner behaves?"
        if (rhetorical && value > 0 && !cue.negated) {
            value = -value;
            cue.rhetorical = true;
        }
        cue.value = value;
        const std::uint32_t segment = segment_of(m.start);
        cue.contrasted = segment != last_segment;
        cue.clause_weight = cue.contrasted ? k_conceded_clause_weight : 1.0;
        weighted_sum += value * cue.clause_weight;
        // A tone term of weight 0 only keeps a false friend from matching
        // ("goods" is not "good"): nothing to show.
        if (draft.kind == CueKind::tone_term && draft.lexicon_value == 0) continue;
        result.evidence.push_back(cue);
    }
    result.tone = round3(clamp_tone(weighted_sum));
    if (result.tone == 0) result.tone = 0;  // no "-0" in reports
    result.label = tone_label(result.tone);

    // Commitment: a journalist's question commits nobody.
    if (result.party_stance) {
        auto& cue_occupied = c.cue_occupied;
        cue_occupied.assign(word_count, 0);
        c.cue_matches.clear();
        if (!c.commitment_cues.empty()) c.commitment_cues.match(words, cue_occupied, cue_occupied, c.cue_matches);
        const std::size_t first_cue = result.evidence.size();
        auto is_date_word = [&](std::string_view written) {
            for (const std::string& date : m_lexicon.grammar.date_words)
                if (written == date) return true;
            return false;
        };
        auto formula_rule = [&](const PhraseMatch& m) -> std::string_view {
            // "I must say", "I will not comment", "I would not call it …".
            std::uint32_t next = m.end;
            for (const PhraseMatch& negator : c.negator_matches)
                if (negator.start <= next && negator.end > next) next = negator.end;  // "will not"
            if (next < word_count && c.infinitive_markers.count(words[next].stem)) ++next;  // "want to thank"
            if (next < word_count && words[next].clause == words[m.start].clause &&
                c.discourse_verbs.count(words[next].stem))
                return "formula";
            // "faster than expected", "as agreed", "warmer than I had expected".
            for (std::uint32_t back = 1; back <= k_comparison_reach && back <= m.start; ++back) {
                const MatchWord& word = words[m.start - back];
                if (word.clause != words[m.start].clause) break;
                if (c.comparison_words.count(word.stem)) return "comparison";
            }
            return {};
        };
        std::size_t opening = SIZE_MAX;  // the first cue that counts
        for (const PhraseMatch& m : c.cue_matches) {
            StanceCue cue;
            cue.kind = CueKind::commitment_cue;
            cue.entry = c.commitment_cues.pattern(m.pattern).entry;
            cue.span = words_span(document, words, m.start, m.end);
            cue.commitment = m_lexicon.commitment_cues[cue.entry].commitment;
            // "the statement of 4 May": the month, not the modal.
            if (m.end == m.start + 1 && m.start > 0 && is_date_word(cue.span.of(document.statement->text)))
                cue.ignored_rule = "date";
            // "Should Talmar board another vessel, …": a condition, not a demand.
            if (m.start == 0 && cue.commitment == Commitment::demand && c.conditional_openers.count(words[0].stem)) {
                cue.commitment = Commitment::hedge;
                cue.conditional = true;
            }
            cue.clause_weight = 0;
            if (cue.ignored_rule.empty()) cue.ignored_rule = formula_rule(m);
            // "agreed to disagree": the code phrase's conventional meaning (no
            // agreement) overrides the act its words state.
            if (cue.ignored_rule.empty() && cue.commitment == Commitment::commitment) {
                for (const PhraseMatch& code : c.code_matches) {
                    const std::uint32_t entry = c.code_phrases.pattern(code.pattern).entry;
                    if (code.start <= m.start && m.end <= code.end &&
                        m_lexicon.code_phrases[entry].tone <= -k_tone_label_threshold)
                        cue.ignored_rule = "code_phrase";
                }
            }
            cue.ignored = !cue.ignored_rule.empty();
            if (!cue.ignored && opening == SIZE_MAX) opening = result.evidence.size();
            result.evidence.push_back(cue);
        }
        // "will sign", "could accept", "must be ratified": a modal before an act
        // makes it an intent, a hedge or a demand, not a thing done.
        for (std::size_t i = first_cue + 1; i < result.evidence.size(); ++i) {
            StanceCue& cue = result.evidence[i];
            if (cue.ignored || cue.commitment != Commitment::commitment) continue;
            const PhraseMatch& here = c.cue_matches[i - first_cue];
            for (std::size_t j = first_cue; j < i; ++j) {
                const StanceCue& before = result.evidence[j];
                const PhraseMatch& there = c.cue_matches[j - first_cue];
                if (before.ignored || before.commitment == Commitment::commitment) continue;
                if (words[there.start].clause != words[here.start].clause) continue;
                if (here.start - there.end <= k_modal_reach) {
                    cue.ignored = true;
                    cue.ignored_rule = "modal";
                    break;
                }
            }
        }
        opening = SIZE_MAX;
        for (std::size_t i = first_cue; i < result.evidence.size() && opening == SIZE_MAX; ++i)
            if (!result.evidence[i].ignored) opening = i;
        if (opening != SIZE_MAX) {
            const StanceCue& opener = result.evidence[opening];
            const std::uint32_t opener_segment = segment_of(c.cue_matches[opening - first_cue].start);
            bool hedge_scope = opener.commitment == Commitment::hedge;
            for (std::size_t i = opening + 1; i < result.evidence.size() && hedge_scope; ++i)
                if (!result.evidence[i].ignored &&
                    segment_of(c.cue_matches[i - first_cue].start) != opener_segment)
                    hedge_scope = false;
            std::size_t decisive = opening;
            if (hedge_scope) {
                result.commitment_rule = "hedge-scope";
            } else {
                result.commitment_rule = "precedence";
                for (std::size_t i = opening; i < result.evidence.size(); ++i)
                    if (!result.evidence[i].ignored &&
                        result.evidence[i].commitment > result.evidence[decisive].commitment)
                        decisive = i;
            }
            result.evidence[decisive].decisive = true;
            result.commitment = result.evidence[decisive].commitment;
        }
    }

    std::stable_sort(result.evidence.begin(), result.evidence.end(), [](const StanceCue& a, const StanceCue& b) {
        if (a.span.start != b.span.start) return a.span.start < b.span.start;
        return a.kind < b.kind;
    });
    return result;
}

}  // namespace dipdiff
