#include "formats/stance_json.hpp"

#include "formats/inspect_json.hpp"

#include <string>

namespace dipdiff::json_detail {

namespace {

Json optional_span(Span span) { return span.empty() ? Json(nullptr) : span_json(span); }

// Stance figures are rounded to 3 decimals by the engine; figures derived
// here are rounded like every report figure.
Json stance_figure(double value) { return figure(value, Figures::rounded); }

std::string_view entry_text(const Lexicon& lexicon, const StanceCue& cue) {
    switch (cue.kind) {
        case CueKind::code_phrase: return lexicon.code_phrases.at(cue.entry).text;
        case CueKind::commitment_cue: return lexicon.commitment_cues.at(cue.entry).text;
        case CueKind::tone_term: break;
    }
    return lexicon.tone_terms.at(cue.entry).text;
}

Json rules_json(const StanceCue& cue) {
    Json rules = Json::array();
    if (cue.kind == CueKind::commitment_cue) {
        if (cue.ignored) rules.push_back(std::string(cue.ignored_rule));
        if (cue.conditional) rules.push_back("conditional");
        return rules;
    }
    if (cue.factor > 1) rules.push_back("intensified");
    if (cue.factor < 1) rules.push_back("downtoned");
    if (cue.negated) rules.push_back("negated");
    if (cue.not_mentioned) rules.push_back("not_mentioned");
    if (cue.contrasted) rules.push_back("contrasted");
    if (cue.rhetorical) rules.push_back("rhetorical");
    return rules;
}

Json cue_json(const StanceCue& cue, const Lexicon& lexicon, std::string_view text) {
    Json out = Json::object();
    out["kind"] = std::string(cue_kind_name(cue.kind));
    out["phrase"] = std::string(cue.span.of(text));
    out["entry"] = std::string(entry_text(lexicon, cue));
    out["span"] = span_json(cue.span);
    if (cue.kind == CueKind::commitment_cue) {
        out["class"] = std::string(commitment_name(cue.commitment));
        out["decisive"] = cue.decisive;
        out["rules"] = rules_json(cue);
        return out;
    }
    out["weight"] = stance_figure(cue.lexicon_value);
    out["value"] = stance_figure(cue.value);
    out["clause_weight"] = stance_figure(cue.clause_weight);
    out["factor"] = stance_figure(cue.factor);
    out["rules"] = rules_json(cue);
    out["negator"] = optional_span(cue.negator);
    out["modifier"] = optional_span(cue.modifier);
    if (cue.kind == CueKind::code_phrase) {
        const CodePhrase& phrase = lexicon.code_phrases.at(cue.entry);
        out["id"] = phrase.id;
        out["gloss"] = phrase.gloss;
    }
    return out;
}

const StanceCue* decisive_cue(const SentenceStance& stance) {
    for (const StanceCue& cue : stance.evidence)
        if (cue.kind == CueKind::commitment_cue && cue.decisive) return &cue;
    return nullptr;
}

Json decisive_phrase(const SentenceStance& stance, std::string_view text) {
    const StanceCue* cue = decisive_cue(stance);
    return cue ? Json(std::string(cue->span.of(text))) : Json(nullptr);
}

std::string label_name(ToneLabel label) { return std::string(tone_label_name(label)); }
std::string class_name(Commitment commitment) { return std::string(commitment_name(commitment)); }

}  // namespace

Json sentence_stance_json(const SentenceStance& stance, const Lexicon& lexicon, std::string_view text) {
    Json out = Json::object();
    out["tone"] = stance_figure(stance.tone);
    out["tone_label"] = label_name(stance.label);
    out["commitment"] = class_name(stance.commitment);
    out["party_stance"] = stance.party_stance;
    out["commitment_rule"] =
        stance.commitment_rule.empty() ? Json(nullptr) : Json(std::string(stance.commitment_rule));
    Json code_phrases = Json::array();
    Json evidence = Json::array();
    for (const StanceCue& cue : stance.evidence) {
        if (cue.kind == CueKind::code_phrase) {
            const CodePhrase& phrase = lexicon.code_phrases.at(cue.entry);
            Json code = Json::object();
            code["id"] = phrase.id;
            code["phrase"] = std::string(cue.span.of(text));
            code["span"] = span_json(cue.span);
            code["tone"] = stance_figure(phrase.tone);
            code["gloss"] = phrase.gloss;
            code_phrases.push_back(std::move(code));
        }
        evidence.push_back(cue_json(cue, lexicon, text));
    }
    out["code_phrases"] = std::move(code_phrases);
    out["evidence"] = std::move(evidence);
    return out;
}

Json stance_delta_json(const StanceDelta& delta, const SentenceStance& a, std::string_view text_a,
                       const SentenceStance& b, std::string_view text_b) {
    Json out = Json::object();
    out["tone_a"] = stance_figure(delta.tone_a);
    out["tone_b"] = stance_figure(delta.tone_b);
    out["delta"] = stance_figure(delta.delta);
    out["label_a"] = label_name(delta.label_a);
    out["label_b"] = label_name(delta.label_b);
    out["commitment_a"] = class_name(delta.commitment_a);
    out["commitment_b"] = class_name(delta.commitment_b);
    out["cue_a"] = decisive_phrase(a, text_a);
    out["cue_b"] = decisive_phrase(b, text_b);
    out["commitment_mismatch"] = delta.commitment_mismatch;
    out["divergent"] = delta.divergent;
    return out;
}

Json topic_stance_json(const TopicStance& topic, const std::vector<const Document*>& documents) {
    Json out = Json::object();
    out["divergent"] = topic.divergent;
    out["commitment_mismatch"] = topic.commitment_mismatch;
    Json parties = Json::array();
    for (const PartyStance& party : topic.parties) {
        Json p = Json::object();
        p["party"] = nullable(party.party);
        p["sentences"] = party.sentences;
        p["mean_tone"] = stance_figure(party.mean_tone);
        p["tone_label"] = label_name(party.label);
        p["strongest_commitment"] = class_name(party.strongest);
        Json statements = Json::array();
        for (const StatementStance& s : party.statements) {
            const Statement& statement = *documents.at(s.statement)->statement;
            Json st = Json::object();
            st["statement"] = statement.id;
            st["sentences"] = s.sentences;
            st["mean_tone"] = stance_figure(s.mean_tone);
            st["tone_label"] = label_name(s.label);
            st["strongest_commitment"] = class_name(s.strongest);
            st["strongest_sentence"] = sentence_id(statement, s.strongest_sentence);
            st["tone_sentence"] = sentence_id(statement, s.tone_sentence);
            Json labels = Json::object();
            for (std::size_t i = 0; i < s.label_counts.size(); ++i)
                labels[label_name(static_cast<ToneLabel>(i))] = s.label_counts[i];
            st["tone_labels"] = std::move(labels);
            Json classes = Json::object();
            for (std::size_t i = 0; i < s.commitment_counts.size(); ++i)
                classes[class_name(static_cast<Commitment>(i))] = s.commitment_counts[i];
            st["commitments"] = std::move(classes);
            statements.push_back(std::move(st));
        }
        p["statements"] = std::move(statements);
        parties.push_back(std::move(p));
    }
    out["parties"] = std::move(parties);
    return out;
}

}  // namespace dipdiff::json_detail
