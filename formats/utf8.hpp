#pragma once
/// UTF-8 validation for everything dipdiff reads.
#include <cstddef>
#include <string_view>

namespace dipdiff {

/// Offset of the first byte of `text` that is not part of a valid UTF-8
/// sequence, or std::string_view::npos when the whole text is valid. Overlong
/// forms, surrogates (U+D800–U+DFFF) and code points above U+10FFFF are
/// invalid. One pass; ASCII runs are checked eight bytes at a time.
std::size_t find_invalid_utf8(std::string_view text);

/// Removes a UTF-8 byte-order mark from the front of `content`; returns how
/// many bytes it took (0 or 3), so messages can count offsets from the file's start.
std::size_t strip_bom(std::string_view& content);

}  // namespace dipdiff
