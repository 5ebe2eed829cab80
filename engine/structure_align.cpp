#include "engine/structure_align.hpp"

#include <algorithm>
#include <utility>

namespace dipdiff::diff_detail {
namespace {

using Keys = std::span<const std::uint32_t>;

constexpr std::size_t k_max_dp_cells = 1024;  // gap size searched exhaustively
constexpr std::size_t k_sketch_size = 8;      // bottom-k trigram hashes per unit
constexpr std::size_t k_shingle = 3;
constexpr std::size_t k_max_fanout = 8;  // a sketch hash shared by more units is too common to pair on

std::uint64_t mix(std::uint64_t x) {
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

std::uint64_t hash_keys(Keys keys) {
    std::uint64_t h = 0x243F6A8885A308D3ULL ^ keys.size();
    for (std::uint32_t key : keys) h = mix(h ^ key);
    return h;
}

/// One side's units with their keys sorted lazily (for multiset overlap).
class UnitSide {
public:
    UnitSide(Keys keys, std::span<const Run> units) : m_keys(keys), m_units(units) {
        m_offsets.reserve(units.size() + 1);
        std::size_t total = 0;
        for (const Run& unit : units) {
            m_offsets.push_back(total);
            total += unit.size();
        }
        m_offsets.push_back(total);
        m_sorted.resize(total);
        m_ready.assign(units.size(), 0);
    }

    std::size_t count() const { return m_units.size(); }
    std::uint32_t length(std::size_t i) const { return m_units[i].size(); }
    Keys keys(std::size_t i) const { return m_keys.subspan(m_units[i].begin, m_units[i].size()); }

    Keys sorted(std::size_t i) {
        auto* first = m_sorted.data() + m_offsets[i];
        auto* last = m_sorted.data() + m_offsets[i + 1];
        if (!m_ready[i]) {
            const Keys source = keys(i);
            std::copy(source.begin(), source.end(), first);
            std::sort(first, last);
            m_ready[i] = 1;
        }
        return {first, last};
    }

private:
    Keys m_keys;
    std::span<const Run> m_units;
    std::vector<std::size_t> m_offsets;
    std::vector<std::uint32_t> m_sorted;
    std::vector<unsigned char> m_ready;
};

/// Shared tokens (multiset intersection) of units i and j when their Dice
/// coefficient is at least 1/2; -1 when they are too different to align.
long long pair_weight(UnitSide& a, std::size_t i, UnitSide& b, std::size_t j) {
    const std::uint64_t la = a.length(i);
    const std::uint64_t lb = b.length(j);
    if (4 * std::min(la, lb) < la + lb) return -1;
    const Keys x = a.sorted(i);
    const Keys y = b.sorted(j);
    std::uint64_t shared = 0;
    std::size_t p = 0;
    std::size_t q = 0;
    while (p < x.size() && q < y.size()) {
        if (x[p] < y[q]) {
            ++p;
        } else if (y[q] < x[p]) {
            ++q;
        } else {
            ++shared;
            ++p;
            ++q;
        }
    }
    if (4 * shared < la + lb) return -1;
    return static_cast<long long>(shared);
}

struct Candidate {
    std::uint32_t a = 0;
    std::uint32_t b = 0;
    long long weight = 0;
};

/// Exhaustive alignment of units [a0, a1) × [b0, b1) maximising shared tokens.
void align_gap_dp(UnitSide& a, std::uint32_t a0, std::uint32_t a1, UnitSide& b, std::uint32_t b0,
                  std::uint32_t b1, std::vector<UnitPair>& out) {
    const std::size_t na = a1 - a0;
    const std::size_t nb = b1 - b0;
    std::vector<long long> weight(na * nb);
    for (std::size_t i = 0; i < na; ++i) {
        for (std::size_t j = 0; j < nb; ++j) weight[i * nb + j] = pair_weight(a, a0 + i, b, b0 + j);
    }
    const std::size_t width = nb + 1;
    std::vector<long long> best((na + 1) * width, 0);
    for (std::size_t i = 1; i <= na; ++i) {
        for (std::size_t j = 1; j <= nb; ++j) {
            long long value = std::max(best[(i - 1) * width + j], best[i * width + j - 1]);
            const long long w = weight[(i - 1) * nb + (j - 1)];
            if (w >= 0) value = std::max(value, best[(i - 1) * width + j - 1] + w);
            best[i * width + j] = value;
        }
    }
    std::vector<UnitPair> reversed;
    std::size_t i = na;
    std::size_t j = nb;
    while (i > 0 && j > 0) {
        const long long w = weight[(i - 1) * nb + (j - 1)];
        if (w >= 0 && best[i * width + j] == best[(i - 1) * width + j - 1] + w) {
            reversed.push_back(
                {static_cast<std::uint32_t>(a0 + i - 1), static_cast<std::uint32_t>(b0 + j - 1)});
            --i;
            --j;
        } else if (best[i * width + j] == best[(i - 1) * width + j]) {
            --i;
        } else {
            --j;
        }
    }
    out.insert(out.end(), reversed.rbegin(), reversed.rend());
}

/// Merge-joins two lists of (hash, unit) sorted by hash: calls
/// `group(p, pe, q, qe)` for every hash present on both sides, with [p, pe) and
/// [q, qe) the entries of that hash in `ea` and `eb`.
template <class Group>
void for_each_shared_hash(const std::vector<std::pair<std::uint64_t, std::uint32_t>>& ea,
                          const std::vector<std::pair<std::uint64_t, std::uint32_t>>& eb, Group&& group) {
    std::size_t p = 0;
    std::size_t q = 0;
    while (p < ea.size() && q < eb.size()) {
        if (ea[p].first < eb[q].first) {
            ++p;
            continue;
        }
        if (eb[q].first < ea[p].first) {
            ++q;
            continue;
        }
        const std::uint64_t h = ea[p].first;
        std::size_t pe = p;
        std::size_t qe = q;
        while (pe < ea.size() && ea[pe].first == h) ++pe;
        while (qe < eb.size() && eb[qe].first == h) ++qe;
        group(p, pe, q, qe);
        p = pe;
        q = qe;
    }
}

/// Pairs of units whose key sequences are equal and occur once on each side.
void unique_exact_candidates(UnitSide& a, UnitSide& b, std::vector<Candidate>& out) {
    using Entry = std::pair<std::uint64_t, std::uint32_t>;
    auto entries = [](UnitSide& side) {
        std::vector<Entry> list(side.count());
        for (std::size_t i = 0; i < side.count(); ++i)
            list[i] = {hash_keys(side.keys(i)), static_cast<std::uint32_t>(i)};
        std::sort(list.begin(), list.end());
        return list;
    };
    const std::vector<Entry> ea = entries(a);
    const std::vector<Entry> eb = entries(b);
    for_each_shared_hash(ea, eb, [&](std::size_t p, std::size_t pe, std::size_t q, std::size_t qe) {
        if (pe - p != 1 || qe - q != 1) return;
        const Keys x = a.keys(ea[p].second);
        const Keys y = b.keys(eb[q].second);
        if (std::equal(x.begin(), x.end(), y.begin(), y.end()))
            out.push_back({ea[p].second, eb[q].second, static_cast<long long>(x.size())});
    });
}

/// The k smallest distinct hashes of the unit's token trigrams (its tokens
/// when it is shorter than a trigram): similar units share some of them.
void sketch(Keys keys, std::vector<std::uint64_t>& scratch, std::vector<std::uint64_t>& out) {
    scratch.clear();
    if (keys.size() < k_shingle) {
        for (std::uint32_t key : keys) scratch.push_back(mix(key));
    } else {
        for (std::size_t t = 0; t + k_shingle <= keys.size(); ++t) {
            scratch.push_back(mix(mix(mix(keys[t]) ^ keys[t + 1]) ^ keys[t + 2]));
        }
    }
    const std::size_t keep = 2 * k_sketch_size;
    if (scratch.size() > keep) {
        std::nth_element(scratch.begin(), scratch.begin() + keep, scratch.end());
        scratch.resize(keep);
    }
    std::sort(scratch.begin(), scratch.end());
    scratch.erase(std::unique(scratch.begin(), scratch.end()), scratch.end());
    if (scratch.size() > k_sketch_size) scratch.resize(k_sketch_size);
    out.insert(out.end(), scratch.begin(), scratch.end());
}

/// Pairs of units sharing a sketch hash that few units have.
void sketch_candidates(UnitSide& a, UnitSide& b, std::vector<Candidate>& out) {
    using Entry = std::pair<std::uint64_t, std::uint32_t>;
    std::vector<std::uint64_t> scratch;
    std::vector<std::uint64_t> hashes;
    auto entries = [&](UnitSide& side) {
        std::vector<Entry> list;
        list.reserve(side.count() * k_sketch_size);
        for (std::size_t i = 0; i < side.count(); ++i) {
            hashes.clear();
            sketch(side.keys(i), scratch, hashes);
            for (std::uint64_t h : hashes) list.push_back({h, static_cast<std::uint32_t>(i)});
        }
        std::sort(list.begin(), list.end());
        return list;
    };
    const std::vector<Entry> ea = entries(a);
    const std::vector<Entry> eb = entries(b);
    std::vector<std::pair<std::uint32_t, std::uint32_t>> pairs;
    for_each_shared_hash(ea, eb, [&](std::size_t p, std::size_t pe, std::size_t q, std::size_t qe) {
        if (pe - p > k_max_fanout || qe - q > k_max_fanout) return;
        for (std::size_t x = p; x < pe; ++x)
            for (std::size_t y = q; y < qe; ++y) pairs.push_back({ea[x].second, eb[y].second});
    });
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    for (const auto& [i, j] : pairs) {
        const long long w = pair_weight(a, i, b, j);
        if (w >= 0) out.push_back({i, j, w});
    }
}

/// The chain of candidates increasing in a and b with the largest total
/// weight (Fenwick tree of prefix maxima over b).
std::vector<UnitPair> heaviest_chain(std::vector<Candidate>& candidates, std::size_t count_b) {
    std::sort(candidates.begin(), candidates.end(), [](const Candidate& x, const Candidate& y) {
        if (x.a != y.a) return x.a < y.a;
        if (x.b != y.b) return x.b > y.b;  // same a: later b first, so no chain takes two of them
        return x.weight > y.weight;
    });
    // Duplicates (same a and b) keep the first, the heaviest.
    candidates.erase(
        std::unique(candidates.begin(), candidates.end(),
                    [](const Candidate& x, const Candidate& y) { return x.a == y.a && x.b == y.b; }),
        candidates.end());
    struct Node {
        long long total = 0;
        std::size_t candidate = SIZE_MAX;
    };
    std::vector<Node> tree(count_b + 1);
    std::vector<long long> total(candidates.size());
    std::vector<std::size_t> previous(candidates.size(), SIZE_MAX);
    Node best;
    for (std::size_t k = 0; k < candidates.size(); ++k) {
        Node before;  // best chain ending at b < candidates[k].b
        for (std::size_t pos = candidates[k].b; pos > 0; pos -= pos & (~pos + 1)) {
            if (tree[pos].total > before.total) before = tree[pos];
        }
        total[k] = before.total + candidates[k].weight;
        previous[k] = before.candidate;
        const Node node{total[k], k};
        for (std::size_t pos = candidates[k].b + 1; pos <= count_b; pos += pos & (~pos + 1)) {
            if (node.total > tree[pos].total) tree[pos] = node;
        }
        if (node.total > best.total) best = node;
    }
    std::vector<UnitPair> chain;
    for (std::size_t k = best.candidate; k != SIZE_MAX; k = previous[k]) {
        chain.push_back({candidates[k].a, candidates[k].b});
    }
    std::reverse(chain.begin(), chain.end());
    return chain;
}

}  // namespace

std::vector<UnitPair> align_units(Keys keys_a, std::span<const Run> units_a, Keys keys_b,
                                  std::span<const Run> units_b) {
    std::vector<UnitPair> result;
    if (units_a.empty() || units_b.empty()) return result;
    UnitSide a(keys_a, units_a);
    UnitSide b(keys_b, units_b);
    const auto na = static_cast<std::uint32_t>(units_a.size());
    const auto nb = static_cast<std::uint32_t>(units_b.size());
    if (std::size_t{na} * nb <= k_max_dp_cells) {
        align_gap_dp(a, 0, na, b, 0, nb, result);
        return result;
    }
    std::vector<Candidate> candidates;
    unique_exact_candidates(a, b, candidates);
    sketch_candidates(a, b, candidates);
    const std::vector<UnitPair> anchors = heaviest_chain(candidates, nb);

    // Small gaps between anchors are searched exhaustively.
    std::uint32_t next_a = 0;
    std::uint32_t next_b = 0;
    auto fill_gap = [&](std::uint32_t end_a, std::uint32_t end_b) {
        const std::size_t cells = std::size_t{end_a - next_a} * (end_b - next_b);
        if (cells > 0 && cells <= k_max_dp_cells) align_gap_dp(a, next_a, end_a, b, next_b, end_b, result);
    };
    for (const UnitPair& anchor : anchors) {
        fill_gap(anchor.a, anchor.b);
        result.push_back(anchor);
        next_a = anchor.a + 1;
        next_b = anchor.b + 1;
    }
    fill_gap(na, nb);
    return result;
}

}  // namespace dipdiff::diff_detail
