#include "formats/json_scan.hpp"

namespace dipdiff {
namespace {

bool is_json_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::size_t skip_space(std::string_view json, std::size_t at) {
    while (at < json.size() && is_json_space(json[at])) ++at;
    return at;
}

/// Offset of the closing quote of the string opening at `open`; npos when unterminated.
std::size_t string_end(std::string_view json, std::size_t open) {
    for (std::size_t i = open + 1; i < json.size(); ++i) {
        if (json[i] == '\\')
            ++i;
        else if (json[i] == '"')
            return i;
    }
    return std::string_view::npos;
}

}  // namespace

JsonScan scan_json(std::string_view json, int max_depth) {
    JsonScan scan;
    const std::size_t first = skip_space(json, 0);
    if (first >= json.size()) return scan;
    const bool top_array = json[first] == '[';
    const int key_depth = top_array ? 2 : 1;  // depth inside a record object
    int depth = 0;
    bool expect_element = false;
    const auto start_record = [&](std::size_t at) {
        scan.records.push_back(JsonRecordPlace{at, {}});
        expect_element = false;
    };
    for (std::size_t i = first; i < json.size(); ++i) {
        const char c = json[i];
        if (is_json_space(c)) continue;
        if (top_array && depth == 1 && expect_element && c != ']' && c != ',') start_record(i);
        switch (c) {
            case '"': {
                const std::size_t end = string_end(json, i);
                if (end == std::string_view::npos) return scan;
                if (depth == key_depth && !scan.records.empty()) {
                    const std::size_t colon = skip_space(json, end + 1);
                    if (colon < json.size() && json[colon] == ':')
                        scan.records.back().fields.emplace_back(json.substr(i + 1, end - i - 1),
                                                                skip_space(json, colon + 1));
                }
                i = end;
                break;
            }
            case '{':
            case '[':
                if (!top_array && depth == 0) start_record(i);
                if (++depth > max_depth) {
                    scan.too_deep_at = i;
                    return scan;
                }
                if (top_array && depth == 1) expect_element = true;
                break;
            case '}':
            case ']':
                if (depth > 0) --depth;
                break;
            case ',':
                if (top_array && depth == 1) expect_element = true;
                break;
            default:
                break;
        }
    }
    return scan;
}

std::pair<std::string, std::string> split_json_error_message(std::string_view what) {
    if (const std::size_t id_end = what.find("] ");
        what.starts_with("[json.exception.") && id_end != what.npos)
        what.remove_prefix(id_end + 2);
    if (what.starts_with("parse error")) {
        const std::size_t colon = what.find(": ");
        if (colon != what.npos) what.remove_prefix(colon + 2);
    }
    const std::size_t expected = what.rfind("; expected ");
    if (expected == what.npos) return {std::string(what), {}};
    return {std::string(what.substr(0, expected)), "expected " + std::string(what.substr(expected + 11))};
}

}  // namespace dipdiff
