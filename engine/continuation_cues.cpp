#include "engine/continuation_cues.hpp"

#include <algorithm>
#include <initializer_list>
#include <string_view>

#include "engine/phrase_stems.hpp"

namespace dipdiff {
namespace {

std::vector<TermId> intern_all(TermPool& terms, std::initializer_list<std::string_view> words) {
    std::vector<TermId> ids;
    ids.reserve(words.size());
    for (const std::string_view word : words) ids.push_back(terms.intern(word));
    return ids;
}

bool holds(const std::vector<TermId>& ids, TermId id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

}  // namespace

ContinuationCues::ContinuationCues(TermPool& terms)
    : m_openers(
          intern_all(terms, {"it", "this", "these", "those", "they", "that", "such", "both", "he", "she"})),
      m_clause_words(intern_all(terms, {"also", "this", "these", "such"})),
      m_clause_marks(intern_all(terms, {",", ";", ":", "("})),
      m_dash(terms.intern("-")) {
    for (const auto phrase : {std::initializer_list<std::string_view>{"the", "issue"},
                              std::initializer_list<std::string_view>{"the", "matter"},
                              std::initializer_list<std::string_view>{"to", "that", "end"},
                              std::initializer_list<std::string_view>{"in", "that", "regard"},
                              std::initializer_list<std::string_view>{"in", "that", "context"},
                              std::initializer_list<std::string_view>{"on", "that", "basis"}})
        m_clause_phrases.push_back(intern_all(terms, phrase));
}

bool ContinuationCues::is_clause_end(const Token& token, const Token* previous) const {
    if (is_matched_token(token.kind)) return false;
    if (holds(m_clause_marks, token.norm)) return true;
    // A dash with a space before it separates clauses; one inside a word ("Merrow–Halden") does not.
    return token.norm == m_dash && previous != nullptr && token.span.start > previous->span.end;
}

bool ContinuationCues::continues(const Document& document, const Sentence& sentence) const {
    const Token* const begin = document.sentence_tokens_begin(sentence);
    const Token* const end = document.sentence_tokens_end(sentence);
    // The first clause's words, as norms; a sentence's first clause is short, so a
    // fixed buffer keeps this free of allocation.
    constexpr std::size_t k_max_clause_words = 48;
    TermId words[k_max_clause_words];
    std::size_t count = 0;
    const Token* previous = nullptr;
    for (const Token* token = begin; token != end && count < k_max_clause_words; previous = token, ++token) {
        if (is_clause_end(*token, previous)) {
            if (count > 0) break;
            continue;  // a clause mark before any word opens nothing
        }
        if (is_matched_token(token->kind)) words[count++] = token->norm;
    }
    if (count == 0) return false;
    if (holds(m_openers, words[0])) return true;
    for (std::size_t i = 0; i < count; ++i) {
        if (holds(m_clause_words, words[i])) return true;
        for (const std::vector<TermId>& phrase : m_clause_phrases)
            if (phrase.size() <= count - i && std::equal(phrase.begin(), phrase.end(), words + i))
                return true;
    }
    return false;
}

}  // namespace dipdiff
