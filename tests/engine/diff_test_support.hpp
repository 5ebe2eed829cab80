#pragma once
/// Test and benchmark helper for the diff: a tiny tokenizer that builds a
/// Document the way the segmenter would, so the diff can be tested before
/// (and independently of) the real segmenter. Header-only.
///
/// Tokens: runs of ASCII letters/digits and non-ASCII bytes are words (or
/// numbers when all digits); every other visible ASCII byte, and the curly
/// quotes and en/em dashes, is one punctuation token. Normal form: ASCII
/// lower case; curly quotes become ' and ", dashes become -.
/// Paragraphs: blocks separated by a blank line. Sentences end after . ! ?
/// and at the end of a paragraph.
#include "engine/document.hpp"
#include "engine/statement.hpp"
#include "engine/term_pool.hpp"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace dipdiff::testing {

/// A statement and its document; the document points at the statement,
/// which lives on the heap so that moving this keeps the pointer valid.
struct TestDocument {
    std::unique_ptr<Statement> statement;
    Document document;

    std::string_view text() const { return statement->text; }
    std::string_view token_text(std::size_t i) const { return document.tokens[i].span.of(statement->text); }
};

namespace detail {

/// Length of a curly quote or en/em dash at `at` (3 bytes of UTF-8), else 0,
/// and its normal form.
inline std::size_t special_punctuation(std::string_view text, std::size_t at, std::string_view& norm) {
    if (at + 3 > text.size() || static_cast<unsigned char>(text[at]) != 0xE2 ||
        static_cast<unsigned char>(text[at + 1]) != 0x80) {
        return 0;
    }
    switch (static_cast<unsigned char>(text[at + 2])) {
        case 0x98:
        case 0x99:
            norm = "'";
            return 3;
        case 0x9C:
        case 0x9D:
            norm = "\"";
            return 3;
        case 0x93:
        case 0x94:
            norm = "-";
            return 3;
        default:
            return 0;
    }
}

inline bool is_word_byte(unsigned char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

}  // namespace detail

inline TestDocument make_document(std::string text, TermPool& terms) {
    TestDocument result;
    result.statement = std::make_unique<Statement>();
    result.statement->text = std::move(text);
    const std::string_view view = result.statement->text;
    Document& doc = result.document;
    doc.statement = result.statement.get();

    int paragraph = -1;
    bool paragraph_open = false;
    bool sentence_open = false;
    int newlines = 0;
    auto close_sentence = [&] {
        if (!sentence_open) return;
        Sentence& s = doc.sentences.back();
        s.token_count = static_cast<std::uint32_t>(doc.tokens.size()) - s.first_token;
        s.span.end = doc.tokens.back().span.end;
        sentence_open = false;
    };
    auto add_token = [&](std::size_t start, std::size_t end, std::string_view norm, TokenKind kind) {
        if (!paragraph_open || newlines >= 2) {
            close_sentence();
            if (paragraph_open) doc.paragraphs.back().span.end = doc.tokens.back().span.end;
            doc.paragraphs.push_back(
                {{static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end)}, -1});
            ++paragraph;
            paragraph_open = true;
        }
        newlines = 0;
        if (!sentence_open) {
            Sentence s;
            s.span.start = static_cast<std::uint32_t>(start);
            s.paragraph = paragraph;
            s.first_token = static_cast<std::uint32_t>(doc.tokens.size());
            doc.sentences.push_back(s);
            sentence_open = true;
        }
        Token token;
        token.span = {static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end)};
        token.norm = terms.intern(norm);
        token.stem = token.norm;
        token.kind = kind;
        doc.tokens.push_back(token);
        if (norm == "." || norm == "!" || norm == "?") close_sentence();
    };

    std::string lowered;
    for (std::size_t i = 0; i < view.size();) {
        const auto c = static_cast<unsigned char>(view[i]);
        std::string_view norm;
        if (c == '\n') {
            ++newlines;
            ++i;
        } else if (c == ' ' || c == '\t' || c == '\r') {
            ++i;
        } else if (const std::size_t length = detail::special_punctuation(view, i, norm); length > 0) {
            add_token(i, i + length, norm, TokenKind::punctuation);
            i += length;
        } else if (detail::is_word_byte(c)) {
            const std::size_t start = i;
            bool digits = true;
            lowered.clear();
            while (i < view.size() && detail::is_word_byte(static_cast<unsigned char>(view[i]))) {
                std::string_view ignored;
                if (detail::special_punctuation(view, i, ignored) > 0) break;
                const auto b = static_cast<unsigned char>(view[i]);
                if (b < '0' || b > '9') digits = false;
                lowered.push_back(b >= 'A' && b <= 'Z' ? static_cast<char>(b - 'A' + 'a')
                                                       : static_cast<char>(b));
                ++i;
            }
            add_token(start, i, lowered, digits ? TokenKind::number : TokenKind::word);
        } else {
            add_token(i, i + 1, view.substr(i, 1), TokenKind::punctuation);
            ++i;
        }
    }
    close_sentence();
    if (paragraph_open) doc.paragraphs.back().span.end = doc.tokens.back().span.end;
    return result;
}

}  // namespace dipdiff::testing
