#pragma once
/// Where every key and value of a JSON text begins, by JSON Pointer: nlohmann
/// keeps no positions, and a message about a configuration file must point at
/// the value that is wrong.
#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace dipdiff {

class JsonPositions {
public:
    /// Scans `json` once. Meant for text nlohmann has accepted; anything else
    /// gives partial results, never undefined behaviour. Nesting deeper than
    /// `max_depth` is not recorded. Keeps no reference to `json`.
    explicit JsonPositions(std::string_view json, int max_depth = 64);

    /// Byte offset of the first byte of the value at `pointer` (RFC 6901: "" is
    /// the whole document, "/topics/0/id" a member of an array element); npos
    /// when unknown. Keys with \u escapes are recorded undecoded.
    std::size_t value(std::string_view pointer) const;
    /// Byte offset of the opening quote of the key naming the member at `pointer`; npos when unknown.
    std::size_t key(std::string_view pointer) const;

    /// Members named twice in one object: the pointer and the offset of the second key.
    const std::vector<std::pair<std::string, std::size_t>>& duplicate_keys() const { return m_duplicates; }

    /// "/" + key with "~" written "~0" and "/" written "~1" (RFC 6901).
    static std::string member(std::string_view parent, std::string_view key);
    static std::string element(std::string_view parent, std::size_t index);

private:
    class Scanner;
    std::unordered_map<std::string, std::size_t> m_values;
    std::unordered_map<std::string, std::size_t> m_keys;
    std::vector<std::pair<std::string, std::size_t>> m_duplicates;
};

}  // namespace dipdiff
