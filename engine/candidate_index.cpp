#include "engine/candidate_index.hpp"

#include "engine/sentence_similarity.hpp"

#include <algorithm>

namespace dipdiff::align_detail {

CandidateIndex::CandidateIndex(std::span<const std::uint32_t> members, const SentenceVectors& vectors,
                               std::size_t max_postings)
    : m_members(members),
      m_vectors(vectors),
      m_max_postings(max_postings),
      m_accumulator(members.size(), 0.0f) {
    std::size_t total = 0;
    for (std::uint32_t id : members) total += vectors.terms(id).size();
    m_postings.reserve(total);
    for (std::uint32_t m = 0; m < members.size(); ++m) {
        for (const WeightedTerm& term : vectors.terms(members[m]))
            m_postings.push_back({term.stem, m, term.weight});
    }
    std::sort(m_postings.begin(), m_postings.end(), [](const Posting& x, const Posting& y) {
        return x.stem != y.stem ? x.stem < y.stem : x.member < y.member;
    });
    for (std::uint32_t i = 0; i < m_postings.size();) {
        std::uint32_t j = i;
        while (j < m_postings.size() && m_postings[j].stem == m_postings[i].stem) ++j;
        m_ranges.emplace(m_postings[i].stem, Range{i, j});
        i = j;
    }
}

void CandidateIndex::candidates(std::uint32_t query, std::size_t max_candidates, bool same_statement,
                                std::vector<Candidate>& out) {
    out.clear();
    const std::uint32_t query_id = m_members[query];
    const std::uint32_t query_statement = m_vectors.statement_of(query_id);
    for (const WeightedTerm& term : m_vectors.terms(query_id)) {
        const auto found = m_ranges.find(term.stem);
        if (found == m_ranges.end()) continue;
        const Range range = found->second;
        if (range.end - range.begin > m_max_postings) {
            m_stats.postings_skipped += range.end - range.begin;
            continue;
        }
        m_stats.postings_visited += range.end - range.begin;
        for (std::uint32_t p = range.begin; p < range.end; ++p) {
            const Posting& posting = m_postings[p];
            if (posting.member == query) continue;
            if (!same_statement && m_vectors.statement_of(m_members[posting.member]) == query_statement)
                continue;
            if (m_accumulator[posting.member] == 0.0f) m_touched.push_back(posting.member);
            m_accumulator[posting.member] += term.weight * posting.weight;
        }
    }
    for (std::uint32_t member : m_touched) {
        out.push_back({member, m_accumulator[member]});
        m_accumulator[member] = 0.0f;
    }
    m_touched.clear();
    const auto better = [](const Candidate& x, const Candidate& y) {
        return x.score != y.score ? x.score > y.score : x.member < y.member;
    };
    if (out.size() > max_candidates) {
        std::nth_element(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(max_candidates), out.end(),
                         better);
        out.resize(max_candidates);
    }
    // The accumulated score misses skipped stems and sums floats in postings
    // order; the exact cosine is symmetric, so a pair gets one score either way.
    for (Candidate& candidate : out) {
        candidate.score =
            cosine_similarity(m_vectors.terms(query_id), m_vectors.terms(m_members[candidate.member]));
    }
    m_stats.exact_comparisons += out.size();
    std::sort(out.begin(), out.end(), better);
}

}  // namespace dipdiff::align_detail
