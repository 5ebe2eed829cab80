// read_json_statements and read_json_lines_statements: statements as JSON.
#include <nlohmann/json.hpp>

#include "formats/json_scan.hpp"
#include "formats/json_type_name.hpp"
#include "formats/readers.hpp"
#include "formats/statement_fields.hpp"
#include "formats/text_lines.hpp"

namespace dipdiff {
namespace {

using Json = nlohmann::ordered_json;

// Deeper nesting is no statement; the limit also keeps nlohmann's recursive
// dump() far from the stack's end.
constexpr int k_max_depth = 64;
constexpr std::size_t k_max_key_search = 64;
constexpr const char* k_expected_record = "an object with the statement's \"text\" and its fields";

/// One parsed document (a whole JSON file, or one line of a JSON Lines file)
/// and the means to turn its byte offsets into file positions.
class JsonDocument {
public:
    JsonDocument(std::string_view text, const std::string& path, int first_line)
        : m_text(text), m_path(path), m_positions(text, first_line) {}

    /// Parses the text; throws InputError json.malformed / json.too-deep.
    Json parse() {
        m_scan = scan_json(m_text, k_max_depth);
        if (m_scan.too_deep_at != std::string_view::npos) {
            const auto [line, column] = m_positions.position_of(m_scan.too_deep_at);
            throw_input_error("json.too-deep",
                              "JSON nested more than " + std::to_string(k_max_depth) + " levels deep",
                              k_expected_record, m_path, line, column);
        }
        try {
            return Json::parse(m_text.begin(), m_text.end());
        } catch (const Json::parse_error& e) {
            // e.byte counts from 1 and points at the last character read.
            const std::size_t offset = e.byte > 0 ? e.byte - 1 : 0;
            const auto [line, column] = m_positions.position_of(offset);
            const auto [message, expected] = split_json_error_message(e.what());
            throw_input_error("json.malformed", "malformed JSON: " + message,
                              expected.empty() ? std::string("valid JSON") : expected, m_path, line, column);
        } catch (const Json::exception& e) {
            const auto [line, column] = m_positions.position_of(0);
            throw_input_error("json.malformed", "malformed JSON: " + split_json_error_message(e.what()).first,
                              "valid JSON", m_path, line, column);
        }
    }

    const std::string& path() const { return m_path; }
    const JsonScan& scan() const { return m_scan; }
    std::pair<int, int> position_of(std::size_t offset) { return m_positions.position_of(offset); }

private:
    std::string_view m_text;
    const std::string& m_path;
    PositionTracker m_positions;
    JsonScan m_scan;
};


bool key_is(std::string_view key, std::string_view lower_name) {
    if (key.size() != lower_name.size()) return false;
    for (std::size_t i = 0; i < key.size(); ++i) {
        const char c = key[i] >= 'A' && key[i] <= 'Z' ? static_cast<char>(key[i] - 'A' + 'a') : key[i];
        if (c != lower_name[i]) return false;
    }
    return true;
}

std::string as_text(const Json& value) {
    if (value.is_string()) return value.get<std::string>();
    return value.dump(-1, ' ', false, Json::error_handler_t::replace);
}

/// Turns one record into a statement.
class RecordReader {
public:
    RecordReader(JsonDocument& document, const LoadOptions& options, Diagnostics& diagnostics)
        : m_document(document), m_options(options), m_diagnostics(diagnostics) {}

    /// `number` is 1-based; `place` may be null when positions are unknown.
    Statement read(Json& record, const JsonRecordPlace* place, int number, bool numbered_ids) {
        m_place = place;
        m_next_field = 0;
        const FieldLocation record_at = location_of(place ? place->start : 0);
        const std::string name = numbered_ids ? "record " + std::to_string(number) : "the object";
        if (!record.is_object())
            fail("json.wrong-type", name + " is " + json_type_name(record) + ", not an object", k_expected_record,
                 record_at);

        Statement statement;
        statement.path = m_document.path();
        statement.record_line = record_at.line;
        StatementBuilder builder(statement, m_diagnostics);
        bool has_text = false;
        FieldLocation text_at = record_at;
        for (auto item : record.items()) {
            const std::string& key = item.key();
            Json& value = item.value();
            const FieldLocation where = field_location(key, record_at);
            if (value.is_null()) continue;
            if (key_is(key, "text")) {
                if (!value.is_string())
                    fail("json.wrong-type", "field \"" + key + "\" is " + json_type_name(value), "a string",
                         where);
                statement.text = std::move(value.get_ref<std::string&>());
                has_text = true;
                text_at = where;
            } else if (key_is(key, "metadata")) {
                if (!value.is_object())
                    fail("json.wrong-type", "field \"" + key + "\" is " + json_type_name(value),
                         "an object of extra fields", where);
                for (const auto& entry : value.items())
                    builder.add_metadata(entry.key(), as_text(entry.value()));
            } else if (const Field field = field_for_key(key); field != Field::none) {
                const bool numeric_id =
                    field == Field::id && (value.is_number_integer() || value.is_number_unsigned());
                if (!value.is_string() && !numeric_id)
                    fail("json.wrong-type", "field \"" + key + "\" is " + json_type_name(value), "a string",
                         where);
                builder.add(key, as_text(value), where);
            } else {
                builder.add_metadata(key, as_text(value));
            }
        }
        if (!has_text)
            fail("json.missing-text", name + " has no \"text\" field",
                 "the statement's text as a \"text\" string", record_at);
        if (trim(statement.text).empty() && !m_options.allow_empty_text)
            fail("input.empty", "the \"text\" of " + name + " is empty", "the statement's text", text_at);
        statement.text_first_line = text_at.line;
        if (statement.id.empty()) {
            statement.id = id_from_path(statement.path);
            if (numbered_ids) statement.id += "-" + std::to_string(number);
            statement.id_location = record_at;
        }
        use_plain_analysis_text(statement);
        finish_statement(statement, FieldSyntax::json, m_options, m_diagnostics);
        return statement;
    }

private:
    [[noreturn]] void fail(const char* id, std::string message, std::string expected, FieldLocation where) {
        throw_input_error(id, std::move(message), std::move(expected), m_document.path(), where.line,
                          where.column);
    }

    FieldLocation location_of(std::size_t offset) {
        const auto [line, column] = m_document.position_of(offset);
        return FieldLocation{line, column};
    }

    /// Where the value of `key` begins: keys come in file order, so look a little ahead of the last one
    /// found.
    FieldLocation field_location(std::string_view key, FieldLocation fallback) {
        if (!m_place) return fallback;
        const auto& fields = m_place->fields;
        const std::size_t limit = std::min(fields.size(), m_next_field + k_max_key_search);
        for (std::size_t i = m_next_field; i < limit; ++i) {
            if (fields[i].first == key) {
                m_next_field = i + 1;
                return location_of(fields[i].second);
            }
        }
        return fallback;
    }

    JsonDocument& m_document;
    const LoadOptions& m_options;
    Diagnostics& m_diagnostics;
    const JsonRecordPlace* m_place = nullptr;
    std::size_t m_next_field = 0;
};

const JsonRecordPlace* place_at(const JsonScan& scan, std::size_t index, std::size_t expected_count) {
    // A scan that disagrees with the parser (it should not) gives no positions rather than wrong ones.
    if (scan.records.size() != expected_count || index >= scan.records.size()) return nullptr;
    return &scan.records[index];
}

}  // namespace

std::vector<Statement> read_json_statements(std::string_view content, const std::string& path,
                                            const LoadOptions& options, Diagnostics& diagnostics) {
    JsonDocument document(content, path, 1);
    Json root = document.parse();
    RecordReader reader(document, options, diagnostics);
    std::vector<Statement> statements;
    if (root.is_array()) {
        if (root.empty())
            throw_input_error("input.empty", "the JSON array holds no statements", k_expected_record, path, 1,
                              0);
        statements.reserve(root.size());
        for (std::size_t i = 0; i < root.size(); ++i)
            statements.push_back(reader.read(root[i], place_at(document.scan(), i, root.size()),
                                             static_cast<int>(i + 1), true));
        return statements;
    }
    if (!root.is_object())
        throw_input_error("json.wrong-type", std::string("the JSON document is ") + json_type_name(root),
                          "an object, or an array of objects, each with a \"text\" field", path, 1, 0);
    statements.push_back(reader.read(root, place_at(document.scan(), 0, 1), 1, false));
    return statements;
}

std::vector<Statement> read_json_lines_statements(std::string_view content, const std::string& path,
                                                  const LoadOptions& options, Diagnostics& diagnostics) {
    std::vector<Statement> statements;
    LineReader lines(content);
    Line line;
    int number = 0;
    while (lines.next(line)) {
        if (is_blank(line.content)) continue;
        JsonDocument document(line.content, path, line.number);
        Json record = document.parse();
        RecordReader reader(document, options, diagnostics);
        statements.push_back(reader.read(record, place_at(document.scan(), 0, 1), ++number, true));
    }
    if (statements.empty())
        throw_input_error("input.empty", "the file holds no statements", k_expected_record, path);
    return statements;
}

}  // namespace dipdiff
