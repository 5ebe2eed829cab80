#include "formats/statement_fields.hpp"

#include <array>

#include "engine/date.hpp"
#include "formats/text_lines.hpp"

namespace dipdiff {
namespace {

struct KeyName {
    std::string_view key;  // lower case, '_' for '-' and ' '
    Field field;
};

constexpr std::array<KeyName, 15> k_keys{{
    {"id", Field::id},
    {"party", Field::party},
    {"country", Field::party},
    {"side", Field::party},
    {"speaker", Field::speaker},
    {"date", Field::date},
    {"title", Field::title},
    {"headline", Field::title},
    {"source", Field::source},
    {"url", Field::source},
    {"source_url", Field::source},
    {"genre", Field::genre},
    {"type", Field::genre},
    {"language", Field::language},
    {"lang", Field::language},
}};

constexpr std::array<std::string_view, 9> k_field_names{"",      "id",     "party", "speaker", "date",
                                                        "title", "source", "genre", "language"};

std::string canonical_key(std::string_view key) {
    std::string out(trim(key));
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (c == '-' || c == ' ') c = '_';
    }
    return out;
}

std::string lower_ascii(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

std::string genre_list() {
    std::string out;
    for (Genre g : {Genre::readout, Genre::press_conference, Genre::joint_statement, Genre::speech,
                    Genre::briefing, Genre::interview, Genre::article, Genre::other}) {
        if (!out.empty()) out += ", ";
        out += genre_name(g);
    }
    return out;
}

Diagnostic diagnostic_at(Severity severity, const Statement& statement, int line, int column, std::string id,
                         std::string message, std::string expected) {
    Diagnostic d;
    d.severity = severity;
    d.path = statement.path;
    d.line = line;
    d.column = column;
    d.id = std::move(id);
    d.message = std::move(message);
    d.expected = std::move(expected);
    return d;
}

}  // namespace

Field field_for_key(std::string_view key) {
    const std::string canonical = canonical_key(key);
    for (const auto& k : k_keys)
        if (k.key == canonical) return k.field;
    return Field::none;
}

std::string_view field_name(Field field) { return k_field_names[static_cast<std::size_t>(field)]; }

void StatementBuilder::add_metadata(std::string key, std::string value) {
    m_statement.metadata.emplace_back(std::move(key), std::move(value));
}

void StatementBuilder::add(std::string_view key, std::string value, FieldLocation where) {
    const Field field = field_for_key(key);
    if (field == Field::none) {
        add_metadata(std::string(key), std::move(value));
        return;
    }
    const std::string_view trimmed = trim(value);
    if (trimmed.empty()) return;
    Seen& seen = m_seen[static_cast<std::size_t>(field)];
    if (seen.seen) {
        std::string first = "'" + seen.key + "'";
        if (seen.where.line > 0) first += " on line " + std::to_string(seen.where.line);
        throw_input_error("field.repeated",
                          "the " + std::string(field_name(field)) + " is given twice ('" + std::string(key) +
                              "' here, " + first + ")",
                          "one value per field", m_statement.path, where.line, where.column);
    }
    seen = Seen{std::string(key), where, true};

    switch (field) {
        case Field::id:
            m_statement.id = std::string(trimmed);
            m_statement.id_location = where;
            break;
        case Field::party:
            m_statement.party = std::string(trimmed);
            break;
        case Field::speaker:
            m_statement.speaker = std::string(trimmed);
            break;
        case Field::title:
            m_statement.title = std::string(trimmed);
            break;
        case Field::source:
            m_statement.source = std::string(trimmed);
            break;
        case Field::language:
            m_statement.language = lower_ascii(trimmed);
            break;
        case Field::date: {
            DateParseResult parsed = parse_date(trimmed);
            if (!parsed) {
                const DateParseFailure& failure = *parsed.failure;
                throw_input_error(failure.id, "date " + failure.message, failure.expected, m_statement.path,
                                  where.line, where.column);
            }
            m_statement.date = *parsed.date;
            m_statement.date_location = where;
            m_statement.date_from_dateline = false;
            break;
        }
        case Field::genre: {
            if (const std::optional<Genre> genre = parse_genre(trimmed)) {
                m_statement.genre = *genre;
            } else {
                m_statement.genre = Genre::other;
                m_warnings.push_back(diagnostic_at(Severity::warning, m_statement, where.line, where.column,
                                                   "statement.unknown-genre",
                                                   "genre '" + std::string(trimmed) +
                                                       "' is not one dipdiff knows; "
                                                       "reading it as 'other'",
                                                   "one of " + genre_list()));
                add_metadata("genre", std::string(trimmed));
            }
            break;
        }
        case Field::none:
            break;
    }
}

void finish_statement(Statement& statement, FieldSyntax syntax, const LoadOptions& options,
                      Diagnostics& diagnostics) {
    if (!statement.date) {
        const DatelineSearch search = find_dateline(statement.analysis_text());
        if (search.dateline) {
            const Span original = statement.analysis.to_original(
                {static_cast<std::uint32_t>(search.dateline->offset),
                 static_cast<std::uint32_t>(search.dateline->offset + search.dateline->length)});
            const auto [line, column] = statement.file_position(original.start);
            statement.date = search.dateline->date;
            statement.date_from_dateline = true;
            statement.date_location = FieldLocation{line, column};
        } else if (search.failure) {
            const Span original =
                statement.analysis.to_original({static_cast<std::uint32_t>(search.failure_offset),
                                                static_cast<std::uint32_t>(search.failure_offset)});
            const auto [line, column] = statement.file_position(original.start);
            diagnostics.push_back(diagnostic_at(Severity::warning, statement, line, column,
                                                search.failure->id, "dateline " + search.failure->message,
                                                search.failure->expected));
        }
    }
    if (statement.language.empty()) statement.language = guess_language(statement.analysis_text());

    const Severity severity = options.require_party_and_date ? Severity::error : Severity::warning;
    const bool json = syntax == FieldSyntax::json;
    if (!options.require_party_and_date && !options.warn_missing_metadata) return;
    if (statement.party.empty())
        diagnostics.push_back(diagnostic_at(
            severity, statement, statement.record_line, 0, "statement.missing-party",
            "statement '" + statement.id + "' names no party",
            json ? "a \"party\" field: the state or organisation whose statement it is"
                 : "a header line 'party: ...' naming the state or organisation whose statement it is"));
    if (!statement.date)
        diagnostics.push_back(diagnostic_at(
            severity, statement, statement.record_line, 0, "statement.missing-date",
            "statement '" + statement.id + "' has no date and no dateline",
            json ? "a \"date\" field such as \"2021-06-16\"" : "a header line such as 'date: 2021-06-16'"));
}

std::string id_from_path(std::string_view path) {
    const std::size_t slash = path.find_last_of("/\\");
    std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
    const std::size_t dot = name.rfind('.');
    if (dot != std::string_view::npos && dot > 0) name = name.substr(0, dot);
    return name.empty() ? std::string("statement") : std::string(name);
}

}  // namespace dipdiff
