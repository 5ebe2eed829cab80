#include "engine/alignment.hpp"

#include "engine/emergent_topics.hpp"
#include "engine/omissions.hpp"
#include "engine/sentence_similarity.hpp"
#include "engine/sentence_vectors.hpp"
#include "engine/topic_pairs.hpp"

#include <algorithm>
#include <stdexcept>
#include <string>

namespace dipdiff {

std::string_view pair_basis_name(PairBasis basis) {
    switch (basis) {
        case PairBasis::similarity:
            return "similarity";
        case PairBasis::topic:
            return "topic";
    }
    return "similarity";
}

namespace {

using align_detail::IndexStats;
using align_detail::TopicMember;

void check_tagged(const std::vector<const Document*>& documents, const std::vector<DocumentTopics>& tagged,
                  const Taxonomy& taxonomy) {
    if (tagged.size() != documents.size()) {
        throw std::invalid_argument("align: " + std::to_string(tagged.size()) + " tagged documents for " +
                                    std::to_string(documents.size()) + " documents");
    }
    for (std::size_t d = 0; d < documents.size(); ++d) {
        if (documents[d] == nullptr)
            throw std::invalid_argument("align: document " + std::to_string(d) + " is null");
        if (tagged[d].by_sentence.size() != documents[d]->sentences.size()) {
            throw std::invalid_argument("align: document " + std::to_string(d) + " has " +
                                        std::to_string(documents[d]->sentences.size()) + " sentences but " +
                                        std::to_string(tagged[d].by_sentence.size()) + " tagged");
        }
        for (const auto& tags : tagged[d].by_sentence) {
            for (const SentenceTopic& tag : tags) {
                if (tag.topic >= taxonomy.topics.size()) {
                    throw std::invalid_argument("align: topic " + std::to_string(tag.topic) +
                                                " is not in the taxonomy of " +
                                                std::to_string(taxonomy.topics.size()) + " topics");
                }
            }
        }
    }
}

// Taxonomy topics in use, in taxonomy order; `index` maps a taxonomy index to
// its place in the result's topic list.
void list_taxonomy_topics(const std::vector<DocumentTopics>& tagged, const Taxonomy& taxonomy,
                          AlignmentResult& result, std::vector<std::uint32_t>& index) {
    std::vector<char> used(taxonomy.topics.size(), 0);
    for (const DocumentTopics& document : tagged) {
        for (const auto& tags : document.by_sentence) {
            for (const SentenceTopic& tag : tags) used[tag.topic] = 1;
        }
    }
    index.assign(taxonomy.topics.size(), 0);
    for (std::size_t t = 0; t < taxonomy.topics.size(); ++t) {
        if (!used[t]) continue;
        const TopicDefinition& definition = taxonomy.topics[t];
        index[t] = static_cast<std::uint32_t>(result.topics.size());
        result.topics.push_back(
            {definition.id, definition.label, TopicOrigin::taxonomy, definition.procedural, {}});
    }
    for (const DocumentTopics& document : tagged) {
        DocumentTopics& remapped = result.sentence_topics.emplace_back();
        remapped.by_sentence = document.by_sentence;
        for (auto& tags : remapped.by_sentence) {
            for (SentenceTopic& tag : tags) tag.topic = index[tag.topic];
        }
    }
}

// Sentences no topic claims, not questions, with some content: where
// emergent topics are looked for.
std::vector<std::uint32_t> untagged_sentences(const std::vector<const Document*>& documents,
                                              const AlignmentResult& result, const SentenceVectors& vectors) {
    std::vector<std::uint32_t> untagged;
    for (std::uint32_t d = 0; d < documents.size(); ++d) {
        const auto& tags = result.sentence_topics[d].by_sentence;
        for (std::uint32_t s = 0; s < documents[d]->sentences.size(); ++s) {
            const std::uint32_t id = vectors.id(d, s);
            if (tags[s].empty() && !documents[d]->sentences[s].question && !vectors.terms(id).empty()) {
                untagged.push_back(id);
            }
        }
    }
    return untagged;
}

void add_emergent_topics(const std::vector<const Document*>& documents, const SentenceVectors& vectors,
                         const TermPool& terms, const AlignOptions& options, AlignmentResult& result,
                         IndexStats& stats) {
    align_detail::EmergentOptions emergent;
    emergent.min_similarity = options.emergent_min_similarity;
    emergent.min_statements = std::max<std::size_t>(options.emergent_min_statements, 2);
    emergent.max_postings = options.max_postings;
    emergent.max_candidates = options.max_candidates;
    const std::vector<std::uint32_t> untagged = untagged_sentences(documents, result, vectors);
    const auto groups =
        align_detail::find_emergent_groups(documents, untagged, vectors, terms, emergent, stats);
    for (std::size_t g = 0; g < groups.size(); ++g) {
        const auto topic = static_cast<std::uint32_t>(result.topics.size());
        ReportTopic report;
        report.id = "emergent-" + std::to_string(g + 1);
        report.origin = TopicOrigin::emergent;
        report.top_terms = groups[g].top_terms;
        for (const std::string& term : report.top_terms) {
            report.label += report.label.empty() ? term : ", " + term;
        }
        result.topics.push_back(std::move(report));
        for (const align_detail::EmergentMember& member : groups[g].members) {
            SentenceTopic tag;
            tag.topic = topic;
            tag.score = member.similarity;
            result.sentence_topics[vectors.statement_of(member.id)]
                .by_sentence[vectors.sentence_of(member.id)]
                .push_back(tag);
        }
    }
}

// Every topic's sentences, statement by statement, in text order; questions
// are never a party's position.
std::vector<std::vector<TopicMember>> topic_members(const std::vector<const Document*>& documents,
                                                    const AlignmentResult& result,
                                                    const SentenceVectors& vectors) {
    std::vector<std::vector<TopicMember>> members(result.topics.size());
    for (std::uint32_t d = 0; d < documents.size(); ++d) {
        const Document& document = *documents[d];
        for (std::uint32_t s = 0; s < document.sentences.size(); ++s) {
            const Sentence& sentence = document.sentences[s];
            if (sentence.question) continue;
            for (const SentenceTopic& tag : result.sentence_topics[d].by_sentence[s]) {
                members[tag.topic].push_back(
                    {vectors.id(d, s), {d, s}, sentence.paragraph, tag.score, tag.inherited});
            }
        }
    }
    return members;
}

std::vector<SharedTerm> shared_terms(const Document& document, const Sentence& sentence,
                                     const std::vector<TermContribution>& contributions,
                                     const TermPool& terms) {
    std::vector<SharedTerm> shared;
    shared.reserve(contributions.size());
    for (const TermContribution& contribution : contributions) {
        std::string_view form = terms.text(contribution.stem);
        for (const Token* token = document.sentence_tokens_begin(sentence);
             token != document.sentence_tokens_end(sentence); ++token) {
            if (token->stem == contribution.stem) {
                form = terms.text(token->norm);
                break;
            }
        }
        shared.push_back({form, contribution.weight});
    }
    return shared;
}

AlignedPair build_aligned_pair(std::uint32_t topic, const align_detail::ScoredPair& scored,
                               const std::vector<const Document*>& documents, const SentenceVectors& vectors,
                               const TermPool& terms, const AlignOptions& options) {
    AlignedPair pair;
    pair.topic = topic;
    pair.a = scored.a;
    pair.b = scored.b;
    pair.score = scored.score;
    pair.basis = scored.basis;
    const Document& a = *documents[scored.a.statement];
    const Document& b = *documents[scored.b.statement];
    const Sentence& sentence_a = a.sentences[scored.a.sentence];
    const Sentence& sentence_b = b.sentences[scored.b.sentence];
    pair.shared_terms = shared_terms(
        a, sentence_a,
        shared_term_contributions(vectors.terms(vectors.id(scored.a.statement, scored.a.sentence)),
                                  vectors.terms(vectors.id(scored.b.statement, scored.b.sentence))),
        terms);
    if (options.diffs && pair.score >= options.diff_min_similarity) {
        pair.diff = diff_token_ranges(
            a, {sentence_a.first_token, sentence_a.first_token + sentence_a.token_count}, b,
            {sentence_b.first_token, sentence_b.first_token + sentence_b.token_count}, options.diff_options);
    }
    return pair;
}

}  // namespace

AlignmentResult align_documents(const std::vector<const Document*>& documents,
                                const std::vector<DocumentTopics>& tagged, const Taxonomy& taxonomy,
                                const TermPool& terms, const AlignOptions& options) {
    check_tagged(documents, tagged, taxonomy);
    AlignmentResult result;
    IndexStats stats;
    // 1. Sentence vectors: content stems weighted by TF-IDF over the corpus.
    const SentenceVectors vectors(documents, terms);
    // 2. The topics: taxonomy topics in use, then emergent ones.
    std::vector<std::uint32_t> taxonomy_index;
    list_taxonomy_topics(tagged, taxonomy, result, taxonomy_index);
    if (options.emergent_topics) add_emergent_topics(documents, vectors, terms, options, result, stats);
    // 3. Coverage, then pairs, per topic.
    const auto members = topic_members(documents, result, vectors);
    align_detail::PairingOptions pairing;
    pairing.min_pair_score = options.min_pair_score;
    pairing.max_partners = options.max_partners;
    pairing.cover_all = documents.size() <= options.cover_all_max_statements;
    pairing.max_postings = options.max_postings;
    pairing.max_candidates = options.max_candidates;
    for (std::uint32_t topic = 0; topic < result.topics.size(); ++topic) {
        TopicCoverage& coverage = result.coverage.emplace_back();
        coverage.topic = topic;
        coverage.sentences.resize(documents.size());
        for (const TopicMember& member : members[topic]) {
            coverage.sentences[member.ref.statement].push_back(member.ref.sentence);
        }
        for (const auto& scored :
             align_detail::pair_topic_sentences(members[topic], vectors, pairing, stats)) {
            result.pairs.push_back(build_aligned_pair(topic, scored, documents, vectors, terms, options));
        }
        // 4. What some statements raised and others left out.
        if (auto omission = align_detail::find_omission(coverage, result.sentence_topics,
                                                        options.max_evidence_per_statement)) {
            result.omissions.push_back(std::move(*omission));
        }
    }
    result.stats.sentences = vectors.sentence_count();
    result.stats.postings_visited = stats.postings_visited;
    result.stats.postings_skipped = stats.postings_skipped;
    result.stats.exact_comparisons = stats.exact_comparisons;
    return result;
}

}  // namespace dipdiff
