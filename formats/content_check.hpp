#pragma once
/// The checks every file's content passes before a reader parses it.
#include <cstddef>
#include <string>
#include <string_view>

#include "formats/loader.hpp"

namespace dipdiff {

/// Content ready for a reader: a view of what follows any UTF-8 byte-order mark.
struct CheckedContent {
    std::string_view text;      ///< the content after the BOM
    std::size_t bom_bytes = 0;  ///< 3 when the content began with a BOM, else 0
};

/// Strips a UTF-8 BOM and refuses content that is larger than
/// options.max_file_bytes (input.too-large), holds a NUL byte (input.binary), is
/// not valid UTF-8 (input.invalid-utf8) or holds only white space
/// (input.empty), by throwing InputError naming `path` and the line and column.
/// Lines and columns count from after the BOM, as editors show them; byte
/// offsets in messages count from the start of the file.
CheckedContent check_content(std::string_view content, const std::string& path, const LoadOptions& options);

/// "12.5 MB", "300 bytes": a size for messages.
std::string describe_size(std::size_t bytes);

}  // namespace dipdiff
