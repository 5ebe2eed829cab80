#pragma once
/// Internal to formats/: reading a JSON data file of ours (a topic taxonomy, a
/// stance lexicon) with every problem reported at its line and column, not
/// only the first. The readers share the parsing, the key checks and the
/// positions; each adds the checks of its own format.
#include "engine/diagnostic.hpp"
#include "engine/statement.hpp"
#include "formats/json_positions.hpp"
#include "formats/text_lines.hpp"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <initializer_list>
#include <memory>
#include <span>
#include <string>
#include <string_view>

namespace dipdiff::json_detail {

/// `"text"` with double quotes, as messages name keys and values.
std::string in_quotes(std::string_view text);

/// True for ids of the form `[a-z0-9]+(-[a-z0-9]+)*` ("arms-control").
bool is_lowercase_id(std::string_view id);

/// `one of "a", "b", "c"`.
std::string one_of(std::span<const std::string_view> keys);

/// A data file larger than this is a wrong path (the defaults are about 40 KB).
inline constexpr std::size_t k_max_data_file_bytes = std::size_t{64} << 20;

/// The content of the data file at `path`: "input.missing" when there is no
/// such file, "input.unreadable" when it is not a regular file, then the checks
/// of read_whole_file() (formats/file_read.hpp) with `what` as the expected
/// content. Throws InputError.
std::string read_data_file(const std::string& path, const std::string& what);

/// Collects the problems of one JSON text into `diagnostics`, with its path,
/// each at the line and column of the value (or key) it is about. Format ids
/// are `<prefix>.<problem>` ("lexicon.unknown-key"). Keeps references to the
/// text, the path and the diagnostics: all must outlive it.
class JsonFileReporter {
public:
    using Json = nlohmann::ordered_json;

    /// The maximum nesting of a data file; deeper is "json.too-deep".
    static constexpr int k_max_depth = 64;

    JsonFileReporter(std::string_view text, const std::string& path, std::string prefix,
                     Diagnostics& diagnostics);

    /// Parses the text into `root`: "json.too-deep" or "json.malformed" when it
    /// cannot, then "<prefix>.duplicate-key" for every key given twice in one
    /// object and "<prefix>.wrong-type" when the root is not an object.
    /// `expected_file` says what the file should hold. False when there is no
    /// object to read.
    bool parse_object(Json& root, const std::string& expected_file);

    /// Reports a missing "format" or "version" ("<prefix>.missing-key"), and a
    /// "format" other than `format` or a "version" other than 1
    /// ("<prefix>.format"); `kind` names the file in the hint ("lexicon").
    void check_format(const Json& root, std::string_view format, std::string_view kind);

    /// Reports every key of `object` not in `allowed` ("<prefix>.unknown-key"), at the key.
    void check_keys(const Json& object, const std::string& pointer, const std::string& name,
                    std::span<const std::string_view> allowed);
    void check_keys(const Json& object, const std::string& pointer, const std::string& name,
                    std::initializer_list<std::string_view> allowed) {
        check_keys(object, pointer, name, std::span<const std::string_view>(allowed.begin(), allowed.size()));
    }

    /// The member `key` of `object`; reports it missing ("<prefix>.missing-key",
    /// at the object) and returns null when absent.
    const Json* require(const Json& object, const std::string& pointer, std::string_view key,
                        const std::string& name, const std::string& expected);

    /// Where the value (or, with `at_key`, the key) at the JSON pointer begins;
    /// the nearest enclosing value that is known otherwise.
    FieldLocation location(std::string pointer, bool at_key);

    /// An error at the value (or key) at `pointer`.
    void add(std::string_view id, const std::string& pointer, bool at_key, std::string message,
             std::string expected);
    /// An error at a byte offset of the text.
    void add_at(std::string_view id, std::size_t offset, std::string message, std::string expected);
    /// An error at a known place.
    void push(std::string_view id, FieldLocation where, std::string message, std::string expected);

    std::string_view text() const { return m_text; }
    const std::string& path() const { return m_path; }
    const std::string& prefix() const { return m_prefix; }

private:
    std::string_view m_text;
    const std::string& m_path;
    std::string m_prefix;
    Diagnostics& m_diagnostics;
    PositionTracker m_lines;
    std::unique_ptr<JsonPositions> m_positions;
};

}  // namespace dipdiff::json_detail
