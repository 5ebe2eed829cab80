#pragma once
/// Internal to the date unit (engine/date.cpp, engine/dateline.cpp): finds a
/// date-shaped piece of text at the start of a string.
#include <cstddef>
#include <string_view>

#include "engine/date.hpp"

namespace dipdiff::detail {

/// A date shape at the start of a text, and what it means.
struct DateMatch {
    std::size_t length = 0;  ///< bytes of the shape; 0 when the text does not start with a date shape
    DateParseResult result;  ///< the date, or why the shape is refused (impossible, ambiguous …)
};

/// Matches the longest date shape at the very start of `text` (no leading
/// space is skipped): an optional weekday, then ISO 8601 (with time and
/// offset), 2021/06/16, 16.06.2021, 06/16/2021, June 16, 2021 or 16 June 2021.
/// A shape without a year ("June 16") is no shape. Never throws.
DateMatch match_date_prefix(std::string_view text);

}  // namespace dipdiff::detail
