#pragma once
/// Paragraphs → sentences → tokens with ICU break iterators.
#include <memory>
#include <string_view>

#include "engine/document.hpp"

namespace dipdiff {

struct SegmentOptions {
    /// Split the text into speaker turns when lines open with speaker labels.
    /// Always tried for transcript genres; for others only all-caps labels count.
    bool detect_turns = true;
};

/// Segments statements. Holds ICU break iterators and Snowball stemmers, which
/// are costly to create, so make one and reuse it. Not thread-safe.
class Segmenter {
public:
    explicit Segmenter(TermPool& terms);
    ~Segmenter();
    Segmenter(const Segmenter&) = delete;
    Segmenter& operator=(const Segmenter&) = delete;

    /// Segments `statement` (reading statement.analysis, reporting spans into
    /// statement.text) into turns, paragraphs, sentences and tokens. Sentence
    /// attribution is left at its defaults: call attribute_sentences() next
    /// (engine/attribution.hpp). The statement must outlive the document.
    /// When analysis.text and analysis.origin are both empty, statement.text is
    /// read directly (plain text without a second copy). The rules are in
    /// docs/segmentation.md. Throws InputError "text.too_large" for texts over
    /// 2 GiB, and std::invalid_argument when analysis.origin does not fit the
    /// texts (one ascending entry per analysis byte, each inside statement.text).
    Document segment(const Statement& statement, const SegmentOptions& options = {});

    /// Normal form of one token as the segmenter makes it (NFKC, case-folded,
    /// curly quotes → ', dashes → -). Exposed for matching phrases from data files.
    std::string normalize(std::string_view token);
    /// Snowball stem of a normalized word for an ISO 639-1 language ("en", "ru" …);
    /// the word itself when no stemmer exists for the language.
    std::string stem(std::string_view normalized_word, std::string_view language);

    TermPool& terms() { return m_terms; }

private:
    struct Impl;
    TermPool& m_terms;
    std::unique_ptr<Impl> m_impl;
};

}  // namespace dipdiff
