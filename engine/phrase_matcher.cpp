#include "engine/phrase_matcher.hpp"

#include "engine/inflection.hpp"

#include <algorithm>

namespace dipdiff {

void PhraseSet::add(std::vector<TermId> stems, std::vector<TermId> norms, std::uint32_t entry) {
    if (stems.empty() || norms.size() != stems.size()) return;
    const auto index = static_cast<std::uint32_t>(m_patterns.size());
    m_by_first_stem[stems.front()].push_back(index);
    m_patterns.push_back({std::move(stems), std::move(norms), entry});
}

int PhraseSet::matches_at(const Pattern& pattern, std::span<const MatchWord> words, std::size_t start) const {
    const auto& stems = pattern.stems;
    if (start + stems.size() > words.size()) return -1;
    const std::uint32_t clause = words[start].clause;
    for (std::size_t i = 0; i < stems.size(); ++i) {
        const MatchWord& word = words[start + i];
        if (word.stem != stems[i] || word.clause != clause) return -1;
    }
    int inexact = 0;
    for (std::size_t i = 0; i < stems.size(); ++i) {
        const TermId norm = words[start + i].norm;
        if (norm == pattern.norms[i]) continue;
        ++inexact;
        if (m_inflection_terms &&
            !same_english_inflection(m_inflection_terms->text(norm), m_inflection_terms->text(pattern.norms[i])))
            return -1;
    }
    return inexact;
}

void PhraseSet::match(std::span<const MatchWord> words, const std::vector<char>& blocked,
                      std::vector<char>& covered, std::vector<PhraseMatch>& out) const {
    m_candidates.clear();
    for (std::size_t start = 0; start < words.size(); ++start) {
        const auto found = m_by_first_stem.find(words[start].stem);
        if (found == m_by_first_stem.end()) continue;
        for (const std::uint32_t index : found->second) {
            const Pattern& pattern = m_patterns[index];
            const int inexact = matches_at(pattern, words, start);
            if (inexact < 0) continue;
            m_candidates.push_back({static_cast<std::uint32_t>(start),
                                    static_cast<std::uint32_t>(start + pattern.stems.size()), index,
                                    static_cast<std::uint32_t>(inexact)});
        }
    }
    if (m_candidates.empty()) return;
    std::sort(m_candidates.begin(), m_candidates.end(), [](const PhraseMatch& a, const PhraseMatch& b) {
        const auto length_a = a.end - a.start;
        const auto length_b = b.end - b.start;
        if (length_a != length_b) return length_a > length_b;
        if (a.inexact != b.inexact) return a.inexact < b.inexact;
        if (a.start != b.start) return a.start < b.start;
        return a.pattern < b.pattern;
    });
    const std::size_t first_new = out.size();
    for (const PhraseMatch& candidate : m_candidates) {
        bool free = true;
        for (auto i = candidate.start; i < candidate.end && free; ++i) free = !blocked[i] && !covered[i];
        if (!free) continue;
        for (auto i = candidate.start; i < candidate.end; ++i) covered[i] = 1;
        out.push_back(candidate);
    }
    std::sort(out.begin() + static_cast<std::ptrdiff_t>(first_new), out.end(),
              [](const PhraseMatch& a, const PhraseMatch& b) { return a.start < b.start; });
}

bool PhraseSet::starts(std::span<const TermId> stems) const {
    if (stems.empty()) return false;
    const auto found = m_by_first_stem.find(stems.front());
    if (found == m_by_first_stem.end()) return false;
    for (const std::uint32_t index : found->second) {
        const auto& pattern = m_patterns[index].stems;
        if (pattern.size() <= stems.size() && std::equal(pattern.begin(), pattern.end(), stems.begin()))
            return true;
    }
    return false;
}

}  // namespace dipdiff
