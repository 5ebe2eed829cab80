#include "engine/change_slide.hpp"

#include <algorithm>
#include <cstdlib>

namespace dipdiff::diff_detail {

std::vector<std::uint8_t> boundary_strengths(std::span<const std::uint32_t> sentence_starts,
                                             std::span<const std::uint32_t> paragraph_starts,
                                             std::uint32_t size) {
    std::vector<std::uint8_t> strength(std::size_t{size} + 1, 0);
    for (std::uint32_t start : sentence_starts) {
        if (start <= size) strength[start] = std::max<std::uint8_t>(strength[start], 1);
    }
    for (std::uint32_t start : paragraph_starts) {
        if (start <= size) strength[start] = 2;
    }
    strength.front() = 2;
    strength.back() = 2;
    return strength;
}

void slide_to_boundaries(std::vector<Piece>& pieces, std::span<const std::uint32_t> keys_a,
                         std::span<const std::uint32_t> keys_b, std::span<const std::uint8_t> strength_a,
                         std::span<const std::uint8_t> strength_b) {
    bool emptied = false;
    for (std::size_t i = 0; i < pieces.size(); ++i) {
        Piece& piece = pieces[i];
        if (piece.kind != DiffOpKind::del && piece.kind != DiffOpKind::insert) continue;
        const bool has_before = i > 0;
        const bool has_after = i + 1 < pieces.size();
        if ((has_before && pieces[i - 1].kind != DiffOpKind::equal) ||
            (has_after && pieces[i + 1].kind != DiffOpKind::equal)) {
            continue;
        }
        const bool deletion = piece.kind == DiffOpKind::del;
        const std::span<const std::uint32_t> keys = deletion ? keys_a : keys_b;
        const std::span<const std::uint8_t> strength = deletion ? strength_a : strength_b;
        const std::uint32_t begin = deletion ? piece.a_begin : piece.b_begin;
        const std::uint32_t end = deletion ? piece.a_end : piece.b_end;
        // An equal run with a change on its far side keeps one token.
        const std::uint32_t max_left = has_before ? pieces[i - 1].a_size() - (i >= 2 ? 1 : 0) : 0;
        const std::uint32_t max_right =
            has_after ? pieces[i + 1].a_size() - (i + 2 < pieces.size() ? 1 : 0) : 0;
        std::uint32_t left = 0;
        while (left < max_left && keys[begin - 1 - left] == keys[end - 1 - left]) ++left;
        std::uint32_t right = 0;
        while (right < max_right && keys[begin + right] == keys[end + right]) ++right;
        if (left == 0 && right == 0) continue;

        long long best_shift = 0;
        int best_score = strength[begin] + strength[end];
        for (long long shift = -static_cast<long long>(left); shift <= static_cast<long long>(right);
             ++shift) {
            const int score = strength[begin + shift] + strength[end + shift];
            if (score > best_score || (score == best_score && std::llabs(shift) < std::llabs(best_shift))) {
                best_score = score;
                best_shift = shift;
            }
        }
        if (best_shift == 0) continue;
        // Sliding off an end of the script leaves an equal run there.
        if (best_shift < 0 && !has_after) {
            const Piece end_point{DiffOpKind::equal, piece.a_end, piece.a_end, piece.b_end, piece.b_end};
            pieces.insert(pieces.begin() + static_cast<std::ptrdiff_t>(i) + 1, end_point);
        } else if (best_shift > 0 && !has_before) {
            const Piece start_point{DiffOpKind::equal, piece.a_begin, piece.a_begin, piece.b_begin,
                                    piece.b_begin};
            pieces.insert(pieces.begin() + static_cast<std::ptrdiff_t>(i), start_point);
            ++i;
        }
        const auto shift = static_cast<std::uint32_t>(best_shift);  // modular: adds a negative shift too
        Piece& slid = pieces[i];
        slid.a_begin += shift;
        slid.a_end += shift;
        slid.b_begin += shift;
        slid.b_end += shift;
        if (i > 0) {
            pieces[i - 1].a_end += shift;
            pieces[i - 1].b_end += shift;
            emptied = emptied || pieces[i - 1].a_size() == 0;
        }
        if (i + 1 < pieces.size()) {
            pieces[i + 1].a_begin += shift;
            pieces[i + 1].b_begin += shift;
            emptied = emptied || pieces[i + 1].a_size() == 0;
        }
    }
    if (emptied) {
        std::erase_if(pieces, [](const Piece& p) { return p.kind == DiffOpKind::equal && p.a_size() == 0; });
    }
}

}  // namespace dipdiff::diff_detail
