// libFuzzer target: segments any valid UTF-8 text and checks the document's
// invariants. Language comes from the first byte (en/ru/zh), odd sizes are
// read as press conferences so that turn detection runs with every label style.
#include <unicode/utf8.h>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "engine/segmenter.hpp"

namespace {

bool is_valid_utf8(const std::uint8_t* data, std::size_t size) {
    if (size > static_cast<std::size_t>(INT32_MAX)) return false;
    const auto length = static_cast<std::int32_t>(size);
    for (std::int32_t i = 0; i < length;) {
        UChar32 c = 0;
        U8_NEXT(data, i, length, c);
        if (c < 0) return false;
    }
    return true;
}

void check(bool condition) {
    if (!condition) __builtin_trap();
}

void check_document(const dipdiff::Document& document, const dipdiff::TermPool& terms) {
    const auto size = static_cast<std::uint32_t>(document.statement->text.size());
    const auto in_text = [&](dipdiff::Span s) { return s.start <= s.end && s.end <= size; };

    std::uint32_t previous = 0;
    for (const dipdiff::Turn& turn : document.turns) {
        check(in_text(turn.span) && in_text(turn.label));
        check(previous <= turn.span.start && turn.span.start == turn.label.start &&
              turn.label.end <= turn.span.end);
        previous = turn.span.end;
    }
    previous = 0;
    for (const dipdiff::StageDirection& direction : document.stage_directions) {
        check(in_text(direction.span) && !direction.span.empty() && previous <= direction.span.start);
        previous = direction.span.end;
    }
    previous = 0;
    for (const dipdiff::Paragraph& paragraph : document.paragraphs) {
        check(in_text(paragraph.span) && !paragraph.span.empty() && previous <= paragraph.span.start);
        check(paragraph.turn >= -1 && paragraph.turn < static_cast<int>(document.turns.size()));
        previous = paragraph.span.end;
    }
    previous = 0;
    std::uint32_t next_token = 0;
    for (const dipdiff::Sentence& sentence : document.sentences) {
        check(in_text(sentence.span) && !sentence.span.empty() && previous <= sentence.span.start);
        check(sentence.paragraph >= 0 &&
              static_cast<std::size_t>(sentence.paragraph) < document.paragraphs.size());
        const dipdiff::Span paragraph =
            document.paragraphs[static_cast<std::size_t>(sentence.paragraph)].span;
        check(paragraph.start <= sentence.span.start && sentence.span.end <= paragraph.end);
        check(sentence.first_token == next_token && sentence.token_count > 0);
        next_token += sentence.token_count;
        check(next_token <= document.tokens.size());
        std::uint32_t token_end = sentence.span.start;
        for (auto t = document.sentence_tokens_begin(sentence); t != document.sentence_tokens_end(sentence);
             ++t) {
            check(!t->span.empty() && token_end <= t->span.start && t->span.end <= sentence.span.end);
            check(t->norm < terms.size() && t->stem < terms.size());
            for (const dipdiff::StageDirection& direction : document.stage_directions)
                check(t->span.end <= direction.span.start || direction.span.end <= t->span.start);
            token_end = t->span.end;
        }
        previous = sentence.span.end;
    }
    check(next_token == document.tokens.size());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0 || !is_valid_utf8(data, size)) return 0;
    // Made once (ICU iterators are costly) but renewed now and then, so that the
    // term pool and the normal-form cache do not grow without bound over a run.
    static std::unique_ptr<dipdiff::TermPool> terms;
    static std::unique_ptr<dipdiff::Segmenter> segmenter;
    if (!terms || terms->size() > 200000) {
        segmenter.reset();
        terms = std::make_unique<dipdiff::TermPool>();
        segmenter = std::make_unique<dipdiff::Segmenter>(*terms);
    }

    dipdiff::Statement statement;
    static const char* const k_languages[] = {"en", "ru", "zh"};
    statement.language = k_languages[data[0] % 3];
    statement.genre = size % 2 == 1 ? dipdiff::Genre::press_conference : dipdiff::Genre::readout;
    statement.text.assign(reinterpret_cast<const char*>(data), size);
    dipdiff::use_plain_analysis_text(statement);

    const dipdiff::Document document = segmenter->segment(statement);
    check(document.statement == &statement);
    check_document(document, *terms);
    return 0;
}
