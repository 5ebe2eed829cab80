#pragma once
/// Internal to the diff unit: monotonic alignment of text units (paragraphs
/// or sentences) of A to units of B on their token content.
#include "engine/diff_sequence.hpp"

#include <cstdint>
#include <span>
#include <vector>

namespace dipdiff::diff_detail {

/// Units a and b (indices into the unit lists) are aligned.
struct UnitPair {
    std::uint32_t a = 0;
    std::uint32_t b = 0;
    friend bool operator==(const UnitPair&, const UnitPair&) = default;
};

/// Aligns units of A (runs of `keys_a`) to units of B, keeping order: the
/// result is strictly increasing in both a and b. Two units may be aligned
/// when their key multisets have a Dice coefficient of at least 1/2; among
/// the orders possible the alignment maximises the number of shared tokens.
///
/// Cost stays near linear in the total size: units whose exact key sequence
/// occurs once on each side, and units that share a bottom-k sketch of token
/// trigrams, are paired first (heaviest increasing chain, O(k log k) in the
/// candidates); only gaps between those pairs of at most 1,024 unit pairs
/// are searched exhaustively by dynamic programming. Units must be non-empty.
std::vector<UnitPair> align_units(std::span<const std::uint32_t> keys_a, std::span<const Run> units_a,
                                  std::span<const std::uint32_t> keys_b, std::span<const Run> units_b);

}  // namespace dipdiff::diff_detail
