#pragma once
/// Internal to the diff unit: deleted text that reappears elsewhere as
/// inserted text is reported as moved.
#include "engine/diff_script.hpp"

#include <cstdint>
#include <span>
#include <vector>

namespace dipdiff::diff_detail {

/// Finds runs of at least `min_tokens` keys that are deleted in A and
/// inserted in B, and rewrites `pieces` so each becomes one moved piece (at
/// its place among B's pieces); the rest of the deletion and insertion stays.
/// Candidates come from a sorted index of rolling hashes of the inserted
/// text's min_tokens-grams, so the cost is near linear in the changed text.
/// Deleted runs are scanned in A order and each takes the longest match
/// (earliest in B on ties); matches never overlap. A position pair recorded
/// in `folded_partner` (A position → B position it was equal to before the
/// clean-up folded it; may be empty) is never part of a move: that text did
/// not move. `min_tokens` 0 does nothing.
void detect_moves(std::vector<Piece>& pieces, std::span<const std::uint32_t> keys_a,
                  std::span<const std::uint32_t> keys_b, std::uint32_t min_tokens,
                  std::span<const std::uint32_t> folded_partner);

}  // namespace dipdiff::diff_detail
