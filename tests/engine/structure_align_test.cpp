#include "engine/structure_align.hpp"

#include "tests/engine/diff_test_keys.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dipdiff::diff_detail {
namespace {

using testing::KeyVector;

/// Units given as key lists, laid out one after another.
struct Units {
    KeyVector keys;
    std::vector<Run> runs;

    explicit Units(const std::vector<KeyVector>& units) {
        for (const KeyVector& unit : units) {
            const auto begin = static_cast<std::uint32_t>(keys.size());
            keys.insert(keys.end(), unit.begin(), unit.end());
            runs.push_back({begin, static_cast<std::uint32_t>(keys.size())});
        }
    }
};

std::vector<UnitPair> align(const Units& a, const Units& b) {
    return align_units(a.keys, a.runs, b.keys, b.runs);
}

TEST(StructureAlignTest, IdenticalUnitsAlignInOrder) {
    const Units a({{1, 2, 3}, {4, 5, 6}, {7, 8}});
    EXPECT_EQ(align(a, a), (std::vector<UnitPair>{{0, 0}, {1, 1}, {2, 2}}));
}

TEST(StructureAlignTest, RewrittenUnitAlignsWhenHalfItsTokensStay) {
    // Dice of {1 2 3 4 5 6} and {1 2 3 9 9 9}: 2 * 3 / 12 = 0.5 — aligned.
    // Dice of {1 2 3 4 5 6} and {1 2 9 9 9 9}: 2 * 2 / 12 < 0.5 — not aligned.
    EXPECT_EQ(align(Units({{1, 2, 3, 4, 5, 6}}), Units({{1, 2, 3, 9, 9, 9}})),
              (std::vector<UnitPair>{{0, 0}}));
    EXPECT_TRUE(align(Units({{1, 2, 3, 4, 5, 6}}), Units({{1, 2, 9, 9, 9, 9}})).empty());
}

TEST(StructureAlignTest, InsertedAndDeletedUnitsStayUnaligned) {
    const Units a({{1, 2, 3}, {10, 11, 12}, {4, 5, 6}});
    const Units b({{1, 2, 3}, {4, 5, 6}, {20, 21, 22}});
    EXPECT_EQ(align(a, b), (std::vector<UnitPair>{{0, 0}, {2, 1}}));
}

TEST(StructureAlignTest, MovedUnitLosesToTheHeavierOrder) {
    const Units a({{1, 1, 1}, {2, 2, 2}, {3, 3, 3}, {4, 4, 4}});
    const Units b({{2, 2, 2}, {3, 3, 3}, {4, 4, 4}, {1, 1, 1}});
    EXPECT_EQ(align(a, b), (std::vector<UnitPair>{{1, 0}, {2, 1}, {3, 2}}));
}

TEST(StructureAlignTest, AlignmentMaximisesSharedTokensNotPairs) {
    // Unit 0 of A could pair with B's 0 (weak) or B's 1 (strong); taking the
    // strong pair leaves A's 1 unaligned, which still shares more.
    const Units a({{1, 2, 3, 4, 5, 6, 7, 8}, {40, 41}});
    const Units b({{1, 2, 3, 4, 50, 51, 52, 53}, {1, 2, 3, 4, 5, 6, 7, 8}});
    EXPECT_EQ(align(a, b), (std::vector<UnitPair>{{0, 1}}));
}

TEST(StructureAlignTest, ThousandsOfEditedUnitsAlignThroughSketches) {
    // Every unit is edited, so no unit matches exactly; B also gains some
    // units. Far more unit pairs than the exhaustive search takes.
    std::mt19937 rng(17);
    std::vector<KeyVector> units_a;
    for (int u = 0; u < 5000; ++u) units_a.push_back(testing::random_keys(rng, 12 + rng() % 20, 3000));
    std::vector<KeyVector> units_b;
    std::vector<std::uint32_t> origin;  // index in A of each B unit, or UINT32_MAX
    for (std::uint32_t u = 0; u < units_a.size(); ++u) {
        if (u % 100 == 0) {
            units_b.push_back(testing::random_keys(rng, 15, 3000));
            origin.push_back(UINT32_MAX);
        }
        KeyVector edited = units_a[u];
        edited[rng() % edited.size()] = 5000 + u;
        units_b.push_back(edited);
        origin.push_back(u);
    }
    const Units a(units_a);
    const Units b(units_b);
    const std::vector<UnitPair> pairs = align(a, b);
    std::size_t right = 0;
    for (const UnitPair& pair : pairs) {
        EXPECT_EQ(origin[pair.b], pair.a);
        right += origin[pair.b] == pair.a;
    }
    EXPECT_GE(right, 4990u);
}

}  // namespace
}  // namespace dipdiff::diff_detail
