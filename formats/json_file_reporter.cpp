#include "formats/json_file_reporter.hpp"

#include "formats/file_read.hpp"
#include "formats/json_scan.hpp"
#include "formats/json_type_name.hpp"

#include <algorithm>
#include <filesystem>

namespace dipdiff::json_detail {

std::string in_quotes(std::string_view text) { return "\"" + std::string(text) + "\""; }

bool is_lowercase_id(std::string_view id) {
    if (id.empty() || id.front() == '-' || id.back() == '-') return false;
    char previous = '-';
    for (const char c : id) {
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (!alnum && (c != '-' || previous == '-')) return false;
        previous = c;
    }
    return true;
}

std::string one_of(std::span<const std::string_view> keys) {
    std::string out = "one of ";
    for (const std::string_view key : keys) {
        if (out.size() > 7) out += ", ";
        out += in_quotes(key);
    }
    return out;
}

std::string read_data_file(const std::string& path, const std::string& what) {
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (ec || !fs::exists(status)) throw_input_error("input.missing", "no such file", what, path);
    if (!fs::is_regular_file(status)) throw_input_error("input.unreadable", "not a file", what, path);
    return read_whole_file(path, k_max_data_file_bytes, what + " (is this the right path?)");
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

void JsonFileReporter::check_format(const Json& root, std::string_view format, std::string_view kind) {
    const std::string wanted = "\"format\": " + in_quotes(format);
    if (const Json* found = require(root, "", "format", "the file", wanted)) {
        if (!found->is_string() || found->get_ref<const std::string&>() != format)
            add(m_prefix + ".format", "/format", false,
                "\"format\" is " +
                    (found->is_string() ? in_quotes(found->get_ref<const std::string&>())
                                        : std::string(json_type_name(*found))) +
                    ", not " + in_quotes(format),
                wanted + " (is this a " + std::string(kind) + " file?)");
    }
    if (const Json* version = require(root, "", "version", "the file", "\"version\": 1")) {
        if (!version->is_number_integer() || version->get<std::int64_t>() != 1)
            add(m_prefix + ".format", "/version", false,
                "\"version\" is " +
                    (version->is_number() ? version->dump() : std::string(json_type_name(*version))) + ", not 1",
                "\"version\": 1, the version this dipdiff reads");
    }
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
    m_diagnostics.push_back(
        error_diagnostic(std::string(id), std::move(message), std::move(expected), m_path, where.line, where.column));
}

}  // namespace dipdiff::json_detail
