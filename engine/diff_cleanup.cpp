#include "engine/diff_cleanup.hpp"

#include <algorithm>

namespace dipdiff::diff_detail {
namespace {

/// An equal run, or a change: everything between two equal runs.
struct Item {
    bool equal = false;
    std::uint32_t a_begin = 0;
    std::uint32_t a_end = 0;
    std::uint32_t b_begin = 0;
    std::uint32_t b_end = 0;
    // Changes only:
    bool clean = false;          ///< only whole del/insert pieces: no moved piece, no hole in A
    bool folded = false;         ///< grown by folding an equal run and the change after it
    std::uint64_t deleted = 0;   ///< deleted tokens (moved text not counted)
    std::uint64_t inserted = 0;  ///< inserted tokens (moved text not counted)
    std::size_t first_piece = 0;
    std::size_t last_piece = 0;

    std::uint32_t length() const { return a_end - a_begin; }
    std::uint64_t larger_side() const { return std::max(deleted, inserted); }
    bool replacement() const { return deleted > 0 && inserted > 0; }
    /// A change that only moves text does not count as a change to fold with.
    bool edits() const { return deleted > 0 || inserted > 0; }
};

std::vector<Item> split_items(const std::vector<Piece>& pieces, std::uint32_t a_size, std::uint32_t b_size) {
    std::vector<Item> items;
    std::uint32_t a = 0;  // where the next change starts: end of the last equal run
    std::uint32_t b = 0;
    for (std::size_t i = 0; i < pieces.size();) {
        if (pieces[i].kind == DiffOpKind::equal) {
            const Piece& p = pieces[i];
            items.push_back({true, p.a_begin, p.a_end, p.b_begin, p.b_end});
            a = p.a_end;
            b = p.b_end;
            ++i;
            continue;
        }
        Item change;
        change.first_piece = i;
        std::uint64_t deleted = 0;
        std::uint64_t inserted = 0;
        bool moved = false;
        for (; i < pieces.size() && pieces[i].kind != DiffOpKind::equal; ++i) {
            if (pieces[i].kind == DiffOpKind::del) deleted += pieces[i].a_size();
            if (pieces[i].kind == DiffOpKind::insert) inserted += pieces[i].b_size();
            if (pieces[i].kind == DiffOpKind::moved) moved = true;
        }
        change.last_piece = i;
        change.a_begin = a;
        change.b_begin = b;
        change.a_end = i < pieces.size() ? pieces[i].a_begin : a_size;
        change.b_end = i < pieces.size() ? pieces[i].b_begin : b_size;
        change.clean =
            !moved && deleted == change.a_end - change.a_begin && inserted == change.b_end - change.b_begin;
        change.deleted = deleted;
        change.inserted = inserted;
        items.push_back(change);
    }
    return items;
}

bool foldable(const Item& left, const Item& equal, const Item& right, FoldRule rule) {
    if (!left.edits() || !right.edits()) return false;
    if (equal.length() <= k_tiny_equal_tokens) return true;
    // Longer runs only between two replacements: between a pure deletion and
    // a pure insertion the run is text that stayed while other text moved.
    // Nor next to moved text: a sentence both texts quote stays unchanged
    // however much was rewritten and moved around it.
    return rule == FoldRule::semantic && left.clean && right.clean && left.replacement() &&
           right.replacement() && equal.length() < left.larger_side() && equal.length() < right.larger_side();
}

/// A folded change that holds moved text: its pieces (the changes and the
/// equal runs folded between them) as deletions first, in A order, then
/// insertions and moved pieces in B order; the folded runs' tokens are both.
void append_folded_with_moves(const std::vector<Piece>& pieces, const Item& item, std::vector<Piece>& out) {
    const auto first = pieces.begin() + static_cast<std::ptrdiff_t>(item.first_piece);
    const auto last = pieces.begin() + static_cast<std::ptrdiff_t>(item.last_piece);
    for (auto it = first; it != last; ++it) {
        if (it->kind == DiffOpKind::del || it->kind == DiffOpKind::equal)
            out.push_back({DiffOpKind::del, it->a_begin, it->a_end, item.b_begin, item.b_begin});
    }
    for (auto it = first; it != last; ++it) {
        if (it->kind == DiffOpKind::insert || it->kind == DiffOpKind::equal) {
            out.push_back({DiffOpKind::insert, item.a_end, item.a_end, it->b_begin, it->b_end});
        } else if (it->kind == DiffOpKind::moved) {
            out.push_back(*it);
        }
    }
}

}  // namespace

void fold_equalities(std::vector<Piece>& pieces, std::uint32_t a_size, std::uint32_t b_size, FoldRule rule,
                     std::vector<std::uint32_t>* folded_partner) {
    const std::vector<Item> items = split_items(pieces, a_size, b_size);
    std::vector<Item> stack;
    stack.reserve(items.size());
    bool folded_any = false;
    for (const Item& item : items) {
        stack.push_back(item);
        while (stack.size() >= 3 && !stack.back().equal && stack[stack.size() - 2].equal &&
               !stack[stack.size() - 3].equal &&
               foldable(stack[stack.size() - 3], stack[stack.size() - 2], stack.back(), rule)) {
            const Item right = stack.back();
            const Item middle = stack[stack.size() - 2];
            stack.pop_back();
            stack.pop_back();
            Item& left = stack.back();
            if (folded_partner != nullptr) {
                for (std::uint32_t k = 0; k < middle.length(); ++k) {
                    (*folded_partner)[middle.a_begin + k] = middle.b_begin + k;
                }
            }
            left.a_end = right.a_end;
            left.b_end = right.b_end;
            left.deleted += middle.length() + right.deleted;
            left.inserted += middle.length() + right.inserted;
            left.clean = left.clean && right.clean;
            left.folded = true;
            left.last_piece = right.last_piece;
            folded_any = true;
        }
    }
    if (!folded_any) return;

    std::vector<Piece> out;
    out.reserve(pieces.size());
    bool folded_with_moves = false;
    for (const Item& item : stack) {
        if (item.equal) {
            out.push_back({DiffOpKind::equal, item.a_begin, item.a_end, item.b_begin, item.b_end});
        } else if (item.clean) {
            if (item.a_end > item.a_begin) {
                out.push_back({DiffOpKind::del, item.a_begin, item.a_end, item.b_begin, item.b_begin});
            }
            if (item.b_end > item.b_begin) {
                out.push_back({DiffOpKind::insert, item.a_end, item.a_end, item.b_begin, item.b_end});
            }
        } else if (!item.folded) {
            out.insert(out.end(), pieces.begin() + static_cast<std::ptrdiff_t>(item.first_piece),
                       pieces.begin() + static_cast<std::ptrdiff_t>(item.last_piece));
        } else {
            append_folded_with_moves(pieces, item, out);
            folded_with_moves = true;
        }
    }
    pieces = std::move(out);
    if (folded_with_moves) merge_adjacent_pieces(pieces);
}

}  // namespace dipdiff::diff_detail
