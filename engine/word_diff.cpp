#include "engine/word_diff.hpp"

#include "engine/change_slide.hpp"
#include "engine/diff_cleanup.hpp"
#include "engine/diff_script.hpp"
#include "engine/diff_sequence.hpp"
#include "engine/move_detect.hpp"
#include "engine/move_refine.hpp"
#include "engine/structure_diff.hpp"
#include "engine/token_diff.hpp"

#include <algorithm>
#include <limits>
#include <span>

namespace dipdiff {

std::string_view diff_op_kind_name(DiffOpKind kind) {
    switch (kind) {
        case DiffOpKind::equal:
            return "equal";
        case DiffOpKind::insert:
            return "insert";
        case DiffOpKind::del:
            return "delete";
        case DiffOpKind::moved:
            return "moved";
    }
    return "equal";
}

namespace {

using namespace diff_detail;

/// Texts up to this many differing tokens a side are compared as one unit.
constexpr std::size_t k_whole_text_tokens = 2000;
/// With DiffOptions::exact, up to this many (dtl's memory grows with it).
constexpr std::size_t k_exact_max_tokens = 200000;

struct Script {
    std::vector<Piece> pieces;
    std::uint64_t edit_distance = 0;
    bool minimal = false;
};

/// The raw script: the whole text as one minimal unit when dtl can take it,
/// else structure first. The structured script's distance bounds the true
/// one, which can prove the whole text safe for dtl after all.
Script raw_script(const CompareSequence& a, const CompareSequence& b, const DiffOptions& options) {
    const std::span<const std::uint32_t> keys_a(a.keys);
    const std::span<const std::uint32_t> keys_b(b.keys);
    const std::size_t shorter = std::min(keys_a.size(), keys_b.size());
    std::size_t prefix = 0;
    while (prefix < shorter && keys_a[prefix] == keys_b[prefix]) ++prefix;
    std::size_t suffix = 0;
    while (suffix < shorter - prefix &&
           keys_a[keys_a.size() - 1 - suffix] == keys_b[keys_b.size() - 1 - suffix]) {
        ++suffix;
    }
    const std::size_t middle_a = keys_a.size() - prefix - suffix;
    const std::size_t middle_b = keys_b.size() - prefix - suffix;
    const std::size_t whole_limit = options.exact ? k_exact_max_tokens : k_whole_text_tokens;
    const bool whole_allowed = std::max(middle_a, middle_b) <= whole_limit;

    Script script;
    ScriptBuilder builder;
    if (whole_allowed && dtl_can_diff(middle_a, middle_b, middle_a + middle_b)) {
        dtl_diff(keys_a, keys_b, builder);
        script.minimal = true;
    } else {
        ScriptBuilder structured;
        diff_by_structure(a, b, structured);
        const std::uint64_t bound = structured.edit_distance();
        if (whole_allowed && dtl_can_diff(middle_a, middle_b, bound)) {
            dtl_diff(keys_a, keys_b, builder);
            script.minimal = true;
        } else {
            builder = std::move(structured);
            // No script has fewer edits than the difference in length.
            script.minimal = bound == std::max(keys_a.size(), keys_b.size()) - shorter;
        }
    }
    script.edit_distance = builder.edit_distance();
    script.pieces = builder.finish();
    return script;
}

std::vector<std::uint8_t> strengths(const CompareSequence& sequence) {
    std::vector<std::uint32_t> sentence_starts;
    sentence_starts.reserve(sequence.sentences.size());
    for (const Run& sentence : sequence.sentences) sentence_starts.push_back(sentence.begin);
    std::vector<std::uint32_t> paragraph_starts;
    paragraph_starts.reserve(sequence.paragraph_starts.size());
    for (std::uint32_t first_sentence : sequence.paragraph_starts) {
        paragraph_starts.push_back(first_sentence < sequence.sentences.size()
                                       ? sequence.sentences[first_sentence].begin
                                       : sequence.size());
    }
    return boundary_strengths(sentence_starts, paragraph_starts, sequence.size());
}

/// Where an empty side sits: after the compared token before it.
Span point_span(const CompareSequence& sequence, std::uint32_t position) {
    const auto& tokens = sequence.document->tokens;
    if (position > 0) {
        const std::uint32_t end = tokens[sequence.tokens[position - 1]].span.end;
        return {end, end};
    }
    if (!sequence.tokens.empty()) {
        const std::uint32_t start = tokens[sequence.tokens.front()].span.start;
        return {start, start};
    }
    const std::uint32_t index = sequence.range.first;
    std::uint32_t at = 0;
    if (index < tokens.size()) {
        at = tokens[index].span.start;
    } else if (index > 0) {
        at = tokens[index - 1].span.end;
    }
    return {at, at};
}

TokenRange point_range(const CompareSequence& sequence, std::uint32_t position) {
    std::uint32_t index = sequence.range.first;
    if (position > 0) {
        index = sequence.tokens[position - 1] + 1;
    } else if (!sequence.tokens.empty()) {
        index = sequence.tokens.front();
    }
    return {index, index};
}

void describe_side(const CompareSequence& sequence, std::uint32_t begin, std::uint32_t end, Span& span,
                   TokenRange& range) {
    if (begin >= end) {
        span = point_span(sequence, begin);
        range = point_range(sequence, begin);
        return;
    }
    const auto& tokens = sequence.document->tokens;
    const std::uint32_t first = sequence.tokens[begin];
    const std::uint32_t last = sequence.tokens[end - 1];
    span = {tokens[first].span.start, tokens[last].span.end};
    range = {first, last + 1};
}

std::vector<DiffOp> to_ops(const std::vector<Piece>& pieces, const CompareSequence& a,
                           const CompareSequence& b) {
    std::vector<DiffOp> ops;
    ops.reserve(pieces.size());
    for (const Piece& piece : pieces) {
        DiffOp op;
        op.kind = piece.kind;
        describe_side(a, piece.a_begin, piece.a_end, op.a, op.a_range);
        describe_side(b, piece.b_begin, piece.b_end, op.b, op.b_range);
        op.a_tokens = piece.a_size();
        op.b_tokens = piece.b_size();
        ops.push_back(op);
    }
    return ops;
}

DiffStats count(const std::vector<Piece>& pieces, const CompareSequence& a, const CompareSequence& b,
                std::uint64_t edit_distance) {
    DiffStats stats;
    stats.tokens_a = a.size();
    stats.tokens_b = b.size();
    stats.edit_distance = edit_distance;
    for (const Piece& piece : pieces) {
        switch (piece.kind) {
            case DiffOpKind::equal:
                stats.tokens_unchanged += piece.a_size();
                break;
            case DiffOpKind::insert:
                stats.tokens_added += piece.b_size();
                break;
            case DiffOpKind::del:
                stats.tokens_removed += piece.a_size();
                break;
            case DiffOpKind::moved:
                stats.tokens_moved += piece.a_size();
                ++stats.moves;
                break;
        }
    }
    const std::size_t total = stats.tokens_a + stats.tokens_b;
    stats.similarity =
        total == 0 ? 1.0 : 2.0 * static_cast<double>(stats.tokens_unchanged + stats.tokens_moved) / total;
    return stats;
}

}  // namespace

DiffResult diff_token_ranges(const Document& a, TokenRange a_range, const Document& b, TokenRange b_range,
                             const DiffOptions& options) {
    RawKeys raw;
    const CompareSequence seq_a = make_compare_sequence(a, a_range, options, &raw);
    const CompareSequence seq_b = make_compare_sequence(b, b_range, options, &raw);

    DiffResult result;
    result.identical = seq_a.keys == seq_b.keys;
    Script script = raw_script(seq_a, seq_b, options);
    result.minimal = script.minimal;
    std::vector<Piece>& pieces = script.pieces;
    slide_to_boundaries(pieces, seq_a.keys, seq_b.keys, strengths(seq_a), strengths(seq_b));

    const auto min_move = static_cast<std::uint32_t>(
        std::min<std::size_t>(options.min_move_tokens, std::numeric_limits<std::uint32_t>::max()));
    // Tiny folds first, so moved text is not cut up by a stray "the" that
    // happened to match in place; larger folds after moves are known, so an
    // unchanged paragraph between a moved one's old and new place stays.
    std::vector<std::uint32_t> folded_partner;
    if (options.semantic_cleanup) {
        if (min_move > 0) folded_partner.assign(seq_a.size(), k_no_partner);
        fold_equalities(pieces, seq_a.size(), seq_b.size(), FoldRule::tiny,
                        min_move > 0 ? &folded_partner : nullptr);
    }
    detect_moves(pieces, seq_a.keys, seq_b.keys, min_move, folded_partner);
    // The first script may have paired words of moved text, or next to it,
    // with like words elsewhere: grow moves over such words and compare again
    // what is left of the changes around them.
    refine_moves(pieces, seq_a.keys, seq_b.keys, folded_partner);
    merge_adjacent_pieces(pieces);
    if (options.semantic_cleanup)
        fold_equalities(pieces, seq_a.size(), seq_b.size(), FoldRule::semantic, nullptr);
    merge_adjacent_pieces(pieces);

    result.ops = to_ops(pieces, seq_a, seq_b);
    result.stats = count(pieces, seq_a, seq_b, script.edit_distance);
    return result;
}

DiffResult diff_documents(const Document& a, const Document& b, const DiffOptions& options) {
    return diff_token_ranges(a, {0, static_cast<std::uint32_t>(a.tokens.size())}, b,
                             {0, static_cast<std::uint32_t>(b.tokens.size())}, options);
}

}  // namespace dipdiff
