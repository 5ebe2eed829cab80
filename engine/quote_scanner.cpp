#include "engine/quote_scanner.hpp"

#include <algorithm>
#include <cstdint>
#include <optional>

#include "engine/utf8_text.hpp"

namespace dipdiff {
namespace {

enum class QuoteKind : std::uint8_t {
    curly_double,     // “…” and ”…”
    low_double,       // „…“ and „…”
    straight_double,  // "…"
    guillemet,        // «…»
    curly_single,     // ‘…’
    straight_single,  // '…'
    corner,           // 「…」
    white_corner,     // 『…』
};

enum class QuoteFamily : std::uint8_t { double_mark, single_mark, guillemet, corner, white_corner };

QuoteFamily family_of(QuoteKind kind) {
    switch (kind) {
        case QuoteKind::curly_double:
        case QuoteKind::low_double:
        case QuoteKind::straight_double:
            return QuoteFamily::double_mark;
        case QuoteKind::curly_single:
        case QuoteKind::straight_single:
            return QuoteFamily::single_mark;
        case QuoteKind::guillemet:
            return QuoteFamily::guillemet;
        case QuoteKind::corner:
            return QuoteFamily::corner;
        case QuoteKind::white_corner:
            return QuoteFamily::white_corner;
    }
    return QuoteFamily::double_mark;
}

constexpr char32_t k_left_double = U'\u201C';
constexpr char32_t k_right_double = U'\u201D';
constexpr char32_t k_low_double = U'\u201E';
constexpr char32_t k_left_single = U'\u2018';
constexpr char32_t k_right_single = U'\u2019';
constexpr char32_t k_left_guillemet = U'\u00AB';
constexpr char32_t k_right_guillemet = U'\u00BB';
constexpr char32_t k_left_corner = U'\u300C';
constexpr char32_t k_right_corner = U'\u300D';
constexpr char32_t k_left_white_corner = U'\u300E';
constexpr char32_t k_right_white_corner = U'\u300F';

bool is_quote_mark(char32_t c) {
    switch (c) {
        case '"':
        case '\'':
        case k_left_double:
        case k_right_double:
        case k_low_double:
        case k_left_single:
        case k_right_single:
        case k_left_guillemet:
        case k_right_guillemet:
        case k_left_corner:
        case k_right_corner:
        case k_left_white_corner:
        case k_right_white_corner:
            return true;
        default:
            return false;
    }
}

bool is_dash(char32_t c) { return c == '-' || (c >= U'\u2010' && c <= U'\u2015'); }

// Full-width and ideographic punctuation: Chinese puts quotes right after it, with no space.
bool is_cjk_punctuation(char32_t c) {
    return (c >= U'\u3000' && c <= U'\u303F') || (c >= U'\uFF01' && c <= U'\uFF0F') ||
           (c >= U'\uFF1A' && c <= U'\uFF20');
}

// Whether a mark after `prev` stands at a word start. nullopt = paragraph start.
bool at_word_start(std::optional<char32_t> prev) {
    if (!prev) return true;
    const char32_t c = *prev;
    return is_white_space(c) || c == '(' || c == '[' || c == '{' || c == '/' || c == ':' || is_dash(c) ||
           is_quote_mark(c) || is_han(c) || is_cjk_punctuation(c);
}

// Whether a mark before `next` stands at a word end. nullopt = paragraph end.
bool at_word_end(std::optional<char32_t> next) {
    if (!next) return true;
    const char32_t c = *next;
    return is_white_space(c) || c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' ||
           c == ']' || c == '}' || c == U'\u2026' || is_dash(c) || is_quote_mark(c) || is_han(c) ||
           is_cjk_punctuation(c);
}

bool is_non_space(std::optional<char32_t> c) { return c && !is_white_space(*c); }
bool is_letter_cp(std::optional<char32_t> c) { return c && is_letter(*c); }

// The opening mark a continued paragraph starts with, when it is one of `family`.
bool opens_family(char32_t c, QuoteFamily family) {
    switch (family) {
        case QuoteFamily::double_mark:
            return c == k_left_double || c == k_low_double || c == '"' || c == k_right_double;
        case QuoteFamily::single_mark:
            return c == k_left_single || c == '\'';
        case QuoteFamily::guillemet:
            return c == k_left_guillemet;
        case QuoteFamily::corner:
            return c == k_left_corner;
        case QuoteFamily::white_corner:
            return c == k_left_white_corner;
    }
    return false;
}

QuoteKind kind_opened_by(char32_t mark, QuoteKind fallback) {
    switch (mark) {
        case k_left_double:
        case k_right_double:
            return QuoteKind::curly_double;
        case k_low_double:
            return QuoteKind::low_double;
        case '"':
            return QuoteKind::straight_double;
        case k_left_single:
            return QuoteKind::curly_single;
        case '\'':
            return QuoteKind::straight_single;
        default:
            return fallback;
    }
}

class QuoteScanner {
public:
    QuoteScanner(std::string_view text, const std::vector<QuoteParagraph>& paragraphs)
        : m_text(text), m_paragraphs(paragraphs) {}

    std::vector<Span> run() {
        for (std::size_t p = 0; p < m_paragraphs.size(); ++p) scan_paragraph(p);
        std::sort(m_regions.begin(), m_regions.end(), [](const Span& a, const Span& b) {
            return a.start != b.start ? a.start < b.start : a.end < b.end;
        });
        // Paragraphs given out of order could overlap; keep the result well formed.
        std::vector<Span> merged;
        for (const Span& r : m_regions) {
            if (!merged.empty() && r.start < merged.back().end)
                merged.back().end = std::max(merged.back().end, r.end);
            else
                merged.push_back(r);
        }
        return merged;
    }

private:
    struct Open {
        QuoteKind kind;
        std::uint32_t content_start;
    };

    // A cached search for the next mark that can close a single quote.
    struct CloserSearch {
        std::uint32_t searched_from = 0;
        std::optional<std::uint32_t> found;
        bool valid = false;
    };

    Span clamped(Span span) const {
        const auto size = static_cast<std::uint32_t>(m_text.size());
        const std::uint32_t end = std::min(span.end, size);
        return {std::min(span.start, end), end};
    }

    std::optional<char32_t> before(std::uint32_t at) const {
        if (at <= m_para.start) return std::nullopt;
        return decode_before(m_text, at).value;
    }
    std::optional<char32_t> after(std::uint32_t at) const {
        if (at >= m_para.end) return std::nullopt;
        return decode_at(m_text, at).value;
    }

    void scan_paragraph(std::size_t index) {
        m_para = clamped(m_paragraphs[index].span);
        m_closer_search[0] = {};
        m_closer_search[1] = {};
        m_next_paragraph = index + 1;
        std::uint32_t i = m_para.start;
        if (m_continuing && i < m_para.end) i += decode_at(m_text, i).size;  // the continuation mark
        m_continuing = false;
        while (i < m_para.end) {
            const CodePoint cp = decode_at(m_text, i);
            const std::uint32_t next_at = i + cp.size;
            if (cp.value < 0x80 ? (cp.value == '"' || cp.value == '\'') : is_quote_mark(cp.value))
                on_mark(cp.value, i, next_at);
            i = next_at;
        }
        end_paragraph(index);
    }

    void end_paragraph(std::size_t index) {
        if (m_stack.empty()) return;
        const Open outer = m_stack.front();
        const std::size_t next = index + 1;
        if (next < m_paragraphs.size() && m_paragraphs[next].group == m_paragraphs[index].group) {
            const Span next_span = clamped(m_paragraphs[next].span);
            const char32_t first = next_span.empty() ? 0 : decode_at(m_text, next_span.start).value;
            if (!next_span.empty() && opens_family(first, family_of(outer.kind))) {
                // The continued quote closes with the mark matching the one that reopened it.
                m_stack.resize(1);
                m_stack.front().kind = kind_opened_by(first, outer.kind);
                m_continuing = true;
                return;
            }
        }
        emit(outer.content_start, m_para.end);
        m_stack.clear();
    }

    void emit(std::uint32_t start, std::uint32_t end) {
        if (start < end) m_regions.push_back({start, end});
    }

    std::optional<std::size_t> find_open(std::initializer_list<QuoteKind> kinds) const {
        for (std::size_t k = m_stack.size(); k-- > 0;)
            for (QuoteKind kind : kinds)
                if (m_stack[k].kind == kind) return k;
        return std::nullopt;
    }

    void push(QuoteKind kind, std::uint32_t content_start) { m_stack.push_back({kind, content_start}); }

    // Closes the open quote at `depth` and every quote opened inside it.
    void close(std::size_t depth, std::uint32_t mark_start) {
        if (depth == 0) emit(m_stack.front().content_start, mark_start);
        m_stack.resize(depth);
    }

    bool close_any(std::initializer_list<QuoteKind> kinds, std::uint32_t mark_start) {
        if (auto depth = find_open(kinds)) {
            close(*depth, mark_start);
            return true;
        }
        return false;
    }

    // A mark that can close a single quote: after a non-space, not before a letter.
    bool closes_single_at(std::uint32_t at, std::uint32_t size) const {
        return is_non_space(before(at)) && !is_letter_cp(after(at + size));
    }

    // Whether a closing single mark follows `from` in this paragraph, or the quote
    // continues into the next paragraph by the multi-paragraph convention.
    bool single_closer_follows(QuoteKind kind, std::uint32_t from) {
        const char32_t closer = kind == QuoteKind::curly_single ? k_right_single : '\'';
        CloserSearch& search = m_closer_search[kind == QuoteKind::curly_single ? 0 : 1];
        if (search.valid && search.found && *search.found >= from) return true;
        if (search.valid && !search.found && search.searched_from <= from) return continues_with(kind);
        search = {from, std::nullopt, true};
        for (std::uint32_t i = from; i < m_para.end;) {
            const CodePoint cp = decode_at(m_text, i);
            if (cp.value == closer && closes_single_at(i, cp.size)) {
                search.found = i;
                return true;
            }
            i += cp.size;
        }
        return continues_with(kind);
    }

    bool continues_with(QuoteKind kind) const {
        if (m_next_paragraph >= m_paragraphs.size()) return false;
        if (m_paragraphs[m_next_paragraph].group != m_paragraphs[m_next_paragraph - 1].group) return false;
        const Span next = clamped(m_paragraphs[m_next_paragraph].span);
        if (next.empty()) return false;
        const char32_t first = decode_at(m_text, next.start).value;
        return first == (kind == QuoteKind::curly_single ? k_left_single : U'\'');
    }

    void on_mark(char32_t mark, std::uint32_t at, std::uint32_t after_mark) {
        const auto prev = before(at);
        const auto next = after(after_mark);
        switch (mark) {
            case k_left_double:
                // „…“ closes with “; a “ at a word end closing a “ is a common typing slip.
                if (is_non_space(prev) && at_word_end(next) &&
                    close_any({QuoteKind::low_double, QuoteKind::curly_double}, at))
                    return;
                push(QuoteKind::curly_double, after_mark);
                return;
            case k_right_double:
                if (close_any({QuoteKind::curly_double, QuoteKind::low_double}, at)) return;
                if (at_word_start(prev) && is_non_space(next)) push(QuoteKind::curly_double, after_mark);
                return;
            case k_low_double:
                push(QuoteKind::low_double, after_mark);
                return;
            case k_left_guillemet:
                push(QuoteKind::guillemet, after_mark);
                return;
            case k_right_guillemet:
                close_any({QuoteKind::guillemet}, at);
                return;
            case k_left_corner:
                push(QuoteKind::corner, after_mark);
                return;
            case k_right_corner:
                close_any({QuoteKind::corner}, at);
                return;
            case k_left_white_corner:
                push(QuoteKind::white_corner, after_mark);
                return;
            case k_right_white_corner:
                close_any({QuoteKind::white_corner}, at);
                return;
            case '"': {
                const bool can_close = is_non_space(prev) && at_word_end(next);
                const bool can_open = at_word_start(prev) && is_non_space(next);
                if (can_close && close_any({QuoteKind::straight_double}, at)) return;
                if (can_open) push(QuoteKind::straight_double, after_mark);
                return;
            }
            case k_left_single:
            case '\'': {
                const QuoteKind kind = mark == '\'' ? QuoteKind::straight_single : QuoteKind::curly_single;
                if (mark == '\'' && closes_single_at(at, after_mark - at) && close_any({kind}, at)) return;
                if (at_word_start(prev) && is_letter_cp(next) && single_closer_follows(kind, after_mark))
                    push(kind, after_mark);
                return;
            }
            case k_right_single:
                if (closes_single_at(at, after_mark - at)) close_any({QuoteKind::curly_single}, at);
                return;
            default:
                return;
        }
    }

    std::string_view m_text;
    const std::vector<QuoteParagraph>& m_paragraphs;
    Span m_para;
    std::size_t m_next_paragraph = 0;
    bool m_continuing = false;
    std::vector<Open> m_stack;
    std::vector<Span> m_regions;
    CloserSearch m_closer_search[2];
};

}  // namespace

std::vector<Span> find_quote_regions(std::string_view text, const std::vector<QuoteParagraph>& paragraphs) {
    return QuoteScanner(text, paragraphs).run();
}

}  // namespace dipdiff
