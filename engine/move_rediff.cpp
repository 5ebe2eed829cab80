#include "engine/move_rediff.hpp"

#include "engine/token_diff.hpp"

#include <algorithm>

namespace dipdiff::diff_detail {
namespace {

/// Pieces [first, last) between two equal pieces, and where the change
/// starts and ends in A and starts in B.
struct Change {
    std::size_t first = 0;
    std::size_t last = 0;
    std::uint32_t a_begin = 0;
    std::uint32_t a_end = 0;
    std::uint32_t b_begin = 0;
};

/// The change holds moved text or a hole where text moved away, and has
/// tokens left on both sides to compare.
bool touched_with_both_sides(const std::vector<Piece>& pieces, const Change& change) {
    std::uint64_t deleted = 0;
    bool inserted = false;
    bool moved = false;
    for (std::size_t k = change.first; k < change.last; ++k) {
        if (pieces[k].kind == DiffOpKind::del) deleted += pieces[k].a_size();
        if (pieces[k].kind == DiffOpKind::insert) inserted = true;
        if (pieces[k].kind == DiffOpKind::moved) moved = true;
    }
    const bool hole = deleted < change.a_end - change.a_begin;
    return (moved || hole) && deleted > 0 && inserted;
}

/// Vectors reused from one change to the next.
struct Scratch {
    std::vector<std::uint32_t> positions_a;  ///< A position of each deleted token
    std::vector<std::uint32_t> positions_b;  ///< B position of each inserted token
    std::vector<std::uint32_t> keys_a;
    std::vector<std::uint32_t> keys_b;
    std::vector<Piece> moved;  ///< the change's moved pieces, in B order
};

/// Appends a change's new pieces to `out`, one token at a time: a token that
/// continues the open piece (same kind, contiguous) extends it; moved pieces
/// are put out in B order before the first B token after them.
class ChangeWriter {
public:
    ChangeWriter(std::vector<Piece>& out, const std::vector<Piece>& moved, std::uint32_t b_begin)
        : m_out(out), m_moved(moved), m_b(b_begin) {}

    void equal(std::uint32_t a, std::uint32_t b) { add({DiffOpKind::equal, a, a + 1, b, b + 1}); }
    void del(std::uint32_t a) { add({DiffOpKind::del, a, a + 1, m_b, m_b}); }
    /// `a_point`: the A position before which the insertion sits.
    void insert(std::uint32_t a_point, std::uint32_t b) { add({DiffOpKind::insert, a_point, a_point, b, b + 1}); }

    void finish() {
        close();
        put_moved_before(UINT32_MAX);
    }

private:
    void add(const Piece& token) {
        if (m_open && m_piece.kind == token.kind && continues(token)) {
            m_piece.a_end = token.a_end;
            m_piece.b_end = token.b_end;
        } else {
            close();
            if (token.kind != DiffOpKind::del) put_moved_before(token.b_begin);
            m_piece = token;
            m_open = true;
        }
        if (token.kind != DiffOpKind::del) m_b = token.b_end;
    }

    bool continues(const Piece& token) const {
        switch (token.kind) {
            case DiffOpKind::del:
                return m_piece.a_end == token.a_begin;
            case DiffOpKind::insert:
                return m_piece.b_end == token.b_begin && m_piece.a_begin == token.a_begin;
            default:
                return m_piece.a_end == token.a_begin && m_piece.b_end == token.b_begin;
        }
    }

    void close() {
        if (m_open) m_out.push_back(m_piece);
        m_open = false;
    }

    void put_moved_before(std::uint32_t b) {
        for (; m_next_moved < m_moved.size() && m_moved[m_next_moved].b_begin < b; ++m_next_moved) {
            m_out.push_back(m_moved[m_next_moved]);
            m_b = m_moved[m_next_moved].b_end;
        }
    }

    std::vector<Piece>& m_out;
    const std::vector<Piece>& m_moved;
    std::size_t m_next_moved = 0;
    std::uint32_t m_b;  ///< B position after the last B token or moved piece put out
    Piece m_piece;
    bool m_open = false;
};

void rediff_change(const std::vector<Piece>& pieces, const Change& change, std::span<const std::uint32_t> keys_a,
                   std::span<const std::uint32_t> keys_b, Scratch& scratch, std::vector<Piece>& out) {
    scratch.positions_a.clear();
    scratch.positions_b.clear();
    scratch.keys_a.clear();
    scratch.keys_b.clear();
    scratch.moved.clear();
    for (std::size_t k = change.first; k < change.last; ++k) {
        const Piece& piece = pieces[k];
        if (piece.kind == DiffOpKind::del) {
            for (std::uint32_t i = piece.a_begin; i < piece.a_end; ++i) {
                scratch.positions_a.push_back(i);
                scratch.keys_a.push_back(keys_a[i]);
            }
        } else if (piece.kind == DiffOpKind::insert) {
            for (std::uint32_t j = piece.b_begin; j < piece.b_end; ++j) {
                scratch.positions_b.push_back(j);
                scratch.keys_b.push_back(keys_b[j]);
            }
        } else if (piece.kind == DiffOpKind::moved) {
            scratch.moved.push_back(piece);
        }
    }
    // detect_moves leaves a change's B side in B order; keep that a certainty.
    std::sort(scratch.moved.begin(), scratch.moved.end(),
              [](const Piece& x, const Piece& y) { return x.b_begin < y.b_begin; });

    ScriptBuilder builder;
    diff_keys(scratch.keys_a, scratch.keys_b, builder);
    const std::vector<Piece> script = builder.finish();

    const std::vector<std::uint32_t>& at_a = scratch.positions_a;
    const std::vector<std::uint32_t>& at_b = scratch.positions_b;
    ChangeWriter writer(out, scratch.moved, change.b_begin);
    for (const Piece& step : script) {
        switch (step.kind) {
            case DiffOpKind::equal:
                for (std::uint32_t k = 0; k < step.a_size(); ++k)
                    writer.equal(at_a[step.a_begin + k], at_b[step.b_begin + k]);
                break;
            case DiffOpKind::del:
                for (std::uint32_t k = step.a_begin; k < step.a_end; ++k) writer.del(at_a[k]);
                break;
            case DiffOpKind::insert: {
                // Before the next deleted or matched A token: past any hole.
                const std::uint32_t a_point = step.a_begin < at_a.size() ? at_a[step.a_begin] : change.a_end;
                for (std::uint32_t k = step.b_begin; k < step.b_end; ++k) writer.insert(a_point, at_b[k]);
                break;
            }
            case DiffOpKind::moved:
                break;
        }
    }
    writer.finish();
}

}  // namespace

void rediff_around_moves(std::vector<Piece>& pieces, std::span<const std::uint32_t> keys_a,
                         std::span<const std::uint32_t> keys_b) {
    if (std::none_of(pieces.begin(), pieces.end(), [](const Piece& p) { return p.kind == DiffOpKind::moved; }))
        return;
    std::vector<Piece> out;
    out.reserve(pieces.size() + pieces.size() / 4);
    Scratch scratch;
    std::uint32_t a = 0;  // end of the last equal piece
    std::uint32_t b = 0;
    for (std::size_t i = 0; i < pieces.size();) {
        if (pieces[i].kind == DiffOpKind::equal) {
            out.push_back(pieces[i]);
            a = pieces[i].a_end;
            b = pieces[i].b_end;
            ++i;
            continue;
        }
        Change change{i, i, a, static_cast<std::uint32_t>(keys_a.size()), b};
        while (change.last < pieces.size() && pieces[change.last].kind != DiffOpKind::equal) ++change.last;
        if (change.last < pieces.size()) change.a_end = pieces[change.last].a_begin;
        if (touched_with_both_sides(pieces, change)) {
            rediff_change(pieces, change, keys_a, keys_b, scratch, out);
        } else {
            out.insert(out.end(), pieces.begin() + static_cast<std::ptrdiff_t>(change.first),
                       pieces.begin() + static_cast<std::ptrdiff_t>(change.last));
        }
        i = change.last;
    }
    pieces = std::move(out);
}

}  // namespace dipdiff::diff_detail
