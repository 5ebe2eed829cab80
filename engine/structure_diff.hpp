#pragma once
/// Internal to the diff unit: the structure-first edit script — paragraphs
/// aligned, then sentences inside aligned paragraphs, then words inside
/// aligned sentences.
#include "engine/diff_script.hpp"
#include "engine/diff_sequence.hpp"

namespace dipdiff::diff_detail {

/// Appends to `out` an edit script from `a` to `b` built structure first:
/// 1. paragraphs of A are aligned to paragraphs of B (align_units);
/// 2. sentences are aligned inside each aligned paragraph pair, and across
///    each run of unaligned paragraphs between two aligned pairs (so a split
///    or merged paragraph still finds its sentences);
/// 3. each aligned sentence pair is diffed word by word (diff_keys);
///    unaligned sentences are deleted or inserted whole;
/// 4. a change whose deleted and inserted text are alike (Dice >= 1/2 on
///    word pairs) — text cut apart by unit boundaries — is diffed again as
///    one unit.
/// The script is minimal within each compared unit, not over the whole text.
void diff_by_structure(const CompareSequence& a, const CompareSequence& b, ScriptBuilder& out);

}  // namespace dipdiff::diff_detail
