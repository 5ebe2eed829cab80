#pragma once
/// Sentences that continue the previous sentence's subject without naming it:
/// "It also covers the joint financing of the grid connection", "She said
/// their families have waited far too long", "To that end, …".
#include <vector>

#include "engine/document.hpp"
#include "engine/term_pool.hpp"

namespace dipdiff {

/// English continuation cues, compared as normal-form TermIds (docs/topics.md,
/// "Context"). Interns its cue words in the pool at construction.
class ContinuationCues {
public:
    explicit ContinuationCues(TermPool& terms);

    /// True when the sentence's first word is an opener (it, this, these, those,
    /// they, that, such, both, he, she), or its first clause (up to the first
    /// comma, semicolon, colon, parenthesis or spaced dash) holds "also", "this",
    /// "these", "such", "the issue", "the matter" or a "that" phrase ("to that
    /// end", "in that regard", "in that context", "on that basis").
    bool continues(const Document& document, const Sentence& sentence) const;

private:
    bool is_clause_end(const Token& token, const Token* previous) const;

    std::vector<TermId> m_openers;
    std::vector<TermId> m_clause_words;
    std::vector<std::vector<TermId>> m_clause_phrases;
    std::vector<TermId> m_clause_marks;
    TermId m_dash = 0;
};

}  // namespace dipdiff
