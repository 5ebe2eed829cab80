#include "engine/sentence_rules.hpp"

#include <algorithm>

#include "engine/abbreviations.hpp"
#include "engine/utf8_text.hpp"

namespace dipdiff {
namespace {

bool is_closing_quote(char32_t c) {
    return c == U'"' || c == U'\'' || c == U'\u201D' || c == U'\u2019' || c == U'\u00BB' || c == U'\u203A' ||
           c == U'\u300D' || c == U'\u300F' || c == U')' || c == U'\uFF09' || c == U']';
}

bool is_opening_quote(char32_t c) {
    return c == U'\u201C' || c == U'\u2018' || c == U'\u00AB' || c == U'\u201E' || c == U'\u201A' ||
           c == U'\u2039' || c == U'\u300C' || c == U'\u300E' || c == U'\u300A' || c == U'(' ||
           c == U'\uFF08';
}

bool is_sentence_end_mark(char32_t c) { return c == U'.' || c == U'?' || c == U'!' || c == U'\u2026'; }

std::uint32_t skip_spaces(std::string_view text, std::uint32_t at) {
    while (at < text.size()) {
        const CodePoint c = decode_at(text, at);
        if (!is_white_space(c.value)) break;
        at += c.size;
    }
    return at;
}

// The run of letters (and, inside it, periods and apostrophes) that starts at `at`.
std::string_view word_at(std::string_view text, std::uint32_t at) {
    std::uint32_t end = at;
    while (end < text.size()) {
        const CodePoint c = decode_at(text, end);
        if (!is_letter(c.value)) break;
        end += c.size;
    }
    return text.substr(at, end - at);
}

// The abbreviation-like word that ends just before the period at `period`:
// letters and periods, starting after white space, an opening mark or the text start.
std::string_view word_before_period(std::string_view text, std::uint32_t start, std::uint32_t period) {
    std::uint32_t begin = period;
    while (begin > start) {
        const CodePoint c = decode_before(text, begin);
        if (!is_letter(c.value) && c.value != U'.' && c.value != U'-') break;
        begin -= c.size;
    }
    if (begin > start) {
        const CodePoint c = decode_before(text, begin);
        if (!is_white_space(c.value) && !is_opening_quote(c.value) && c.value != U'"') return {};
    }
    const std::string_view word = text.substr(begin, period - begin);
    if (word.empty() || word.front() == '.' || word.front() == '-') return {};
    return word;
}

// "1.", "12.", "IV.", "a)", "(3)": a list number standing alone before the break.
bool is_enumerator(std::string_view sentence) {
    if (sentence.size() < 2 || sentence.size() > 6) return false;
    const char last = sentence.back();
    if (last != '.' && last != ')') return false;
    std::string_view body = sentence.substr(0, sentence.size() - 1);
    if (last == ')' && !body.empty() && body.front() == '(') body.remove_prefix(1);
    if (body.empty()) return false;
    const bool digits = std::all_of(body.begin(), body.end(), [](char c) { return c >= '0' && c <= '9'; });
    const bool roman = std::all_of(body.begin(), body.end(), [](char c) {
        return c == 'I' || c == 'V' || c == 'X' || c == 'L' || c == 'i' || c == 'v' || c == 'x';
    });
    const bool letter = body.size() == 1 && ((body[0] | 0x20) >= 'a' && (body[0] | 0x20) <= 'z');
    return digits || roman || letter;
}

// After a quotation ending in . ? or !, a short sentence "Marek said." is its attribution.
bool is_short_attribution(std::string_view next_sentence) {
    int words = 0;
    std::uint32_t at = 0;
    std::string_view last_word;
    while (at < next_sentence.size()) {
        const CodePoint c = decode_at(next_sentence, at);
        if (is_letter(c.value)) {
            last_word = word_at(next_sentence, at);
            at += static_cast<std::uint32_t>(last_word.size());
            if (++words > 4) return false;
        } else if (is_white_space(c.value) || c.value == U'.') {
            at += c.size;
        } else {
            return false;
        }
    }
    return words >= 2 && is_speech_verb(last_word);
}

class BreakJudge {
public:
    BreakJudge(std::string_view text, std::string_view language) : m_text(text), m_language(language) {}

    // Whether the sentence that began at `start` ends before `boundary`; `next`
    // is the boundary after it (or the text end).
    bool keeps(std::uint32_t start, std::uint32_t boundary, std::uint32_t next) const {
        const Span before = trim(m_text, {start, boundary});
        if (before.empty()) return false;
        const CodePoint first = decode_at(m_text, boundary);
        if (is_lower(first.value)) return false;  // "“Is it?” she asked.", "… and then"
        if (is_enumerator(before.of(m_text))) return false;

        const CodePoint last = decode_before(m_text, before.end);
        if (last.value == U'.' && decode_before(m_text, before.end - 1).value != U'.' &&
            !abbreviation_ends_sentence(start, before.end - 1, boundary, first))
            return false;

        if (is_closing_quote(last.value) && last.value != U')') {
            const CodePoint mark = decode_before(m_text, before.end - last.size);
            const Span after = trim(m_text, {boundary, next});
            if (is_sentence_end_mark(mark.value) && is_short_attribution(after.of(m_text))) return false;
        }
        return true;
    }

private:
    bool abbreviation_ends_sentence(std::uint32_t start, std::uint32_t period, std::uint32_t boundary,
                                    CodePoint first) const {
        const std::string_view word = word_before_period(m_text, start, period);
        const std::string_view next_word = word_at(m_text, boundary);
        const bool english = m_language == "en";
        switch (abbreviation_kind(word, m_language)) {
            case AbbreviationKind::none:
                return true;
            case AbbreviationKind::never_final:
                return false;
            case AbbreviationKind::before_number:
                return !is_digit(first.value);
            case AbbreviationKind::acronym:
                return is_sentence_starter(next_word);
            case AbbreviationKind::initial:
                return english && is_sentence_starter(next_word);
        }
        return true;
    }

    std::string_view m_text;
    std::string_view m_language;
};

// ICU never breaks after "…"; "..." followed by a capital does. Treat both alike.
void add_ellipsis_breaks(std::string_view text, std::vector<std::uint32_t>& breaks) {
    const std::string_view ellipsis = "\u2026";
    for (std::size_t at = text.find(ellipsis); at != std::string_view::npos;
         at = text.find(ellipsis, at + 1)) {
        auto end = static_cast<std::uint32_t>(at + ellipsis.size());
        while (end < text.size()) {
            const CodePoint c = decode_at(text, end);
            if (!is_closing_quote(c.value)) break;
            end += c.size;
        }
        const std::uint32_t next = skip_spaces(text, end);
        if (next == end || next >= text.size()) continue;
        if (is_upper(decode_at(text, next).value)) breaks.push_back(next);
    }
}

// ICU counts “ and « as closing marks, so "…！“好。”" leaves the opening quote
// behind; move such marks to the sentence they open.
std::uint32_t move_opening_quotes(std::string_view text, std::uint32_t start, std::uint32_t boundary) {
    const Span before = trim(text, {start, boundary});
    std::uint32_t end = before.end;
    while (end > before.start) {
        const CodePoint c = decode_before(text, end);
        if (!is_opening_quote(c.value)) break;
        end -= c.size;
    }
    return end == before.end || end == before.start ? boundary : end;
}

}  // namespace

std::vector<std::uint32_t> refine_sentence_breaks(std::string_view text,
                                                  const std::vector<std::uint32_t>& icu_breaks,
                                                  std::string_view language) {
    const auto size = static_cast<std::uint32_t>(text.size());
    std::vector<std::uint32_t> candidates;
    candidates.reserve(icu_breaks.size() + 2);
    for (const std::uint32_t b : icu_breaks)
        if (b > 0 && b < size) candidates.push_back(skip_spaces(text, b));
    add_ellipsis_breaks(text, candidates);
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    while (!candidates.empty() && candidates.back() >= size) candidates.pop_back();

    const BreakJudge judge(text, language);
    std::vector<std::uint32_t> kept;
    kept.reserve(candidates.size());
    std::uint32_t start = 0;
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        const std::uint32_t next = i + 1 < candidates.size() ? candidates[i + 1] : size;
        if (!judge.keeps(start, candidates[i], next)) continue;
        const std::uint32_t boundary = move_opening_quotes(text, start, candidates[i]);
        kept.push_back(boundary);
        start = boundary;
    }
    return kept;
}

}  // namespace dipdiff
