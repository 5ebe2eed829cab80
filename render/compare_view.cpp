#include "render/compare_view.hpp"

#include "render/stance_view.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

namespace dipdiff {
namespace {

std::size_t code_points(std::string_view text) {
    std::size_t n = 0;
    for (char c : text)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
    return n;
}

std::string letter(std::size_t statement) {
    // A … Z, then A1, B1 … for very large comparisons.
    std::string out(1, static_cast<char>('A' + statement % 26));
    if (statement >= 26) out += std::to_string(statement / 26);
    return out;
}

std::string score_text(double score) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%.2f", score);
    return buffer;
}

std::string signed_text(double value) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%+.2f", value);
    return buffer;
}

std::string sentence_label(std::size_t statement, std::uint32_t sentence) {
    return letter(statement) + " s" + std::to_string(sentence + 1);
}

std::string_view sentence_text(const Document& document, std::uint32_t sentence) {
    return document.sentences[sentence].span.of(document.statement->text);
}

void pad_to(std::string& line, std::size_t width) {
    for (std::size_t n = code_points(line); n < width; ++n) line += ' ';
}

// The passages of one topic: columns side by side for two statements, one
// block per statement for more (columns would be too narrow to read).
void print_passages(std::ostream& out, const std::vector<const Document*>& documents, const TopicCoverage& coverage,
                    const CompareViewOptions& options) {
    const TerminalStyle& style = options.style;
    std::vector<std::vector<std::string>> blocks(documents.size());
    const bool columns = documents.size() == 2 && options.width >= 80;
    const std::size_t column_width = columns ? (options.width - 5) / 2 : options.width - 4;
    for (std::size_t d = 0; d < documents.size(); ++d) {
        const auto& sentences = coverage.sentences[d];
        auto& block = blocks[d];
        if (sentences.empty()) {
            block.push_back("\u2014 not mentioned \u2014");
            continue;
        }
        const std::size_t shown = std::min(sentences.size(), options.passages_per_side);
        for (std::size_t k = 0; k < shown; ++k) {
            const std::string label = "s" + std::to_string(sentences[k] + 1) + " ";
            const std::string text = shorten_passage(sentence_text(*documents[d], sentences[k]), 160);
            auto lines = wrap_text(label + text, column_width);
            block.insert(block.end(), lines.begin(), lines.end());
        }
        if (sentences.size() > shown)
            block.push_back("(+" + std::to_string(sentences.size() - shown) + " more)");
    }
    if (columns) {
        out << "   " << style.bold();
        std::string head = "A";
        pad_to(head, column_width);
        out << head << "  B" << style.reset() << '\n';
        const std::size_t rows = std::max(blocks[0].size(), blocks[1].size());
        for (std::size_t r = 0; r < rows; ++r) {
            std::string left = r < blocks[0].size() ? blocks[0][r] : "";
            pad_to(left, column_width);
            out << "   " << left << " \u2502 " << (r < blocks[1].size() ? blocks[1][r] : "") << '\n';
        }
        return;
    }
    for (std::size_t d = 0; d < documents.size(); ++d) {
        out << "   " << style.bold() << letter(d) << style.reset() << '\n';
        for (const auto& line : blocks[d]) out << "     " << line << '\n';
    }
}

void print_pairs(std::ostream& out, const std::vector<const Document*>& documents, const AlignmentResult& result,
                 std::uint32_t topic, const CompareViewOptions& options) {
    std::vector<const AlignedPair*> pairs;
    for (const AlignedPair& pair : result.pairs)
        if (pair.topic == topic) pairs.push_back(&pair);
    if (pairs.empty()) return;
    // Best first; ties keep the report's order (stable sort).
    std::stable_sort(pairs.begin(), pairs.end(),
                     [](const AlignedPair* x, const AlignedPair* y) { return x->score > y->score; });
    const TerminalStyle& style = options.style;
    out << "   " << style.dim() << "closest pairs" << style.reset() << '\n';
    for (std::size_t k = 0; k < std::min(pairs.size(), options.pairs_per_topic); ++k) {
        const AlignedPair& pair = *pairs[k];
        out << "     " << sentence_label(pair.a.statement, pair.a.sentence) << " \u2194 "
            << sentence_label(pair.b.statement, pair.b.sentence) << "  score " << score_text(pair.score) << "  ("
            << pair_basis_name(pair.basis);
        if (!pair.shared_terms.empty()) {
            out << "; shared: ";
            for (std::size_t t = 0; t < std::min<std::size_t>(pair.shared_terms.size(), 5); ++t)
                out << (t ? ", " : "") << terminal_safe(pair.shared_terms[t].term);
        }
        out << ')';
        if (pair.diff) {
            const DiffStats& s = pair.diff->stats;
            out << "\n       diff: " << s.tokens_unchanged << " unchanged, " << style.green() << '+'
                << s.tokens_added << style.reset() << ' ' << style.red() << '-' << s.tokens_removed << style.reset()
                << ", similarity " << score_text(s.similarity);
        }
        if (options.stance.sentences) {
            const SentenceStance& a = (*options.stance.sentences)[pair.a.statement].by_sentence[pair.a.sentence];
            const SentenceStance& b = (*options.stance.sentences)[pair.b.statement].by_sentence[pair.b.sentence];
            const StanceDelta delta = stance_delta(a, b);
            out << "\n       tone " << signed_text(delta.tone_a) << " \u2192 " << signed_text(delta.tone_b) << " (\u0394 "
                << signed_text(delta.delta) << ')';
            if (delta.divergent) out << ' ' << style.yellow() << "divergent" << style.reset();
            out << " \u00b7 commitment " << commitment_name(delta.commitment_a) << " / "
                << commitment_name(delta.commitment_b);
            if (delta.commitment_mismatch) {
                out << ' ' << style.yellow() << "differs" << style.reset();
                auto decisive = [](const SentenceStance& stance, const Document& document) {
                    for (const StanceCue& cue : stance.evidence)
                        if (cue.kind == CueKind::commitment_cue && cue.decisive)
                            return "'" + terminal_safe(cue.span.of(document.statement->text)) + "'";
                    return std::string("\u2014");
                };
                out << ": " << letter(pair.a.statement) << ' ' << decisive(a, *documents[pair.a.statement])
                    << " \u2014 " << letter(pair.b.statement) << ' ' << decisive(b, *documents[pair.b.statement]);
            }
        }
        out << '\n';
    }
}

const StatementStance* statement_stance(const TopicStance& topic, std::uint32_t statement) {
    for (const PartyStance& party : topic.parties)
        for (const StatementStance& s : party.statements)
            if (s.statement == statement) return &s;
    return nullptr;
}

// The tone cues that weigh most in a statement's covering sentences, strongest
// first (ties: text order), and the cue that decided its strongest commitment.
std::string stance_cues(const Document& document, const DocumentStance& stances, const TopicCoverage& coverage,
                        std::uint32_t statement, const StatementStance& summary, const Lexicon& lexicon) {
    std::vector<const StanceCue*> tone;
    for (const std::uint32_t s : coverage.sentences[statement]) {
        const SentenceStance& stance = stances.by_sentence[s];
        if (!stance.party_stance) continue;
        for (const StanceCue& cue : stance.evidence)
            if (cue.kind != CueKind::commitment_cue && cue.value != 0) tone.push_back(&cue);
    }
    std::stable_sort(tone.begin(), tone.end(), [](const StanceCue* a, const StanceCue* b) {
        return std::abs(a->value * a->clause_weight) > std::abs(b->value * b->clause_weight);
    });
    const std::string_view text = document.statement->text;
    std::string out;
    for (std::size_t k = 0; k < std::min<std::size_t>(tone.size(), 3); ++k) {
        const StanceCue& cue = *tone[k];
        out += (k ? ", '" : "'") + terminal_safe(cue.span.of(text)) + "' " + signed_text(cue.value);
        if (cue.negated) out += " negated";
        if (cue.kind == CueKind::code_phrase) out += " (" + terminal_safe(lexicon.code_phrases[cue.entry].gloss) + ")";
    }
    if (summary.strongest != Commitment::none) {
        for (const StanceCue& cue : stances.by_sentence[summary.strongest_sentence].evidence) {
            if (cue.kind == CueKind::commitment_cue && cue.decisive) {
                out += std::string(out.empty() ? "" : "; ") + "'" + terminal_safe(cue.span.of(text)) + "' " +
                       std::string(commitment_name(cue.commitment)) + " [s" +
                       std::to_string(summary.strongest_sentence + 1) + "]";
                break;
            }
        }
    }
    return out;
}

void print_topic_stance(std::ostream& out, const std::vector<const Document*>& documents,
                        const TopicCoverage& coverage, const TopicStance& topic, const CompareViewOptions& options) {
    const TerminalStyle& style = options.style;
    const CompareStance& stance = options.stance;
    out << "   " << style.dim() << "stance" << style.reset() << '\n';
    for (std::uint32_t d = 0; d < documents.size(); ++d) {
        const StatementStance* summary = statement_stance(topic, d);
        if (!summary) continue;
        out << "     " << style.bold() << letter(d) << style.reset() << "  " << tone_colour(style, summary->label)
            << signed_text(summary->mean_tone) << ' ' << tone_label_name(summary->label) << style.reset()
            << " \u00b7 " << commitment_name(summary->strongest);
        const std::string cues =
            stance_cues(*documents[d], (*stance.sentences)[d], coverage, d, *summary, *stance.lexicon);
        out << '\n';
        if (!cues.empty()) {
            // Under the headline, indented, so that long glosses wrap inside the width.
            const std::size_t indent = 9;
            for (const std::string& line : wrap_text(cues, options.width > indent + 20 ? options.width - indent : 60))
                out << std::string(indent, ' ') << line << '\n';
        }
    }
    if (topic.divergent || topic.commitment_mismatch) {
        out << "     " << style.yellow() << "\u26a0 ";
        if (topic.divergent) out << "divergent framing";
        if (topic.divergent && topic.commitment_mismatch) out << "; ";
        if (topic.commitment_mismatch) out << "commitment differs";
        out << ':';
        for (const PartyStance& party : topic.parties)
            out << "  " << terminal_safe(party.party.empty() ? std::string("(no party)") : party.party) << ' '
                << tone_label_name(party.label) << '/' << commitment_name(party.strongest);
        out << style.reset() << '\n';
    }
}

void print_statements(std::ostream& out, const std::vector<const Document*>& documents, const TerminalStyle& style) {
    out << style.bold() << "Comparing " << documents.size() << " statements" << style.reset() << '\n';
    for (std::size_t d = 0; d < documents.size(); ++d) {
        const Statement& s = *documents[d]->statement;
        out << "  " << style.bold() << letter(d) << style.reset() << "  " << terminal_safe(s.id) << "  "
            << style.dim() << terminal_safe(s.party) << " \u00b7 "
            << terminal_safe(s.speaker.empty() ? std::string("\u2014") : s.speaker) << " \u00b7 "
            << (s.date ? s.date->iso() : std::string("no date")) << " \u00b7 " << genre_name(s.genre)
            << style.reset() << '\n';
    }
}

std::string statement_letters(const std::vector<std::uint32_t>& statements) {
    std::string out;
    for (std::size_t k = 0; k < statements.size(); ++k) out += (k ? ", " : "") + letter(statements[k]);
    return out;
}

}  // namespace

std::string shorten_passage(std::string_view text, std::size_t max_chars) {
    const std::string safe = terminal_safe(text);
    if (code_points(safe) <= max_chars) return safe;
    // Cut at the last space before the limit, counting code points.
    std::size_t chars = 0, cut = 0, last_space = 0;
    for (std::size_t i = 0; i < safe.size(); ++i) {
        if ((static_cast<unsigned char>(safe[i]) & 0xC0) == 0x80) continue;
        if (chars == max_chars) {
            cut = i;
            break;
        }
        if (safe[i] == ' ') last_space = i;
        ++chars;
    }
    if (last_space > cut / 2) cut = last_space;
    return safe.substr(0, cut) + "\u2026";
}

std::vector<std::string> wrap_text(const std::string& text, std::size_t width) {
    std::vector<std::string> lines;
    std::string line;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find(' ', start);
        if (end == std::string::npos) end = text.size();
        const std::string word = text.substr(start, end - start);
        if (!line.empty() && code_points(line) + 1 + code_points(word) > width) {
            lines.push_back(line);
            line.clear();
        }
        line += (line.empty() ? "" : " ") + word;
        start = end + 1;
    }
    if (!line.empty()) lines.push_back(line);
    return lines;
}

void print_compare_view(std::ostream& out, const std::vector<const Document*>& documents,
                        const AlignmentResult& result, const CompareViewOptions& options) {
    const TerminalStyle& style = options.style;
    print_statements(out, documents, style);

    // Substantive topics first (what an analyst reads for), procedural after.
    for (const bool procedural : {false, true}) {
        bool header = false;
        for (std::uint32_t t = 0; t < result.topics.size(); ++t) {
            const ReportTopic& topic = result.topics[t];
            const TopicCoverage& coverage = result.coverage[t];
            std::vector<std::uint32_t> present;
            for (std::uint32_t d = 0; d < coverage.sentences.size(); ++d)
                if (!coverage.sentences[d].empty()) present.push_back(d);
            if (topic.procedural != procedural || present.empty()) continue;
            if (!header) {
                out << '\n' << style.bold() << (procedural ? "PROCEDURAL TOPICS" : "TOPICS") << style.reset() << '\n';
                header = true;
            }
            out << '\n' << style.cyan() << "\u25a0 " << terminal_safe(topic.label) << style.reset() << style.dim()
                << "  [" << terminal_safe(topic.id)
                << (topic.origin == TopicOrigin::emergent ? ", emergent" : "") << "]  covered by "
                << statement_letters(present) << style.reset() << '\n';
            print_passages(out, documents, coverage, options);
            if (options.stance.topics) print_topic_stance(out, documents, coverage, (*options.stance.topics)[t], options);
            print_pairs(out, documents, result, t, options);
        }
    }

    out << '\n' << style.bold() << "OMISSIONS" << style.reset() << '\n';
    if (result.omissions.empty()) out << "  none: every topic is covered by every statement that was compared\n";
    for (const Omission& omission : result.omissions) {
        const ReportTopic& topic = result.topics[omission.topic];
        out << "  " << (topic.procedural ? style.dim() : style.yellow()) << terminal_safe(topic.label)
            << style.reset() << ": raised by " << statement_letters(omission.present_in) << ", absent from "
            << statement_letters(omission.absent_from) << (topic.procedural ? " (procedural)" : "") << '\n';
        for (const SentenceRef& ref : omission.evidence)
            out << "      " << style.dim() << sentence_label(ref.statement, ref.sentence) << style.reset() << ' '
                << shorten_passage(sentence_text(*documents[ref.statement], ref.sentence), options.width - 14)
                << '\n';
    }
}

}  // namespace dipdiff
