#pragma once
/// Cross-statement alignment by topic: who covered which topic with which
/// sentences, the closest sentence pairs, and the topics some statements left
/// out — every finding with the evidence behind it.
#include "engine/document.hpp"
#include "engine/topics.hpp"
#include "engine/word_diff.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dipdiff {

enum class TopicOrigin { taxonomy, emergent };

/// A topic as reports list it: every taxonomy topic that some statement
/// covers, then emergent topics.
struct ReportTopic {
    std::string id;     ///< taxonomy id, or "emergent-<n>" for emergent topics
    std::string label;  ///< taxonomy label, or the top terms joined ("pipeline, gas, transit")
    TopicOrigin origin = TopicOrigin::taxonomy;
    bool procedural = false;
    std::vector<std::string> top_terms;  ///< emergent topics: the terms that label them
};

/// A sentence of the corpus: statement index (into the aligned documents) and
/// sentence index within it.
struct SentenceRef {
    std::uint32_t statement = 0;
    std::uint32_t sentence = 0;
    friend bool operator==(const SentenceRef&, const SentenceRef&) = default;
    friend auto operator<=>(const SentenceRef&, const SentenceRef&) = default;
};

struct TopicCoverage {
    std::uint32_t topic = 0;  ///< index into AlignmentResult::topics
    /// For each statement (same order as the documents), the sentences that
    /// cover the topic as the party's position (journalists' questions excluded).
    std::vector<std::vector<std::uint32_t>> sentences;
};

/// Why two sentences were paired: the shared terms and their weights.
struct SharedTerm {
    std::string term;  ///< stem as it appears in the first sentence's text (surface form)
    double weight = 0; ///< its contribution to the score
};

struct AlignedPair {
    std::uint32_t topic = 0;
    SentenceRef a;  ///< a.statement < b.statement
    SentenceRef b;
    double score = 0;  ///< similarity within the topic, in [0, 1]
    std::vector<SharedTerm> shared_terms;
    /// Word diff of the two sentences, when they are similar enough for a diff
    /// to help (see AlignOptions::diff_min_similarity); otherwise only the figures
    /// in `diff_stats` are meaningful and `diff` is empty.
    std::optional<DiffResult> diff;
};

struct Omission {
    std::uint32_t topic = 0;
    std::vector<std::uint32_t> present_in;   ///< statements that cover it
    std::vector<std::uint32_t> absent_from;  ///< statements that do not
    /// Supporting passages: the best sentences of each present statement (at most a few).
    std::vector<SentenceRef> evidence;
};

struct AlignOptions {
    /// Minimum similarity for a sentence pair to be reported.
    double min_pair_score = 0.12;
    /// How many partners one sentence may have in each other statement (one-to-many).
    std::size_t max_partners = 2;
    /// Pairs at least this similar get a word diff; below it a diff does not help.
    double diff_min_similarity = 0.3;
    /// Group sentences no taxonomy topic claims into emergent topics when they
    /// recur in at least this many statements.
    std::size_t emergent_min_statements = 2;
    bool emergent_topics = true;
};

struct AlignmentResult {
    std::vector<ReportTopic> topics;
    /// Topics of every sentence of every document (indices into `topics`),
    /// emergent topics included.
    std::vector<DocumentTopics> sentence_topics;
    std::vector<TopicCoverage> coverage;  ///< one per topic, in `topics` order
    std::vector<AlignedPair> pairs;       ///< by topic, then a, then b
    std::vector<Omission> omissions;      ///< by topic
};

/// Aligns 2…N analysed documents (segmented and attributed). Uses an inverted
/// index of stems within each topic, never all pairs of the corpus.
/// Deterministic: every sort has a tie-breaker.
AlignmentResult align_documents(const std::vector<const Document*>& documents, const TopicTagger& tagger,
                                const TermPool& terms, const AlignOptions& options = {});

}  // namespace dipdiff
