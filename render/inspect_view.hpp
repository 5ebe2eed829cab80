#pragma once
/// `dipdiff inspect` for a person: metadata, then numbered paragraphs and
/// sentences with attribution, speaker and question marks.
#include "engine/document.hpp"
#include "engine/lexicon.hpp"
#include "engine/stance.hpp"
#include "render/terminal_text.hpp"

#include <ostream>

namespace dipdiff {

/// Prints one analysed statement. Every piece of statement text goes through
/// terminal_safe(). Sentence numbers are the same as in the JSON ids (s1, s2 …).
/// With `stance` (and its `lexicon`), every sentence is followed by its stance
/// and the cues behind it (render/stance_view.hpp).
void print_inspect_view(std::ostream& out, const Document& document, const TerminalStyle& style,
                        const DocumentStance* stance = nullptr, const Lexicon* lexicon = nullptr);

}  // namespace dipdiff
