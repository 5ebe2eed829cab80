#pragma once
/// TF-IDF vectors of the content stems of every sentence of a corpus: the
/// representation sentence similarity works on (docs/alignment.md).
#include "engine/document.hpp"
#include "engine/term_pool.hpp"

#include <cstdint>
#include <span>
#include <vector>

namespace dipdiff {

/// One content stem of a sentence and its weight.
struct WeightedTerm {
    TermId stem = 0;
    /// (1 + ln tf) * idf, scaled so that the sentence's vector has unit length;
    /// the dot product of two vectors is then their cosine similarity.
    float weight = 0;
};

/// Content stems of every sentence of the given documents, weighted by TF-IDF
/// over the corpus's sentences: idf(stem) = ln((N + 1) / df), N the number of
/// sentences, df the number of sentences containing the stem. Boilerplate that
/// fills many sentences ("president", the parties' names) thus weighs little.
/// Content tokens are words and numbers that are not English stopwords
/// (engine/stopwords.hpp); punctuation and symbols never count.
/// Sentences are numbered corpus-wide: statement by statement, in order.
/// Keeps no reference to the documents; `terms` must hold every token's ids.
class SentenceVectors {
public:
    /// Throws std::invalid_argument for a null document, or a sentence whose
    /// token range lies outside its document's tokens.
    SentenceVectors(const std::vector<const Document*>& documents, const TermPool& terms);

    std::uint32_t sentence_count() const { return static_cast<std::uint32_t>(m_statement_of.size()); }
    /// Corpus-wide number of sentence `sentence` of statement `statement`.
    std::uint32_t id(std::uint32_t statement, std::uint32_t sentence) const {
        return m_first_sentence[statement] + sentence;
    }
    std::uint32_t statement_of(std::uint32_t id) const { return m_statement_of[id]; }
    std::uint32_t sentence_of(std::uint32_t id) const { return id - m_first_sentence[m_statement_of[id]]; }
    /// The sentence's content stems, sorted by stem id; empty when it has none.
    std::span<const WeightedTerm> terms(std::uint32_t id) const {
        return {m_terms.data() + m_offsets[id], m_terms.data() + m_offsets[id + 1]};
    }
    /// Inverse sentence frequency of a stem (0 for a stem in no sentence).
    double idf(TermId stem) const;
    /// Whether a token counts as content (word or number, not a stopword).
    bool is_content(const Token& token) const;

private:
    std::vector<std::uint32_t> m_first_sentence;  // per statement
    std::vector<std::uint32_t> m_statement_of;    // per sentence
    std::vector<std::uint32_t> m_offsets;         // per sentence + 1, into m_terms
    std::vector<WeightedTerm> m_terms;
    std::vector<std::uint32_t> m_df;           // per stem id
    std::vector<std::uint8_t> m_content_norm;  // per norm id: 1 content, 0 stopword
    double m_sentence_total = 0;
};

}  // namespace dipdiff
