#pragma once
/// A sentence's stance for a person: its tone and commitment on one line, then
/// one line per cue with the rule applied, code phrases with their gloss.
#include "engine/lexicon.hpp"
#include "engine/stance.hpp"
#include "render/terminal_text.hpp"

#include <ostream>
#include <string>
#include <string_view>

namespace dipdiff {

/// "+0.45 cooperative · intent" (tone with its sign, label, commitment).
std::string stance_headline(const SentenceStance& stance);

/// Prints the headline after `indent`, then each cue on its own line:
///   tone    'not constructive'  +0.40 → -0.32  negated by 'not'
///   code    'frank and candid'  -0.40  The sides disagreed openly; …
///   commit  'agreed to'  commitment  (decisive)
/// `text` is the statement's text the cue spans point into. All statement
/// text and lexicon text is escaped with terminal_safe().
void print_sentence_stance(std::ostream& out, const SentenceStance& stance, const Lexicon& lexicon,
                           std::string_view text, const TerminalStyle& style, std::string_view indent);

/// The colour of a tone label: green cooperative, red conflictual, none neutral.
std::string_view tone_colour(const TerminalStyle& style, ToneLabel label);

}  // namespace dipdiff
