#include "render/inspect_view.hpp"

#include "render/stance_view.hpp"

#include <string>

namespace dipdiff {
namespace {

void print_field(std::ostream& out, const TerminalStyle& style, std::string_view name, std::string_view value) {
    out << "  " << style.dim() << name << ':' << style.reset();
    for (std::size_t pad = name.size(); pad < 9; ++pad) out << ' ';
    out << (value.empty() ? std::string("\u2014") : terminal_safe(value)) << '\n';
}

std::string_view attribution_colour(const TerminalStyle& style, Attribution attribution) {
    switch (attribution) {
        case Attribution::quote: return style.green();
        case Attribution::paraphrase: return style.yellow();
        case Attribution::narration: return style.dim();
    }
    return "";
}

void print_metadata(std::ostream& out, const Statement& statement, const TerminalStyle& style) {
    out << style.bold() << terminal_safe(statement.id) << style.reset();
    if (!statement.path.empty()) out << "  " << style.dim() << terminal_safe(statement.path) << style.reset();
    out << '\n';
    print_field(out, style, "party", statement.party);
    print_field(out, style, "speaker", statement.speaker);
    std::string date = statement.date ? statement.date->iso() : std::string();
    if (statement.date && statement.date_from_dateline) date += " (from the dateline)";
    print_field(out, style, "date", date);
    print_field(out, style, "genre", genre_name(statement.genre));
    print_field(out, style, "title", statement.title);
    print_field(out, style, "source", statement.source);
    print_field(out, style, "language", statement.language);
    for (const auto& [key, value] : statement.metadata) print_field(out, style, key, value);
}

}  // namespace

void print_inspect_view(std::ostream& out, const Document& document, const TerminalStyle& style,
                        const DocumentStance* stance, const Lexicon* lexicon) {
    const Statement& statement = *document.statement;
    print_metadata(out, statement, style);

    std::size_t sentence_index = 0;
    for (std::size_t p = 0; p < document.paragraphs.size(); ++p) {
        const Paragraph& paragraph = document.paragraphs[p];
        out << '\n' << style.bold() << "\u00b6" << (p + 1) << style.reset();
        out << style.dim() << "  [" << paragraph.span.start << ',' << paragraph.span.end << ')' << style.reset();
        if (paragraph.turn >= 0) {
            const Turn& turn = document.turns[static_cast<std::size_t>(paragraph.turn)];
            out << "  " << style.cyan() << "turn " << (paragraph.turn + 1) << ": "
                << terminal_safe(turn.speaker.empty() ? std::string("(unnamed)") : turn.speaker)
                << (turn.question ? " \u2014 question" : "") << style.reset();
        }
        out << '\n';
        for (; sentence_index < document.sentences.size() &&
               document.sentences[sentence_index].paragraph == static_cast<int>(p);
             ++sentence_index) {
            const Sentence& sentence = document.sentences[sentence_index];
            out << "  s" << (sentence_index + 1) << ' ' << attribution_colour(style, sentence.attribution) << '['
                << attribution_name(sentence.attribution);
            if (!sentence.speaker.empty()) out << " \u00b7 " << terminal_safe(sentence.speaker);
            out << ']' << style.reset();
            if (sentence.question) out << ' ' << style.magenta() << "[question]" << style.reset();
            out << ' ' << terminal_safe(sentence.span.of(statement.text)) << '\n';
            if (stance && lexicon && sentence_index < stance->by_sentence.size())
                print_sentence_stance(out, stance->by_sentence[sentence_index], *lexicon, statement.text, style,
                                      "      ");
        }
    }
    out << '\n';
}

}  // namespace dipdiff
