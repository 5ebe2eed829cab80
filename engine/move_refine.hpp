#pragma once
/// Internal to the diff unit: settles the text around moved runs once move
/// detection has found them.
///
/// The minimal script of a small text may pair a word of moved text with a
/// like word of the text it passed ("the Arctic" with "The sides"), or pair
/// the word next to a moved run with a like word elsewhere ("with" before a
/// moved sentence with the "with" that starts the next one). The clean-up then
/// folds the tokens around such pairs into replacements, and move detection
/// only takes out the exact run it found. This step grows each moved run over
/// its neighbours and compares again what is left of the changes around it.
#include "engine/diff_script.hpp"

#include <cstdint>
#include <span>
#include <vector>

namespace dipdiff::diff_detail {

/// Rewrites a script that holds moved pieces (does nothing otherwise):
/// 1. Grows each moved run, one token at a time, at either end while the
///    token before (after) its place in A equals the token before (after) its
///    place in B, neither is moved, and the pair is not one `folded_partner`
///    records (A position → B position it was equal to before the clean-up
///    folded it; may be empty). Both tokens deleted/inserted: they join the
///    move. One of them unchanged (paired with a token elsewhere): it joins
///    the move only when its old partner can pair instead with the like
///    deleted/inserted token on the moved run's other end — the pairing
///    slides across the moved run. No growth adds an edit.
/// 2. For each change (the tokens between two unchanged tokens) that holds
///    moved text in B, or a hole in A where text moved away, and that still
///    deletes and inserts tokens: diffs its deleted tokens against its
///    inserted tokens (diff_keys) so tokens equal on both sides are unchanged
///    — when at most 256 tokens a side are left.
/// 3. Rebuilds the pieces in the documented order: equal, insert and moved in
///    B order; equal and del in A order; in each change the deletions first.
///    Equal pieces never span a hole in A or a moved piece in B. Adjacent
///    pieces are not merged (call merge_adjacent_pieces).
/// `pieces` must be a valid script over `keys_a` and `keys_b`. Cost: linear in
/// the sequence lengths (a byte, a bit and an index per position, only when
/// there are moves), plus diff_keys on the changes around moved text.
void refine_moves(std::vector<Piece>& pieces, std::span<const std::uint32_t> keys_a,
                  std::span<const std::uint32_t> keys_b, std::span<const std::uint32_t> folded_partner);

}  // namespace dipdiff::diff_detail
