#pragma once
/// Where a JSON document's statement records and their fields begin: nlohmann
/// keeps no positions, and messages must point at the record and the value.
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace dipdiff {

/// One record: an object at the top level, or an element of a top-level array.
struct JsonRecordPlace {
    std::size_t start = 0;  ///< offset of its first byte
    /// Its own keys as written (escapes not decoded), each with the offset of its value.
    std::vector<std::pair<std::string_view, std::size_t>> fields;
};

struct JsonScan {
    std::vector<JsonRecordPlace> records;
    /// Offset of the first '{' or '[' nested deeper than the limit; npos when none is.
    std::size_t too_deep_at = std::string_view::npos;
};

/// Scans `json` once. Tolerates invalid JSON (the parser reports that); for
/// valid JSON the records match the parsed top-level object or array elements
/// one to one. Views point into `json`.
JsonScan scan_json(std::string_view json, int max_depth);

/// Splits the what() of an nlohmann parse error into what is wrong and what was
/// expected: "[json.exception.parse_error.101] parse error at line 1, column 9:
/// syntax error while parsing value - invalid literal; last read: 'x'; expected '}'"
/// → ("syntax error while parsing value - invalid literal; last read: 'x'", "expected '}'").
/// The second part is empty when the message names nothing expected.
std::pair<std::string, std::string> split_json_error_message(std::string_view what);

}  // namespace dipdiff
