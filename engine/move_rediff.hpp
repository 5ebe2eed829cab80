#pragma once
/// Internal to the diff unit: once moved text is taken out of a change, what
/// is left of the change is compared again.
///
/// The minimal script of a small text may pair a word of text that moved with
/// a like word of the text it passed ("the Arctic" with "The sides"); the
/// clean-up then folds the tokens around that pair into one replacement, and
/// move detection takes the moved run out of it — leaving a replacement whose
/// deleted and inserted sides still share words ("." and "The"). Comparing
/// those sides again makes such words unchanged.
#include "engine/diff_script.hpp"

#include <cstdint>
#include <span>
#include <vector>

namespace dipdiff::diff_detail {

/// For each change (the pieces between two equal pieces) that move detection
/// touched — it holds a moved piece, or its deletions leave a hole in A where
/// text moved away — and that still deletes and inserts tokens: diffs the
/// deleted tokens (in A order) against the inserted tokens (in B order) with
/// diff_keys, and rewrites the change so matched tokens become equal pieces.
/// Equal pieces never span a hole in A or a moved piece in B; moved pieces
/// keep their place in B's order; within each new change deletions come
/// before insertions and moved pieces. Other changes are left as they are.
/// Adjacent pieces are not merged (call merge_adjacent_pieces). `pieces` must
/// be a valid script over `keys_a` and `keys_b` in the order detect_moves
/// leaves it. Cost: linear in the touched changes plus diff_keys on them.
void rediff_around_moves(std::vector<Piece>& pieces, std::span<const std::uint32_t> keys_a,
                         std::span<const std::uint32_t> keys_b);

}  // namespace dipdiff::diff_detail
