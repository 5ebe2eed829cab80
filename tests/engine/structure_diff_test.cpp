#include "engine/structure_diff.hpp"

#include "tests/engine/diff_test_keys.hpp"
#include "tests/engine/diff_test_support.hpp"

#include <gtest/gtest.h>

#include <random>
#include <string>

namespace dipdiff::diff_detail {
namespace {

struct Pair {
    TermPool terms;
    dipdiff::testing::TestDocument a;
    dipdiff::testing::TestDocument b;
    CompareSequence seq_a;
    CompareSequence seq_b;

    Pair(const std::string& text_a, const std::string& text_b) {
        a = dipdiff::testing::make_document(text_a, terms);
        b = dipdiff::testing::make_document(text_b, terms);
        seq_a = make_compare_sequence(a.document, {0, static_cast<std::uint32_t>(a.document.tokens.size())},
                                      {}, nullptr);
        seq_b = make_compare_sequence(b.document, {0, static_cast<std::uint32_t>(b.document.tokens.size())},
                                      {}, nullptr);
    }
};

TEST(StructureDiffTest, ParagraphSplitInTwoCostsOnlyTheEditedWord) {
    const Pair pair("Marek met Brandt. They discussed trade. Talks ended late. Both sides were pleased.",
                    "Marek met Brandt. They discussed trade.\n\nTalks ended early. Both sides were pleased.");
    ScriptBuilder builder;
    diff_by_structure(pair.seq_a, pair.seq_b, builder);
    EXPECT_EQ(builder.edit_distance(), 2u);
    EXPECT_EQ(testing::apply_pieces(builder.finish(), pair.seq_a.keys, pair.seq_b.keys), pair.seq_b.keys);
}

TEST(StructureDiffTest, UnalignedSentenceIsDeletedWhole) {
    const Pair pair("Marek met Brandt. The weather was cold. Talks ended late.",
                    "Marek met Brandt. Talks ended late.");
    ScriptBuilder builder;
    diff_by_structure(pair.seq_a, pair.seq_b, builder);
    EXPECT_EQ(builder.finish(), (std::vector<Piece>{{DiffOpKind::equal, 0, 4, 0, 4},
                                                    {DiffOpKind::del, 4, 9, 4, 4},
                                                    {DiffOpKind::equal, 9, 13, 4, 8}}));
}

TEST(StructureDiffTest, ScriptRebuildsBOnRandomStructuredTexts) {
    std::mt19937 rng(23);
    const char* const words[] = {"a", "b", "c", "d", "e", "f", "g", "h", ","};
    auto text = [&](std::size_t sentences) {
        std::string out;
        for (std::size_t s = 0; s < sentences; ++s) {
            if (s > 0) out += rng() % 4 == 0 ? "\n\n" : " ";
            for (std::size_t w = 0, n = 1 + rng() % 8; w < n; ++w) out += std::string(words[rng() % 9]) + " ";
            out += ".";
        }
        return out;
    };
    for (int round = 0; round < 300; ++round) {
        const std::string text_a = text(rng() % 15);
        std::string text_b = text_a;
        for (int edits = static_cast<int>(rng() % 6); edits > 0 && !text_b.empty(); --edits) {
            const std::size_t at = rng() % text_b.size();
            if (rng() % 2 == 0) {
                text_b.insert(at, rng() % 3 == 0 ? " x. " : " y ");
            } else if (text_b[at] != '\n') {
                text_b.erase(at, 1);
            }
        }
        if (round % 5 == 0) text_b = text(rng() % 15);
        const Pair pair(text_a, text_b);
        ScriptBuilder builder;
        diff_by_structure(pair.seq_a, pair.seq_b, builder);
        const std::uint64_t distance = builder.edit_distance();
        ASSERT_EQ(testing::apply_pieces(builder.finish(), pair.seq_a.keys, pair.seq_b.keys), pair.seq_b.keys)
            << "A: " << text_a << "\nB: " << text_b;
        ASSERT_GE(distance, testing::reference_distance(pair.seq_a.keys, pair.seq_b.keys));
    }
}

}  // namespace
}  // namespace dipdiff::diff_detail
