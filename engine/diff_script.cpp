#include "engine/diff_script.hpp"

#include <utility>

namespace dipdiff::diff_detail {

void ScriptBuilder::equal(std::uint32_t count) {
    if (count == 0) return;
    flush_change();
    if (!m_pieces.empty() && m_pieces.back().kind == DiffOpKind::equal) {
        m_pieces.back().a_end += count;
        m_pieces.back().b_end += count;
    } else {
        m_pieces.push_back({DiffOpKind::equal, m_a, m_a + count, m_b, m_b + count});
    }
    m_a += count;
    m_b += count;
}

void ScriptBuilder::del(std::uint32_t count) {
    m_pending_del += count;
    m_edit_distance += count;
}

void ScriptBuilder::insert(std::uint32_t count) {
    m_pending_insert += count;
    m_edit_distance += count;
}

void ScriptBuilder::flush_change() {
    if (m_pending_del > 0) {
        m_pieces.push_back({DiffOpKind::del, m_a, m_a + m_pending_del, m_b, m_b});
        m_a += m_pending_del;
    }
    if (m_pending_insert > 0) {
        m_pieces.push_back({DiffOpKind::insert, m_a, m_a, m_b, m_b + m_pending_insert});
        m_b += m_pending_insert;
    }
    m_pending_del = 0;
    m_pending_insert = 0;
}

std::vector<Piece> ScriptBuilder::finish() {
    flush_change();
    std::vector<Piece> pieces = std::move(m_pieces);
    *this = ScriptBuilder{};
    return pieces;
}

namespace {

bool contiguous(const Piece& left, const Piece& right) {
    if (left.kind != right.kind) return false;
    switch (left.kind) {
        case DiffOpKind::equal:
        case DiffOpKind::moved:
            return left.a_end == right.a_begin && left.b_end == right.b_begin;
        case DiffOpKind::del:
            return left.a_end == right.a_begin && left.b_begin == right.b_begin;
        case DiffOpKind::insert:
            return left.b_end == right.b_begin && left.a_begin == right.a_begin;
    }
    return false;
}

}  // namespace

void merge_adjacent_pieces(std::vector<Piece>& pieces) {
    std::size_t out = 0;
    for (std::size_t i = 0; i < pieces.size(); ++i) {
        if (out > 0 && contiguous(pieces[out - 1], pieces[i])) {
            pieces[out - 1].a_end = pieces[i].a_end;
            pieces[out - 1].b_end = pieces[i].b_end;
        } else {
            pieces[out++] = pieces[i];
        }
    }
    pieces.resize(out);
}

}  // namespace dipdiff::diff_detail
