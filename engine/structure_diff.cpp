#include "engine/structure_diff.hpp"

#include "engine/structure_align.hpp"
#include "engine/token_diff.hpp"

#include <algorithm>
#include <span>
#include <vector>

namespace dipdiff::diff_detail {
namespace {

using Keys = std::span<const std::uint32_t>;

Keys keys_of(const CompareSequence& sequence, Run run) {
    return std::span<const std::uint32_t>(sequence.keys).subspan(run.begin, run.size());
}

/// Sentences [sa0, sa1) of A against sentences [sb0, sb1) of B.
void diff_sentence_pool(const CompareSequence& a, std::uint32_t sa0, std::uint32_t sa1,
                        const CompareSequence& b, std::uint32_t sb0, std::uint32_t sb1, ScriptBuilder& out) {
    if (sa0 == sa1 || sb0 == sb1) {
        out.del(a.sentence_span(sa0, sa1).size());
        out.insert(b.sentence_span(sb0, sb1).size());
        return;
    }
    const std::span<const Run> units_a = std::span<const Run>(a.sentences).subspan(sa0, sa1 - sa0);
    const std::span<const Run> units_b = std::span<const Run>(b.sentences).subspan(sb0, sb1 - sb0);
    const std::vector<UnitPair> pairs = align_units(a.keys, units_a, b.keys, units_b);
    std::uint32_t next_a = sa0;
    std::uint32_t next_b = sb0;
    for (const UnitPair& pair : pairs) {
        const std::uint32_t sa = sa0 + pair.a;
        const std::uint32_t sb = sb0 + pair.b;
        out.del(a.sentence_span(next_a, sa).size());
        out.insert(b.sentence_span(next_b, sb).size());
        diff_keys(keys_of(a, a.sentences[sa]), keys_of(b, b.sentences[sb]), out);
        next_a = sa + 1;
        next_b = sb + 1;
    }
    out.del(a.sentence_span(next_a, sa1).size());
    out.insert(b.sentence_span(next_b, sb1).size());
}

std::vector<Run> paragraph_runs(const CompareSequence& sequence) {
    std::vector<Run> runs;
    for (std::size_t p = 0; p + 1 < sequence.paragraph_starts.size(); ++p) {
        runs.push_back(
            sequence.sentence_span(sequence.paragraph_starts[p], sequence.paragraph_starts[p + 1]));
    }
    return runs;
}

/// Word pairs of a run as sortable values (single words for a run of one).
void bigrams(Keys keys, std::vector<std::uint64_t>& out) {
    out.clear();
    if (keys.size() == 1) out.push_back(keys[0]);
    for (std::size_t i = 0; i + 1 < keys.size(); ++i)
        out.push_back((std::uint64_t{keys[i]} << 32) | keys[i + 1]);
    std::sort(out.begin(), out.end());
}

/// Dice of the word-pair multisets >= 1/2. Word pairs, not words: two
/// unrelated passages share most of their function words, not their pairs.
bool alike(Keys x, Keys y, std::vector<std::uint64_t>& pairs_x, std::vector<std::uint64_t>& pairs_y) {
    if (4 * std::min(x.size(), y.size()) < x.size() + y.size()) return false;
    bigrams(x, pairs_x);
    bigrams(y, pairs_y);
    std::uint64_t shared = 0;
    for (std::size_t p = 0, q = 0; p < pairs_x.size() && q < pairs_y.size();) {
        if (pairs_x[p] < pairs_y[q]) {
            ++p;
        } else if (pairs_y[q] < pairs_x[p]) {
            ++q;
        } else {
            ++shared;
            ++p;
            ++q;
        }
    }
    return 4 * shared >= pairs_x.size() + pairs_y.size();
}

/// Replays `pieces` into `out`, diffing again each change whose two sides
/// are alike: such a change is text that unit boundaries cut apart (a
/// paragraph split in two, a sentence joined to the next one).
void rediff_alike_changes(const std::vector<Piece>& pieces, const CompareSequence& a,
                          const CompareSequence& b, ScriptBuilder& out) {
    std::vector<std::uint64_t> sorted_x;
    std::vector<std::uint64_t> sorted_y;
    for (std::size_t i = 0; i < pieces.size();) {
        const Piece& piece = pieces[i];
        if (piece.kind == DiffOpKind::equal) {
            out.equal(piece.a_size());
            ++i;
            continue;
        }
        // The builder gives one del then one insert per change.
        Run deleted{piece.a_begin, piece.a_begin};
        Run inserted{piece.b_begin, piece.b_begin};
        for (; i < pieces.size() && pieces[i].kind != DiffOpKind::equal; ++i) {
            if (pieces[i].kind == DiffOpKind::del) deleted = {pieces[i].a_begin, pieces[i].a_end};
            if (pieces[i].kind == DiffOpKind::insert) inserted = {pieces[i].b_begin, pieces[i].b_end};
        }
        const Keys x = keys_of(a, deleted);
        const Keys y = keys_of(b, inserted);
        if (!x.empty() && !y.empty() && alike(x, y, sorted_x, sorted_y)) {
            diff_keys(x, y, out);
        } else {
            out.del(deleted.size());
            out.insert(inserted.size());
        }
    }
}

}  // namespace

void diff_by_structure(const CompareSequence& a, const CompareSequence& b, ScriptBuilder& out) {
    const std::vector<Run> paragraphs_a = paragraph_runs(a);
    const std::vector<Run> paragraphs_b = paragraph_runs(b);
    const std::vector<UnitPair> pairs = align_units(a.keys, paragraphs_a, b.keys, paragraphs_b);

    ScriptBuilder first_pass;
    const auto& starts_a = a.paragraph_starts;
    const auto& starts_b = b.paragraph_starts;
    std::uint32_t next_a = 0;  // paragraph indices
    std::uint32_t next_b = 0;
    for (const UnitPair& pair : pairs) {
        diff_sentence_pool(a, starts_a[next_a], starts_a[pair.a], b, starts_b[next_b], starts_b[pair.b],
                           first_pass);
        diff_sentence_pool(a, starts_a[pair.a], starts_a[pair.a + 1], b, starts_b[pair.b],
                           starts_b[pair.b + 1], first_pass);
        next_a = pair.a + 1;
        next_b = pair.b + 1;
    }
    diff_sentence_pool(a, starts_a[next_a], starts_a[paragraphs_a.size()], b, starts_b[next_b],
                       starts_b[paragraphs_b.size()], first_pass);
    rediff_alike_changes(first_pass.finish(), a, b, out);
}

}  // namespace dipdiff::diff_detail
