#include "engine/diff_sequence.hpp"

#include <algorithm>
#include <stdexcept>
#include <string>

namespace dipdiff::diff_detail {

std::uint32_t RawKeys::id(std::string_view bytes) {
    const auto next = static_cast<std::uint32_t>(m_ids.size());
    return m_ids.try_emplace(bytes, next).first->second;
}

namespace {

[[noreturn]] void malformed(const std::string& what) {
    throw std::invalid_argument("diff: malformed document: " + what);
}

void collect_tokens(const Document& document, TokenRange range, const DiffOptions& options, RawKeys* raw,
                    CompareSequence& sequence) {
    std::string_view text;
    if (!options.ignore_case) {
        if (document.statement == nullptr || raw == nullptr) {
            throw std::invalid_argument(
                "diff: case-sensitive comparison needs the document's statement text — the document has "
                "none");
        }
        text = document.statement->text;
    }
    sequence.keys.reserve(range.size());
    sequence.tokens.reserve(range.size());
    for (std::uint32_t i = range.first; i < range.end; ++i) {
        const Token& token = document.tokens[i];
        if (options.ignore_punctuation && token.kind == TokenKind::punctuation) continue;
        std::uint32_t key = token.norm;
        if (!options.ignore_case) {
            if (token.span.end < token.span.start || token.span.end > text.size()) {
                malformed("token " + std::to_string(i) + " span [" + std::to_string(token.span.start) + ", " +
                          std::to_string(token.span.end) + ") is outside the statement text of " +
                          std::to_string(text.size()) + " bytes");
            }
            key = raw->id(token.span.of(text));
        }
        sequence.keys.push_back(key);
        sequence.tokens.push_back(i);
    }
}

void collect_structure(const Document& document, TokenRange range, CompareSequence& sequence) {
    struct Start {
        std::uint32_t position = 0;
        int paragraph = 0;
    };
    std::vector<Start> starts;
    std::uint32_t previous_first = 0;
    for (std::size_t s = 0; s < document.sentences.size(); ++s) {
        const Sentence& sentence = document.sentences[s];
        const std::uint64_t end = std::uint64_t{sentence.first_token} + sentence.token_count;
        if (end > document.tokens.size()) {
            malformed("sentence " + std::to_string(s) + " has tokens [" +
                      std::to_string(sentence.first_token) + ", " + std::to_string(end) +
                      ") but the document has " + std::to_string(document.tokens.size()) + " tokens");
        }
        if (sentence.first_token < previous_first) {
            malformed("sentence " + std::to_string(s) + " starts at token " +
                      std::to_string(sentence.first_token) + ", before the sentence ahead of it (token " +
                      std::to_string(previous_first) + ")");
        }
        previous_first = sentence.first_token;
        if (sentence.token_count == 0 || end <= range.first || sentence.first_token >= range.end) continue;
        const std::uint32_t first = std::max(sentence.first_token, range.first);
        const auto position = static_cast<std::uint32_t>(
            std::lower_bound(sequence.tokens.begin(), sequence.tokens.end(), first) -
            sequence.tokens.begin());
        starts.push_back({position, sentence.paragraph});
    }
    if (starts.empty()) starts.push_back({0, 0});
    starts.front().position = 0;  // tokens before the first sentence join it

    const std::uint32_t size = sequence.size();
    int paragraph = 0;
    for (std::size_t i = 0; i < starts.size(); ++i) {
        const std::uint32_t begin = starts[i].position;
        const std::uint32_t end = i + 1 < starts.size() ? starts[i + 1].position : size;
        if (begin >= end) continue;
        if (sequence.sentences.empty() || starts[i].paragraph != paragraph) {
            sequence.paragraph_starts.push_back(static_cast<std::uint32_t>(sequence.sentences.size()));
        }
        paragraph = starts[i].paragraph;
        sequence.sentences.push_back({begin, end});
    }
    sequence.paragraph_starts.push_back(static_cast<std::uint32_t>(sequence.sentences.size()));
}

}  // namespace

CompareSequence make_compare_sequence(const Document& document, TokenRange range, const DiffOptions& options,
                                      RawKeys* raw) {
    if (range.first > range.end || range.end > document.tokens.size()) {
        throw std::invalid_argument("diff: token range [" + std::to_string(range.first) + ", " +
                                    std::to_string(range.end) + ") is outside the document's " +
                                    std::to_string(document.tokens.size()) + " tokens");
    }
    CompareSequence sequence;
    sequence.document = &document;
    sequence.range = range;
    collect_tokens(document, range, options, raw, sequence);
    collect_structure(document, range, sequence);
    return sequence;
}

}  // namespace dipdiff::diff_detail
