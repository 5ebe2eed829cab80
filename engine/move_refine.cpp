#include "engine/move_refine.hpp"

#include "engine/token_diff.hpp"

#include <algorithm>
#include <stdexcept>

namespace dipdiff::diff_detail {
namespace {

using Keys = std::span<const std::uint32_t>;

/// What is left of a change is compared again only up to this many deleted
/// and inserted tokens a side: the pairs worth finding sit next to the moved
/// text, and a larger change (two unrelated texts) would cost quadratic time
/// for chance matches the clean-up folds away again.
constexpr std::size_t k_rediff_max_tokens = 256;

/// What became of one position: deleted (A) or inserted (B), unchanged, moved.
enum class Fate : std::uint8_t { changed, equal, moved };

struct Move {
    std::uint32_t a = 0;
    std::uint32_t b = 0;
    std::uint32_t length = 0;
};

/// Positions [a_begin, a_end) of A and [b_begin, b_end) of B between two
/// unchanged runs: deleted, inserted or moved tokens.
struct Change {
    std::uint32_t a_begin = 0;
    std::uint32_t a_end = 0;
    std::uint32_t b_begin = 0;
    std::uint32_t b_end = 0;
};

/// The script as one fate per position, unchanged positions' partners, and
/// the moves in B order.
class Pairing {
public:
    Pairing(const std::vector<Piece>& pieces, Keys keys_a, Keys keys_b, Keys folded_partner)
        : m_keys_a(keys_a),
          m_keys_b(keys_b),
          m_folded(folded_partner),
          m_fate_a(keys_a.size(), Fate::changed),
          m_fate_b(keys_b.size(), Fate::changed),
          m_partner_a(keys_a.size(), 0),
          m_partner_b(keys_b.size(), 0) {
        for (const Piece& piece : pieces) {
            if (piece.kind == DiffOpKind::equal) {
                for (std::uint32_t k = 0; k < piece.a_size(); ++k) pair(piece.a_begin + k, piece.b_begin + k);
            } else if (piece.kind == DiffOpKind::moved) {
                std::fill(m_fate_a.begin() + piece.a_begin, m_fate_a.begin() + piece.a_end, Fate::moved);
                std::fill(m_fate_b.begin() + piece.b_begin, m_fate_b.begin() + piece.b_end, Fate::moved);
                m_moves.push_back({piece.a_begin, piece.b_begin, piece.a_size()});
            }
        }
        std::sort(m_moves.begin(), m_moves.end(), [](const Move& x, const Move& y) { return x.b < y.b; });
    }

    /// Step 1: grow every move as far as it goes. Growth stops at moved
    /// tokens, so moves never overlap and keep their B order.
    void grow_moves() {
        for (Move& move : m_moves) {
            while (grow_back(move)) {
            }
            while (grow_forward(move)) {
            }
        }
    }

    /// Marks the positions of every change that holds moved text in B or a
    /// hole in A. Called before growing moves: growth only turns deleted and
    /// inserted tokens into moved or unchanged ones, so every change left
    /// afterwards near a move lies inside marked positions.
    void mark_changes_near_moves() {
        m_near_a.assign(m_keys_a.size(), false);
        m_near_b.assign(m_keys_b.size(), false);
        const auto moved = [](Fate fate) { return fate == Fate::moved; };
        for_each_change([&](const Change& c, std::uint32_t) {
            if (std::none_of(m_fate_a.begin() + c.a_begin, m_fate_a.begin() + c.a_end, moved) &&
                std::none_of(m_fate_b.begin() + c.b_begin, m_fate_b.begin() + c.b_end, moved)) {
                return;
            }
            std::fill(m_near_a.begin() + c.a_begin, m_near_a.begin() + c.a_end, true);
            std::fill(m_near_b.begin() + c.b_begin, m_near_b.begin() + c.b_end, true);
        });
    }

    /// Step 2: re-diff what is left of each change near moved text.
    void rediff_changes() {
        for_each_change([this](const Change& change, std::uint32_t) { rediff_change(change); });
    }

    /// Step 3: the pieces, in the documented order.
    std::vector<Piece> pieces() const {
        std::vector<Piece> out;
        std::size_t next_move = 0;
        for_each_change([&](const Change& c, std::uint32_t equal_length) {
            // Deletions first, split where text moved away.
            for (std::uint32_t i = c.a_begin; i < c.a_end;) {
                if (m_fate_a[i] != Fate::changed) {
                    ++i;
                    continue;
                }
                const std::uint32_t begin = i;
                while (i < c.a_end && m_fate_a[i] == Fate::changed) ++i;
                out.push_back({DiffOpKind::del, begin, i, c.b_begin, c.b_begin});
            }
            for (std::uint32_t j = c.b_begin; j < c.b_end;) {
                if (m_fate_b[j] == Fate::moved) {
                    const Move& move = m_moves[next_move++];
                    if (move.b != j)
                        throw std::logic_error("refine_moves: moves out of step with their positions");
                    out.push_back(
                        {DiffOpKind::moved, move.a, move.a + move.length, move.b, move.b + move.length});
                    j += move.length;
                    continue;
                }
                const std::uint32_t begin = j;
                while (j < c.b_end && m_fate_b[j] == Fate::changed) ++j;
                out.push_back({DiffOpKind::insert, c.a_end, c.a_end, begin, j});
            }
            if (equal_length > 0) {
                out.push_back(
                    {DiffOpKind::equal, c.a_end, c.a_end + equal_length, c.b_end, c.b_end + equal_length});
            }
        });
        return out;
    }

private:
    void pair(std::uint32_t i, std::uint32_t j) {
        m_fate_a[i] = Fate::equal;
        m_fate_b[j] = Fate::equal;
        m_partner_a[i] = j;
        m_partner_b[j] = i;
    }

    bool folded(std::uint32_t i, std::uint32_t j) const { return !m_folded.empty() && m_folded[i] == j; }

    /// Calls visit(change, equal_length) for each change, in order: the
    /// positions between two unchanged runs (or a sequence end), possibly
    /// empty, followed by the unchanged run of `equal_length` tokens that
    /// starts at (change.a_end, change.b_end) (0 after the last change).
    template <typename Visit>
    void for_each_change(Visit visit) const {
        const auto size_a = static_cast<std::uint32_t>(m_keys_a.size());
        const auto size_b = static_cast<std::uint32_t>(m_keys_b.size());
        Change change;
        while (true) {
            change.b_end = next_equal_b(change.b_begin);
            change.a_end = change.b_end < size_b ? m_partner_b[change.b_end] : size_a;
            std::uint32_t length = 0;
            while (change.b_end + length < size_b && m_fate_b[change.b_end + length] == Fate::equal &&
                   m_partner_b[change.b_end + length] == change.a_end + length) {
                ++length;
            }
            visit(change, length);
            if (length == 0) break;
            change.a_begin = change.a_end + length;
            change.b_begin = change.b_end + length;
        }
    }

    std::uint32_t next_equal_b(std::uint32_t from) const {
        while (from < m_fate_b.size() && m_fate_b[from] != Fate::equal) ++from;
        return from;
    }

    /// Can A position `i` and B position `j` (equal keys, neither moved) join
    /// a move whose other end in A is `other_a` and in B `other_b` (the
    /// positions just past the run's far end, or past the sequence ends)? If
    /// so, re-pairs what that takes from its partner and returns true.
    bool take(std::uint32_t i, std::uint32_t j, std::int64_t other_a, std::int64_t other_b) {
        if (m_keys_a[i] != m_keys_b[j] || m_fate_a[i] == Fate::moved || m_fate_b[j] == Fate::moved ||
            folded(i, j)) {
            return false;
        }
        const bool a_free = m_fate_a[i] == Fate::changed;
        const bool b_free = m_fate_b[j] == Fate::changed;
        if (a_free && b_free) return true;
        if (!a_free && !b_free) return false;
        // One side is unchanged: its partner slides across the moved run to a
        // like token there that is still deleted/inserted.
        if (a_free) {
            if (other_b < 0 || other_b >= static_cast<std::int64_t>(m_keys_b.size())) return false;
            const auto there = static_cast<std::uint32_t>(other_b);
            if (m_fate_b[there] != Fate::changed || m_keys_b[there] != m_keys_b[j]) return false;
            pair(m_partner_b[j], there);
        } else {
            if (other_a < 0 || other_a >= static_cast<std::int64_t>(m_keys_a.size())) return false;
            const auto there = static_cast<std::uint32_t>(other_a);
            if (m_fate_a[there] != Fate::changed || m_keys_a[there] != m_keys_a[i]) return false;
            pair(there, m_partner_a[i]);
        }
        return true;
    }

    bool grow_back(Move& move) {
        if (move.a == 0 || move.b == 0) return false;
        const std::uint32_t i = move.a - 1;
        const std::uint32_t j = move.b - 1;
        if (!take(i, j, std::int64_t{move.a} + move.length, std::int64_t{move.b} + move.length)) return false;
        m_fate_a[i] = Fate::moved;
        m_fate_b[j] = Fate::moved;
        --move.a;
        --move.b;
        ++move.length;
        return true;
    }

    bool grow_forward(Move& move) {
        const std::uint32_t i = move.a + move.length;
        const std::uint32_t j = move.b + move.length;
        if (i >= m_keys_a.size() || j >= m_keys_b.size()) return false;
        if (!take(i, j, std::int64_t{move.a} - 1, std::int64_t{move.b} - 1)) return false;
        m_fate_a[i] = Fate::moved;
        m_fate_b[j] = Fate::moved;
        ++move.length;
        return true;
    }

    void rediff_change(const Change& c) {
        if (std::none_of(m_near_a.begin() + c.a_begin, m_near_a.begin() + c.a_end,
                         [](bool near) { return near; }) &&
            std::none_of(m_near_b.begin() + c.b_begin, m_near_b.begin() + c.b_end,
                         [](bool near) { return near; })) {
            return;
        }
        m_at_a.clear();
        m_at_b.clear();
        m_change_a.clear();
        m_change_b.clear();
        for (std::uint32_t i = c.a_begin; i < c.a_end; ++i) {
            if (m_fate_a[i] != Fate::changed) continue;
            m_at_a.push_back(i);
            m_change_a.push_back(m_keys_a[i]);
        }
        for (std::uint32_t j = c.b_begin; j < c.b_end; ++j) {
            if (m_fate_b[j] != Fate::changed) continue;
            m_at_b.push_back(j);
            m_change_b.push_back(m_keys_b[j]);
        }
        if (m_at_a.empty() || m_at_b.empty() || m_at_a.size() > k_rediff_max_tokens ||
            m_at_b.size() > k_rediff_max_tokens) {
            return;
        }
        ScriptBuilder builder;
        diff_keys(m_change_a, m_change_b, builder);
        for (const Piece& step : builder.finish()) {
            if (step.kind != DiffOpKind::equal) continue;
            for (std::uint32_t k = 0; k < step.a_size(); ++k)
                pair(m_at_a[step.a_begin + k], m_at_b[step.b_begin + k]);
        }
    }

    Keys m_keys_a;
    Keys m_keys_b;
    Keys m_folded;
    std::vector<Fate> m_fate_a;
    std::vector<Fate> m_fate_b;
    std::vector<std::uint32_t> m_partner_a;  ///< B position of an unchanged A position
    std::vector<std::uint32_t> m_partner_b;  ///< A position of an unchanged B position
    std::vector<Move> m_moves;
    std::vector<bool> m_near_a;  ///< in a change near moved text before moves grew
    std::vector<bool> m_near_b;
    // Reused by rediff_change: positions and keys of one change's tokens.
    std::vector<std::uint32_t> m_at_a;
    std::vector<std::uint32_t> m_at_b;
    std::vector<std::uint32_t> m_change_a;
    std::vector<std::uint32_t> m_change_b;
};

}  // namespace

void refine_moves(std::vector<Piece>& pieces, Keys keys_a, Keys keys_b, Keys folded_partner) {
    if (std::none_of(pieces.begin(), pieces.end(),
                     [](const Piece& p) { return p.kind == DiffOpKind::moved; }))
        return;
    Pairing pairing(pieces, keys_a, keys_b, folded_partner);
    pairing.mark_changes_near_moves();
    pairing.grow_moves();
    pairing.rediff_changes();
    pieces = pairing.pieces();
}

}  // namespace dipdiff::diff_detail
