#pragma once
/// The fields at the top of a text or Markdown file: a `key: value` header
/// (header_reader.cpp) or `---` front matter (front_matter.cpp).
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "engine/statement.hpp"

namespace dipdiff {

/// One `key: value` of a header, with the value's place in the file.
struct HeaderField {
    std::string key;    ///< as written
    std::string value;  ///< trimmed; quotes removed and lists joined with ", " in front matter
    FieldLocation where;
};

/// A file's header: its fields in file order and where the text begins.
struct HeaderBlock {
    std::vector<HeaderField> fields;
    std::size_t text_offset = 0;  ///< first byte of the text in the content
    int text_first_line = 1;      ///< the 1-based line of that byte
};

/// Reads a plain-text header: `key: value` lines ending at the first blank
/// line; the text starts on the line after it. A key is a letter followed by
/// up to 39 letters, digits, '_' or '-' (no spaces), then ':' and a space or
/// the end of the line. There is no header (an empty block, text at 0) when
/// the first line is no `key: value`, or when its key names no known field and
/// the lines up to the first blank line are not all `key: value`: that is
/// prose such as "Note: ...". Throws InputError: header.malformed-line for a
/// line that is not `key: value` in a header that begins with a known field,
/// input.empty when such a header has no text after it.
HeaderBlock read_header(std::string_view content, const std::string& path);

/// True when the content opens with a `---` line (front matter).
bool starts_with_front_matter(std::string_view content);

/// Reads YAML-style front matter between a first `---` line and the next
/// `---` (or `...`) line: `key: value` with "double" or 'single' quoted
/// values, `key: [a, b]` and `- item` lists (joined with ", "), `|` and `>`
/// block values, one level of nested `key:` maps (read as "parent.key"),
/// `#` comments. The text starts on the line after the closing line. Throws
/// InputError: front-matter.unclosed, front-matter.malformed-line.
HeaderBlock read_front_matter(std::string_view content, const std::string& path);

}  // namespace dipdiff
