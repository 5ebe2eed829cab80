#pragma once
/// A segmented statement: turns, paragraphs, sentences and tokens, each with
/// its byte span in the statement's original text, and sentence attribution.
#include "engine/span.hpp"
#include "engine/statement.hpp"
#include "engine/term_pool.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace dipdiff {

enum class TokenKind : std::uint8_t { word, number, punctuation, symbol };

/// 20 bytes: a corpus of millions of tokens must fit in memory.
struct Token {
    Span span;          ///< into Statement::text (the original bytes)
    TermId norm = 0;    ///< NFKC, case-folded, quotes and dashes unified
    TermId stem = 0;    ///< Snowball stem of `norm` for the statement's language (== norm for non-words)
    TokenKind kind = TokenKind::word;
};

/// A speaker turn in a transcript ("MR. SULLIVAN: …", "Q …").
struct Turn {
    Span span;              ///< whole turn, label included
    Span label;             ///< the label as written ("PRESIDENT XI:"), empty when the turn has none
    std::string speaker;    ///< who speaks, as the label names them ("President Xi"); "" when unknown
    bool question = false;  ///< a journalist's question: never the party's position
};

/// Where a sentence's words come from.
enum class Attribution : std::uint8_t { narration, paraphrase, quote };
std::string_view attribution_name(Attribution attribution);

struct Paragraph {
    Span span;      ///< trimmed: first to last non-space byte
    int turn = -1;  ///< index into Document::turns, -1 outside any turn
};

struct Sentence {
    Span span;                    ///< trimmed sentence span in the original text
    int paragraph = 0;            ///< 0-based index into Document::paragraphs
    std::uint32_t first_token = 0;
    std::uint32_t token_count = 0;
    Attribution attribution = Attribution::narration;
    std::string speaker;          ///< whose words these are ("" when it cannot be told)
    bool question = false;        ///< part of a journalist's question
};

/// Non-speech text inside a turn: "(As interpreted.)", "(Laughter.)", labels.
/// These bytes are in no sentence's tokens.
struct StageDirection {
    Span span;
};

struct Document {
    const Statement* statement = nullptr;  ///< not owned; must outlive the document
    std::vector<Turn> turns;
    std::vector<Paragraph> paragraphs;
    std::vector<Sentence> sentences;
    std::vector<Token> tokens;
    std::vector<StageDirection> stage_directions;

    /// Tokens of one sentence.
    const Token* sentence_tokens_begin(const Sentence& s) const { return tokens.data() + s.first_token; }
    const Token* sentence_tokens_end(const Sentence& s) const {
        return tokens.data() + s.first_token + s.token_count;
    }
};

}  // namespace dipdiff
