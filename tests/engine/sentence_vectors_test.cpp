#include "engine/sentence_vectors.hpp"

#include "engine/analyse.hpp"
#include "engine/segmenter.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace dipdiff {
namespace {

class Texts {
public:
    void add(const std::string& text) {
        auto statement = std::make_unique<Statement>();
        statement->language = "en";
        statement->text = text;
        use_plain_analysis_text(*statement);
        m_documents.push_back(std::make_unique<Document>(analyse_statement(m_segmenter, *statement)));
        m_statements.push_back(std::move(statement));
    }
    std::vector<const Document*> documents() const {
        std::vector<const Document*> pointers;
        for (const auto& document : m_documents) pointers.push_back(document.get());
        return pointers;
    }
    TermId stem(const std::string& word) { return m_terms.intern(word); }
    const TermPool& terms() const { return m_terms; }

private:
    TermPool m_terms;
    Segmenter m_segmenter{m_terms};
    std::vector<std::unique_ptr<Statement>> m_statements;
    std::vector<std::unique_ptr<Document>> m_documents;
};

double weight_of(std::span<const WeightedTerm> terms, TermId stem) {
    for (const WeightedTerm& term : terms) {
        if (term.stem == stem) return term.weight;
    }
    return 0;
}

TEST(SentenceVectorsTest, NumbersSentencesAcrossStatementsInOrder) {
    Texts texts;
    texts.add("Gas flows. Gas stops.");
    texts.add("Talks resume.");
    const SentenceVectors vectors(texts.documents(), texts.terms());
    ASSERT_EQ(vectors.sentence_count(), 3u);
    EXPECT_EQ(vectors.id(1, 0), 2u);
    EXPECT_EQ(vectors.statement_of(2), 1u);
    EXPECT_EQ(vectors.sentence_of(2), 0u);
    EXPECT_EQ(vectors.sentence_of(1), 1u);
}

TEST(SentenceVectorsTest, LeavesOutStopwordsAndPunctuationAndHasUnitLength) {
    Texts texts;
    texts.add("The treaty, of course, will expire in 2026.");
    const SentenceVectors vectors(texts.documents(), texts.terms());
    const auto terms = vectors.terms(0);
    std::vector<std::string> stems;
    double norm = 0;
    for (const WeightedTerm& term : terms) {
        stems.push_back(std::string(texts.terms().text(term.stem)));
        norm += static_cast<double>(term.weight) * term.weight;
    }
    EXPECT_EQ(stems, (std::vector<std::string>{"treati", "cours", "expir", "2026"}));
    EXPECT_NEAR(norm, 1.0, 1e-6);
}

TEST(SentenceVectorsTest, WordsInManySentencesWeighLess) {
    Texts texts;
    texts.add(
        "President Marek discussed gas. President Marek discussed trade. President Marek discussed the "
        "Arctic.");
    const SentenceVectors vectors(texts.documents(), texts.terms());
    const TermId president = texts.stem("presid");
    const TermId gas = texts.stem("gas");
    EXPECT_NEAR(vectors.idf(president), std::log(4.0 / 3.0), 1e-12);
    EXPECT_NEAR(vectors.idf(gas), std::log(4.0), 1e-12);
    EXPECT_LT(weight_of(vectors.terms(0), president), weight_of(vectors.terms(0), gas));
    EXPECT_EQ(vectors.idf(texts.stem("absent-word")), 0.0);
}

TEST(SentenceVectorsTest, RejectsANullDocument) {
    Texts texts;
    std::vector<const Document*> documents{nullptr};
    EXPECT_THROW(SentenceVectors(documents, texts.terms()), std::invalid_argument);
}

}  // namespace
}  // namespace dipdiff
