#pragma once
/// Filling a Statement from named fields, the same way for headers, front
/// matter and JSON, and what every reader does once the text is in.
#include <array>
#include <string>
#include <string_view>

#include "engine/diagnostic.hpp"
#include "engine/statement.hpp"
#include "formats/loader.hpp"

namespace dipdiff {

/// The Statement fields a key can name; Field::none for a metadata key.
enum class Field { none, id, party, speaker, date, title, source, genre, language };

/// The field a key names, case-insensitively, with '-' and ' ' read as '_':
/// id; party, country, side; speaker; date; title, headline; source, url,
/// source_url; genre, type; language, lang. Field::none for every other key.
Field field_for_key(std::string_view key);

/// "party", "date" …: the field's name in messages.
std::string_view field_name(Field field);

/// How the statement's fields were written: decides the hints in messages.
enum class FieldSyntax { header, json };

/// Fills a Statement from key/value pairs given in file order. Holds
/// references: the statement and the diagnostics must outlive the builder.
class StatementBuilder {
public:
    StatementBuilder(Statement& statement, Diagnostics& warnings)
        : m_statement(statement), m_warnings(warnings) {}

    /// Sets the field `key` names, or appends (key, value) to metadata. An
    /// empty value leaves a field unset. An unknown genre is a warning
    /// (statement.unknown-genre): genre stays `other` and the value is kept in
    /// metadata as "genre". Throws InputError at `where` for a date that
    /// parse_date refuses (its id) and for a field given twice (field.repeated).
    void add(std::string_view key, std::string value, FieldLocation where);

    /// Appends to metadata whatever the key.
    void add_metadata(std::string key, std::string value);

private:
    Statement& m_statement;
    Diagnostics& m_warnings;
    struct Seen {
        std::string key;
        FieldLocation where;
        bool seen = false;
    };
    std::array<Seen, 9> m_seen{};
};

/// What every reader does once a statement's fields, text and analysis text
/// are in: a date from the dateline when none was given (an impossible
/// dateline is a warning with the date parser's id), the language guessed
/// from the text when none was given, and a diagnostic for a missing party
/// (statement.missing-party) or date (statement.missing-date): a warning, or
/// an error when options.require_party_and_date. Diagnostics go to
/// `diagnostics`; nothing is thrown.
void finish_statement(Statement& statement, FieldSyntax syntax, const LoadOptions& options,
                      Diagnostics& diagnostics);

/// The id of a statement that gives none: the file name without its last
/// extension ("corpus/readout-17.txt" → "readout-17"); "statement" for "".
std::string id_from_path(std::string_view path);

}  // namespace dipdiff
