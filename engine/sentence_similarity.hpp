#pragma once
/// Similarity of two sentences: the cosine of their TF-IDF vectors
/// (engine/sentence_vectors.hpp), and the stems that make it up.
#include "engine/sentence_vectors.hpp"

#include <span>
#include <vector>

namespace dipdiff {

/// Cosine similarity of two unit-length vectors sorted by stem, in [0, 1]:
/// the sum over shared stems of the product of their weights. 0 when they
/// share no stem or one is empty.
double cosine_similarity(std::span<const WeightedTerm> a, std::span<const WeightedTerm> b);

/// A stem shared by two sentences and its share of their cosine similarity.
struct TermContribution {
    TermId stem = 0;
    double weight = 0;  ///< weight in a × weight in b; the contributions sum to the cosine
};

/// The shared stems of two vectors, largest contribution first (then by stem id).
std::vector<TermContribution> shared_term_contributions(std::span<const WeightedTerm> a,
                                                        std::span<const WeightedTerm> b);

}  // namespace dipdiff
