#include "render/diff_view.hpp"

#include <algorithm>
#include <cstdio>

namespace dipdiff {
namespace {

struct Marks {
    std::string_view open;
    std::string_view close;
};

Marks marks_for(DiffOpKind kind, const TerminalStyle& style) {
    if (style.color) {
        switch (kind) {
            case DiffOpKind::del: return {"\x1b[31m", "\x1b[0m"};
            case DiffOpKind::insert: return {"\x1b[32m", "\x1b[0m"};
            case DiffOpKind::moved: return {"\x1b[36m", "\x1b[0m"};
            case DiffOpKind::equal: return {"", ""};
        }
    }
    switch (kind) {
        case DiffOpKind::del: return {"[-", "-]"};
        case DiffOpKind::insert: return {"{+", "+}"};
        case DiffOpKind::moved: return {"{>", "<}"};
        case DiffOpKind::equal: break;
    }
    return {"", ""};
}

}  // namespace

void print_word_diff(std::ostream& out, std::string_view a_text, std::string_view b_text, const DiffResult& diff,
                     const TerminalStyle& style) {
    // Walk B from start to end; ops in B order carry B's text, deletions are
    // shown at the point in B where A's text was.
    std::uint32_t b_cursor = 0;
    auto emit_b_until = [&](std::uint32_t end) {
        if (end > b_cursor) out << terminal_safe_keep_space(b_text.substr(b_cursor, end - b_cursor));
        if (end > b_cursor) b_cursor = end;
    };
    for (const DiffOp& op : diff.ops) {
        const Marks marks = marks_for(op.kind, style);
        if (op.kind == DiffOpKind::del) {
            // The point is the end of the token before; show the deletion
            // after the white space that follows it, where the next word starts:
            // "were [-useful-]{+candid+}", not "were[-useful-] {+candid+}".
            std::uint32_t at = std::max(b_cursor, op.b.start);
            while (at < b_text.size() && (b_text[at] == ' ' || b_text[at] == '\t' || b_text[at] == '\n' ||
                                          b_text[at] == '\r'))
                ++at;
            emit_b_until(at);
            out << marks.open << terminal_safe_keep_space(op.a.of(a_text)) << marks.close;
            continue;
        }
        emit_b_until(op.b.start);
        out << marks.open << terminal_safe_keep_space(op.b.of(b_text)) << marks.close;
        b_cursor = std::max(b_cursor, op.b.end);
    }
    emit_b_until(static_cast<std::uint32_t>(b_text.size()));
    if (!b_text.empty() && b_text.back() != '\n') out << '\n';
}

void print_diff_stats(std::ostream& out, const DiffResult& diff) {
    const DiffStats& s = diff.stats;
    char similarity[32];
    std::snprintf(similarity, sizeof similarity, "%.3f", s.similarity);
    out << s.tokens_unchanged << " tokens unchanged, " << s.tokens_added << " added, " << s.tokens_removed
        << " removed, " << s.tokens_moved << " moved (" << s.moves << (s.moves == 1 ? " move" : " moves")
        << "); similarity " << similarity << '\n';
}

void print_metadata_changes(std::ostream& out, const std::vector<FieldChange>& changes, const TerminalStyle& style) {
    for (const FieldChange& change : changes) {
        out << style.bold() << terminal_safe(change.field) << ':' << style.reset() << ' ' << style.red()
            << (change.a.empty() ? "(none)" : terminal_safe(change.a)) << style.reset() << " \u2192 " << style.green()
            << (change.b.empty() ? "(none)" : terminal_safe(change.b)) << style.reset() << '\n';
    }
}

}  // namespace dipdiff
