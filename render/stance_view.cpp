#include "render/stance_view.hpp"

#include <cstdio>

namespace dipdiff {

namespace {

std::string signed_figure(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%+.2f", value);
    return buffer;
}

std::string quoted(std::string_view text) { return "'" + terminal_safe(text) + "'"; }

}  // namespace

std::string_view tone_colour(const TerminalStyle& style, ToneLabel label) {
    switch (label) {
        case ToneLabel::cooperative: return style.green();
        case ToneLabel::conflictual: return style.red();
        case ToneLabel::neutral: break;
    }
    return "";
}

std::string stance_headline(const SentenceStance& stance) {
    std::string line = signed_figure(stance.tone) + " " + std::string(tone_label_name(stance.label)) + " \u00b7 " +
                       std::string(commitment_name(stance.commitment));
    if (!stance.party_stance) line += " \u00b7 journalist's question, not the party's stance";
    return line;
}

void print_sentence_stance(std::ostream& out, const SentenceStance& stance, const Lexicon& lexicon,
                           std::string_view text, const TerminalStyle& style, std::string_view indent) {
    out << indent << tone_colour(style, stance.label) << stance_headline(stance) << style.reset() << '\n';
    for (const StanceCue& cue : stance.evidence) {
        out << indent << "  " << style.dim();
        switch (cue.kind) {
            case CueKind::code_phrase: out << "code  "; break;
            case CueKind::tone_term: out << "tone  "; break;
            case CueKind::commitment_cue: out << "commit"; break;
        }
        out << style.reset() << ' ' << quoted(cue.span.of(text));
        if (cue.kind == CueKind::commitment_cue) {
            out << "  " << commitment_name(cue.commitment);
            if (cue.decisive) out << " (decisive" << (stance.commitment_rule == "hedge-scope" ? ", hedge scope" : "")
                                  << ')';
            if (cue.ignored) out << style.dim() << " ignored: " << cue.ignored_rule << style.reset();
            if (cue.conditional) out << style.dim() << " (sentence-initial 'should': a condition)" << style.reset();
            out << '\n';
            continue;
        }
        out << "  " << signed_figure(cue.lexicon_value);
        if (cue.value != cue.lexicon_value) out << " \u2192 " << signed_figure(cue.value);
        if (cue.factor > 1) out << "  intensified \u00d7" << cue.factor << " by " << quoted(cue.modifier.of(text));
        if (cue.factor < 1) out << "  downtoned \u00d7" << cue.factor << " by " << quoted(cue.modifier.of(text));
        if (cue.negated) out << "  negated by " << quoted(cue.negator.of(text));
        if (cue.not_mentioned) out << "  not counted: " << quoted(cue.negator.of(text)) << " + verb of mention";
        if (cue.contrasted) out << "  contrasted (weight " << cue.clause_weight << ')';
        if (cue.rhetorical) out << "  reversed: a party's rhetorical question";
        if (cue.kind == CueKind::code_phrase)
            out << style.dim() << "  " << terminal_safe(lexicon.code_phrases.at(cue.entry).gloss) << style.reset();
        out << '\n';
    }
}

}  // namespace dipdiff
