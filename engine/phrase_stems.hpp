#pragma once
/// The stems of a taxonomy phrase, exactly as the segmenter stems the same
/// words in a statement, so that phrases and sentences compare as TermIds.
#include <string>
#include <string_view>
#include <vector>

#include "engine/segmenter.hpp"
#include "engine/statement.hpp"
#include "engine/term_pool.hpp"

namespace dipdiff {

/// Segments phrases as tiny statements. Keeps a reference to the segmenter;
/// reuses one statement between calls. Not thread-safe.
class PhraseStemmer {
public:
    explicit PhraseStemmer(Segmenter& segmenter) : m_segmenter(segmenter) {}

    /// Replaces `out` with the stems of the word and number tokens of `phrase`
    /// read in `language` (ISO 639-1), in order; punctuation and symbols are
    /// skipped ("non-proliferation" → non, prolifer; "U.S." is one word).
    /// `out` is empty when the phrase has no words.
    void stems(std::string_view phrase, std::string_view language, std::vector<TermId>& out);
    /// As stems(), and the normal forms of the same words in `norms`.
    void stems_and_norms(std::string_view phrase, std::string_view language, std::vector<TermId>& stems,
                         std::vector<TermId>& norms);

private:
    Segmenter& m_segmenter;
    Statement m_statement;
    std::vector<TermId> m_norms;  // discarded by stems()
};

/// The stems joined by spaces, for messages ("non prolifer").
std::string joined_stems(const std::vector<TermId>& stems, const TermPool& terms);

/// True for the tokens topic matching reads: words and numbers.
inline bool is_matched_token(TokenKind kind) { return kind == TokenKind::word || kind == TokenKind::number; }

}  // namespace dipdiff
