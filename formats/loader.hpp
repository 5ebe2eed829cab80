#pragma once
/// Reading statements from files and folders, in every supported format.
#include "engine/diagnostic.hpp"
#include "engine/statement.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace dipdiff {

enum class StatementFormat { auto_detect, text, markdown, json, json_lines };

struct LoadOptions {
    /// Commands that compare statements need both: a missing party or date is
    /// then an error; otherwise (inspect, diff) it is a warning.
    bool require_party_and_date = false;
    /// Warn about a missing party or date (when not required). `diff` turns
    /// this off: it compares bare texts, where neither matters.
    bool warn_missing_metadata = true;
    /// Accept an empty file or a statement with no text (`diff`: two empty
    /// texts are equal). Otherwise that is an "input.empty" error.
    bool allow_empty_text = false;
    /// Files larger than this are refused (a statement is never this big; a
    /// mistaken path to a data dump is).
    std::size_t max_file_bytes = std::size_t{256} << 20;
};

struct LoadResult {
    std::vector<Statement> statements;  ///< in sorted path order, then file order
    Diagnostics diagnostics;            ///< every problem in every file, errors and warnings
};

/// Loads every path: a file, or a folder searched recursively for supported
/// files (.txt .md .markdown .json .jsonl .ndjson) in sorted path order. Bad
/// files are reported in `diagnostics` and the others still loaded. Duplicate
/// ids across the corpus are errors naming both places.
LoadResult load_statements(const std::vector<std::string>& paths, const LoadOptions& options = {});

/// Parses the content of one file (already read). Throws InputError for the
/// first problem that stops the file; warnings go to `warnings`.
std::vector<Statement> parse_statements(std::string_view content, const std::string& path,
                                        StatementFormat format, const LoadOptions& options,
                                        Diagnostics& warnings);

/// The format a path's extension implies; auto_detect for unknown extensions.
StatementFormat format_from_path(std::string_view path);

}  // namespace dipdiff
