#pragma once
/// Internal to the diff unit: edit scripts over two compared token sequences,
/// in positions of those sequences (not document token indices, not bytes).
#include "engine/word_diff.hpp"

#include <cstdint>
#include <vector>

namespace dipdiff::diff_detail {

/// One run of the script. Positions index the compared sequences:
///   equal:  [a_begin, a_end) == [b_begin, b_end), same length;
///   del:    [a_begin, a_end) deleted; b_begin == b_end is the point in B;
///   insert: [b_begin, b_end) inserted; a_begin == a_end is the point in A;
///   moved:  [a_begin, a_end) in A is [b_begin, b_end) in B.
struct Piece {
    DiffOpKind kind = DiffOpKind::equal;
    std::uint32_t a_begin = 0;
    std::uint32_t a_end = 0;
    std::uint32_t b_begin = 0;
    std::uint32_t b_end = 0;

    std::uint32_t a_size() const { return a_end - a_begin; }
    std::uint32_t b_size() const { return b_end - b_begin; }
    friend bool operator==(const Piece&, const Piece&) = default;
};

/// Builds a script from edits given in order (equal runs advance both
/// sequences, deletions A, insertions B). Equal runs are merged, and the
/// deletions and insertions between two equal runs become one del piece
/// followed by one insert piece, whatever order they were given in.
class ScriptBuilder {
public:
    void equal(std::uint32_t count);
    void del(std::uint32_t count);
    void insert(std::uint32_t count);

    /// Inserted + deleted tokens so far.
    std::uint64_t edit_distance() const { return m_edit_distance; }
    /// Positions reached so far in A and B.
    std::uint32_t a_position() const { return m_a + m_pending_del; }
    std::uint32_t b_position() const { return m_b + m_pending_insert; }

    /// The script; the builder is left empty.
    std::vector<Piece> finish();

private:
    void flush_change();

    std::vector<Piece> m_pieces;
    std::uint32_t m_a = 0;
    std::uint32_t m_b = 0;
    std::uint32_t m_pending_del = 0;
    std::uint32_t m_pending_insert = 0;
    std::uint64_t m_edit_distance = 0;
};

/// Merges neighbouring pieces of the same kind whose tokens are contiguous on
/// both sides that matter (equal and moved: both; del: A; insert: B).
void merge_adjacent_pieces(std::vector<Piece>& pieces);

}  // namespace dipdiff::diff_detail
