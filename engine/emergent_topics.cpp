#include "engine/emergent_topics.hpp"

#include <algorithm>
#include <numeric>
#include <unordered_map>

namespace dipdiff::align_detail {
namespace {

class DisjointSets {
public:
    explicit DisjointSets(std::size_t size) : m_parent(size) {
        std::iota(m_parent.begin(), m_parent.end(), 0u);
    }
    std::uint32_t find(std::uint32_t x) {
        while (m_parent[x] != x) {
            m_parent[x] = m_parent[m_parent[x]];
            x = m_parent[x];
        }
        return x;
    }
    // The smaller root wins, so a group's root is its first member.
    void unite(std::uint32_t x, std::uint32_t y) {
        x = find(x);
        y = find(y);
        if (x == y) return;
        if (y < x) std::swap(x, y);
        m_parent[y] = x;
    }

private:
    std::vector<std::uint32_t> m_parent;
};

struct TermScore {
    TermId stem = 0;
    double weight = 0;
    std::size_t statements = 0;
    std::uint32_t last_statement = 0;
    std::uint32_t first_member = 0;  // where its surface form is read
};

std::string surface_form(const Document& document, const Sentence& sentence, TermId stem,
                         const TermPool& terms) {
    for (const Token* token = document.sentence_tokens_begin(sentence);
         token != document.sentence_tokens_end(sentence); ++token) {
        if (token->stem == stem) return std::string(terms.text(token->norm));
    }
    return std::string(terms.text(stem));
}

std::vector<std::string> label_terms(const std::vector<const Document*>& documents,
                                     const std::vector<EmergentMember>& members,
                                     const SentenceVectors& vectors, const TermPool& terms,
                                     std::size_t max_terms) {
    std::unordered_map<TermId, TermScore> scores;
    for (std::uint32_t m = 0; m < members.size(); ++m) {
        const std::uint32_t id = members[m].id;
        const std::uint32_t statement = vectors.statement_of(id);
        for (const WeightedTerm& term : vectors.terms(id)) {
            auto [it, added] = scores.try_emplace(term.stem, TermScore{term.stem, 0, 0, statement, m});
            TermScore& score = it->second;
            score.weight += term.weight;
            if (added || score.last_statement != statement) ++score.statements;
            score.last_statement = statement;
        }
    }
    std::vector<TermScore> ranked;
    ranked.reserve(scores.size());
    for (const auto& [stem, score] : scores) ranked.push_back(score);
    std::sort(ranked.begin(), ranked.end(), [](const TermScore& x, const TermScore& y) {
        const bool x_shared = x.statements >= 2;
        const bool y_shared = y.statements >= 2;
        if (x_shared != y_shared) return x_shared;
        if (x.weight != y.weight) return x.weight > y.weight;
        return x.stem < y.stem;
    });
    std::vector<std::string> labels;
    for (const TermScore& score : ranked) {
        if (labels.size() == max_terms) break;
        const std::uint32_t id = members[score.first_member].id;
        const Document& document = *documents[vectors.statement_of(id)];
        std::string form =
            surface_form(document, document.sentences[vectors.sentence_of(id)], score.stem, terms);
        if (std::find(labels.begin(), labels.end(), form) == labels.end()) labels.push_back(std::move(form));
    }
    return labels;
}

}  // namespace

std::vector<EmergentGroup> find_emergent_groups(const std::vector<const Document*>& documents,
                                                const std::vector<std::uint32_t>& candidates,
                                                const SentenceVectors& vectors, const TermPool& terms,
                                                const EmergentOptions& options, IndexStats& stats) {
    CandidateIndex index(candidates, vectors, options.max_postings);
    DisjointSets sets(candidates.size());
    std::vector<double> best(candidates.size(), 0.0);
    std::vector<Candidate> found;
    for (std::uint32_t i = 0; i < candidates.size(); ++i) {
        index.candidates(i, options.max_candidates, true, found);
        for (const Candidate& candidate : found) {
            if (candidate.score < options.min_similarity) break;  // best first
            sets.unite(i, candidate.member);
            best[i] = std::max(best[i], candidate.score);
            best[candidate.member] = std::max(best[candidate.member], candidate.score);
        }
    }
    const IndexStats& work = index.stats();
    stats.postings_visited += work.postings_visited;
    stats.postings_skipped += work.postings_skipped;
    stats.exact_comparisons += work.exact_comparisons;

    // Components in order of their first member (the root, see DisjointSets).
    std::vector<std::vector<EmergentMember>> components;
    std::vector<std::int64_t> component_of_root(candidates.size(), -1);
    for (std::uint32_t i = 0; i < candidates.size(); ++i) {
        if (best[i] == 0.0) continue;  // linked to nothing
        const std::uint32_t root = sets.find(i);
        if (component_of_root[root] < 0) {
            component_of_root[root] = static_cast<std::int64_t>(components.size());
            components.emplace_back();
        }
        components[static_cast<std::size_t>(component_of_root[root])].push_back({candidates[i], best[i]});
    }
    std::vector<EmergentGroup> groups;
    for (std::vector<EmergentMember>& members : components) {
        std::vector<std::uint32_t> statements;
        for (const EmergentMember& member : members) statements.push_back(vectors.statement_of(member.id));
        statements.erase(std::unique(statements.begin(), statements.end()), statements.end());
        if (statements.size() < options.min_statements) continue;
        EmergentGroup group;
        group.top_terms = label_terms(documents, members, vectors, terms, options.max_terms);
        group.members = std::move(members);
        groups.push_back(std::move(group));
    }
    return groups;
}

}  // namespace dipdiff::align_detail
