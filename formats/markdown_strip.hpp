#pragma once
/// The analysis view of a Markdown text: markup removed, every byte mapped back.
#include <string_view>

#include "engine/statement.hpp"

namespace dipdiff {

/// Removes Markdown markup from `text` for analysis: emphasis (`*x*`, `**x**`,
/// `_x_`, `__x__`, `~~x~~`) with CommonMark's flanking rules, so "5 * 3" and
/// snake_case stay; backslash escapes (`\*` → `*`); heading markers, `>`
/// quote markers and list bullets at line starts; fences and thematic breaks
/// (their lines become empty); link and image syntax (`[text](url)` → text);
/// code-span backticks; HTML comments and tags (inline tags such as <b>
/// vanish, others such as <br> and <p> become a line break); and entities
/// (`&amp;` `&nbsp;` `&#8217;` …) decoded to UTF-8. Line breaks stay. In the
/// result, origin[i] is the byte of `text` that analysis byte i comes from: a
/// decoded entity's first byte maps to its '&' and its last byte (when it has
/// several) to its ';'; a tag's line break maps to its '<'. When nothing was
/// removed, origin is empty (identity). Never throws on any input.
AnalysisText strip_markdown(std::string_view text);

}  // namespace dipdiff
