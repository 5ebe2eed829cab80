#include "engine/word_diff.hpp"

#include "tests/engine/diff_test_support.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

namespace dipdiff {
namespace {

using testing::make_document;
using testing::TestDocument;

// ---------------------------------------------------------------------------
// Helpers: an independent reading of the ops against the documents.

bool compared(const Token& token, const DiffOptions& options) {
    return !(options.ignore_punctuation && token.kind == TokenKind::punctuation);
}

/// Comparison key of a token as the options define it, as a string.
std::string key_of(const TestDocument& doc, std::size_t i, const TermPool& terms,
                   const DiffOptions& options) {
    if (options.ignore_case) return std::string(terms.text(doc.document.tokens[i].norm));
    return std::string(doc.token_text(i));
}

std::vector<std::size_t> compared_tokens(const TestDocument& doc, TokenRange range,
                                         const DiffOptions& options) {
    std::vector<std::size_t> out;
    for (std::size_t i = range.first; i < range.end; ++i) {
        if (compared(doc.document.tokens[i], options)) out.push_back(i);
    }
    return out;
}

std::vector<std::string> keys_of(const TestDocument& doc, const std::vector<std::size_t>& tokens,
                                 const TermPool& terms, const DiffOptions& options) {
    std::vector<std::string> keys;
    for (std::size_t i : tokens) keys.push_back(key_of(doc, i, terms, options));
    return keys;
}

/// Minimal number of inserted + deleted tokens, by the textbook O(nm) LCS.
std::size_t reference_edit_distance(const std::vector<std::string>& a, const std::vector<std::string>& b) {
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

/// One side of an op: checks its span and token range agree and never cut a
/// token; returns the compared token indices it covers.
std::vector<std::size_t> side_tokens(const TestDocument& doc, Span span, TokenRange range,
                                     std::uint32_t count, const DiffOptions& options,
                                     const std::string& where) {
    const auto& tokens = doc.document.tokens;
    EXPECT_LE(range.first, range.end) << where;
    EXPECT_LE(range.end, tokens.size()) << where;
    std::vector<std::size_t> inside = compared_tokens(doc, range, options);
    EXPECT_EQ(inside.size(), count) << where;
    if (count == 0) {
        EXPECT_TRUE(span.empty()) << where;
        // The token starting last before the point must end at or before it.
        auto after =
            std::upper_bound(tokens.begin(), tokens.end(), span.start,
                             [](std::uint32_t at, const Token& token) { return at < token.span.start; });
        if (after != tokens.begin()) {
            EXPECT_FALSE(span.start > std::prev(after)->span.start && span.start < std::prev(after)->span.end)
                << where << ": point " << span.start << " inside a token";
        }
        return inside;
    }
    if (inside.empty()) return inside;
    EXPECT_EQ(span.start, tokens[inside.front()].span.start) << where;
    EXPECT_EQ(span.end, tokens[inside.back()].span.end) << where;
    EXPECT_EQ(range.first, inside.front()) << where;
    EXPECT_EQ(range.end, inside.back() + 1) << where;
    return inside;
}

/// Checks every invariant of a result: spans and ranges agree and never cut
/// tokens; each compared token of A is in exactly one equal/del/moved op and
/// each of B in exactly one equal/insert/moved op; ops are in order; equal and
/// moved ops join equal keys; applying the ops to A gives B; the figures add
/// up. Returns the number of inserted + deleted tokens in the ops.
std::size_t check_result(const DiffResult& result, const TestDocument& a, const TestDocument& b,
                         const TermPool& terms, const DiffOptions& options) {
    const auto all_a = compared_tokens(a, {0, static_cast<std::uint32_t>(a.document.tokens.size())}, options);
    const auto all_b = compared_tokens(b, {0, static_cast<std::uint32_t>(b.document.tokens.size())}, options);
    std::vector<int> used_a(a.document.tokens.size(), 0);
    std::vector<int> used_b(b.document.tokens.size(), 0);
    std::vector<std::string> rebuilt;
    std::uint32_t last_a = 0;
    std::uint32_t last_b = 0;
    std::size_t added = 0, removed = 0, moved = 0, unchanged = 0, moves = 0;
    for (std::size_t k = 0; k < result.ops.size(); ++k) {
        const DiffOp& op = result.ops[k];
        const std::string where =
            "op " + std::to_string(k) + " (" + std::string(diff_op_kind_name(op.kind)) + ")";
        const auto ta = side_tokens(a, op.a, op.a_range, op.a_tokens, options, where + " a");
        const auto tb = side_tokens(b, op.b, op.b_range, op.b_tokens, options, where + " b");
        if (op.kind != DiffOpKind::moved) {
            EXPECT_GE(op.a.start, last_a) << where << ": out of order in A";
            last_a = std::max(last_a, op.a.end);
        }
        if (op.kind != DiffOpKind::del) {
            EXPECT_GE(op.b.start, last_b) << where << ": out of order in B";
            last_b = std::max(last_b, op.b.end);
        }
        switch (op.kind) {
            case DiffOpKind::equal:
            case DiffOpKind::moved:
                EXPECT_GT(op.a_tokens, 0u) << where;
                EXPECT_EQ(keys_of(a, ta, terms, options), keys_of(b, tb, terms, options)) << where;
                for (auto i : ta) ++used_a[i];
                for (auto j : tb) ++used_b[j];
                for (const auto& key : keys_of(a, ta, terms, options)) rebuilt.push_back(key);
                (op.kind == DiffOpKind::equal ? unchanged : moved) += op.a_tokens;
                if (op.kind == DiffOpKind::moved) ++moves;
                break;
            case DiffOpKind::insert:
                EXPECT_EQ(op.a_tokens, 0u) << where;
                EXPECT_GT(op.b_tokens, 0u) << where;
                for (auto j : tb) ++used_b[j];
                for (const auto& key : keys_of(b, tb, terms, options)) rebuilt.push_back(key);
                added += op.b_tokens;
                break;
            case DiffOpKind::del:
                EXPECT_GT(op.a_tokens, 0u) << where;
                EXPECT_EQ(op.b_tokens, 0u) << where;
                for (auto i : ta) ++used_a[i];
                removed += op.a_tokens;
                break;
        }
    }
    for (auto i : all_a) EXPECT_EQ(used_a[i], 1) << "A token " << i << " '" << a.token_text(i) << "'";
    for (auto j : all_b) EXPECT_EQ(used_b[j], 1) << "B token " << j << " '" << b.token_text(j) << "'";
    EXPECT_EQ(rebuilt, keys_of(b, all_b, terms, options)) << "applying the ops to A does not give B";
    EXPECT_EQ(result.stats.tokens_a, all_a.size());
    EXPECT_EQ(result.stats.tokens_b, all_b.size());
    EXPECT_EQ(result.stats.tokens_added, added);
    EXPECT_EQ(result.stats.tokens_removed, removed);
    EXPECT_EQ(result.stats.tokens_moved, moved);
    EXPECT_EQ(result.stats.tokens_unchanged, unchanged);
    EXPECT_EQ(result.stats.moves, moves);
    EXPECT_EQ(result.identical, keys_of(a, all_a, terms, options) == keys_of(b, all_b, terms, options));
    return added + removed;
}

std::vector<std::string> op_texts(const DiffResult& result, const TestDocument& a, const TestDocument& b) {
    std::vector<std::string> out;
    for (const DiffOp& op : result.ops) {
        std::string line(diff_op_kind_name(op.kind));
        line += " [" + std::string(op.a.of(a.text())) + "] [" + std::string(op.b.of(b.text())) + "]";
        out.push_back(line);
    }
    return out;
}

DiffOptions raw_options() {
    DiffOptions options;
    options.semantic_cleanup = false;
    options.min_move_tokens = 0;
    return options;
}

// ---------------------------------------------------------------------------
// Behaviour.

TEST(WordDiffTest, TwoEmptyTextsAreIdenticalWithSimilarityOne) {
    TermPool terms;
    const auto a = make_document("", terms);
    const auto b = make_document("  \n", terms);
    const DiffResult result = diff_documents(a.document, b.document);
    EXPECT_TRUE(result.identical);
    EXPECT_TRUE(result.minimal);
    EXPECT_TRUE(result.ops.empty());
    EXPECT_EQ(result.stats.similarity, 1.0);
    EXPECT_EQ(result.stats.edit_distance, 0u);
}

TEST(WordDiffTest, IdenticalTextsAreOneEqualOpOverAllTokens) {
    TermPool terms;
    const auto a = make_document("President Aldo Marek arrived in Ostrava.", terms);
    const auto b = make_document("  President Aldo Marek arrived in Ostrava.", terms);
    const DiffResult result = diff_documents(a.document, b.document);
    EXPECT_TRUE(result.identical);
    ASSERT_EQ(result.ops.size(), 1u);
    EXPECT_EQ(result.ops[0].kind, DiffOpKind::equal);
    EXPECT_EQ(result.ops[0].a, (Span{0, 40}));
    EXPECT_EQ(result.ops[0].b, (Span{2, 42}));
    EXPECT_EQ(result.ops[0].a_range, (TokenRange{0, 7}));
    EXPECT_EQ(result.ops[0].a_tokens, 7u);
    EXPECT_EQ(result.stats.tokens_unchanged, 7u);
    EXPECT_EQ(result.stats.similarity, 1.0);
}

TEST(WordDiffTest, RewrittenClauseReadsAsOneReplacement) {
    TermPool terms;
    const auto a = make_document("the talks were constructive and useful", terms);
    const auto b = make_document("the talks were frank and candid", terms);
    const DiffResult result = diff_documents(a.document, b.document);
    EXPECT_EQ(op_texts(result, a, b), (std::vector<std::string>{
                                          "equal [the talks were] [the talks were]",
                                          "delete [constructive and useful] []",
                                          "insert [] [frank and candid]",
                                      }));
    EXPECT_EQ(result.stats.tokens_unchanged, 3u);
    EXPECT_EQ(result.stats.tokens_removed, 3u);
    EXPECT_EQ(result.stats.tokens_added, 3u);
    EXPECT_EQ(result.stats.edit_distance, 4u);  // the raw script kept "and"
    EXPECT_DOUBLE_EQ(result.stats.similarity, 0.5);
    check_result(result, a, b, terms, {});
}

TEST(WordDiffTest, RawScriptKeepsEveryMatchedWord) {
    TermPool terms;
    const auto a = make_document("the talks were constructive and useful", terms);
    const auto b = make_document("the talks were frank and candid", terms);
    const DiffResult result = diff_documents(a.document, b.document, raw_options());
    EXPECT_EQ(op_texts(result, a, b), (std::vector<std::string>{
                                          "equal [the talks were] [the talks were]",
                                          "delete [constructive] []",
                                          "insert [] [frank]",
                                          "equal [and] [and]",
                                          "delete [useful] []",
                                          "insert [] [candid]",
                                      }));
    EXPECT_EQ(result.stats.edit_distance, 4u);
}

TEST(WordDiffTest, InsertionIsAPointInAAfterThePreviousToken) {
    TermPool terms;
    const auto a = make_document("Marek met Brandt.", terms);
    const auto b = make_document("Marek met Brandt in Ostrava.", terms);
    const DiffResult result = diff_documents(a.document, b.document);
    ASSERT_EQ(result.ops.size(), 3u);
    const DiffOp& insert = result.ops[1];
    EXPECT_EQ(insert.kind, DiffOpKind::insert);
    EXPECT_EQ(insert.a, (Span{16, 16}));  // right after "Brandt"
    EXPECT_EQ(insert.a_range, (TokenRange{3, 3}));
    EXPECT_EQ(insert.b, (Span{17, 27}));
    EXPECT_EQ(insert.b.of(b.text()), "in Ostrava");
    EXPECT_EQ(insert.b_range, (TokenRange{3, 5}));
    EXPECT_EQ(insert.b_tokens, 2u);
}

TEST(WordDiffTest, DeletionIsAPointInBAndInsertionAtTheStartPointsAtTheFirstToken) {
    TermPool terms;
    const auto a = make_document("Today Marek met Brandt.", terms);
    const auto b = make_document("Yesterday, Marek met Brandt.", terms);
    const DiffResult result = diff_documents(a.document, b.document);
    EXPECT_EQ(op_texts(result, a, b), (std::vector<std::string>{
                                          "delete [Today] []",
                                          "insert [] [Yesterday,]",
                                          "equal [Marek met Brandt.] [Marek met Brandt.]",
                                      }));
    EXPECT_EQ(result.ops[0].b, (Span{0, 0}));
    EXPECT_EQ(result.ops[1].a, (Span{5, 5}));  // after the deleted "Today"
}

TEST(WordDiffTest, CurlyAndStraightQuotesAreEqualUnlessBytesAreCompared) {
    TermPool terms;
    const auto a =
        make_document("Marek called it \u201Cconstructive\u201D and \u2018frank\u2019 \u2014 twice.", terms);
    const auto b = make_document("Marek called it \"constructive\" and 'frank' - twice.", terms);
    EXPECT_TRUE(diff_documents(a.document, b.document).identical);
    DiffOptions bytes;
    bytes.ignore_case = false;
    bytes.semantic_cleanup = false;
    const DiffResult result = diff_documents(a.document, b.document, bytes);
    EXPECT_FALSE(result.identical);
    EXPECT_EQ(result.stats.tokens_removed, 5u);  // two quote pairs and the dash
    check_result(result, a, b, terms, bytes);
}

TEST(WordDiffTest, CaseDifferencesAreEqualUnlessBytesAreCompared) {
    TermPool terms;
    const auto a = make_document("The Kestrel TALKS ended.", terms);
    const auto b = make_document("the kestrel talks ended.", terms);
    EXPECT_TRUE(diff_documents(a.document, b.document).identical);
    DiffOptions bytes;
    bytes.ignore_case = false;
    const DiffResult result = diff_documents(a.document, b.document, bytes);
    EXPECT_EQ(op_texts(result, a, b), (std::vector<std::string>{
                                          "delete [The Kestrel TALKS] []",
                                          "insert [] [the kestrel talks]",
                                          "equal [ended.] [ended.]",
                                      }));
}

TEST(WordDiffTest, IgnoredPunctuationIsNeitherInsertedNorDeleted) {
    TermPool terms;
    const auto a = make_document("Peace, order and trade.", terms);
    const auto b = make_document("Peace order and trade", terms);
    DiffOptions options;
    options.ignore_punctuation = true;
    const DiffResult result = diff_documents(a.document, b.document, options);
    EXPECT_TRUE(result.identical);
    ASSERT_EQ(result.ops.size(), 1u);
    EXPECT_EQ(result.ops[0].a.of(a.text()), "Peace, order and trade");
    EXPECT_EQ(result.ops[0].a_tokens, 4u);
    EXPECT_EQ(result.ops[0].a_range, (TokenRange{0, 5}));
    EXPECT_EQ(result.stats.tokens_a, 4u);
    check_result(result, a, b, terms, options);

    const DiffResult counted = diff_documents(a.document, b.document);
    EXPECT_FALSE(counted.identical);
    EXPECT_EQ(counted.stats.tokens_removed, 2u);
    check_result(counted, a, b, terms, {});
}

const char* const k_paragraph_1 = "The Republic of Varenia and the Kestrel Federation held talks in Ostrava.";
const char* const k_paragraph_2 = "President Ilse Brandt reaffirmed her support for the maritime corridor.";
const char* const k_paragraph_3 =
    "Both delegations agreed to resume consultations on energy transit next spring, and "
    "asked their ministers to draft a common charter before the summit in the autumn.";

TEST(WordDiffTest, ParagraphThatChangedPlacesIsOneMove) {
    TermPool terms;
    const auto a =
        make_document(std::string(k_paragraph_1) + "\n\n" + k_paragraph_2 + "\n\n" + k_paragraph_3, terms);
    const auto b =
        make_document(std::string(k_paragraph_1) + "\n\n" + k_paragraph_3 + "\n\n" + k_paragraph_2, terms);
    const DiffResult result = diff_documents(a.document, b.document);
    EXPECT_EQ(op_texts(result, a, b),
              (std::vector<std::string>{
                  std::string("equal [") + k_paragraph_1 + "] [" + k_paragraph_1 + "]",
                  std::string("equal [") + k_paragraph_3 + "] [" + k_paragraph_3 + "]",
                  std::string("moved [") + k_paragraph_2 + "] [" + k_paragraph_2 + "]",
              }));
    const std::size_t moved_tokens = result.ops[2].a_tokens;
    EXPECT_EQ(moved_tokens, 11u);
    EXPECT_EQ(result.stats.tokens_moved, moved_tokens);
    EXPECT_EQ(result.stats.tokens_added, 0u);
    EXPECT_EQ(result.stats.tokens_removed, 0u);
    EXPECT_EQ(result.stats.moves, 1u);
    EXPECT_EQ(result.stats.similarity, 1.0);
    check_result(result, a, b, terms, {});
}

TEST(WordDiffTest, MovedRunShorterThanTheMinimumStaysDeleteAndInsert) {
    TermPool terms;
    const auto a = make_document("Marek met Brandt in Ostrava. The envoy left early that day.", terms);
    const auto b = make_document("The envoy left early that day. Marek met Brandt in Ostrava.", terms);
    // "Marek met Brandt in Ostrava." is 6 tokens, "The envoy left early that day." is 7.
    DiffOptions options;
    options.min_move_tokens = 7;
    DiffResult result = diff_documents(a.document, b.document, options);
    EXPECT_EQ(result.stats.moves, 0u);
    EXPECT_EQ(result.stats.tokens_removed, 6u);
    EXPECT_EQ(result.stats.tokens_added, 6u);
    check_result(result, a, b, terms, options);

    options.min_move_tokens = 6;
    result = diff_documents(a.document, b.document, options);
    EXPECT_EQ(op_texts(result, a, b),
              (std::vector<std::string>{
                  "equal [The envoy left early that day.] [The envoy left early that day.]",
                  "moved [Marek met Brandt in Ostrava.] [Marek met Brandt in Ostrava.]",
              }));
}

TEST(WordDiffTest, OnlyTheMatchingPartOfALongDeletionIsAMove) {
    TermPool terms;
    // The unchanged sentence about markets is longer than the shared part of the
    // moved one, so the minimal script keeps it in place and moves the other.
    const auto a = make_document(
        "Varenia opened the border. Officials from both sides signed the trade protocol on Monday. "
        "Markets in Ostrava were calm throughout the week and traders expected stable prices.",
        terms);
    const auto b = make_document(
        "Varenia opened the border. Markets in Ostrava were calm throughout the week and traders expected "
        "stable prices. Later, officials from both sides signed the trade protocol amid applause.",
        terms);
    const DiffResult result = diff_documents(a.document, b.document);
    check_result(result, a, b, terms, {});
    std::vector<std::string> moved;
    for (const DiffOp& op : result.ops) {
        if (op.kind == DiffOpKind::moved) moved.push_back(std::string(op.a.of(a.text())));
    }
    EXPECT_EQ(moved, (std::vector<std::string>{"Officials from both sides signed the trade protocol"}));
    EXPECT_EQ(result.stats.tokens_moved, 8u);
}

// Moved text next to other changes. The minimal script of a small text may
// pair a stopword of the moved text with one of the text it passed ("the
// Arctic" with "The sides"); what is left of a change once the moved text is
// taken out is compared again, so such words end up unchanged, not folded
// into a replacement around the move.

TEST(WordDiffTest, SentenceMovedPastAnotherLeavesTheRewrittenClauseAndThePeriodsInPlace) {
    TermPool terms;
    const auto a = make_document(
        "The two presidents held talks in Soresk. The talks were constructive and useful.\n\n"
        "The sides agreed to return their ambassadors to Halvard and Soresk within a week.\n\n"
        "They also discussed cooperation in the Arctic and the safety of shipping.\n",
        terms);
    const auto b = make_document(
        "The two presidents held talks in Soresk. The talks were frank and candid.\n\n"
        "They also discussed cooperation in the Arctic and the safety of shipping.\n\n"
        "The sides agreed to return their ambassadors to Halvard and Soresk within a week.\n",
        terms);
    const DiffResult result = diff_documents(a.document, b.document);
    const std::string arctic = "They also discussed cooperation in the Arctic and the safety of shipping.";
    const std::string sides =
        "The sides agreed to return their ambassadors to Halvard and Soresk within a week.";
    const std::string talks = "The two presidents held talks in Soresk. The talks were";
    EXPECT_EQ(op_texts(result, a, b), (std::vector<std::string>{
                                          "equal [" + talks + "] [" + talks + "]",
                                          "delete [constructive and useful] []",
                                          "insert [] [frank and candid]",
                                          "equal [.] [.]",
                                          "moved [" + arctic + "] [" + arctic + "]",
                                          "equal [" + sides + "] [" + sides + "]",
                                      }));
    EXPECT_EQ(result.stats.tokens_removed, 3u);
    EXPECT_EQ(result.stats.tokens_added, 3u);
    EXPECT_EQ(result.stats.tokens_moved, 13u);
    EXPECT_EQ(result.stats.moves, 1u);
    EXPECT_EQ(result.stats.tokens_unchanged, 27u);
    EXPECT_TRUE(result.minimal);
    check_result(result, a, b, terms, {});
}

TEST(WordDiffTest, SentenceMovedNextToAOneWordChangeLeavesTheWordChangeAlone) {
    TermPool terms;
    const auto a = make_document(
        "Marek met Brandt in Ostrava. The talks were useful. The envoys will meet again in the spring. "
        "Both sides praised the mediators.",
        terms);
    const auto b = make_document(
        "Marek met Brandt in Ostrava. The talks were candid. Both sides praised the mediators. "
        "The envoys will meet again in the spring.",
        terms);
    const DiffResult result = diff_documents(a.document, b.document);
    EXPECT_EQ(
        op_texts(result, a, b),
        (std::vector<std::string>{
            "equal [Marek met Brandt in Ostrava. The talks were] [Marek met Brandt in Ostrava. The talks "
            "were]",
            "delete [useful] []",
            "insert [] [candid]",
            "equal [.] [.]",
            "moved [Both sides praised the mediators.] [Both sides praised the mediators.]",
            "equal [The envoys will meet again in the spring.] [The envoys will meet again in the spring.]",
        }));
    check_result(result, a, b, terms, {});
}

TEST(WordDiffTest, FirstWordOfAMovedSentenceMovesWithItRatherThanPairWithALikeWordElsewhere) {
    // The minimal script pairs the two leading "The"s, which cut "The" off
    // the moved sentence and left "The" deleted at its old place.
    TermPool terms;
    const auto a = make_document(
        "The envoys met in Ostrava. The talks lasted all day. The ministers signed the transit charter.",
        terms);
    const auto b = make_document(
        "The ministers signed the transit charter. The delegates met in Ostrava. The talks lasted all day.",
        terms);
    const DiffResult result = diff_documents(a.document, b.document);
    const std::string charter = "The ministers signed the transit charter.";
    EXPECT_EQ(op_texts(result, a, b),
              (std::vector<std::string>{
                  "moved [" + charter + "] [" + charter + "]",
                  "equal [The] [The]",
                  "delete [envoys] []",
                  "insert [] [delegates]",
                  "equal [met in Ostrava. The talks lasted all day.] [met in Ostrava. The "
                  "talks lasted all day.]",
              }));
    check_result(result, a, b, terms, {});
}

TEST(WordDiffTest, PeriodOfAMovedSentenceMovesWithItRatherThanPairWithALikePeriodElsewhere) {
    TermPool terms;
    const auto a = make_document(
        "The envoys met in Ostrava. They signed the transit charter. The talks lasted all day.", terms);
    const auto b = make_document(
        "They signed the transit charter. The envoys met in Ostrava and Halvard. The talks lasted all day.",
        terms);
    const DiffResult result = diff_documents(a.document, b.document);
    const std::string charter = "They signed the transit charter.";
    EXPECT_EQ(op_texts(result, a, b), (std::vector<std::string>{
                                          "moved [" + charter + "] [" + charter + "]",
                                          "equal [The envoys met in Ostrava] [The envoys met in Ostrava]",
                                          "insert [] [and Halvard]",
                                          "equal [.] [.]",
                                          "equal [The talks lasted all day.] [The talks lasted all day.]",
                                      }));
    EXPECT_EQ(result.stats.tokens_added, 2u);
    EXPECT_EQ(result.stats.tokens_removed, 0u);
    check_result(result, a, b, terms, {});
}

const char* const k_opening = "The Republic of Varenia and the Kestrel Federation held talks in Ostrava.";
const char* const k_opening_revised =
    "The Republic of Varenia and the Kestrel Federation held talks in Halvard.";
const char* const k_corridor = "President Ilse Brandt reaffirmed her support for the maritime corridor.";
const char* const k_energy =
    "Both delegations agreed to resume consultations on energy transit next spring, and "
    "asked their ministers to draft a common charter before the summit in the autumn.";
const char* const k_envoys = "The envoys of the two states will meet in the Commonwealth of Ostrava.";

std::string paragraphs(std::initializer_list<const char*> list) {
    std::string text;
    for (const char* paragraph : list) text += (text.empty() ? "" : "\n\n") + std::string(paragraph);
    return text;
}

TEST(WordDiffTest, ParagraphMovedToTheStartBeforeAChangedWordIsOneMove) {
    TermPool terms;
    const auto a = make_document(paragraphs({k_opening, k_energy, k_envoys}), terms);
    const auto b = make_document(paragraphs({k_envoys, k_opening_revised, k_energy}), terms);
    const DiffResult result = diff_documents(a.document, b.document);
    const std::string kept = "The Republic of Varenia and the Kestrel Federation held talks in";
    EXPECT_EQ(op_texts(result, a, b),
              (std::vector<std::string>{
                  std::string("moved [") + k_envoys + "] [" + k_envoys + "]",
                  "equal [" + kept + "] [" + kept + "]",
                  "delete [Ostrava] []",
                  "insert [] [Halvard]",
                  "equal [" + paragraphs({".", k_energy}) + "] [" + paragraphs({".", k_energy}) + "]",
              }));
    check_result(result, a, b, terms, {});
}

TEST(WordDiffTest, ParagraphMovedToTheEndAfterAChangedWordIsOneMove) {
    TermPool terms;
    const auto a = make_document(paragraphs({k_envoys, k_opening, k_energy}), terms);
    const auto b = make_document(paragraphs({k_opening_revised, k_energy, k_envoys}), terms);
    const DiffResult result = diff_documents(a.document, b.document);
    const std::string kept = "The Republic of Varenia and the Kestrel Federation held talks in";
    const std::string rest = paragraphs({".", k_energy});
    EXPECT_EQ(op_texts(result, a, b), (std::vector<std::string>{
                                          "equal [" + kept + "] [" + kept + "]",
                                          "delete [Ostrava] []",
                                          "insert [] [Halvard]",
                                          "equal [" + rest + "] [" + rest + "]",
                                          std::string("moved [") + k_envoys + "] [" + k_envoys + "]",
                                      }));
    EXPECT_EQ(result.stats.tokens_moved, 14u);  // the envoys paragraph, period included
    EXPECT_EQ(result.stats.tokens_unchanged, a.document.tokens.size() - 14 - 1);
    check_result(result, a, b, terms, {});
}

TEST(WordDiffTest, TwoSwappedParagraphsAreOneMoveAndOneEqual) {
    TermPool terms;
    const auto a = make_document(paragraphs({k_opening, k_corridor, k_envoys, k_energy}), terms);
    const auto b = make_document(paragraphs({k_opening_revised, k_envoys, k_corridor, k_energy}), terms);
    const DiffResult result = diff_documents(a.document, b.document);
    // The longer of the two stays; the shorter moves. The unchanged text is
    // cut where the moved paragraph left A and where it entered B.
    const std::string kept = "The Republic of Varenia and the Kestrel Federation held talks in";
    EXPECT_EQ(op_texts(result, a, b), (std::vector<std::string>{
                                          "equal [" + kept + "] [" + kept + "]",
                                          "delete [Ostrava] []",
                                          "insert [] [Halvard]",
                                          "equal [.] [.]",
                                          std::string("equal [") + k_envoys + "] [" + k_envoys + "]",
                                          std::string("moved [") + k_corridor + "] [" + k_corridor + "]",
                                          std::string("equal [") + k_energy + "] [" + k_energy + "]",
                                      }));
    EXPECT_EQ(result.stats.tokens_removed + result.stats.tokens_added, 2u);
    check_result(result, a, b, terms, {});
}

TEST(WordDiffTest, SimilarityCountsMovedTextAsKept) {
    TermPool terms;
    const auto a = make_document("alpha beta gamma delta epsilon zeta eta theta", terms);
    const auto b = make_document("eta theta alpha beta gamma delta epsilon zeta iota", terms);
    DiffOptions options;
    options.min_move_tokens = 2;
    const DiffResult result = diff_documents(a.document, b.document, options);
    check_result(result, a, b, terms, options);
    EXPECT_EQ(result.stats.tokens_moved + result.stats.tokens_unchanged, 8u);
    EXPECT_EQ(result.stats.tokens_added, 1u);
    EXPECT_DOUBLE_EQ(result.stats.similarity, 16.0 / 17.0);
}

TEST(WordDiffTest, TokenRangesDiffOneSentencePairWithSpansIntoTheWholeTexts) {
    TermPool terms;
    const auto a = make_document("Intro text here. Marek met Brandt in Ostrava. Outro.", terms);
    const auto b = make_document("Other intro. Marek met Brandt in Kestrel. Outro.", terms);
    const DiffResult result = diff_token_ranges(a.document, {4, 10}, b.document, {3, 9});
    EXPECT_EQ(op_texts(result, a, b), (std::vector<std::string>{
                                          "equal [Marek met Brandt in] [Marek met Brandt in]",
                                          "delete [Ostrava] []",
                                          "insert [] [Kestrel]",
                                          "equal [.] [.]",
                                      }));
    EXPECT_EQ(result.stats.tokens_a, 6u);
}

TEST(WordDiffTest, EmptyRangeIsAPointAtItsPlace) {
    TermPool terms;
    const auto a = make_document("One. Two three.", terms);
    const auto b = make_document("One. Two three.", terms);
    const DiffResult result = diff_token_ranges(a.document, {2, 2}, b.document, {2, 5});
    ASSERT_EQ(result.ops.size(), 1u);
    EXPECT_EQ(result.ops[0].kind, DiffOpKind::insert);
    EXPECT_EQ(result.ops[0].a, (Span{5, 5}));
    EXPECT_EQ(result.ops[0].a_range, (TokenRange{2, 2}));
}

TEST(WordDiffTest, MalformedInputIsRefusedWithAClearMessage) {
    TermPool terms;
    auto a = make_document("One two.", terms);
    const auto b = make_document("One two.", terms);
    try {
        diff_token_ranges(a.document, {0, 9}, b.document, {0, 3});
        FAIL() << "no exception";
    } catch (const std::invalid_argument& error) {
        EXPECT_STREQ(error.what(), "diff: token range [0, 9) is outside the document's 3 tokens");
    }
    DiffOptions bytes;
    bytes.ignore_case = false;
    a.document.statement = nullptr;
    try {
        diff_documents(a.document, b.document, bytes);
        FAIL() << "no exception";
    } catch (const std::invalid_argument& error) {
        EXPECT_STREQ(
            error.what(),
            "diff: case-sensitive comparison needs the document's statement text — the document has none");
    }
    a.document.sentences[0].token_count = 7;
    try {
        diff_documents(a.document, b.document);
        FAIL() << "no exception";
    } catch (const std::invalid_argument& error) {
        EXPECT_STREQ(error.what(),
                     "diff: malformed document: sentence 0 has tokens [0, 7) but the document has 3 tokens");
    }
}

// ---------------------------------------------------------------------------
// Properties on random pairs.

std::string random_text(std::mt19937& rng, std::size_t length, bool with_case) {
    static const char* const words[] = {"a", "b", "c", "d", "e", "f", ",", ".", "\u201Cq\u201D", "\"q\""};
    std::string text;
    for (std::size_t i = 0; i < length; ++i) {
        std::string word = words[rng() % std::size(words)];
        if (with_case && rng() % 4 == 0 && word[0] >= 'a' && word[0] <= 'f')
            word[0] = static_cast<char>(word[0] - 32);
        if (!text.empty()) text += rng() % 12 == 0 ? "\n\n" : " ";
        text += word;
    }
    return text;
}

/// B made from A's words: substitutions, insertions, deletions, and a block moved.
std::string mutate(std::mt19937& rng, const std::string& a) {
    std::vector<std::string> words;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= a.size(); ++i) {
        if (i == a.size() || a[i] == ' ' || a[i] == '\n') {
            if (i > start) words.push_back(a.substr(start, i - start));
            start = i + 1;
        }
    }
    std::vector<std::string> out;
    for (const auto& word : words) {
        const unsigned roll = rng() % 10;
        if (roll == 0) continue;
        if (roll == 1) out.push_back("x");
        out.push_back(roll == 2 ? std::string("y") : word);
    }
    if (out.size() > 8 && rng() % 2 == 0) {
        const std::size_t from = rng() % (out.size() - 6);
        const std::size_t length = 2 + rng() % 5;
        std::vector<std::string> block(out.begin() + static_cast<std::ptrdiff_t>(from),
                                       out.begin() + static_cast<std::ptrdiff_t>(from + length));
        out.erase(out.begin() + static_cast<std::ptrdiff_t>(from),
                  out.begin() + static_cast<std::ptrdiff_t>(from + length));
        const std::size_t to = rng() % (out.size() + 1);
        out.insert(out.begin() + static_cast<std::ptrdiff_t>(to), block.begin(), block.end());
    }
    std::string text;
    for (const auto& word : out) {
        if (!text.empty()) text += rng() % 12 == 0 ? "\n\n" : " ";
        text += word;
    }
    return text;
}

TEST(WordDiffTest, RawScriptIsMinimalAndRebuildsBOnRandomPairs) {
    std::mt19937 rng(20240611);
    for (int round = 0; round < 4000; ++round) {
        TermPool terms;
        const bool with_case = round % 3 == 0;
        const std::string text_a = random_text(rng, rng() % 61, with_case);
        const std::string text_b =
            round % 4 == 0 ? random_text(rng, rng() % 61, with_case) : mutate(rng, text_a);
        const auto a = make_document(text_a, terms);
        const auto b = make_document(text_b, terms);
        DiffOptions options = raw_options();
        options.ignore_punctuation = round % 5 == 1;
        options.ignore_case = round % 7 != 2;
        options.exact = round % 2 == 0;
        SCOPED_TRACE("round " + std::to_string(round) + "\nA: " + text_a + "\nB: " + text_b);
        const DiffResult result = diff_documents(a.document, b.document, options);
        const std::size_t edits = check_result(result, a, b, terms, options);
        const std::size_t expected = reference_edit_distance(
            keys_of(a, compared_tokens(a, {0, static_cast<std::uint32_t>(a.document.tokens.size())}, options),
                    terms, options),
            keys_of(b, compared_tokens(b, {0, static_cast<std::uint32_t>(b.document.tokens.size())}, options),
                    terms, options));
        ASSERT_EQ(edits, expected);
        ASSERT_EQ(result.stats.edit_distance, expected);
        ASSERT_TRUE(result.minimal);
        if (HasFailure()) break;
    }
}

TEST(WordDiffTest, CleanedScriptWithMovesStillRebuildsBOnRandomPairs) {
    std::mt19937 rng(7);
    for (int round = 0; round < 4000; ++round) {
        TermPool terms;
        const std::string text_a = random_text(rng, rng() % 61, false);
        const std::string text_b = round % 4 == 0 ? random_text(rng, rng() % 61, false) : mutate(rng, text_a);
        const auto a = make_document(text_a, terms);
        const auto b = make_document(text_b, terms);
        DiffOptions options;
        options.min_move_tokens = 1 + round % 5;
        options.ignore_punctuation = round % 3 == 1;
        options.semantic_cleanup = round % 6 != 5;
        SCOPED_TRACE("round " + std::to_string(round) + "\nA: " + text_a + "\nB: " + text_b);
        const DiffResult result = diff_documents(a.document, b.document, options);
        check_result(result, a, b, terms, options);
        for (const DiffOp& op : result.ops) {
            if (op.kind == DiffOpKind::moved) {
                EXPECT_GE(op.a_tokens, options.min_move_tokens);
            }
        }
        if (HasFailure()) break;
    }
}

TEST(WordDiffTest, SameInputGivesTheSameOps) {
    TermPool terms;
    const auto a = make_document(std::string(k_paragraph_1) + " " + k_paragraph_3, terms);
    const auto b = make_document(std::string(k_paragraph_3) + " extra words " + k_paragraph_1, terms);
    const DiffResult first = diff_documents(a.document, b.document);
    const DiffResult second = diff_documents(a.document, b.document);
    EXPECT_EQ(op_texts(first, a, b), op_texts(second, a, b));
}

// ---------------------------------------------------------------------------
// Large inputs: the structure-first path.

/// Prose of `sentences` sentences, ~12 words each, from a 400-word vocabulary.
std::vector<std::vector<std::string>> random_sentences(std::mt19937& rng, std::size_t sentences) {
    std::vector<std::vector<std::string>> out(sentences);
    for (auto& sentence : out) {
        const std::size_t length = 6 + rng() % 14;
        for (std::size_t w = 0; w < length; ++w) sentence.push_back("w" + std::to_string(rng() % 400));
        if (rng() % 3 == 0) sentence.insert(sentence.begin() + 2, ",");
    }
    return out;
}

std::string render(const std::vector<std::vector<std::string>>& sentences, std::mt19937& rng) {
    std::string text;
    for (const auto& sentence : sentences) {
        if (!text.empty()) text += rng() % 5 == 0 ? "\n\n" : " ";
        for (std::size_t w = 0; w < sentence.size(); ++w) {
            if (w > 0) text += ' ';
            text += sentence[w];
        }
        text += '.';
    }
    return text;
}

struct LargePair {
    std::string a;
    std::string b;
};

LargePair large_pair(std::size_t sentences, unsigned seed) {
    std::mt19937 rng(seed);
    auto a = random_sentences(rng, sentences);
    auto b = a;
    for (auto& sentence : b) {
        for (std::size_t w = 0; w < sentence.size(); ++w) {
            const unsigned roll = rng() % 100;
            if (roll < 2) sentence[w] = "new" + std::to_string(rng() % 50);
            if (roll == 2) sentence.insert(sentence.begin() + static_cast<std::ptrdiff_t>(w), "ins");
        }
        if (rng() % 50 == 0 && sentence.size() > 3) sentence.erase(sentence.begin() + 1);
    }
    // Whole sentences deleted, inserted and moved far away.
    for (int k = 0; k < 20; ++k) b.erase(b.begin() + static_cast<std::ptrdiff_t>(rng() % b.size()));
    for (int k = 0; k < 20; ++k) {
        b.insert(b.begin() + static_cast<std::ptrdiff_t>(rng() % b.size()), random_sentences(rng, 1)[0]);
    }
    for (int k = 0; k < 10; ++k) {
        const std::size_t from = rng() % b.size();
        auto sentence = b[from];
        b.erase(b.begin() + static_cast<std::ptrdiff_t>(from));
        b.insert(b.begin() + static_cast<std::ptrdiff_t>(rng() % b.size()), sentence);
    }
    std::mt19937 layout_a(seed + 1);
    std::mt19937 layout_b(seed + 2);
    return {render(a, layout_a), render(b, layout_b)};
}

TEST(WordDiffTest, LargeTextsAreDiffedStructureFirstAndStillRebuildB) {
    const LargePair pair = large_pair(15000, 99);  // ~200k tokens a side
    TermPool terms;
    const auto a = make_document(pair.a, terms);
    const auto b = make_document(pair.b, terms);
    ASSERT_GT(a.document.tokens.size(), 190000u);
    for (const bool cleanup : {false, true}) {
        DiffOptions options;
        options.semantic_cleanup = cleanup;
        const DiffResult result = diff_documents(a.document, b.document, options);
        SCOPED_TRACE(cleanup ? "clean-up" : "raw");
        EXPECT_FALSE(result.minimal);
        check_result(result, a, b, terms, options);
        EXPECT_GT(result.stats.similarity, 0.9);
        EXPECT_GE(result.stats.moves, 5u);
    }
}

TEST(WordDiffTest, ParagraphMovedFarInALongTextIsOneMoveWithBothPlaces) {
    std::mt19937 rng(8);
    std::vector<std::string> paragraphs;
    for (int p = 0; p < 50; ++p) {
        std::mt19937 layout(static_cast<unsigned>(p));
        std::string paragraph = render(random_sentences(rng, 5), layout);
        std::replace(paragraph.begin(), paragraph.end(), '\n', ' ');
        paragraphs.push_back(paragraph);
    }
    auto join = [](const std::vector<std::string>& list) {
        std::string text;
        for (const auto& paragraph : list) text += (text.empty() ? "" : "\n\n") + paragraph;
        return text;
    };
    std::vector<std::string> moved = paragraphs;
    const std::string paragraph = moved[3];
    moved.erase(moved.begin() + 3);
    moved.insert(moved.begin() + 45, paragraph);
    TermPool terms;
    const auto a = make_document(join(paragraphs), terms);
    const auto b = make_document(join(moved), terms);
    ASSERT_GT(a.document.tokens.size(), 3000u);
    const DiffResult result = diff_documents(a.document, b.document);
    EXPECT_FALSE(result.minimal);  // the changed middle is too long for one unit: structure first
    check_result(result, a, b, terms, {});
    std::vector<const DiffOp*> changes;
    for (const DiffOp& op : result.ops) {
        if (op.kind != DiffOpKind::equal) changes.push_back(&op);
    }
    ASSERT_EQ(changes.size(), 1u);
    EXPECT_EQ(changes[0]->kind, DiffOpKind::moved);
    EXPECT_EQ(changes[0]->a, a.document.paragraphs[3].span);
    EXPECT_EQ(changes[0]->b, b.document.paragraphs[45].span);
    EXPECT_EQ(changes[0]->b.of(b.text()), paragraph);
    EXPECT_EQ(result.stats.tokens_added + result.stats.tokens_removed, 0u);
}

TEST(WordDiffTest, ExactModeFallsBackToStructureWhenTheWholeTextIsTooLargeForDtl) {
    const LargePair pair = large_pair(8000, 5);
    TermPool terms;
    const auto a = make_document(pair.a, terms);
    const auto b = make_document(pair.b, terms);
    DiffOptions options = raw_options();
    options.exact = true;
    const DiffResult result = diff_documents(a.document, b.document, options);
    EXPECT_FALSE(result.minimal);
    check_result(result, a, b, terms, options);
}

TEST(WordDiffTest, ExactModeIsMinimalOverTheWholeTextWhenDtlCanTakeIt) {
    std::mt19937 rng(3);
    auto sentences = random_sentences(rng, 500);  // ~6,000 tokens: past the one-unit size
    auto revised = sentences;
    for (std::size_t s = 0; s < revised.size(); s += 25) revised[s][1] = "changed";
    std::swap(revised[10], revised[400]);
    std::mt19937 layout(1);
    TermPool terms;
    const auto a = make_document(render(sentences, layout), terms);
    const auto b = make_document(render(revised, layout), terms);
    DiffOptions options = raw_options();
    const DiffResult structured = diff_documents(a.document, b.document, options);
    options.exact = true;
    const DiffResult exact = diff_documents(a.document, b.document, options);
    const auto all_a = compared_tokens(a, {0, static_cast<std::uint32_t>(a.document.tokens.size())}, options);
    const auto all_b = compared_tokens(b, {0, static_cast<std::uint32_t>(b.document.tokens.size())}, options);
    const std::size_t expected =
        reference_edit_distance(keys_of(a, all_a, terms, options), keys_of(b, all_b, terms, options));
    EXPECT_TRUE(exact.minimal);
    EXPECT_EQ(check_result(exact, a, b, terms, options), expected);
    EXPECT_GE(check_result(structured, a, b, terms, options), expected);
}

}  // namespace
}  // namespace dipdiff
