#include "formats/json_file_reporter.hpp"

#include "formats/file_read.hpp"
#include "formats/json_scan.hpp"
#include "formats/json_type_name.hpp"

#include <algorithm>
#include <filesystem>

namespace dipdiff::json_detail {

std::string in_quotes(std::string_view text) { return "\"" + std::string(text) + "\""; }

std::string one_of(std::span<const std::string_view> keys) {
    std::string out = "one of ";
    for (const std::string_view key : keys) {
        if (out.size() > 7) out += ", ";
        out += in_quotes(key);
    }
    return out;
}

std::string read_data_file(const std::string& path, std::size_t max_bytes, const std::string& what) {
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (ec || !fs::exists(status)) throw_input_error("input.missing", "no such file", what, path);
    if (!fs::is_regular_file(status)) throw_input_error("input.unreadable", "not a file", what, path);
    return read_whole_file(path, max_bytes, what + " (is this the right path?)");
}

JsonFileReporter::JsonFileReporter(std::string_view text, const std::string& path, std::string prefix,
                                   Diagnostics& diagnostics)
    : m_text(text), m_path(path), m_prefix(std::move(prefix)), m_diagnostics(diagnostics), m_lines(text) {}

bool JsonFileReporter::parse_object(Json& root, const std::string& expected_file) {
    const JsonScan scan = scan_json(m_text, k_max_depth);
    if (scan.too_deep_at != std::string_view::npos) {
        add_at("json.too-deep", scan.too_deep_at,
               "JSON nested more than " + std::to_string(k_max_depth) + " levels deep", expected_file);
        return false;
    }
    try {
        root = Json::parse(m_text.begin(), m_text.end());
    } catch (const Json::parse_error& e) {
        // e.byte counts from 1 and points at the last character read.
        const auto [message, expected] = split_json_error_message(e.what());
        add_at("json.malformed", e.byte > 0 ? e.byte - 1 : 0, "malformed JSON: " + message,
               expected.empty() ? std::string("valid JSON") : expected);
        return false;
    } catch (const Json::exception& e) {
        add_at("json.malformed", 0, "malformed JSON: " + split_json_error_message(e.what()).first, "valid JSON");
        return false;
    }
    m_positions = std::make_unique<JsonPositions>(m_text, k_max_depth);
    for (const auto& [pointer, offset] : m_positions->duplicate_keys())
        add_at(m_prefix + ".duplicate-key", offset,
               "key " + in_quotes(pointer.substr(pointer.rfind('/') + 1)) + " is given twice in one object",
               "each key once in an object");
    if (!root.is_object()) {
        add(m_prefix + ".wrong-type", "", false, std::string("the file holds ") + json_type_name(root),
            expected_file);
        return false;
    }
    return true;
}

void JsonFileReporter::check_keys(const Json& object, const std::string& pointer, const std::string& name,
                                  std::span<const std::string_view> allowed) {
    for (const auto& item : object.items()) {
        if (std::find(allowed.begin(), allowed.end(), item.key()) != allowed.end()) continue;
        add(m_prefix + ".unknown-key", JsonPositions::member(pointer, item.key()), true,
            "unknown key " + in_quotes(item.key()) + " in " + name, one_of(allowed));
    }
}

const JsonFileReporter::Json* JsonFileReporter::require(const Json& object, const std::string& pointer,
                                                        std::string_view key, const std::string& name,
                                                        const std::string& expected) {
    const auto it = object.find(std::string(key));
    if (it != object.end()) return &*it;
    add(m_prefix + ".missing-key", pointer, false, name + " has no " + in_quotes(key), expected);
    return nullptr;
}

FieldLocation JsonFileReporter::location(std::string pointer, bool at_key) {
    std::size_t offset = std::string_view::npos;
    if (m_positions) {
        offset = at_key ? m_positions->key(pointer) : std::string_view::npos;
        while (offset == std::string_view::npos) {
            offset = m_positions->value(pointer);
            if (offset != std::string_view::npos || pointer.empty()) break;
            pointer.resize(pointer.rfind('/'));
        }
    }
    const auto [line, column] = m_lines.position_of(offset == std::string_view::npos ? 0 : offset);
    return FieldLocation{line, column};
}

void JsonFileReporter::add(std::string_view id, const std::string& pointer, bool at_key, std::string message,
                           std::string expected) {
    push(id, location(pointer, at_key), std::move(message), std::move(expected));
}

void JsonFileReporter::add_at(std::string_view id, std::size_t offset, std::string message,
                              std::string expected) {
    const auto [line, column] = m_lines.position_of(offset);
    push(id, FieldLocation{line, column}, std::move(message), std::move(expected));
}

void JsonFileReporter::push(std::string_view id, FieldLocation where, std::string message, std::string expected) {
    Diagnostic d;
    d.severity = Severity::error;
    d.path = m_path;
    d.line = where.line;
    d.column = where.column;
    d.id = std::string(id);
    d.message = std::move(message);
    d.expected = std::move(expected);
    m_diagnostics.push_back(std::move(d));
}

}  // namespace dipdiff::json_detail
