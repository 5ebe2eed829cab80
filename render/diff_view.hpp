#pragma once
/// `dipdiff diff` for a person: B's text with A's deletions shown in place,
/// like `git diff --word-diff` (plain markers or colour), and the figures.
#include "engine/metadata_diff.hpp"
#include "engine/word_diff.hpp"
#include "render/terminal_text.hpp"

#include <ostream>

namespace dipdiff {

/// Prints the word diff of two texts. Plain style marks changes as
/// `[-deleted-]`, `{+inserted+}` and `{>moved<}` (at the new place); colour
/// style shows them red, green and cyan. Statement text is escaped for the
/// terminal with its line breaks kept.
void print_word_diff(std::ostream& out, std::string_view a_text, std::string_view b_text, const DiffResult& diff,
                     const TerminalStyle& style);

/// One line of figures: "412 tokens unchanged, 9 added, 7 removed, 14 moved (1 move); similarity 0.962".
void print_diff_stats(std::ostream& out, const DiffResult& diff);

/// Changed header fields, one per line: "date: 2025-06-16 → 2025-06-17".
void print_metadata_changes(std::ostream& out, const std::vector<FieldChange>& changes, const TerminalStyle& style);

}  // namespace dipdiff
