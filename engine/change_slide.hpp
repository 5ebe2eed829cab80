#pragma once
/// Internal to the diff unit: among equally short scripts, put each pure
/// insertion or deletion where it starts and ends at sentence or paragraph
/// boundaries ("… corridor." inserted, not ". President … corridor").
#include "engine/diff_script.hpp"

#include <cstdint>
#include <span>
#include <vector>

namespace dipdiff::diff_detail {

/// Boundary strength of each position 0..size of a compared sequence:
/// 2 at a paragraph start and at both ends, 1 at a sentence start, else 0.
std::vector<std::uint8_t> boundary_strengths(std::span<const std::uint32_t> sentence_starts,
                                             std::span<const std::uint32_t> paragraph_starts,
                                             std::uint32_t size);

/// Slides every deletion or insertion that sits alone between two equal runs
/// along them while the script stays valid (the token leaving one end equals
/// the token entering the other), to the position whose two ends have the
/// highest boundary strength; ties keep the smallest shift. The number of
/// edits does not change. An equal run between two changes keeps at least
/// one token. Empty equal runs are removed.
void slide_to_boundaries(std::vector<Piece>& pieces, std::span<const std::uint32_t> keys_a,
                         std::span<const std::uint32_t> keys_b, std::span<const std::uint8_t> strength_a,
                         std::span<const std::uint8_t> strength_b);

}  // namespace dipdiff::diff_detail
