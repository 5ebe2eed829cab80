#include "engine/move_detect.hpp"

#include <algorithm>

namespace dipdiff::diff_detail {
namespace {

constexpr std::uint64_t k_base = 0x100000001B3ULL;
constexpr std::size_t k_max_candidates = 32;  // per n-gram: bounds work on repetitive text

std::uint64_t token_hash(std::uint32_t key) {
    std::uint64_t x = key + 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

std::uint64_t gram_hash(std::span<const std::uint32_t> keys, std::size_t at, std::size_t n) {
    std::uint64_t h = 0;
    for (std::size_t k = 0; k < n; ++k) h = h * k_base + token_hash(keys[at + k]);
    return h;
}

struct Gram {
    std::uint64_t hash = 0;
    std::uint32_t b = 0;        ///< start of the n-gram in B
    std::uint32_t run_end = 0;  ///< end of the inserted run it lies in
};

struct Move {
    std::uint32_t a = 0;
    std::uint32_t b = 0;
    std::uint32_t length = 0;
};

std::vector<Gram> index_inserted(const std::vector<Piece>& pieces, std::span<const std::uint32_t> keys_b,
                                 std::uint32_t n, std::uint64_t top_power) {
    std::vector<Gram> grams;
    for (const Piece& piece : pieces) {
        if (piece.kind != DiffOpKind::insert || piece.b_size() < n) continue;
        std::uint64_t h = gram_hash(keys_b, piece.b_begin, n);
        for (std::uint32_t j = piece.b_begin;; ++j) {
            grams.push_back({h, j, piece.b_end});
            if (j + n >= piece.b_end) break;
            h = (h - token_hash(keys_b[j]) * top_power) * k_base + token_hash(keys_b[j + n]);
        }
    }
    std::sort(grams.begin(), grams.end(),
              [](const Gram& x, const Gram& y) { return x.hash != y.hash ? x.hash < y.hash : x.b < y.b; });
    return grams;
}

std::vector<Move> find_moves(const std::vector<Piece>& pieces, std::span<const std::uint32_t> keys_a,
                             std::span<const std::uint32_t> keys_b, std::uint32_t n,
                             std::span<const std::uint32_t> folded_partner) {
    std::uint64_t top_power = 1;
    for (std::uint32_t k = 1; k < n; ++k) top_power *= k_base;
    const std::vector<Gram> grams = index_inserted(pieces, keys_b, n, top_power);
    std::vector<Move> moves;
    if (grams.empty()) return moves;
    // One bit per hash prefix: most deleted n-grams were not inserted
    // anywhere, and this answers that without a search through `grams`.
    const int filter_bits = grams.size() < (1u << 16) ? 20 : 24;
    std::vector<bool> maybe_inserted(std::size_t{1} << filter_bits, false);
    for (const Gram& gram : grams) maybe_inserted[gram.hash >> (64 - filter_bits)] = true;
    std::vector<bool> used_b(keys_b.size(), false);
    auto folded = [&](std::uint32_t i, std::uint32_t j) {
        return !folded_partner.empty() && folded_partner[i] == j;
    };
    for (const Piece& piece : pieces) {
        if (piece.kind != DiffOpKind::del || piece.a_size() < n) continue;
        std::uint32_t i = piece.a_begin;
        std::uint64_t h = gram_hash(keys_a, i, n);
        while (i + n <= piece.a_end) {
            std::uint32_t best_length = 0;
            std::uint32_t best_b = 0;
            if (maybe_inserted[h >> (64 - filter_bits)]) {
                auto it = std::lower_bound(grams.begin(), grams.end(), h,
                                           [](const Gram& g, std::uint64_t value) { return g.hash < value; });
                for (std::size_t examined = 0;
                     it != grams.end() && it->hash == h && examined < k_max_candidates; ++it, ++examined) {
                    std::uint32_t length = 0;
                    while (i + length < piece.a_end && it->b + length < it->run_end &&
                           !used_b[it->b + length] && keys_a[i + length] == keys_b[it->b + length] &&
                           !folded(i + length, it->b + length)) {
                        ++length;
                    }
                    if (length >= n && length > best_length) {
                        best_length = length;
                        best_b = it->b;
                    }
                }
            }
            if (best_length > 0) {
                moves.push_back({i, best_b, best_length});
                for (std::uint32_t k = 0; k < best_length; ++k) used_b[best_b + k] = true;
                i += best_length;
                if (i + n <= piece.a_end) h = gram_hash(keys_a, i, n);
            } else {
                if (i + n < piece.a_end) {
                    h = (h - token_hash(keys_a[i]) * top_power) * k_base + token_hash(keys_a[i + n]);
                }
                ++i;
            }
        }
    }
    return moves;
}

}  // namespace

void detect_moves(std::vector<Piece>& pieces, std::span<const std::uint32_t> keys_a,
                  std::span<const std::uint32_t> keys_b, std::uint32_t min_tokens,
                  std::span<const std::uint32_t> folded_partner) {
    if (min_tokens == 0) return;
    const std::vector<Move> by_a = find_moves(pieces, keys_a, keys_b, min_tokens, folded_partner);
    if (by_a.empty()) return;
    std::vector<Move> by_b = by_a;
    std::sort(by_b.begin(), by_b.end(), [](const Move& x, const Move& y) { return x.b < y.b; });

    std::vector<Piece> out;
    out.reserve(pieces.size() + 3 * by_a.size());
    std::size_t next_a = 0;
    std::size_t next_b = 0;
    for (const Piece& piece : pieces) {
        if (piece.kind == DiffOpKind::del) {
            std::uint32_t cursor = piece.a_begin;
            for (; next_a < by_a.size() && by_a[next_a].a < piece.a_end; ++next_a) {
                const Move& move = by_a[next_a];
                if (move.a > cursor)
                    out.push_back({DiffOpKind::del, cursor, move.a, piece.b_begin, piece.b_begin});
                cursor = move.a + move.length;
            }
            if (cursor < piece.a_end)
                out.push_back({DiffOpKind::del, cursor, piece.a_end, piece.b_begin, piece.b_begin});
        } else if (piece.kind == DiffOpKind::insert) {
            std::uint32_t cursor = piece.b_begin;
            for (; next_b < by_b.size() && by_b[next_b].b < piece.b_end; ++next_b) {
                const Move& move = by_b[next_b];
                if (move.b > cursor) {
                    out.push_back({DiffOpKind::insert, piece.a_begin, piece.a_begin, cursor, move.b});
                }
                out.push_back(
                    {DiffOpKind::moved, move.a, move.a + move.length, move.b, move.b + move.length});
                cursor = move.b + move.length;
            }
            if (cursor < piece.b_end) {
                out.push_back({DiffOpKind::insert, piece.a_begin, piece.a_begin, cursor, piece.b_end});
            }
        } else {
            out.push_back(piece);
        }
    }
    pieces = std::move(out);
}

}  // namespace dipdiff::diff_detail
