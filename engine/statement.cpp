#include "engine/statement.hpp"

#include <array>

namespace dipdiff {
namespace {

struct GenreName {
    Genre genre;
    std::string_view name;
};

constexpr std::array<GenreName, 8> k_genre_names{{
    {Genre::readout, "readout"},
    {Genre::press_conference, "press-conference"},
    {Genre::joint_statement, "joint-statement"},
    {Genre::speech, "speech"},
    {Genre::briefing, "briefing"},
    {Genre::interview, "interview"},
    {Genre::article, "article"},
    {Genre::other, "other"},
}};

// Words analysts and websites use for the same genres.
constexpr std::array<GenreName, 12> k_genre_synonyms{{
    {Genre::press_conference, "press conference"},
    {Genre::press_conference, "press_conference"},
    {Genre::press_conference, "transcript"},
    {Genre::press_conference, "news conference"},
    {Genre::joint_statement, "joint statement"},
    {Genre::joint_statement, "joint_statement"},
    {Genre::speech, "remarks"},
    {Genre::briefing, "press briefing"},
    {Genre::article, "news"},
    {Genre::article, "news report"},
    {Genre::article, "report"},
    {Genre::readout, "statement"},
}};

std::string lower_ascii(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

}  // namespace

std::string_view genre_name(Genre genre) {
    for (const auto& g : k_genre_names)
        if (g.genre == genre) return g.name;
    return "other";
}

std::optional<Genre> parse_genre(std::string_view text) {
    const std::string lowered = lower_ascii(text);
    for (const auto& g : k_genre_names)
        if (g.name == lowered) return g.genre;
    for (const auto& g : k_genre_synonyms)
        if (g.name == lowered) return g.genre;
    return std::nullopt;
}

bool is_transcript_genre(Genre genre) {
    return genre == Genre::press_conference || genre == Genre::briefing || genre == Genre::interview;
}

Span AnalysisText::to_original(Span analysis_span) const {
    if (origin.empty()) return analysis_span;
    if (analysis_span.empty()) {
        const std::uint32_t at = analysis_span.start < origin.size()
                                     ? origin[analysis_span.start]
                                     : (origin.empty() ? 0 : origin.back() + 1);
        return {at, at};
    }
    return {origin[analysis_span.start], origin[analysis_span.end - 1] + 1};
}

void use_plain_analysis_text(Statement& statement) {
    statement.analysis.text.clear();
    statement.analysis.text.shrink_to_fit();
    statement.analysis.origin.clear();
}

std::pair<int, int> Statement::file_position(std::uint32_t text_offset) const {
    int line = text_first_line;
    std::uint32_t line_start = 0;
    const std::uint32_t end = std::min<std::uint32_t>(text_offset, static_cast<std::uint32_t>(text.size()));
    for (std::uint32_t i = 0; i < end; ++i) {
        if (text[i] == '\n') {
            ++line;
            line_start = i + 1;
        }
    }
    // Columns count characters, not bytes: skip UTF-8 continuation bytes.
    int column = 1;
    for (std::uint32_t i = line_start; i < end; ++i)
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++column;
    return {line, column};
}

std::string guess_language(std::string_view text) {
    int cyrillic = 0, han = 0, latin = 0;
    std::size_t i = 0;
    int letters = 0;
    while (i < text.size() && letters < 400) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ++latin, ++letters;
            ++i;
        } else if ((c & 0xE0) == 0xC0 && i + 1 < text.size()) {
            const unsigned cp = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(text[i + 1]) & 0x3Fu);
            if (cp >= 0x400 && cp <= 0x4FF) ++cyrillic, ++letters;
            i += 2;
        } else if ((c & 0xF0) == 0xE0 && i + 2 < text.size()) {
            const unsigned cp = ((c & 0x0Fu) << 12) | ((static_cast<unsigned char>(text[i + 1]) & 0x3Fu) << 6) |
                                (static_cast<unsigned char>(text[i + 2]) & 0x3Fu);
            if (cp >= 0x4E00 && cp <= 0x9FFF) ++han, ++letters;
            i += 3;
        } else {
            ++i;
        }
    }
    if (han > latin && han >= cyrillic) return "zh";
    if (cyrillic > latin) return "ru";
    return "en";
}

}  // namespace dipdiff
