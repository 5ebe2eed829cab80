#pragma once
/// Test helpers for the diff's internal units, which work on key sequences.
#include "engine/diff_script.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <ostream>
#include <cstdint>
#include <random>
#include <vector>

namespace dipdiff::diff_detail {

/// Readable pieces in assertion messages: "del a[3,6) b[3,3)".
inline void PrintTo(const Piece& piece, std::ostream* out) {
    *out << diff_op_kind_name(piece.kind) << " a[" << piece.a_begin << "," << piece.a_end << ") b["
         << piece.b_begin << "," << piece.b_end << ")";
}

}  // namespace dipdiff::diff_detail

namespace dipdiff::diff_detail::testing {

using KeyVector = std::vector<std::uint32_t>;

/// Minimal inserted + deleted keys, by the textbook O(nm) LCS.
inline std::size_t reference_distance(const KeyVector& a, const KeyVector& b) {
    std::vector<std::size_t> previous(b.size() + 1, 0);
    std::vector<std::size_t> current(b.size() + 1, 0);
    for (std::size_t i = 1; i <= a.size(); ++i) {
        for (std::size_t j = 1; j <= b.size(); ++j) {
            current[j] = a[i - 1] == b[j - 1] ? previous[j - 1] + 1 : std::max(previous[j], current[j - 1]);
        }
        std::swap(previous, current);
    }
    return a.size() + b.size() - 2 * previous[b.size()];
}

/// Applies `pieces` to `a` (a move counts as deletion at `a` and insertion
/// at `b`) after checking they cover both sequences in order; returns what
/// they build, which must equal `b`.
inline KeyVector apply_pieces(const std::vector<Piece>& pieces, const KeyVector& a, const KeyVector& b) {
    KeyVector built;
    std::vector<int> used_a(a.size(), 0);
    std::uint32_t next_b = 0;
    for (const Piece& p : pieces) {
        EXPECT_LE(p.a_begin, p.a_end);
        EXPECT_LE(p.a_end, a.size());
        EXPECT_LE(p.b_end, b.size());
        if (p.kind != DiffOpKind::del) {
            EXPECT_EQ(p.b_begin, next_b) << "B not covered in order";
            next_b = p.b_end;
        }
        if (p.kind != DiffOpKind::insert) {
            for (std::uint32_t i = p.a_begin; i < p.a_end && i < a.size(); ++i) ++used_a[i];
        }
        if (p.kind == DiffOpKind::equal || p.kind == DiffOpKind::moved) {
            EXPECT_EQ(p.a_size(), p.b_size());
            built.insert(built.end(), a.begin() + p.a_begin, a.begin() + p.a_end);
        } else if (p.kind == DiffOpKind::insert) {
            built.insert(built.end(), b.begin() + p.b_begin, b.begin() + p.b_end);
        }
    }
    EXPECT_EQ(next_b, b.size());
    for (std::size_t i = 0; i < a.size(); ++i) EXPECT_EQ(used_a[i], 1) << "A position " << i;
    return built;
}

inline KeyVector random_keys(std::mt19937& rng, std::size_t length, std::uint32_t vocabulary) {
    KeyVector keys(length);
    for (auto& key : keys) key = rng() % vocabulary;
    return keys;
}

/// `a` with about `rate` of its keys substituted, deleted or followed by an insertion.
inline KeyVector mutate_keys(std::mt19937& rng, const KeyVector& a, std::uint32_t vocabulary, double rate) {
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    KeyVector b;
    for (std::uint32_t key : a) {
        const double roll = unit(rng);
        if (roll < rate / 3) {
            b.push_back(rng() % vocabulary);
        } else if (roll < 2 * rate / 3) {
            continue;
        } else if (roll < rate) {
            b.push_back(key);
            b.push_back(rng() % vocabulary);
        } else {
            b.push_back(key);
        }
    }
    return b;
}

}  // namespace dipdiff::diff_detail::testing
