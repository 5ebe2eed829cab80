#pragma once
/// The readers behind parse_statements (formats/loader.hpp), one per format.
/// Each takes content already checked by check_content (valid UTF-8, no BOM,
/// not empty), throws InputError for the first problem that stops the file,
/// and adds warnings (and errors that do not stop it) to `diagnostics`.
#include <string>
#include <string_view>
#include <vector>

#include "engine/diagnostic.hpp"
#include "engine/statement.hpp"
#include "formats/loader.hpp"

namespace dipdiff {

/// A plain-text or Markdown file: an optional `key: value` header or `---`
/// front matter, then the text. Markdown gets an analysis text with the
/// markup stripped (formats/markdown_strip.hpp); plain text the identity view.
Statement read_text_statement(std::string_view content, const std::string& path, bool markdown,
                              const LoadOptions& options, Diagnostics& diagnostics);

/// A JSON file: one statement object, or an array of them.
std::vector<Statement> read_json_statements(std::string_view content, const std::string& path,
                                            const LoadOptions& options, Diagnostics& diagnostics);

/// A JSON Lines file: one statement object per line; blank lines are skipped.
/// A malformed line stops the whole file.
std::vector<Statement> read_json_lines_statements(std::string_view content, const std::string& path,
                                                  const LoadOptions& options, Diagnostics& diagnostics);

}  // namespace dipdiff
