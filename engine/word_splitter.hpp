#pragma once
/// Splits a sentence into tokens: words and numbers by ICU's word rules
/// (UAX #29, with dictionaries for Chinese and Japanese), and one token per
/// punctuation mark or symbol.
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "engine/document.hpp"

namespace dipdiff {

/// A token of a sentence before its normal form is known; offsets into the sentence.
struct TokenPiece {
    std::uint32_t start = 0;
    std::uint32_t end = 0;
    TokenKind kind = TokenKind::word;
    friend bool operator==(const TokenPiece&, const TokenPiece&) = default;
};

/// Token rules:
/// - a word is what ICU's word break iterator calls a word, with internal
///   apostrophes and periods ("don’t", "U.S"); a final period after a word with
///   an internal one is part of it ("U.S.", "a.m."); hyphens split ("well", "-", "known");
/// - a number is a word with digits and no letter ("2,400", "3.5", "18.30");
///   "G20" and "2nd" are words;
/// - every other character that is not white space or invisible (controls,
///   format characters) is a token of its own: punctuation (Unicode P*) or
///   symbol; a run of the same "." "-" "…" or "—" is one token ("...", "--");
///   combining marks stay with the character before them.
class WordSplitter {
public:
    /// An ICU word break iterator for `language` (ISO 639-1). Throws
    /// std::runtime_error when ICU cannot make one (broken ICU data).
    explicit WordSplitter(std::string_view language);
    ~WordSplitter();
    WordSplitter(const WordSplitter&) = delete;
    WordSplitter& operator=(const WordSplitter&) = delete;

    enum class Path {
        fastest,   ///< sentences of ASCII and common typographic marks without ICU (same result, faster)
        icu_only,  ///< always through ICU: the reference the fast path is tested against
    };

    /// Replaces `out` with the tokens of `sentence`, in order, none overlapping.
    void split(std::string_view sentence, std::vector<TokenPiece>& out, Path path = Path::fastest);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

}  // namespace dipdiff
