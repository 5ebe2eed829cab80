#pragma once
/// Internal to the diff unit: the semantic clean-up that makes a script read
/// as whole replacements instead of word salad.
#include "engine/diff_script.hpp"

#include <cstdint>
#include <vector>

namespace dipdiff::diff_detail {

/// Equal runs of at most this many tokens between two changes are always folded.
inline constexpr std::uint32_t k_tiny_equal_tokens = 2;

enum class FoldRule {
    tiny,  ///< fold equal runs of at most k_tiny_equal_tokens
    /// also fold an equal run between two replacements (deletion + insertion)
    /// that is shorter than the larger side of each
    semantic,
};

/// No partner: the A position was not in a folded equal run.
inline constexpr std::uint32_t k_no_partner = UINT32_MAX;

/// Folds equal runs that lie between two changes into one change: the run's
/// tokens become deleted and inserted, and the three parts one deletion and
/// one insertion. Folding repeats while the grown change swallows more
/// (a stack pass, linear). Moved text is never folded. Next to a change that
/// holds moved text (a moved piece, or a hole in A where text moved away)
/// only tiny runs fold, and only when that change also deletes or inserts
/// tokens: a change that only moves text is not a change to fold with. A
/// folded change that holds moved text keeps its moved pieces at their place
/// in B, after the deletions.
/// `a_size`/`b_size` are the sequence lengths. When `folded_partner` is not
/// null (sized a_size, filled with k_no_partner) it receives, for each A
/// position of a folded run, the B position it was equal to.
void fold_equalities(std::vector<Piece>& pieces, std::uint32_t a_size, std::uint32_t b_size, FoldRule rule,
                     std::vector<std::uint32_t>* folded_partner);

}  // namespace dipdiff::diff_detail
