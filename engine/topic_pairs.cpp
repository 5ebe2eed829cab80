#include "engine/topic_pairs.hpp"

#include "engine/sentence_similarity.hpp"

#include <algorithm>
#include <limits>

namespace dipdiff::align_detail {
namespace {

constexpr std::uint32_t k_none = std::numeric_limits<std::uint32_t>::max();

struct Pick {
    std::uint32_t i = 0;  // member indices
    std::uint32_t j = 0;
    double score = 0;
    PairBasis basis = PairBasis::similarity;
};

// The statement's main sentence on the topic: the strongest tag (own cues
// before inherited ones), then the earliest.
std::vector<std::uint32_t> main_members(const std::vector<TopicMember>& members,
                                        const std::vector<std::uint32_t>& statements) {
    std::vector<std::uint32_t> main(statements.size(), k_none);
    std::size_t slot = 0;
    for (std::uint32_t m = 0; m < members.size(); ++m) {
        while (statements[slot] != members[m].ref.statement) ++slot;
        const std::uint32_t best = main[slot];
        if (best == k_none) {
            main[slot] = m;
            continue;
        }
        const TopicMember& x = members[m];
        const TopicMember& y = members[best];
        if (x.inherited != y.inherited ? !x.inherited : x.tag_score > y.tag_score) main[slot] = m;
    }
    return main;
}

}  // namespace

std::vector<ScoredPair> pair_topic_sentences(const std::vector<TopicMember>& members,
                                             const SentenceVectors& vectors, const PairingOptions& options,
                                             IndexStats& stats) {
    std::vector<std::uint32_t> ids;
    std::vector<std::uint32_t> statements;
    ids.reserve(members.size());
    for (const TopicMember& member : members) {
        ids.push_back(member.id);
        if (statements.empty() || statements.back() != member.ref.statement)
            statements.push_back(member.ref.statement);
    }
    if (statements.size() < 2) return {};
    const std::size_t statement_count = statements.size();
    const auto slot_of = [&](std::uint32_t member) {
        return static_cast<std::size_t>(
            std::lower_bound(statements.begin(), statements.end(), members[member].ref.statement) -
            statements.begin());
    };

    CandidateIndex index(ids, vectors, options.max_postings);
    std::vector<Pick> picks;
    std::vector<Candidate> candidates;
    std::vector<std::uint32_t> chosen_in(statement_count, 0);
    std::vector<std::size_t> touched_slots;

    // Phase 1: each member's closest sentences in every other statement.
    for (std::uint32_t i = 0; i < members.size(); ++i) {
        index.candidates(i, options.max_candidates, false, candidates);
        for (const Candidate& candidate : candidates) {
            if (candidate.score < options.min_pair_score) break;  // best first
            const std::size_t slot = slot_of(candidate.member);
            if (chosen_in[slot] >= options.max_partners) continue;
            if (chosen_in[slot]++ == 0) touched_slots.push_back(slot);
            picks.push_back({i, candidate.member, candidate.score, PairBasis::similarity});
        }
        for (std::size_t slot : touched_slots) chosen_in[slot] = 0;
        touched_slots.clear();
    }

    // Phase 2 (a few statements of one event): a reader puts every topic
    // sentence beside something in each other statement that covers the topic.
    // On the labelled set the partner of the sentence it continues, else the
    // other statement's main sentence on the topic, beat the closest sentence
    // below the threshold: such weak overlaps are mostly shared names.
    if (options.cover_all) {
        const std::vector<std::uint32_t> main = main_members(members, statements);
        // Per member and statement: its best partner so far.
        std::vector<std::uint32_t> partner(members.size() * statement_count, k_none);
        std::vector<double> partner_score(members.size() * statement_count, -1.0);
        const auto note = [&](std::uint32_t i, std::uint32_t j, double score) {
            const std::size_t at = i * statement_count + slot_of(j);
            if (score > partner_score[at]) {
                partner_score[at] = score;
                partner[at] = j;
            }
        };
        for (const Pick& pick : picks) note(pick.i, pick.j, pick.score);
        for (std::uint32_t i = 0; i < members.size(); ++i) {
            const std::size_t own = slot_of(i);
            for (std::size_t slot = 0; slot < statement_count; ++slot) {
                if (slot == own || partner[i * statement_count + slot] != k_none) continue;
                std::uint32_t j = main[slot];
                for (std::uint32_t k = i; k-- > 0 && members[k].ref.statement == members[i].ref.statement &&
                                          members[k].paragraph == members[i].paragraph;) {
                    if (partner[k * statement_count + slot] != k_none) {
                        j = partner[k * statement_count + slot];
                        break;
                    }
                }
                const double score = cosine_similarity(vectors.terms(ids[i]), vectors.terms(ids[j]));
                ++stats.exact_comparisons;
                picks.push_back({i, j, score, PairBasis::topic});
                note(i, j, score);
            }
        }
    }

    const IndexStats& work = index.stats();
    stats.postings_visited += work.postings_visited;
    stats.postings_skipped += work.postings_skipped;
    stats.exact_comparisons += work.exact_comparisons;

    std::vector<ScoredPair> pairs;
    pairs.reserve(picks.size());
    for (const Pick& pick : picks) {
        SentenceRef a = members[pick.i].ref;
        SentenceRef b = members[pick.j].ref;
        if (b.statement < a.statement) std::swap(a, b);
        pairs.push_back({a, b, pick.score, pick.basis});
    }
    std::sort(pairs.begin(), pairs.end(), [](const ScoredPair& x, const ScoredPair& y) {
        if (x.a != y.a) return x.a < y.a;
        if (x.b != y.b) return x.b < y.b;
        return x.basis == PairBasis::similarity && y.basis != PairBasis::similarity;
    });
    pairs.erase(
        std::unique(pairs.begin(), pairs.end(),
                    [](const ScoredPair& x, const ScoredPair& y) { return x.a == y.a && x.b == y.b; }),
        pairs.end());
    return pairs;
}

}  // namespace dipdiff::align_detail
