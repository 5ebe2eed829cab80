#include "formats/report_json.hpp"

#include "formats/stance_json.hpp"

#include "formats/diff_result_json.hpp"
#include "formats/inspect_json.hpp"
#include "formats/json_output.hpp"
#include "formats/statement_json.hpp"

#include <sstream>
#include <stdexcept>
#include <string_view>
#include <unordered_set>

namespace dipdiff {
namespace {

using json_detail::Figures;
using json_detail::Json;

Json score(double value) { return json_detail::figure(value, Figures::rounded); }

std::string_view origin_name(TopicOrigin origin) {
    return origin == TopicOrigin::emergent ? "emergent" : "taxonomy";
}

[[noreturn]] void mismatch(const std::string& what) {
    throw std::invalid_argument("report: " + what + " — the documents and the alignment result do not match");
}

// The documents and the result, with every index the result holds checked
// before it is followed: a mismatch is an exception, never a read out of bounds.
class CheckedCorpus {
public:
    CheckedCorpus(const std::vector<const Document*>& documents, const AlignmentResult& result)
        : m_documents(documents), m_result(result) {
        if (result.sentence_topics.size() != documents.size()) {
            mismatch(std::to_string(result.sentence_topics.size()) + " tagged documents for " +
                     std::to_string(documents.size()) + " documents");
        }
        std::unordered_set<std::string_view> ids;
        for (std::size_t d = 0; d < documents.size(); ++d) {
            if (documents[d] == nullptr || documents[d]->statement == nullptr)
                mismatch("document " + std::to_string(d) + " or its statement is null");
            if (!ids.insert(documents[d]->statement->id).second)
                mismatch("statement id '" + documents[d]->statement->id + "' is used twice");
            if (result.sentence_topics[d].by_sentence.size() != documents[d]->sentences.size()) {
                mismatch("document " + std::to_string(d) + " has " +
                         std::to_string(documents[d]->sentences.size()) + " sentences but " +
                         std::to_string(result.sentence_topics[d].by_sentence.size()) + " tagged");
            }
        }
    }

    std::size_t size() const { return m_documents.size(); }
    const Document& document(std::size_t index) const { return *m_documents[index]; }

    const std::string& statement_id(std::uint32_t index) const {
        if (index >= m_documents.size()) mismatch("statement " + std::to_string(index) + " does not exist");
        return m_documents[index]->statement->id;
    }

    std::string sentence(std::uint32_t statement, std::uint32_t sentence) const {
        statement_id(statement);
        const Document& document = *m_documents[statement];
        if (sentence >= document.sentences.size()) {
            mismatch("sentence " + std::to_string(sentence) + " of statement '" + document.statement->id +
                     "' does not exist");
        }
        return sentence_id(*document.statement, sentence);
    }
    std::string sentence(SentenceRef ref) const { return sentence(ref.statement, ref.sentence); }

    const ReportTopic& topic(std::uint32_t index) const {
        if (index >= m_result.topics.size()) mismatch("topic " + std::to_string(index) + " does not exist");
        return m_result.topics[index];
    }

private:
    const std::vector<const Document*>& m_documents;
    const AlignmentResult& m_result;
};

Json generator_json(const ReportContext& context) {
    Json out;
    out["name"] = "dipdiff";
    out["version"] = context.version;
    return out;
}

Json options_json(const AlignOptions& options) {
    const DiffOptions& diff = options.diff_options;
    Json out;
    out["min_pair_score"] = options.min_pair_score;
    out["max_partners"] = options.max_partners;
    out["diff_min_similarity"] = options.diff_min_similarity;
    out["diffs"] = options.diffs;
    out["diff"] = {{"ignore_punctuation", diff.ignore_punctuation},
                   {"ignore_case", diff.ignore_case},
                   {"semantic_cleanup", diff.semantic_cleanup},
                   {"min_move_tokens", diff.min_move_tokens},
                   {"exact", diff.exact}};
    out["emergent_topics"] = options.emergent_topics;
    out["emergent_min_statements"] = options.emergent_min_statements;
    out["emergent_min_similarity"] = options.emergent_min_similarity;
    out["cover_all_max_statements"] = options.cover_all_max_statements;
    out["max_postings"] = options.max_postings;
    out["max_candidates"] = options.max_candidates;
    out["max_evidence_per_statement"] = options.max_evidence_per_statement;
    return out;
}

Json settings_json(const ReportContext& context) {
    Json out;
    out["taxonomy"] = context.taxonomy_sources;
    out["alignment"] = options_json(context.options);
    if (context.stances) out["lexicon"] = context.lexicon_source;
    return out;
}

Json topic_json(const ReportTopic& topic) {
    Json out;
    out["id"] = topic.id;
    out["label"] = topic.label;
    out["source"] = std::string(origin_name(topic.origin));
    out["procedural"] = topic.procedural;
    out["top_terms"] = topic.top_terms;
    return out;
}

Json sentence_topics_json(const CheckedCorpus& corpus, const std::vector<SentenceTopic>& tags,
                          std::uint32_t statement) {
    Json out = Json::array();
    for (const SentenceTopic& tag : tags) {
        Json t;
        t["id"] = corpus.topic(tag.topic).id;
        t["score"] = score(tag.score);
        t["inherited"] = tag.inherited;
        t["inherited_from"] =
            tag.inherited ? Json(corpus.sentence(statement, tag.inherited_from)) : Json(nullptr);
        Json evidence = Json::array();
        for (const TopicEvidence& found : tag.evidence) {
            evidence.push_back({{"phrase", found.phrase},
                                {"span", json_detail::span_json(found.span)},
                                {"weight", found.weight}});
        }
        t["evidence"] = std::move(evidence);
        out.push_back(std::move(t));
    }
    return out;
}

Json coverage_json(const CheckedCorpus& corpus, const TopicCoverage& coverage) {
    if (coverage.sentences.size() != corpus.size()) {
        mismatch("coverage of topic " + std::to_string(coverage.topic) + " lists " +
                 std::to_string(coverage.sentences.size()) + " statements");
    }
    Json statements = Json::object();
    // Statement ids are unique (CheckedCorpus), so members are appended to the
    // ordered map's vector directly: its operator[] looks for the key first,
    // which over every topic and statement of a large corpus is quadratic.
    auto& members = statements.get_ref<Json::object_t&>();
    members.reserve(coverage.sentences.size());
    for (std::uint32_t d = 0; d < coverage.sentences.size(); ++d) {
        Json ids = Json::array();
        for (std::uint32_t s : coverage.sentences[d]) ids.push_back(corpus.sentence(d, s));
        members.emplace_back(corpus.statement_id(d), std::move(ids));
    }
    Json out;
    out["topic"] = corpus.topic(coverage.topic).id;
    out["statements"] = std::move(statements);
    return out;
}

Json alignment_json(const CheckedCorpus& corpus, const AlignedPair& pair) {
    Json out;
    out["topic"] = corpus.topic(pair.topic).id;
    out["a"] = corpus.sentence(pair.a);
    out["b"] = corpus.sentence(pair.b);
    out["score"] = score(pair.score);
    out["basis"] = std::string(pair_basis_name(pair.basis));
    Json shared = Json::array();
    for (const SharedTerm& term : pair.shared_terms)
        shared.push_back({{"term", term.term}, {"weight", score(term.weight)}});
    out["shared_terms"] = std::move(shared);
    out["diff"] = pair.diff ? json_detail::diff_result_json(*pair.diff, Figures::rounded) : Json(nullptr);
    return out;
}

Json omission_json(const CheckedCorpus& corpus, const Omission& omission) {
    const ReportTopic& topic = corpus.topic(omission.topic);
    Json present = Json::array();
    for (std::uint32_t d : omission.present_in) present.push_back(corpus.statement_id(d));
    Json absent = Json::array();
    for (std::uint32_t d : omission.absent_from) absent.push_back(corpus.statement_id(d));
    Json evidence = Json::array();
    for (const SentenceRef& ref : omission.evidence) evidence.push_back(corpus.sentence(ref));
    Json out;
    out["topic"] = topic.id;
    out["procedural"] = topic.procedural;
    out["present_in"] = std::move(present);
    out["absent_from"] = std::move(absent);
    out["evidence"] = std::move(evidence);
    return out;
}

// The stances of a report, checked against the documents once.
class CheckedStances {
public:
    CheckedStances(const ReportContext& context, const std::vector<const Document*>& documents,
                   const AlignmentResult& result)
        : on(context.stances != nullptr), m_stances(context.stances) {
        if (!on) return;
        if (!context.lexicon || !context.topic_stances) mismatch("stances without a lexicon or topic stances");
        if (m_stances->size() != documents.size()) mismatch("stances for " + std::to_string(m_stances->size()) +
                                                            " statements");
        for (std::size_t d = 0; d < documents.size(); ++d)
            if ((*m_stances)[d].by_sentence.size() != documents[d]->sentences.size())
                mismatch("stances of statement " + std::to_string(d) + " do not match its sentences");
        if (context.topic_stances->size() != result.coverage.size()) mismatch("topic stances do not match coverage");
    }
    const SentenceStance& sentence(std::uint32_t statement, std::uint32_t sentence) const {
        return (*m_stances)[statement].by_sentence[sentence];
    }

    const bool on;

private:
    const std::vector<DocumentStance>* m_stances;
};

Json stats_json(const AlignmentStats& stats) {
    Json out;
    out["sentences"] = stats.sentences;
    out["postings_visited"] = stats.postings_visited;
    out["postings_skipped"] = stats.postings_skipped;
    out["exact_comparisons"] = stats.exact_comparisons;
    return out;
}

}  // namespace

std::string report_json(const std::vector<const Document*>& documents, const AlignmentResult& result,
                        const ReportContext& context) {
    std::ostringstream out;
    write_report_json(out, documents, result, context);
    return std::move(out).str();
}

void write_report_json(std::ostream& out, const std::vector<const Document*>& documents,
                       const AlignmentResult& result, const ReportContext& context) {
    const CheckedCorpus corpus(documents, result);
    const CheckedStances stance(context, documents, result);
    // Written section by section, element by element: a large corpus is never
    // held as one JSON tree, and the bytes are those of one whole dump.
    json_detail::PrettyObjectWriter writer(out);
    writer.member("schema_version", k_report_schema_version);
    writer.member("generator", generator_json(context));
    writer.member("settings", settings_json(context));

    writer.begin_array("topics");
    for (const ReportTopic& topic : result.topics) writer.element(topic_json(topic));
    writer.end_array();

    writer.begin_array("statements");
    for (std::uint32_t d = 0; d < corpus.size(); ++d) {
        const auto& tags = result.sentence_topics[d].by_sentence;
        const std::string_view text = corpus.document(d).statement->text;
        writer.element(json_detail::statement_json(corpus.document(d), [&](std::size_t s, Json& sentence) {
            sentence["topics"] = sentence_topics_json(corpus, tags[s], d);
            if (stance.on)
                sentence["stance"] =
                    json_detail::sentence_stance_json(stance.sentence(d, s), *context.lexicon, text);
        }));
    }
    writer.end_array();

    writer.begin_array("coverage");
    for (std::size_t t = 0; t < result.coverage.size(); ++t) {
        Json entry = coverage_json(corpus, result.coverage[t]);
        if (stance.on) entry["stance_summary"] = json_detail::topic_stance_json((*context.topic_stances)[t], documents);
        writer.element(entry);
    }
    writer.end_array();

    writer.begin_array("alignments");
    for (const AlignedPair& pair : result.pairs) {
        Json entry = alignment_json(corpus, pair);
        if (stance.on) {
            const SentenceStance& a = stance.sentence(pair.a.statement, pair.a.sentence);
            const SentenceStance& b = stance.sentence(pair.b.statement, pair.b.sentence);
            entry["stance_delta"] = json_detail::stance_delta_json(
                stance_delta(a, b), a, corpus.document(pair.a.statement).statement->text, b,
                corpus.document(pair.b.statement).statement->text);
        }
        writer.element(entry);
    }
    writer.end_array();

    writer.begin_array("omissions");
    for (const Omission& omission : result.omissions) writer.element(omission_json(corpus, omission));
    writer.end_array();

    writer.member("stats", stats_json(result.stats));
    writer.finish();
}

}  // namespace dipdiff
