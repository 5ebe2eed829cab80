#include "engine/sentence_similarity.hpp"

#include <algorithm>

namespace dipdiff {
namespace {

// Calls `shared(weight_a, weight_b, stem)` for each stem in both sorted vectors.
template <class Visit>
void for_each_shared(std::span<const WeightedTerm> a, std::span<const WeightedTerm> b, Visit&& shared) {
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].stem < b[j].stem) {
            ++i;
        } else if (b[j].stem < a[i].stem) {
            ++j;
        } else {
            shared(a[i].weight, b[j].weight, a[i].stem);
            ++i;
            ++j;
        }
    }
}

}  // namespace

double cosine_similarity(std::span<const WeightedTerm> a, std::span<const WeightedTerm> b) {
    double sum = 0;
    for_each_shared(a, b, [&](float wa, float wb, TermId) { sum += static_cast<double>(wa) * wb; });
    return std::clamp(sum, 0.0, 1.0);  // rounding can take identical vectors a hair above 1
}

std::vector<TermContribution> shared_term_contributions(std::span<const WeightedTerm> a,
                                                        std::span<const WeightedTerm> b) {
    std::vector<TermContribution> shared;
    for_each_shared(a, b, [&](float wa, float wb, TermId stem) {
        shared.push_back({stem, static_cast<double>(wa) * wb});
    });
    std::sort(shared.begin(), shared.end(), [](const TermContribution& x, const TermContribution& y) {
        if (x.weight != y.weight) return x.weight > y.weight;
        return x.stem < y.stem;
    });
    return shared;
}

}  // namespace dipdiff
