// find_dateline: the date a statement gives in its first lines.
#include <array>

#include "engine/date.hpp"
#include "engine/date_scan.hpp"

namespace dipdiff {
namespace {

// Words that introduce a statement's own date ("Issued on 2021-06-16",
// "Published: June 16, 2021"); longer forms first so "issued on" wins over "issued".
constexpr std::array<std::string_view, 8> k_lead_ins{"issued on",   "issued",    "published on", "published",
                                                     "released on", "posted on", "dated",        "date"};

constexpr std::string_view k_em_dash = "\u2014";
constexpr std::string_view k_en_dash = "\u2013";

bool is_line_space(char c) { return c == ' ' || c == '\t' || c == '\r'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }

bool starts_with_ignoring_case(std::string_view text, std::string_view lower_prefix) {
    if (text.size() < lower_prefix.size()) return false;
    for (std::size_t i = 0; i < lower_prefix.size(); ++i) {
        const char c = text[i] >= 'A' && text[i] <= 'Z' ? static_cast<char>(text[i] - 'A' + 'a') : text[i];
        if (c != lower_prefix[i]) return false;
    }
    return true;
}

std::size_t skip_spaces(std::string_view line, std::size_t at) {
    while (at < line.size() && is_line_space(line[at])) ++at;
    return at;
}

/// True when what follows a date that opens a line makes it a dateline rather
/// than the start of a sentence: nothing, "(AGENCY)", a dash, a colon, a bar,
/// or a full stop that ends the line. "June 16, 2021 was …" is prose.
bool ends_dateline(std::string_view rest) {
    const std::size_t at = skip_spaces(rest, 0);
    if (at == rest.size()) return true;
    const std::string_view from = rest.substr(at);
    if (from.starts_with(k_em_dash) || from.starts_with(k_en_dash)) return true;
    switch (from.front()) {
        case '(':
        case '-':
        case ':':
        case '|':
        case '/':
            return true;
        case '.':
            return skip_spaces(from, 1) == from.size();
        default:
            return false;
    }
}

/// Bytes of an ALL-CAPS place name, its comma and the spaces after it at the
/// start of `line` ("WASHINGTON, ", "ST. PETERSBURG, "); 0 when there is none.
std::size_t caps_place_length(std::string_view line) {
    if (line.empty() || !is_upper(line.front())) return 0;
    std::size_t at = 0;
    int letters = 0;
    while (at < line.size()) {
        const char c = line[at];
        if (is_upper(c)) {
            ++letters;
        } else if (c != ' ' && c != '.' && c != '-' && c != '\'') {
            break;
        }
        ++at;
    }
    if (letters < 2 || at >= line.size() || line[at] != ',' || line[at - 1] == ' ') return 0;
    return skip_spaces(line, at + 1);
}

/// A date at `at` in `line` that the rules make a dateline, or no match.
struct LineHit {
    std::size_t offset = 0;
    detail::DateMatch match;
};

std::optional<LineHit> dateline_in_line(std::string_view line) {
    const std::size_t lead = skip_spaces(line, 0);
    const std::string_view rest = line.substr(lead);

    // "June 16, 2021 (AGENCY)—", "16 June 2021", a line that is just a date.
    detail::DateMatch opening = detail::match_date_prefix(rest);
    if (opening.length != 0 && ends_dateline(rest.substr(opening.length))) return LineHit{lead, opening};

    // "Issued on 2021-06-16".
    for (std::string_view lead_in : k_lead_ins) {
        if (!starts_with_ignoring_case(rest, lead_in)) continue;
        std::size_t at = lead_in.size();
        if (at < rest.size() && rest[at] == ':') ++at;
        if (at == lead_in.size() && (at >= rest.size() || !is_line_space(rest[at]))) continue;  // "Dateline"
        at = skip_spaces(rest, at);
        detail::DateMatch match = detail::match_date_prefix(rest.substr(at));
        if (match.length != 0) return LineHit{lead + at, match};
    }

    // "WASHINGTON, Dec. 7, 2021 —". Without a year ("MOSCOW, June 16 (Reuters)") it is no match.
    if (const std::size_t place = caps_place_length(rest); place != 0) {
        detail::DateMatch match = detail::match_date_prefix(rest.substr(place));
        if (match.length != 0) return LineHit{lead + place, match};
    }
    return std::nullopt;
}

}  // namespace

DatelineSearch find_dateline(std::string_view text, int max_lines) {
    DatelineSearch search;
    std::size_t line_start = 0;
    int lines_seen = 0;
    while (line_start < text.size() && lines_seen < max_lines) {
        std::size_t line_end = text.find('\n', line_start);
        if (line_end == std::string_view::npos) line_end = text.size();
        const std::string_view line = text.substr(line_start, line_end - line_start);
        if (skip_spaces(line, 0) < line.size()) {
            ++lines_seen;
            if (std::optional<LineHit> hit = dateline_in_line(line)) {
                const std::size_t offset = line_start + hit->offset;
                if (hit->match.result.date) {
                    search.dateline = Dateline{*hit->match.result.date, offset, hit->match.length};
                } else {
                    search.failure = hit->match.result.failure;
                    search.failure_offset = offset;
                }
                return search;
            }
        }
        line_start = line_end + 1;
    }
    return search;
}

}  // namespace dipdiff
