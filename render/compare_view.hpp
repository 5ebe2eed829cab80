#pragma once
/// `dipdiff compare` for a person: per topic, each side's passages (shortened)
/// side by side, the closest pairs with their word differences, and the topics
/// only some sides mention.
#include "engine/alignment.hpp"
#include "engine/lexicon.hpp"
#include "engine/stance.hpp"
#include "engine/stance_compare.hpp"
#include "render/terminal_text.hpp"

#include <ostream>
#include <vector>

namespace dipdiff {

/// The stances to show beside the passages (all set, or all null for none).
struct CompareStance {
    const Lexicon* lexicon = nullptr;
    const std::vector<DocumentStance>* sentences = nullptr;  ///< parallel to the documents
    const std::vector<TopicStance>* topics = nullptr;        ///< parallel to AlignmentResult::coverage
};

struct CompareViewOptions {
    CompareStance stance;                ///< tone and commitment per topic and pair, with cues
    TerminalStyle style;
    std::size_t width = 120;             ///< terminal columns
    std::size_t passages_per_side = 3;   ///< sentences shown per statement and topic
    std::size_t pairs_per_topic = 3;     ///< closest pairs shown per topic
};

/// Prints the comparison of `documents` (their order gives the letters A, B, C …).
void print_compare_view(std::ostream& out, const std::vector<const Document*>& documents,
                        const AlignmentResult& result, const CompareViewOptions& options);

/// Shortens a passage for display: white space folded, cut at a word boundary
/// near `max_chars` characters with "…". Escaped for the terminal.
std::string shorten_passage(std::string_view text, std::size_t max_chars);

/// Wraps already-safe text into lines of at most `width` characters (counting
/// code points), breaking at spaces.
std::vector<std::string> wrap_text(const std::string& text, std::size_t width);

}  // namespace dipdiff
