#include "engine/sentence_vectors.hpp"

#include "engine/stopwords.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

namespace dipdiff {

SentenceVectors::SentenceVectors(const std::vector<const Document*>& documents, const TermPool& terms)
    : m_df(terms.size(), 0), m_content_norm(terms.size(), 0) {
    for (std::size_t id = 0; id < terms.size(); ++id) {
        m_content_norm[id] = is_english_stopword(terms.text(static_cast<TermId>(id))) ? 0 : 1;
    }
    // Pass 1: each sentence's distinct content stems with their counts (in
    // `weight` for now), and the sentence frequency of every stem.
    std::vector<TermId> stems;
    m_offsets.push_back(0);
    for (std::size_t d = 0; d < documents.size(); ++d) {
        const Document* document = documents[d];
        if (document == nullptr)
            throw std::invalid_argument("align: document " + std::to_string(d) + " is null");
        m_first_sentence.push_back(static_cast<std::uint32_t>(m_statement_of.size()));
        for (const Sentence& sentence : document->sentences) {
            if (std::size_t{sentence.first_token} + sentence.token_count > document->tokens.size()) {
                throw std::invalid_argument("align: a sentence of document " + std::to_string(d) +
                                            " has tokens outside the document");
            }
            stems.clear();
            for (const Token* token = document->sentence_tokens_begin(sentence);
                 token != document->sentence_tokens_end(sentence); ++token) {
                if (is_content(*token)) stems.push_back(token->stem);
            }
            std::sort(stems.begin(), stems.end());
            for (std::size_t i = 0; i < stems.size();) {
                std::size_t j = i;
                while (j < stems.size() && stems[j] == stems[i]) ++j;
                m_terms.push_back({stems[i], static_cast<float>(j - i)});
                if (stems[i] < m_df.size()) ++m_df[stems[i]];
                i = j;
            }
            m_statement_of.push_back(static_cast<std::uint32_t>(d));
            m_offsets.push_back(static_cast<std::uint32_t>(m_terms.size()));
        }
    }
    m_sentence_total = static_cast<double>(m_statement_of.size());
    // Pass 2: TF-IDF, then unit length.
    for (std::size_t s = 0; s + 1 < m_offsets.size(); ++s) {
        double norm = 0;
        for (std::uint32_t i = m_offsets[s]; i < m_offsets[s + 1]; ++i) {
            WeightedTerm& term = m_terms[i];
            const double weight = (1.0 + std::log(static_cast<double>(term.weight))) * idf(term.stem);
            term.weight = static_cast<float>(weight);
            norm += weight * weight;
        }
        norm = std::sqrt(norm);
        for (std::uint32_t i = m_offsets[s]; i < m_offsets[s + 1]; ++i) {
            m_terms[i].weight = norm > 0 ? static_cast<float>(m_terms[i].weight / norm) : 0.0f;
        }
    }
}

double SentenceVectors::idf(TermId stem) const {
    if (stem >= m_df.size() || m_df[stem] == 0) return 0;
    return std::log((m_sentence_total + 1.0) / static_cast<double>(m_df[stem]));
}

bool SentenceVectors::is_content(const Token& token) const {
    if (token.kind != TokenKind::word && token.kind != TokenKind::number) return false;
    return token.norm < m_content_norm.size() && m_content_norm[token.norm] != 0;
}

}  // namespace dipdiff
