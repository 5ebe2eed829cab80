#include "engine/segmenter.hpp"

#include "engine/diagnostic.hpp"
#include "engine/paragraphs.hpp"
#include "engine/sentence_rules.hpp"
#include "engine/stemmer.hpp"
#include "engine/token_normalizer.hpp"
#include "engine/transcript.hpp"
#include "engine/utf8_text.hpp"
#include "engine/word_splitter.hpp"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <algorithm>
#include <functional>
#include <limits>
#include <map>
#include <stdexcept>
#include <unordered_map>

namespace dipdiff {
namespace {

// ICU break iterators index text with int32_t.
constexpr std::size_t k_max_text_bytes = std::numeric_limits<std::int32_t>::max();

struct TermPair {
    TermId norm = 0;
    TermId stem = 0;
};

struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const noexcept { return std::hash<std::string_view>{}(text); }
};

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
    std::unordered_map<std::string, TermPair, StringHash, std::equal_to<>> forms;

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
        if (it == languages.end()) it = languages.emplace(std::string(code), std::make_unique<LanguageTools>(code)).first;
        return *it->second;
    }

    TermPair terms_of(LanguageTools& lang, std::string_view raw) {
        if (auto it = lang.forms.find(raw); it != lang.forms.end()) return it->second;
        normalizer.normalize(raw, scratch);
        TermPair pair;
        pair.norm = terms.intern(scratch);
        pair.stem = terms.intern(lang.stemmer.stem(scratch));
        lang.forms.emplace(std::string(raw), pair);
        return pair;
    }

};

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
    Impl& impl = *m_impl;
    const AnalysisText& analysis = statement.analysis;
    // A statement whose analysis view was never filled is read as plain text.
    const bool identity = analysis.origin.empty();
    const std::string_view text = identity && analysis.text.empty() ? std::string_view(statement.text)
                                                                     : std::string_view(analysis.text);
    if (text.size() > k_max_text_bytes || statement.text.size() > k_max_text_bytes)
        throw_input_error("text.too_large", "the statement text is " + std::to_string(statement.text.size()) + " bytes",
                          "at most 2 GiB", statement.path);
    if (!identity) {
        if (analysis.origin.size() != analysis.text.size())
            throw std::invalid_argument("AnalysisText::origin must have one entry per byte of the analysis text");
        for (std::size_t i = 0; i < analysis.origin.size(); ++i)
            if (analysis.origin[i] >= statement.text.size() || (i > 0 && analysis.origin[i] < analysis.origin[i - 1]))
                throw std::invalid_argument("AnalysisText::origin must ascend inside the original text");
    } else if (text.size() != statement.text.size()) {
        throw std::invalid_argument("an AnalysisText without origin must have the original text's length");
    }
    const auto to_original = [&](Span span) { return identity ? span : analysis.to_original(span); };

    Document document;
    document.statement = &statement;
    LanguageTools& lang = impl.tools(statement.language.empty() ? guess_language(text) : statement.language);

    // 1. Speaker labels and stage directions: text that is no one's words.
    std::vector<SpeakerLabel> labels;
    if (options.detect_turns) labels = find_speaker_labels(text, statement.genre);
    std::vector<Span> label_spans;
    label_spans.reserve(labels.size());
    for (const SpeakerLabel& label : labels) label_spans.push_back(label.span);
    const std::vector<Span> directions = find_stage_directions(text, label_spans);
    std::vector<Span> excluded;
    excluded.reserve(label_spans.size() + directions.size());
    std::merge(label_spans.begin(), label_spans.end(), directions.begin(), directions.end(),
               std::back_inserter(excluded), [](Span a, Span b) { return a.start < b.start; });
    document.stage_directions.reserve(excluded.size());
    for (const Span span : excluded) document.stage_directions.push_back({to_original(span)});

    // 2. Turns: from a label to the next one.
    std::vector<std::uint32_t> turn_starts;
    for (std::size_t i = 0; i < labels.size(); ++i) {
        const std::uint32_t end = i + 1 < labels.size() ? labels[i + 1].span.start : static_cast<std::uint32_t>(text.size());
        Turn turn;
        turn.span = to_original(trim(text, {labels[i].span.start, end}));
        turn.label = to_original(labels[i].span);
        turn.speaker = labels[i].speaker;
        turn.question = labels[i].question;
        document.turns.push_back(std::move(turn));
        turn_starts.push_back(labels[i].span.start);
    }

    // 3. Paragraphs, each split into sentences and tokens.
    document.tokens.reserve(text.size() / 6 + 16);
    auto next_excluded = excluded.begin();
    for (const Span block : split_paragraphs(text, turn_starts)) {
        const auto after = std::upper_bound(turn_starts.begin(), turn_starts.end(), block.start);
        const int turn = static_cast<int>(after - turn_starts.begin()) - 1;
        const bool question = turn >= 0 && labels[static_cast<std::size_t>(turn)].question;

        std::string& buffer = impl.buffer;
        buffer.assign(block.of(text));
        blank_line_breaks(buffer);
        while (next_excluded != excluded.end() && next_excluded->end <= block.start) ++next_excluded;
        for (auto it = next_excluded; it != excluded.end() && it->start < block.end; ++it) {
            const std::uint32_t from = std::max(it->start, block.start) - block.start;
            const std::uint32_t to = std::min(it->end, block.end) - block.start;
            std::fill(buffer.begin() + from, buffer.begin() + to, ' ');
        }

        UErrorCode status = U_ZERO_ERROR;
        lang.sentences->setText(impl.paragraph_text.open(buffer), status);
        check_icu(status, "cannot set sentence break text");
        impl.icu_breaks.clear();
        for (std::int32_t b = lang.sentences->first(); b != icu::BreakIterator::DONE; b = lang.sentences->next())
            impl.icu_breaks.push_back(static_cast<std::uint32_t>(b));
        std::vector<std::uint32_t> starts = refine_sentence_breaks(buffer, impl.icu_breaks, lang.language);
        starts.insert(starts.begin(), 0);

        const auto paragraph_index = static_cast<int>(document.paragraphs.size());
        Span content{std::numeric_limits<std::uint32_t>::max(), 0};
        for (std::size_t i = 0; i < starts.size(); ++i) {
            const std::uint32_t end = i + 1 < starts.size() ? starts[i + 1] : static_cast<std::uint32_t>(buffer.size());
            const Span span = trim(buffer, {starts[i], end});
            if (span.empty()) continue;
            lang.words.split(span.of(buffer), impl.raw_tokens);
            if (impl.raw_tokens.empty()) continue;

            Sentence sentence;
            sentence.span = to_original({block.start + span.start, block.start + span.end});
            sentence.paragraph = paragraph_index;
            sentence.question = question;
            sentence.first_token = static_cast<std::uint32_t>(document.tokens.size());
            sentence.token_count = static_cast<std::uint32_t>(impl.raw_tokens.size());
            const std::uint32_t base = block.start + span.start;
            for (const TokenPiece& raw : impl.raw_tokens) {
                const TermPair pair = impl.terms_of(lang, text.substr(base + raw.start, raw.end - raw.start));
                const TermId stem = raw.kind == TokenKind::word ? pair.stem : pair.norm;
                document.tokens.push_back({to_original({base + raw.start, base + raw.end}), pair.norm, stem, raw.kind});
            }
            document.sentences.push_back(std::move(sentence));
            content.start = std::min(content.start, block.start + span.start);
            content.end = block.start + span.end;
        }
        if (content.end > 0) document.paragraphs.push_back({to_original(content), turn});
    }
    return document;
}

}  // namespace dipdiff
