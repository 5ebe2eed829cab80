#pragma once
/// Internal to the diff unit: minimal edit scripts between two sequences of
/// comparison keys, computed by dtl (which only token_diff.cpp includes).
#include "engine/diff_script.hpp"

#include <cstddef>
#include <cstdint>
#include <span>

namespace dipdiff::diff_detail {

/// True when dtl's O(NP) search on sequences of `m` and `n` keys whose edit
/// distance is at most `max_edit_distance` cannot reach dtl's coordinate
/// limit (MAX_CORDINATES_SIZE). Past that limit dtl silently returns a
/// non-minimal script, so nothing is handed to it unless this holds.
/// With max_edit_distance = m + n (no knowledge) this is m * n < limit.
bool dtl_can_diff(std::size_t m, std::size_t n, std::uint64_t max_edit_distance);

/// Appends to `out` a minimal (insert/delete only) edit script from `a` to
/// `b`, computed by dtl after trimming the common prefix and suffix.
/// Precondition: dtl_can_diff(trimmed sizes, an upper bound of the distance);
/// throws std::logic_error if dtl's script does not account for every key.
void dtl_diff(std::span<const std::uint32_t> a, std::span<const std::uint32_t> b, ScriptBuilder& out);

/// Appends to `out` an edit script from `a` to `b` for inputs of any size:
/// dtl's minimal script when dtl_can_diff(m, n, m + n) holds after trimming;
/// otherwise the input is split at windows of 4 keys that occur once on each
/// side (the longest increasing chain of them, as patience diff does with
/// single keys — which are the fallback when no window is unique) and each
/// piece is diffed the same way; a piece too large with no anchor at all
/// becomes one deletion and one insertion. Returns true when the script is
/// minimal (no split was needed).
bool diff_keys(std::span<const std::uint32_t> a, std::span<const std::uint32_t> b, ScriptBuilder& out);

}  // namespace dipdiff::diff_detail
