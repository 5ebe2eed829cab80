#pragma once
/// `dipdiff inspect` for a person: metadata, then numbered paragraphs and
/// sentences with attribution, speaker and question marks.
#include "engine/document.hpp"
#include "render/terminal_text.hpp"

#include <ostream>

namespace dipdiff {

/// Prints one analysed statement. Every piece of statement text goes through
/// terminal_safe(). Sentence numbers are the same as in the JSON ids (s1, s2 …).
void print_inspect_view(std::ostream& out, const Document& document, const TerminalStyle& style);

}  // namespace dipdiff
