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
#include <string_view>
#include <vector>

namespace dipdiff {

enum class TopicOrigin { taxonomy, emergent };

/// A topic as reports list it: every taxonomy topic that some sentence is
/// tagged with (covered by a statement, or only raised in a journalist's
/// question, then covered by none), in taxonomy order, then emergent topics.
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
    /// The stem as it appears in the first sentence's text (surface form).
    /// A view into the TermPool given to align_documents: valid while it lives
    /// (a corpus can have millions of pairs; copies would dominate memory).
    std::string_view term;
    double weight = 0;  ///< its contribution to the score
};

/// Why a pair is reported.
enum class PairBasis : std::uint8_t {
    /// The sentences are similar: score >= AlignOptions::min_pair_score.
    similarity,
    /// Nothing in the other statement is that similar, but both sentences are
    /// about the topic and a reader comparing a few statements of one event puts
    /// every topic sentence beside something (AlignOptions::cover_all_max_statements):
    /// the closest sentence, the partner of the sentence it continues, or the
    /// other statement's main sentence on the topic. A lower-confidence pair.
    topic,
};

/// "similarity", "topic": the names used in reports.
std::string_view pair_basis_name(PairBasis basis);

struct AlignedPair {
    std::uint32_t topic = 0;
    SentenceRef a;  ///< a.statement < b.statement
    SentenceRef b;
    /// Cosine similarity of the two sentences' TF-IDF vectors of content stems
    /// (docs/alignment.md), in [0, 1]; the shared terms' weights sum to it.
    double score = 0;
    PairBasis basis = PairBasis::similarity;
    std::vector<SharedTerm> shared_terms;  ///< largest weight first, then by term
    /// Word diff of the two sentences, when they are similar enough for a diff
    /// to help (score >= AlignOptions::diff_min_similarity); otherwise empty, and
    /// `score` and `shared_terms` are the only figures.
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
    /// Compute the word diffs at all (the `diff` of AlignedPair); off keeps only scores.
    bool diffs = true;
    DiffOptions diff_options;
    /// Group sentences no taxonomy topic claims into emergent topics when they
    /// recur in at least this many statements.
    std::size_t emergent_min_statements = 2;
    bool emergent_topics = true;
    /// Two untagged sentences are linked into one emergent topic at this similarity.
    double emergent_min_similarity = 0.35;
    /// When at most this many statements are aligned (the accounts of one
    /// event), every topic sentence gets at least one partner in every other
    /// statement covering the topic (PairBasis::topic when nothing is similar
    /// enough). Above it only pairs scoring min_pair_score are reported.
    std::size_t cover_all_max_statements = 8;
    /// A stem in more of a topic's sentences than this is not used to find
    /// candidate partners (it still counts in their scores): it is boilerplate.
    std::size_t max_postings = 1000;
    /// At most this many candidates per sentence are scored exactly, best first
    /// by their accumulated score; bounds the work and the pairs per sentence.
    std::size_t max_candidates = 32;
    /// Evidence of an omission: at most this many sentences per present statement.
    std::size_t max_evidence_per_statement = 2;
};

/// How much work alignment did, for tests and benchmarks.
struct AlignmentStats {
    std::size_t sentences = 0;          ///< sentences in the corpus
    std::size_t postings_visited = 0;   ///< inverted-index score accumulations
    std::size_t postings_skipped = 0;   ///< postings of boilerplate stems not used
    std::size_t exact_comparisons = 0;  ///< full sentence-pair similarity computations
};

struct AlignmentResult {
    std::vector<ReportTopic> topics;
    /// Topics of every sentence of every document (indices into `topics`),
    /// emergent topics included.
    std::vector<DocumentTopics> sentence_topics;
    std::vector<TopicCoverage> coverage;  ///< one per topic, in `topics` order
    std::vector<AlignedPair> pairs;       ///< by topic, then a, then b
    std::vector<Omission> omissions;      ///< by topic
    AlignmentStats stats;
};

/// Aligns 2…N analysed documents (segmented and attributed). Uses an inverted
/// index of stems within each topic, never all pairs of the corpus.
/// Deterministic: every sort has a tie-breaker. Tags each document with
/// `tagger`, then calls the overload below. The documents are not owned and
/// need only live during the call; the result refers to them by index.
/// Throws std::invalid_argument for a null document or a malformed one
/// (sentence tokens out of bounds).
AlignmentResult align_documents(const std::vector<const Document*>& documents, const TopicTagger& tagger,
                                const TermPool& terms, const AlignOptions& options = {});

/// The same with topics already tagged: tagged[i] for documents[i], topic
/// indices into `taxonomy.topics`. Listed topics (AlignmentResult::topics) are
/// the taxonomy topics some sentence is tagged with — a topic only a
/// journalist's question raises is listed, covered by no statement — then the
/// emergent topics. Throws std::invalid_argument when `tagged` does not match
/// the documents (count, sentences) or names a topic outside the taxonomy.
AlignmentResult align_documents(const std::vector<const Document*>& documents,
                                const std::vector<DocumentTopics>& tagged, const Taxonomy& taxonomy,
                                const TermPool& terms, const AlignOptions& options = {});

}  // namespace dipdiff
