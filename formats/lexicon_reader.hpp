#pragma once
/// Reading the stance lexicon (docs/lexicon.md): the built-in default or a
/// `--lexicon FILE` that replaces it.
#include <string>
#include <string_view>

#include "engine/diagnostic.hpp"
#include "engine/lexicon.hpp"

namespace dipdiff {

/// The content of data/lexicon.json, compiled into the program at build time.
std::string_view default_lexicon_json();

/// The path messages about the built-in default name (it is never read from disk).
inline constexpr std::string_view k_default_lexicon_path = "data/lexicon.json";

/// Parses the content of one lexicon file (a UTF-8 byte-order mark is skipped).
/// Every problem is added to `diagnostics` as an error
/// `path:line:col: error: what — expected`, not only the first: content that
/// is empty, binary or not UTF-8 (input.empty, input.binary,
/// input.invalid-utf8), malformed JSON (json.malformed, json.too-deep), a
/// wrong or missing "format" or "version" (lexicon.format), missing, unknown or
/// repeated keys (lexicon.missing-key, lexicon.unknown-key,
/// lexicon.duplicate-key), values of the wrong JSON type (lexicon.wrong-type),
/// tones, weights and factors out of range (lexicon.out-of-range), unknown
/// commitment classes (lexicon.unknown-class), bad ids, empty texts, bad
/// glosses and languages (lexicon.bad-value), ids used twice
/// (lexicon.duplicate-id) and a text given twice in one section
/// (lexicon.duplicate-text). "grammar" is an object with every list of
/// k_grammar_lists (engine/lexicon.hpp), each an array of strings read like
/// the negators: each list is a section of its own for repeated texts, and
/// where each word is goes to LexiconGrammar::locations. The checks that need
/// stemming are validate_lexicon()'s (engine/lexicon.hpp). The lexicon returned holds what
/// could be read: an entry with an error is left out (a bad variant only
/// drops that variant), and `language` stays "en" when the file's is missing
/// or bad. Its `path` is `path`. Problems come in the order found (repeated
/// keys first); load_lexicon sorts them.
Lexicon parse_lexicon(std::string_view content, const std::string& path, Diagnostics& diagnostics);

/// The lexicon at `path`, or the built-in default when `path` is empty (its
/// `path` is then k_default_lexicon_path). A file is read with the usual
/// checks (input.missing, input.unreadable, input.too-large, then
/// parse_lexicon's), and every lexicon is checked by validate_lexicon with a
/// segmenter of its own. All problems go to `diagnostics`, sorted by line and
/// column; with errors the lexicon returned is what could be read (empty when
/// the file could not be read at all), and it must not be used for scoring.
Lexicon load_lexicon(const std::string& path, Diagnostics& diagnostics);

}  // namespace dipdiff
