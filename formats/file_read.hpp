#pragma once
/// Reading a whole input file with the checks every reader needs.
#include <cstddef>
#include <string>

namespace dipdiff {

/// Reads `path` whole. Throws InputError: "input.missing" (no such file),
/// "input.unreadable" (not a regular file, or reading failed) and
/// "input.too-large" (over `max_bytes`; `expected_when_too_large` says what a
/// right input would be, e.g. "a statement file (is this path a data dump?)").
std::string read_whole_file(const std::string& path, std::size_t max_bytes, const std::string& expected_when_too_large);

}  // namespace dipdiff
