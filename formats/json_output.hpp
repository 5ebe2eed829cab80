#pragma once
/// Internal to formats/: what every JSON writer shares — the value type, spans,
/// nullable strings, rounded figures, and a writer that prints a large object
/// one member (or array element) at a time with the bytes of one whole dump.
/// nlohmann/json appears here, so only formats/ .cpp files include this header.
#include "engine/span.hpp"

#include <nlohmann/json.hpp>

#include <ostream>
#include <string>
#include <string_view>

namespace dipdiff::json_detail {

/// Objects keep their keys in insertion order: every writer's key order is fixed.
using Json = nlohmann::ordered_json;

/// `[start, end]`.
Json span_json(Span span);

/// The string, or null when it is empty.
Json nullable(const std::string& value);

/// How a writer prints computed figures (scores, similarities).
enum class Figures {
    exact,    ///< the double as computed (shortest text that reads back the same)
    rounded,  ///< rounded to 4 decimals, so tiny floating-point differences do not change bytes
};

/// `value` rounded half away from zero to 4 decimals (0.123456 → 0.1235).
double round_figure(double value);

/// `value`, rounded when `figures` is Figures::rounded.
Json figure(double value, Figures figures);

/// `value` dumped with an indent of 2 as if nested `depth` levels deep: every
/// line after the first is prefixed with 2 × depth spaces. Invalid UTF-8 is
/// replaced by U+FFFD (readers validate UTF-8, so it keeps a bug from becoming
/// a crash rather than happening in practice).
std::string dump_nested(const Json& value, int depth);

/// Writes a top-level JSON object to `out` member by member, so that a large
/// corpus is never held as one JSON tree; the bytes are those of dumping the
/// whole object with an indent of 2, followed by a newline. Calls must nest:
/// begin_array, element…, end_array; finish once, last. `out` is not owned.
class PrettyObjectWriter {
public:
    /// Writes the opening brace.
    explicit PrettyObjectWriter(std::ostream& out);
    /// One member with its whole value.
    void member(std::string_view key, const Json& value);
    /// Opens a member whose value is an array written with element().
    void begin_array(std::string_view key);
    void element(const Json& value);
    void end_array();
    /// Closes the object and ends the line.
    void finish();

private:
    void key(std::string_view name);

    std::ostream& m_out;
    bool m_first_member = true;
    bool m_first_element = true;
};

}  // namespace dipdiff::json_detail
