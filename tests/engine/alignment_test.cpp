#include "engine/alignment.hpp"

#include "engine/analyse.hpp"
#include "engine/segmenter.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <deque>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace dipdiff {
namespace {

struct TestTopic {
    std::string id;
    bool procedural = false;
    std::vector<std::string> keywords;  // lower case
};

std::string lower(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// Statements analysed by the real segmenter and attribution, tagged by a fake
// tagger: a sentence gets a topic when it contains one of its keywords, with
// the number of keywords found as its score.
class Corpus {
public:
    explicit Corpus(const std::vector<TestTopic>& topics) : m_topics(topics) {
        for (const TestTopic& topic : topics) {
            TopicDefinition definition;
            definition.id = topic.id;
            definition.label = "Label of " + topic.id;
            definition.procedural = topic.procedural;
            m_taxonomy.topics.push_back(std::move(definition));
        }
    }

    std::uint32_t add(const std::string& text, Genre genre = Genre::readout) {
        auto statement = std::make_unique<Statement>();
        statement->id = "s" + std::to_string(m_statements.size());
        statement->party = "Party " + statement->id;
        statement->language = "en";
        statement->genre = genre;
        statement->text = text;
        use_plain_analysis_text(*statement);
        m_documents.push_back(analyse_statement(m_segmenter, *statement));
        m_statements.push_back(std::move(statement));
        return static_cast<std::uint32_t>(m_documents.size() - 1);
    }

    std::vector<DocumentTopics> tag() const {
        std::vector<DocumentTopics> tagged;
        for (const Document& document : m_documents) {
            DocumentTopics& topics = tagged.emplace_back();
            for (const Sentence& sentence : document.sentences) {
                auto& tags = topics.by_sentence.emplace_back();
                const std::string text = lower(sentence.span.of(document.statement->text));
                for (std::uint32_t t = 0; t < m_topics.size(); ++t) {
                    int found = 0;
                    for (const std::string& keyword : m_topics[t].keywords)
                        found += text.find(keyword) != std::string::npos;
                    if (found > 0) {
                        SentenceTopic tag;
                        tag.topic = t;
                        tag.score = found;
                        tags.push_back(tag);
                    }
                }
            }
        }
        return tagged;
    }

    std::vector<const Document*> documents() const {
        std::vector<const Document*> pointers;
        for (const Document& document : m_documents) pointers.push_back(&document);
        return pointers;
    }

    AlignmentResult align(const AlignOptions& options = {}) const {
        return align_documents(documents(), tag(), m_taxonomy, m_terms, options);
    }

    std::string text(SentenceRef ref) const {
        const Document& document = m_documents.at(ref.statement);
        return std::string(document.sentences.at(ref.sentence).span.of(document.statement->text));
    }

    const Document& document(std::uint32_t index) const { return m_documents.at(index); }
    const Taxonomy& taxonomy() const { return m_taxonomy; }
    const TermPool& terms() const { return m_terms; }

private:
    std::vector<TestTopic> m_topics;
    Taxonomy m_taxonomy;
    TermPool m_terms;
    Segmenter m_segmenter{m_terms};
    std::vector<std::unique_ptr<Statement>> m_statements;
    std::deque<Document> m_documents;  // deque: documents stay in place as it grows
};

const std::vector<TestTopic> k_topics = {
    {"strategic-stability", false, {"treaty", "warheads", "arms control", "strategic"}},
    {"cyber", false, {"ransomware", "cyber"}},
    {"energy", false, {"gas", "pipeline"}},
    {"meeting", true, {"spoke", "talks"}},
};

std::uint32_t topic_named(const AlignmentResult& result, const std::string& id) {
    for (std::uint32_t t = 0; t < result.topics.size(); ++t) {
        if (result.topics[t].id == id) return t;
    }
    throw std::runtime_error("no topic " + id);
}

std::vector<const AlignedPair*> pairs_of(const AlignmentResult& result, const std::string& topic) {
    std::vector<const AlignedPair*> pairs;
    const std::uint32_t t = topic_named(result, topic);
    for (const AlignedPair& pair : result.pairs) {
        if (pair.topic == t) pairs.push_back(&pair);
    }
    return pairs;
}

TEST(AlignTest, PairsParaphrasedSentencesOfTheSameTopic) {
    Corpus corpus(k_topics);
    corpus.add(
        "Varenia proposed extending the treaty on strategic delivery systems for five years. "
        "Varenia also offered new verification measures for deployed warheads.");
    corpus.add(
        "Kestrel called for independent verification of all deployed warheads. "
        "Kestrel is ready to discuss extending the delivery systems treaty.");
    const AlignmentResult result = corpus.align();

    const auto pairs = pairs_of(result, "strategic-stability");
    ASSERT_EQ(pairs.size(), 2u);
    EXPECT_EQ(pairs[0]->a, (SentenceRef{0, 0}));
    EXPECT_EQ(pairs[0]->b, (SentenceRef{1, 1}));
    EXPECT_EQ(pairs[1]->a, (SentenceRef{0, 1}));
    EXPECT_EQ(pairs[1]->b, (SentenceRef{1, 0}));
    for (const AlignedPair* pair : pairs) {
        EXPECT_EQ(pair->basis, PairBasis::similarity);
        EXPECT_GE(pair->score, AlignOptions{}.min_pair_score);
        EXPECT_LE(pair->score, 1.0);
        double sum = 0;
        for (const SharedTerm& term : pair->shared_terms) sum += term.weight;
        EXPECT_NEAR(sum, pair->score, 1e-6);
    }
    // The shared terms in a's words, heaviest first; stopwords never count.
    std::vector<std::string> shared;
    for (const SharedTerm& term : pairs[1]->shared_terms) shared.emplace_back(term.term);
    std::sort(shared.begin(), shared.end());
    EXPECT_EQ(shared, (std::vector<std::string>{"deployed", "verification", "warheads"}));
}

TEST(AlignTest, OneSentenceMayPairWithSeveralSentencesOfAnotherStatement) {
    Corpus corpus(k_topics);
    corpus.add("Varenia will cut gas transit fees and extend the pipeline supply contract.");
    corpus.add(
        "Kestrel welcomed the lower gas transit fees. "
        "Kestrel also welcomed the extension of the pipeline supply contract.");
    const AlignmentResult result = corpus.align();

    const auto pairs = pairs_of(result, "energy");
    ASSERT_EQ(pairs.size(), 2u);
    EXPECT_EQ(pairs[0]->a, (SentenceRef{0, 0}));
    EXPECT_EQ(pairs[0]->b, (SentenceRef{1, 0}));
    EXPECT_EQ(pairs[1]->a, (SentenceRef{0, 0}));
    EXPECT_EQ(pairs[1]->b, (SentenceRef{1, 1}));
    EXPECT_EQ(pairs[0]->basis, PairBasis::similarity);
    EXPECT_EQ(pairs[1]->basis, PairBasis::similarity);

    AlignOptions one;
    one.max_partners = 1;
    one.cover_all_max_statements = 0;
    const AlignmentResult single = corpus.align(one);
    EXPECT_EQ(pairs_of(single, "energy").size(), 2u)
        << "each of Kestrel's sentences still picks its best partner";
}

TEST(AlignTest, CoverageLeavesOutJournalistsQuestions) {
    Corpus corpus(k_topics);
    corpus.add(
        "PRESIDENT MAREK: We spoke about the gas pipeline for an hour.\n\n"
        "Q: Did you raise the ransomware attacks on hospitals?\n\n"
        "PRESIDENT MAREK: Our priority was the gas contract.",
        Genre::press_conference);
    corpus.add("President Brandt raised the ransomware attacks on hospitals and the gas pipeline.");
    ASSERT_TRUE(corpus.document(0).sentences.at(1).question);
    const AlignmentResult result = corpus.align();

    const std::uint32_t cyber = topic_named(result, "cyber");
    EXPECT_TRUE(result.coverage.at(cyber).sentences.at(0).empty());
    EXPECT_EQ(result.coverage.at(cyber).sentences.at(1), (std::vector<std::uint32_t>{0}));
    EXPECT_TRUE(pairs_of(result, "cyber").empty()) << "a question is never aligned";
    // The question keeps its topic in sentence_topics.
    ASSERT_EQ(result.sentence_topics.at(0).by_sentence.at(1).size(), 1u);
    EXPECT_EQ(result.sentence_topics.at(0).by_sentence.at(1)[0].topic, cyber);
    const std::uint32_t energy = topic_named(result, "energy");
    EXPECT_EQ(result.coverage.at(energy).sentences.at(0), (std::vector<std::uint32_t>{0, 2}));
    // Cyber is raised only by Kestrel: an omission of Varenia's.
    const auto omission = std::find_if(result.omissions.begin(), result.omissions.end(),
                                       [&](const Omission& o) { return o.topic == cyber; });
    ASSERT_NE(omission, result.omissions.end());
    EXPECT_EQ(omission->present_in, (std::vector<std::uint32_t>{1}));
    EXPECT_EQ(omission->absent_from, (std::vector<std::uint32_t>{0}));
}

TEST(AlignTest, ReportsTopicRaisedByAAndCAbsentFromBWithEvidence) {
    Corpus corpus(k_topics);
    corpus.add(
        "The leaders spoke by phone. Varenia will keep gas flowing through the pipeline all winter. "
        "The gas price was also discussed.");
    corpus.add("The leaders spoke by phone. Kestrel raised ransomware groups.");
    corpus.add(
        "Ostrava wants a new gas contract. Gas through the pipeline must not stop again. "
        "The leaders spoke by phone.");
    const AlignmentResult result = corpus.align();

    const std::uint32_t energy = topic_named(result, "energy");
    const auto omission = std::find_if(result.omissions.begin(), result.omissions.end(),
                                       [&](const Omission& o) { return o.topic == energy; });
    ASSERT_NE(omission, result.omissions.end());
    EXPECT_EQ(omission->present_in, (std::vector<std::uint32_t>{0, 2}));
    EXPECT_EQ(omission->absent_from, (std::vector<std::uint32_t>{1}));
    // The strongest sentences of each present statement: two cues before one.
    EXPECT_EQ(omission->evidence, (std::vector<SentenceRef>{{0, 1}, {0, 2}, {2, 1}, {2, 0}}));
    // Meeting is in all three statements: no omission.
    const std::uint32_t meeting = topic_named(result, "meeting");
    EXPECT_TRUE(result.topics[meeting].procedural);
    EXPECT_TRUE(std::none_of(result.omissions.begin(), result.omissions.end(),
                             [&](const Omission& o) { return o.topic == meeting; }));
    // Omissions come in topic order.
    EXPECT_TRUE(std::is_sorted(result.omissions.begin(), result.omissions.end(),
                               [](const Omission& x, const Omission& y) { return x.topic < y.topic; }));
}

TEST(AlignTest, GroupsARecurringUntaggedSubjectIntoAnEmergentTopic) {
    Corpus corpus(k_topics);
    corpus.add(
        "Varenia discussed the treaty. Marek proposed that the polar research commission meet at Velka "
        "station.");
    corpus.add(
        "Kestrel discussed the treaty. Brandt agreed that the polar research commission should meet at Velka "
        "station. The weather was mild.");
    const AlignmentResult result = corpus.align();

    ASSERT_EQ(result.topics.size(), 2u);
    const ReportTopic& emergent = result.topics[1];
    EXPECT_EQ(emergent.id, "emergent-1");
    EXPECT_EQ(emergent.origin, TopicOrigin::emergent);
    EXPECT_FALSE(emergent.procedural);
    ASSERT_EQ(emergent.top_terms.size(), 3u);
    for (const std::string& term : emergent.top_terms) {
        EXPECT_TRUE(term == "polar" || term == "research" || term == "commission" || term == "velka" ||
                    term == "station" || term == "meet")
            << term << " is not a term both sentences share";
    }
    EXPECT_EQ(emergent.label,
              emergent.top_terms[0] + ", " + emergent.top_terms[1] + ", " + emergent.top_terms[2]);
    EXPECT_EQ(result.coverage.at(1).sentences, (std::vector<std::vector<std::uint32_t>>{{1}, {1}}));
    ASSERT_EQ(pairs_of(result, "emergent-1").size(), 1u);
    EXPECT_EQ(pairs_of(result, "emergent-1")[0]->a, (SentenceRef{0, 1}));
    EXPECT_EQ(pairs_of(result, "emergent-1")[0]->b, (SentenceRef{1, 1}));
    // The unrelated untagged sentence stays without a topic.
    EXPECT_TRUE(result.sentence_topics.at(1).by_sentence.at(2).empty());

    AlignOptions off;
    off.emergent_topics = false;
    EXPECT_EQ(corpus.align(off).topics.size(), 1u);
}

TEST(AlignTest, AttachesAWordDiffOnlyToSimilarPairs) {
    Corpus corpus(k_topics);
    corpus.add("Varenia will cut gas transit fees next year. Soresk wants a long pipeline deal.");
    corpus.add(
        "Kestrel said Varenia will cut gas transit fees next year. Energy markets follow the pipeline.");
    const AlignmentResult result = corpus.align();

    bool saw_similar = false;
    for (const AlignedPair& pair : result.pairs) {
        if (pair.score >= AlignOptions{}.diff_min_similarity) {
            saw_similar = true;
            ASSERT_TRUE(pair.diff.has_value());
            EXPECT_FALSE(pair.diff->ops.empty());
            EXPECT_GT(pair.diff->stats.tokens_unchanged, 0u);
        } else {
            EXPECT_FALSE(pair.diff.has_value());
        }
    }
    EXPECT_TRUE(saw_similar);

    AlignOptions no_diffs;
    no_diffs.diffs = false;
    for (const AlignedPair& pair : corpus.align(no_diffs).pairs) EXPECT_FALSE(pair.diff.has_value());
}

TEST(AlignTest, PairsTopicSentencesWithNoSharedWordsAsLowerConfidencePairs) {
    Corpus corpus(k_topics);
    corpus.add("Arms control talks will resume in Soresk.");
    corpus.add("The strategic dialogue matters for the whole continent.");
    const AlignmentResult result = corpus.align();

    const auto pairs = pairs_of(result, "strategic-stability");
    ASSERT_EQ(pairs.size(), 1u);
    EXPECT_EQ(pairs[0]->basis, PairBasis::topic);
    EXPECT_EQ(pairs[0]->score, 0.0);
    EXPECT_TRUE(pairs[0]->shared_terms.empty());
    EXPECT_FALSE(pairs[0]->diff.has_value());

    AlignOptions many;
    many.cover_all_max_statements = 1;
    EXPECT_TRUE(pairs_of(corpus.align(many), "strategic-stability").empty());
}

TEST(AlignTest, SameInputGivesTheSameResult) {
    Corpus corpus(k_topics);
    corpus.add(
        "The leaders spoke by phone. Varenia will keep gas flowing through the pipeline. Ransomware gangs "
        "must be stopped. The treaty on warheads expires soon.");
    corpus.add(
        "Kestrel raised ransomware gangs and cyber attacks. The pipeline gas must flow. Talks will "
        "continue.");
    corpus.add(
        "Ostrava spoke of gas. The warheads treaty matters. Cyber attacks on pipeline operators rose.");
    const AlignmentResult first = corpus.align();
    const AlignmentResult second = corpus.align();

    ASSERT_EQ(first.pairs.size(), second.pairs.size());
    for (std::size_t i = 0; i < first.pairs.size(); ++i) {
        EXPECT_EQ(first.pairs[i].topic, second.pairs[i].topic);
        EXPECT_EQ(first.pairs[i].a, second.pairs[i].a);
        EXPECT_EQ(first.pairs[i].b, second.pairs[i].b);
        EXPECT_EQ(first.pairs[i].score, second.pairs[i].score);
        ASSERT_EQ(first.pairs[i].shared_terms.size(), second.pairs[i].shared_terms.size());
        for (std::size_t k = 0; k < first.pairs[i].shared_terms.size(); ++k) {
            EXPECT_EQ(first.pairs[i].shared_terms[k].term, second.pairs[i].shared_terms[k].term);
        }
    }
    // By topic, then a, then b; a before b; each pair once.
    for (std::size_t i = 0; i < first.pairs.size(); ++i) {
        const AlignedPair& pair = first.pairs[i];
        EXPECT_LT(pair.a.statement, pair.b.statement);
        if (i == 0) continue;
        const AlignedPair& before = first.pairs[i - 1];
        EXPECT_TRUE(std::tie(before.topic, before.a, before.b) < std::tie(pair.topic, pair.a, pair.b));
    }
}

TEST(AlignTest, ALargeTopicIsNotComparedPairByPair) {
    // 300 statements of 20 sentences, all on one topic, drawn from a small
    // vocabulary so that many sentences share words.
    const std::vector<std::string> subjects = {"Varenia", "Kestrel", "Ostrava", "Talmar", "Aurel"};
    const std::vector<std::string> verbs = {"supports", "questions", "welcomes", "delays", "reviews"};
    const std::vector<std::string> objects = {"the treaty on delivery systems", "verification of warheads",
                                              "the treaty review conference",   "limits on deployed warheads",
                                              "the treaty inspection regime",   "data exchanges on warheads"};
    const std::vector<std::string> tails = {"this year",       "in Soresk",     "with partners",
                                            "at expert level", "without delay", "under the new framework",
                                            "in stages"};
    Corpus corpus(k_topics);
    std::uint32_t seed = 7;
    const auto next = [&](std::size_t n) {
        seed = seed * 1103515245u + 12345u;
        return static_cast<std::size_t>((seed >> 16) % n);
    };
    const std::size_t statements = 300;
    const std::size_t per_statement = 20;
    for (std::size_t s = 0; s < statements; ++s) {
        std::string text;
        for (std::size_t k = 0; k < per_statement; ++k) {
            text += subjects[next(subjects.size())] + " " + verbs[next(verbs.size())] + " " +
                    objects[next(objects.size())] + " " + tails[next(tails.size())] + ". ";
        }
        corpus.add(text);
    }
    AlignOptions options;
    options.diffs = false;
    const AlignmentResult result = corpus.align(options);

    const std::size_t sentences = statements * per_statement;
    ASSERT_EQ(result.stats.sentences, sentences);
    const std::size_t all_pairs = sentences * (sentences - 1) / 2;
    // Each sentence scores at most max_candidates partners exactly.
    EXPECT_LE(result.stats.exact_comparisons, sentences * options.max_candidates);
    EXPECT_LT(result.stats.exact_comparisons, all_pairs / 50);
    // Stems in more than max_postings sentences are not used to find candidates.
    EXPECT_GT(result.stats.postings_skipped, 0u);
    EXPECT_GT(result.stats.postings_visited, 0u);
    // Many statements: only similar pairs, at most max_candidates per sentence.
    EXPECT_LE(result.pairs.size(), sentences * options.max_candidates);
    for (const AlignedPair& pair : result.pairs) EXPECT_EQ(pair.basis, PairBasis::similarity);
}

TEST(AlignTest, RejectsTopicsThatDoNotMatchTheDocuments) {
    Corpus corpus(k_topics);
    corpus.add("Gas flows.");
    corpus.add("Gas stops.");
    std::vector<DocumentTopics> tagged = corpus.tag();
    tagged.pop_back();
    EXPECT_THROW(align_documents(corpus.documents(), tagged, corpus.taxonomy(), corpus.terms()),
                 std::invalid_argument);
    tagged = corpus.tag();
    tagged[0].by_sentence[0].push_back(
        SentenceTopic{static_cast<std::uint32_t>(k_topics.size()), 1, false, 0, {}});
    EXPECT_THROW(align_documents(corpus.documents(), tagged, corpus.taxonomy(), corpus.terms()),
                 std::invalid_argument);
    tagged = corpus.tag();
    tagged[1].by_sentence.emplace_back();
    EXPECT_THROW(align_documents(corpus.documents(), tagged, corpus.taxonomy(), corpus.terms()),
                 std::invalid_argument);
    std::vector<const Document*> documents = corpus.documents();
    documents[1] = nullptr;
    EXPECT_THROW(align_documents(documents, corpus.tag(), corpus.taxonomy(), corpus.terms()),
                 std::invalid_argument);
}

}  // namespace
}  // namespace dipdiff
