#include "engine/segmenter.hpp"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <algorithm>
#include <limits>
#include <map>
#include <span>
#include <stdexcept>

#include "engine/diagnostic.hpp"
#include "engine/form_cache.hpp"
#include "engine/paragraphs.hpp"
#include "engine/sentence_rules.hpp"
#include "engine/stemmer.hpp"
#include "engine/token_normalizer.hpp"
#include "engine/transcript.hpp"
#include "engine/utf8_text.hpp"
#include "engine/word_splitter.hpp"

namespace dipdiff {
namespace {

// ICU break iterators index text with int32_t.
constexpr std::size_t k_max_text_bytes = std::numeric_limits<std::int32_t>::max();

void check_icu(UErrorCode status, const char* what) {
    if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU ") + what + ": " + u_errorName(status));
}

// A UText over UTF-8 bytes that the caller keeps alive; reopened for every paragraph and sentence.
class Utf8Text {
public:
    Utf8Text() = default;
    ~Utf8Text() { utext_close(&m_text); }
    Utf8Text(const Utf8Text&) = delete;
    Utf8Text& operator=(const Utf8Text&) = delete;

    UText* open(std::string_view text) {
        UErrorCode status = U_ZERO_ERROR;
        utext_openUTF8(&m_text, text.data(), static_cast<std::int64_t>(text.size()), &status);
        check_icu(status, "cannot open UTF-8 text");
        return &m_text;
    }

private:
    UText m_text = UTEXT_INITIALIZER;
};

// Everything that depends on the language, made once: break iterators are
// costly to build, and the cache makes normalizing and stemming run once per
// distinct spelling.
struct LanguageTools {
    std::string language;  // primary subtag ("en")
    std::unique_ptr<icu::BreakIterator> sentences;
    WordSplitter words;
    SnowballStemmer stemmer;
    FormCache forms;

    explicit LanguageTools(std::string_view code) : language(code), words(code), stemmer(code) {
        UErrorCode status = U_ZERO_ERROR;
        sentences.reset(icu::BreakIterator::createSentenceInstance(icu::Locale(language.c_str()), status));
        check_icu(status, "cannot create a sentence break iterator");
    }
};

bool is_line_break_byte(char c) { return c == '\n' || c == '\r' || c == '\v' || c == '\f'; }

// Line breaks become spaces (a single line break is not a sentence boundary
// in hard-wrapped text); the byte length, and so every offset, stays the same.
void blank_line_breaks(std::string& text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (is_line_break_byte(c)) {
            text[i] = ' ';
        } else if (c == '\xC2' && i + 1 < text.size() && text[i + 1] == '\x85') {  // NEL
            text[i] = text[i + 1] = ' ';
        } else if (c == '\xE2' && i + 2 < text.size() && text[i + 1] == '\x80' &&
                   (text[i + 2] == '\xA8' || text[i + 2] == '\xA9')) {  // LINE / PARAGRAPH SEPARATOR
            text[i] = text[i + 1] = text[i + 2] = ' ';
        }
    }
}

// Where the segmenter reads, and how its spans map back to the original bytes.
class SourceText {
public:
    /// Validates the analysis view; see Segmenter::segment for what it throws.
    explicit SourceText(const Statement& statement) : m_analysis(statement.analysis) {
        const AnalysisText& analysis = statement.analysis;
        m_identity = analysis.origin.empty();
        // A statement whose analysis view was never filled is read as plain text.
        m_text = m_identity && analysis.text.empty() ? std::string_view(statement.text)
                                                     : std::string_view(analysis.text);
        if (m_text.size() > k_max_text_bytes || statement.text.size() > k_max_text_bytes)
            throw_input_error("text.too_large",
                              "the statement text is " + std::to_string(statement.text.size()) + " bytes",
                              "at most 2 GiB", statement.path);
        if (m_identity) {
            if (m_text.size() != statement.text.size())
                throw std::invalid_argument(
                    "an AnalysisText without origin must have the original text's length");
            return;
        }
        if (analysis.origin.size() != analysis.text.size())
            throw std::invalid_argument(
                "AnalysisText::origin must have one entry per byte of the analysis text");
        for (std::size_t i = 0; i < analysis.origin.size(); ++i)
            if (analysis.origin[i] >= statement.text.size() ||
                (i > 0 && analysis.origin[i] < analysis.origin[i - 1]))
                throw std::invalid_argument("AnalysisText::origin must ascend inside the original text");
    }

    std::string_view text() const { return m_text; }
    Span to_original(Span span) const { return m_identity ? span : m_analysis.to_original(span); }

private:
    const AnalysisText& m_analysis;
    std::string_view m_text;
    bool m_identity = true;
};

// The labels and stage directions of a text: spans that are no one's words.
struct NonSpeech {
    std::vector<SpeakerLabel> labels;
    std::vector<std::uint32_t> turn_starts;  // label starts, ascending
    std::vector<Span> spans;                 // labels and stage directions, ascending
};

NonSpeech find_non_speech(std::string_view text, const Statement& statement, const SegmentOptions& options) {
    NonSpeech found;
    if (options.detect_turns) found.labels = find_speaker_labels(text, statement.genre);
    std::vector<Span> label_spans;
    label_spans.reserve(found.labels.size());
    for (const SpeakerLabel& label : found.labels) {
        label_spans.push_back(label.span);
        found.turn_starts.push_back(label.span.start);
    }
    const std::vector<Span> directions = find_stage_directions(text, label_spans);
    found.spans.reserve(label_spans.size() + directions.size());
    std::merge(label_spans.begin(), label_spans.end(), directions.begin(), directions.end(),
               std::back_inserter(found.spans), [](Span a, Span b) { return a.start < b.start; });
    return found;
}

}  // namespace

struct Segmenter::Impl {
    TermPool& terms;
    TokenNormalizer normalizer;
    std::map<std::string, std::unique_ptr<LanguageTools>, std::less<>> languages;
    // Reused between paragraphs and statements so that the hot path does not allocate.
    std::string buffer;
    std::string scratch;
    std::vector<std::uint32_t> icu_breaks;
    std::vector<TokenPiece> raw_tokens;
    Utf8Text paragraph_text;

    explicit Impl(TermPool& pool) : terms(pool) {}

    LanguageTools& tools(std::string_view language) {
        char buffer_[8];
        const std::string_view code = primary_language(language, buffer_);
        auto it = languages.find(code);
        if (it == languages.end())
            it = languages.emplace(std::string(code), std::make_unique<LanguageTools>(code)).first;
        return *it->second;
    }

    FormTerms terms_of(LanguageTools& lang, std::string_view raw) {
        if (const FormTerms* known = lang.forms.find(raw)) return *known;
        normalizer.normalize(raw, scratch);
        FormTerms pair;
        pair.norm = terms.intern(scratch);
        pair.stem = terms.intern(lang.stemmer.stem(scratch));
        lang.forms.insert(raw, pair);
        return pair;
    }

    void add_paragraph(const SourceText& source, Span block, std::span<const Span> excluded,
                       LanguageTools& lang, int turn, bool question, Document& document);
    void add_sentence(const SourceText& source, std::uint32_t base, LanguageTools& lang, int paragraph,
                      bool question, Document& document);
};

// Splits one paragraph block into sentences; adds the paragraph when it has any.
void Segmenter::Impl::add_paragraph(const SourceText& source, Span block, std::span<const Span> excluded,
                                    LanguageTools& lang, int turn, bool question, Document& document) {
    // A copy with line breaks, labels and stage directions blanked: same length, same offsets.
    buffer.assign(block.of(source.text()));
    blank_line_breaks(buffer);
    for (const Span span : excluded) {
        if (span.start >= block.end) break;
        const std::uint32_t from = std::max(span.start, block.start) - block.start;
        const std::uint32_t to = std::min(span.end, block.end) - block.start;
        std::fill(buffer.begin() + from, buffer.begin() + to, ' ');
    }

    UErrorCode status = U_ZERO_ERROR;
    lang.sentences->setText(paragraph_text.open(buffer), status);
    check_icu(status, "cannot set sentence break text");
    icu_breaks.clear();
    for (std::int32_t b = lang.sentences->first(); b != icu::BreakIterator::DONE; b = lang.sentences->next())
        icu_breaks.push_back(static_cast<std::uint32_t>(b));
    std::vector<std::uint32_t> starts = refine_sentence_breaks(buffer, icu_breaks, lang.language);
    starts.insert(starts.begin(), 0);

    const auto paragraph = static_cast<int>(document.paragraphs.size());
    const std::size_t first_sentence = document.sentences.size();
    for (std::size_t i = 0; i < starts.size(); ++i) {
        const auto end = i + 1 < starts.size() ? starts[i + 1] : static_cast<std::uint32_t>(buffer.size());
        lang.words.split(std::string_view(buffer).substr(starts[i], end - starts[i]), raw_tokens);
        if (!raw_tokens.empty())
            add_sentence(source, block.start + starts[i], lang, paragraph, question, document);
    }
    if (document.sentences.size() == first_sentence) return;
    const Span content{document.sentences[first_sentence].span.start, document.sentences.back().span.end};
    document.paragraphs.push_back({content, turn});
}

// Adds the sentence made of `raw_tokens`, whose offsets count from `base` in the source text.
void Segmenter::Impl::add_sentence(const SourceText& source, std::uint32_t base, LanguageTools& lang,
                                   int paragraph, bool question, Document& document) {
    const std::string_view text = source.text();
    Sentence sentence;
    // From the first token to the last: no white space or invisible characters at the ends.
    sentence.span = source.to_original({base + raw_tokens.front().start, base + raw_tokens.back().end});
    sentence.paragraph = paragraph;
    sentence.question = question;
    sentence.first_token = static_cast<std::uint32_t>(document.tokens.size());
    sentence.token_count = static_cast<std::uint32_t>(raw_tokens.size());
    for (const TokenPiece& raw : raw_tokens) {
        const Span span{base + raw.start, base + raw.end};
        const FormTerms pair = terms_of(lang, span.of(text));
        const TermId stem = raw.kind == TokenKind::word ? pair.stem : pair.norm;
        document.tokens.push_back({source.to_original(span), pair.norm, stem, raw.kind});
    }
    document.sentences.push_back(std::move(sentence));
}

Segmenter::Segmenter(TermPool& terms) : m_terms(terms), m_impl(std::make_unique<Impl>(terms)) {}

Segmenter::~Segmenter() = default;

std::string Segmenter::normalize(std::string_view token) {
    std::string out;
    m_impl->normalizer.normalize(token, out);
    return out;
}

std::string Segmenter::stem(std::string_view normalized_word, std::string_view language) {
    return std::string(m_impl->tools(language).stemmer.stem(normalized_word));
}

Document Segmenter::segment(const Statement& statement, const SegmentOptions& options) {
    const SourceText source(statement);
    const std::string_view text = source.text();
    Document document;
    document.statement = &statement;
    LanguageTools& lang =
        m_impl->tools(statement.language.empty() ? guess_language(text) : statement.language);

    // 1. Speaker labels and stage directions: text that is no one's words.
    const NonSpeech non_speech = find_non_speech(text, statement, options);
    document.stage_directions.reserve(non_speech.spans.size());
    for (const Span span : non_speech.spans) document.stage_directions.push_back({source.to_original(span)});

    // 2. Turns, each from its label to the next label.
    const std::vector<SpeakerLabel>& labels = non_speech.labels;
    for (std::size_t i = 0; i < labels.size(); ++i) {
        const auto end =
            i + 1 < labels.size() ? labels[i + 1].span.start : static_cast<std::uint32_t>(text.size());
        Turn turn;
        turn.span = source.to_original(trim(text, {labels[i].span.start, end}));
        turn.label = source.to_original(labels[i].span);
        turn.speaker = labels[i].speaker;
        turn.question = labels[i].question;
        document.turns.push_back(std::move(turn));
    }

    // 3. Paragraphs, each split into sentences and tokens.
    document.tokens.reserve(text.size() / 6 + 16);  // English has about 7 bytes per token
    const std::vector<std::uint32_t>& turn_starts = non_speech.turn_starts;
    auto excluded = non_speech.spans.begin();
    for (const Span block : split_paragraphs(text, turn_starts)) {
        const auto after = std::upper_bound(turn_starts.begin(), turn_starts.end(), block.start);
        const int turn = static_cast<int>(after - turn_starts.begin()) - 1;
        while (excluded != non_speech.spans.end() && excluded->end <= block.start) ++excluded;
        m_impl->add_paragraph(source, block, std::span<const Span>(excluded, non_speech.spans.end()), lang,
                              turn, turn >= 0 && labels[static_cast<std::size_t>(turn)].question, document);
    }
    return document;
}

}  // namespace dipdiff
