#pragma once
/// Word-level diff of two segmented documents: which tokens are unchanged,
/// inserted, deleted or moved, with byte spans into both original texts.
///
/// How it works (docs/diff.md has the details): tokens are compared on their
/// normal form; small texts are compared as one unit with a minimal edit
/// script; larger ones are aligned paragraph by paragraph, then sentence by
/// sentence, and only aligned sentences are diffed word by word. A semantic
/// clean-up then makes rewritten clauses read as one replacement, deleted
/// text that reappears elsewhere is reported as moved, and the text around
/// moved runs is compared again (a word the first script paired across a
/// moved run goes back to its place).
#include "engine/document.hpp"
#include "engine/span.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace dipdiff {

struct DiffOptions {
    /// Leave punctuation tokens out of the comparison: they are then never
    /// inserted, deleted, moved or counted (an op's span may still cover them).
    bool ignore_punctuation = false;
    /// Compare tokens on their normal form (Token::norm: NFKC, case-folded,
    /// quotes and dashes unified). When false, compare the tokens' original
    /// bytes, so case, quote and dash differences count as changes.
    bool ignore_case = true;
    /// Fold tiny unchanged runs between two changes into one replacement so a
    /// rewritten clause reads as "delete X, insert Y". Off gives the raw
    /// script, which is minimal within each compared unit (`--raw`).
    bool semantic_cleanup = true;
    /// A deleted run of at least this many tokens that reappears as inserted
    /// text elsewhere (same comparison keys) is one `moved` op. 0: no moves.
    std::size_t min_move_tokens = 5;
    /// Compare the whole text as one unit, without aligning paragraphs and
    /// sentences first. Texts too large for that (more than 200,000 compared
    /// tokens on a side, or too different for dtl's search limit) are still
    /// aligned first; DiffResult::minimal says which happened.
    bool exact = false;
};

enum class DiffOpKind : std::uint8_t { equal, insert, del, moved };

/// "equal", "insert", "delete", "moved": the names used in JSON output.
std::string_view diff_op_kind_name(DiffOpKind kind);

/// Half-open range [first, end) of indices into Document::tokens.
struct TokenRange {
    std::uint32_t first = 0;
    std::uint32_t end = 0;

    std::uint32_t size() const { return end - first; }
    bool empty() const { return end <= first; }
    friend bool operator==(const TokenRange&, const TokenRange&) = default;
};

/// One operation of the edit script. Spans run from the start of the op's
/// first token to the end of its last token, so they never cut a token.
/// An empty side is a point: the end of the compared token before it (the
/// start of the first compared token when there is none before it).
///   equal:  `a` and `b` are the same text in A and in B.
///   insert: `b` is the inserted text; `a` the point in A where it goes.
///   del:    `a` is the deleted text; `b` the point in B where it was.
///   moved:  `a` is where the text was in A, `b` where it is in B; the op sits
///           at its place in B's order (A has no op at the old place).
/// Ops come in text order: equal, insert and moved ops in B order, equal and
/// del ops in A order; within a change deletions come before insertions.
/// Consecutive tokens of one kind form one op; a del may be split in two
/// around text that moved away from the middle of it.
struct DiffOp {
    DiffOpKind kind = DiffOpKind::equal;
    Span a;
    Span b;
    /// The op's tokens as Document::tokens indices (with ignore_punctuation,
    /// punctuation tokens inside are ignored); empty sides are empty ranges at
    /// the same point as the empty span.
    TokenRange a_range;
    TokenRange b_range;
    std::uint32_t a_tokens = 0;  ///< compared tokens on A's side (0 for insert)
    std::uint32_t b_tokens = 0;  ///< compared tokens on B's side (0 for del)
};

/// Figures for one pair, counted on compared tokens and on the final ops
/// (after clean-up and move detection).
struct DiffStats {
    std::size_t tokens_a = 0;          ///< compared tokens in A
    std::size_t tokens_b = 0;          ///< compared tokens in B
    std::size_t tokens_added = 0;      ///< inserted tokens, moved text excluded
    std::size_t tokens_removed = 0;    ///< deleted tokens, moved text excluded
    std::size_t tokens_moved = 0;      ///< tokens of moved text (counted once)
    std::size_t tokens_unchanged = 0;  ///< tokens in equal ops
    std::size_t moves = 0;             ///< number of moved ops
    /// Inserted + deleted tokens of the raw script (before clean-up and moves).
    /// It is the minimal edit distance when DiffResult::minimal is true.
    std::size_t edit_distance = 0;
    /// 2 * (unchanged + moved) / (tokens_a + tokens_b): moved text counts as
    /// kept, since only its place changed. 1 for two empty texts.
    double similarity = 1.0;
};

struct DiffResult {
    std::vector<DiffOp> ops;
    DiffStats stats;
    /// The compared token sequences are the same (given the options).
    bool identical = false;
    /// The whole text was compared as one unit, so stats.edit_distance is the
    /// minimum over the whole text; false when paragraphs and sentences were
    /// aligned first (minimal within each aligned sentence pair only).
    bool minimal = false;
};

/// Diffs all tokens of `a` against all tokens of `b`. Spans point into
/// a.statement->text and b.statement->text, which must be alive when
/// ignore_case is false (the original bytes are compared). Deterministic.
/// Throws std::invalid_argument for a malformed document (sentence token
/// ranges out of bounds or out of order), or when ignore_case is false and a
/// document has no statement or a token span outside its text.
DiffResult diff_documents(const Document& a, const Document& b, const DiffOptions& options = {});

/// Diffs tokens [a_range) of `a` against tokens [b_range) of `b` — e.g. one
/// aligned sentence pair — with the same rules as diff_documents (sentences
/// and paragraphs inside the ranges are used for alignment when the ranges
/// are large). Throws std::invalid_argument when a range is out of bounds.
DiffResult diff_token_ranges(const Document& a, TokenRange a_range, const Document& b, TokenRange b_range,
                             const DiffOptions& options = {});

}  // namespace dipdiff
