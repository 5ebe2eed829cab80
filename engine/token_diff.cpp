// The only file that includes dtl: its headers define macros and put
// `using std::…` declarations in namespace dtl, so they stay fenced in here.
#include "engine/token_diff.hpp"

#include <dtl/dtl.hpp>

#include <algorithm>
#include <stdexcept>
#include <string>
#include <vector>

namespace dipdiff::diff_detail {
namespace {

using Keys = std::span<const std::uint32_t>;

constexpr std::uint64_t k_dtl_limit = dtl::MAX_CORDINATES_SIZE;
/// Window length for the anchors that split input too large for dtl.
constexpr std::size_t k_anchor_gram = 4;

/// Receives dtl's shortest edit script element by element, in order, and
/// counts positions itself: dtl's own indices are not trusted.
struct SesSink {
    ScriptBuilder* out = nullptr;
    std::uint64_t common = 0;
    std::uint64_t deleted = 0;
    std::uint64_t added = 0;
};

template <typename SesElem, typename Sink>
class SesToScript {
public:
    explicit SesToScript(Sink& sink) : m_sink(sink) {}
    void operator()(const SesElem& element) const {
        switch (element.second.type) {
            case dtl::SES_COMMON:
                ++m_sink.common;
                m_sink.out->equal(1);
                break;
            case dtl::SES_DELETE:
                ++m_sink.deleted;
                m_sink.out->del(1);
                break;
            case dtl::SES_ADD:
                ++m_sink.added;
                m_sink.out->insert(1);
                break;
            default:
                break;
        }
    }

private:
    Sink& m_sink;
};

std::size_t common_prefix(Keys a, Keys b) {
    const std::size_t limit = std::min(a.size(), b.size());
    std::size_t i = 0;
    while (i < limit && a[i] == b[i]) ++i;
    return i;
}

std::size_t common_suffix(Keys a, Keys b) {
    const std::size_t limit = std::min(a.size(), b.size());
    std::size_t i = 0;
    while (i < limit && a[a.size() - 1 - i] == b[b.size() - 1 - i]) ++i;
    return i;
}

/// dtl on two sequences that share no prefix or suffix.
void run_dtl(Keys a, Keys b, ScriptBuilder& out) {
    if (a.empty() || b.empty()) {
        out.del(static_cast<std::uint32_t>(a.size()));
        out.insert(static_cast<std::uint32_t>(b.size()));
        return;
    }
    std::vector<std::uint32_t> seq_a(a.begin(), a.end());
    std::vector<std::uint32_t> seq_b(b.begin(), b.end());
    dtl::Diff<std::uint32_t> diff(seq_a, seq_b);
    diff.compose();
    SesSink sink{&out};
    diff.storeSES<SesSink, SesToScript>(sink);
    if (sink.common + sink.deleted != a.size() || sink.common + sink.added != b.size()) {
        throw std::logic_error("dtl edit script covers " + std::to_string(sink.common + sink.deleted) +
                               " of " + std::to_string(a.size()) + " and " +
                               std::to_string(sink.common + sink.added) + " of " + std::to_string(b.size()) +
                               " keys");
    }
}

struct Anchor {
    std::uint32_t a = 0;
    std::uint32_t b = 0;
};

struct Window {
    std::uint64_t hash = 0;
    std::uint32_t position = 0;
    friend bool operator<(const Window& x, const Window& y) {
        return x.hash != y.hash ? x.hash < y.hash : x.position < y.position;
    }
};

std::uint64_t mix(std::uint64_t x) {
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

/// Hashes of every window of `gram` keys, sorted.
std::vector<Window> windows(Keys keys, std::size_t gram) {
    std::vector<Window> out;
    if (keys.size() < gram) return out;
    out.reserve(keys.size() - gram + 1);
    for (std::size_t i = 0; i + gram <= keys.size(); ++i) {
        std::uint64_t h = 0;
        for (std::size_t k = 0; k < gram; ++k) h = mix(h + keys[i + k] + 1);
        out.push_back({h, static_cast<std::uint32_t>(i)});
    }
    std::sort(out.begin(), out.end());
    return out;
}

/// Windows of `gram` keys that occur exactly once in `a` and once in `b`, as
/// the longest chain increasing on both sides (patience diff's anchors, which
/// use single keys; longer windows find anchors where every key repeats).
/// An anchor is the position pair of the windows' first keys.
std::vector<Anchor> unique_anchors(Keys a, Keys b, std::size_t gram) {
    const std::vector<Window> wa = windows(a, gram);
    const std::vector<Window> wb = windows(b, gram);
    std::vector<Anchor> candidates;
    for (std::size_t p = 0, q = 0; p < wa.size() && q < wb.size();) {
        if (wa[p].hash < wb[q].hash) {
            ++p;
            continue;
        }
        if (wb[q].hash < wa[p].hash) {
            ++q;
            continue;
        }
        std::size_t pe = p;
        std::size_t qe = q;
        while (pe < wa.size() && wa[pe].hash == wa[p].hash) ++pe;
        while (qe < wb.size() && wb[qe].hash == wb[q].hash) ++qe;
        const std::uint32_t i = wa[p].position;
        const std::uint32_t j = wb[q].position;
        if (pe - p == 1 && qe - q == 1 && std::equal(a.begin() + i, a.begin() + i + gram, b.begin() + j)) {
            candidates.push_back({i, j});
        }
        p = pe;
        q = qe;
    }
    std::sort(candidates.begin(), candidates.end(),
              [](const Anchor& x, const Anchor& y) { return x.a < y.a; });
    // Longest increasing subsequence on b (candidates are in a order).
    std::vector<std::size_t> tails;  // index into candidates of the tail of each length
    std::vector<std::size_t> previous(candidates.size(), SIZE_MAX);
    for (std::size_t k = 0; k < candidates.size(); ++k) {
        auto it =
            std::lower_bound(tails.begin(), tails.end(), candidates[k].b,
                             [&](std::size_t t, std::uint32_t b_pos) { return candidates[t].b < b_pos; });
        if (it != tails.begin()) previous[k] = *(it - 1);
        if (it == tails.end()) {
            tails.push_back(k);
        } else {
            *it = k;
        }
    }
    std::vector<Anchor> chain;
    for (std::size_t k = tails.empty() ? SIZE_MAX : tails.back(); k != SIZE_MAX; k = previous[k]) {
        chain.push_back(candidates[k]);
    }
    std::reverse(chain.begin(), chain.end());
    return chain;
}

}  // namespace

bool dtl_can_diff(std::size_t m, std::size_t n, std::uint64_t max_edit_distance) {
    // dtl runs p = 0, 1, … until the end is reached; iteration p records
    // delta + 2p + 1 coordinates, so after iteration q it holds
    // (q + 1)(delta + q + 1). It stops early when that reaches the limit
    // before the last iteration p* = (D - delta) / 2, i.e. when
    // p*(delta + p*) >= limit. p* <= min(m, n) gives the m * n bound.
    const std::uint64_t shorter = std::min(m, n);
    const std::uint64_t delta = std::max(m, n) - shorter;
    if (max_edit_distance < delta) return false;
    const std::uint64_t p = std::min<std::uint64_t>((max_edit_distance - delta) / 2, shorter);
    return p * (delta + p) < k_dtl_limit;
}

void dtl_diff(Keys a, Keys b, ScriptBuilder& out) {
    const std::size_t prefix = common_prefix(a, b);
    a = a.subspan(prefix);
    b = b.subspan(prefix);
    const std::size_t suffix = common_suffix(a, b);
    out.equal(static_cast<std::uint32_t>(prefix));
    run_dtl(a.first(a.size() - suffix), b.first(b.size() - suffix), out);
    out.equal(static_cast<std::uint32_t>(suffix));
}

bool diff_keys(Keys a, Keys b, ScriptBuilder& out) {
    struct Task {
        bool equal = false;
        std::uint32_t a_begin = 0;
        std::uint32_t a_end = 0;
        std::uint32_t b_begin = 0;
        std::uint32_t b_end = 0;
    };
    bool minimal = true;
    std::vector<Task> stack;
    stack.push_back(
        {false, 0, static_cast<std::uint32_t>(a.size()), 0, static_cast<std::uint32_t>(b.size())});
    while (!stack.empty()) {
        Task task = stack.back();
        stack.pop_back();
        if (task.equal) {
            out.equal(task.a_end - task.a_begin);
            continue;
        }
        Keys part_a = a.subspan(task.a_begin, task.a_end - task.a_begin);
        Keys part_b = b.subspan(task.b_begin, task.b_end - task.b_begin);
        const auto prefix = static_cast<std::uint32_t>(common_prefix(part_a, part_b));
        out.equal(prefix);
        part_a = part_a.subspan(prefix);
        part_b = part_b.subspan(prefix);
        const auto suffix = static_cast<std::uint32_t>(common_suffix(part_a, part_b));
        part_a = part_a.first(part_a.size() - suffix);
        part_b = part_b.first(part_b.size() - suffix);
        if (suffix > 0) stack.push_back({true, 0, suffix, 0, suffix});
        if (dtl_can_diff(part_a.size(), part_b.size(), part_a.size() + part_b.size())) {
            run_dtl(part_a, part_b, out);
            continue;
        }
        minimal = false;
        // In prose nearly every 4-word window is unique, so windows give a fine
        // split in one pass; single keys are the fallback for repetitive input.
        std::vector<Anchor> anchors = unique_anchors(part_a, part_b, k_anchor_gram);
        if (anchors.empty()) anchors = unique_anchors(part_a, part_b, 1);
        if (anchors.empty()) {
            out.del(static_cast<std::uint32_t>(part_a.size()));
            out.insert(static_cast<std::uint32_t>(part_b.size()));
            continue;
        }
        // Pieces between anchors, pushed last-first so they run in order.
        const std::uint32_t base_a = task.a_begin + prefix;
        const std::uint32_t base_b = task.b_begin + prefix;
        std::uint32_t next_a = static_cast<std::uint32_t>(part_a.size());
        std::uint32_t next_b = static_cast<std::uint32_t>(part_b.size());
        for (std::size_t k = anchors.size(); k-- > 0;) {
            const Anchor& anchor = anchors[k];
            stack.push_back(
                {false, base_a + anchor.a + 1, base_a + next_a, base_b + anchor.b + 1, base_b + next_b});
            stack.push_back({true, 0, 1, 0, 1});
            next_a = anchor.a;
            next_b = anchor.b;
        }
        stack.push_back({false, base_a, base_a + next_a, base_b, base_b + next_b});
    }
    return minimal;
}

}  // namespace dipdiff::diff_detail
