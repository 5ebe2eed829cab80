#include "formats/markdown_strip.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "formats/text_lines.hpp"

namespace dipdiff {
namespace {

// Bounds on how far a construct is looked for, so that text full of
// unmatched '[' or '<' costs linear time.
constexpr std::size_t k_max_link_bytes = 1024;
constexpr std::size_t k_max_tag_bytes = 512;
constexpr std::size_t k_max_code_fence = 32;

struct Entity {
    std::string_view name;
    char32_t code_point;
};

constexpr std::array<Entity, 27> k_entities{{
    {"amp", U'&'},         {"lt", U'<'},         {"gt", U'>'},          {"quot", U'"'},
    {"apos", U'\''},       {"nbsp", U'\u00A0'},  {"ndash", U'\u2013'},  {"mdash", U'\u2014'},
    {"hellip", U'\u2026'}, {"lsquo", U'\u2018'}, {"rsquo", U'\u2019'},  {"ldquo", U'\u201C'},
    {"rdquo", U'\u201D'},  {"laquo", U'\u00AB'}, {"raquo", U'\u00BB'},  {"sbquo", U'\u201A'},
    {"bdquo", U'\u201E'},  {"copy", U'\u00A9'},  {"reg", U'\u00AE'},    {"trade", U'\u2122'},
    {"euro", U'\u20AC'},   {"pound", U'\u00A3'}, {"deg", U'\u00B0'},    {"middot", U'\u00B7'},
    {"bull", U'\u2022'},   {"shy", U'\u00AD'},   {"thinsp", U'\u2009'},
}};

// Tags that mark up words inside a line: they vanish. Every other tag (<br>,
// <p>, <div> …) separates text and becomes a line break.
constexpr std::array<std::string_view, 27> k_inline_tags{
    "a",    "abbr", "b", "bdi",  "bdo",   "cite", "code",   "del",    "dfn", "em",  "font", "i", "ins", "kbd",
    "mark", "q",    "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "u", "var"};

// The bytes that may begin inline markup; every other byte is text.
constexpr std::array<bool, 256> k_inline_special = [] {
    std::array<bool, 256> table{};
    for (char c : std::string_view("\\`<&![*_~")) table[static_cast<unsigned char>(c)] = true;
    return table;
}();

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_alnum(char c) { return is_alpha(c) || is_digit(c); }
bool is_hex(char c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
bool is_ascii_punct(char c) {
    return (c >= 0x21 && c <= 0x2F) || (c >= 0x3A && c <= 0x40) || (c >= 0x5B && c <= 0x60) ||
           (c >= 0x7B && c <= 0x7E);
}
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

std::size_t skip_blanks(std::string_view s, std::size_t at) {
    while (at < s.size() && (s[at] == ' ' || s[at] == '\t')) ++at;
    return at;
}

std::size_t run_length(std::string_view s, std::size_t at, char c) {
    std::size_t n = 0;
    while (at + n < s.size() && s[at + n] == c) ++n;
    return n;
}

/// "---", "* * *", "___": a line of one of -*_ (three or more) and blanks.
bool is_thematic_break(std::string_view rest) {
    if (rest.empty() || (rest.front() != '-' && rest.front() != '*' && rest.front() != '_')) return false;
    int count = 0;
    for (char c : rest) {
        if (c == rest.front())
            ++count;
        else if (c != ' ' && c != '\t')
            return false;
    }
    return count >= 3;
}

bool is_setext_underline(std::string_view rest) {
    const std::size_t n = run_length(rest, 0, '=');
    return n >= 1 && is_blank(rest.substr(n));
}

/// "[label]: url" on a line of its own.
bool is_link_definition(std::string_view rest) {
    if (rest.size() < 4 || rest.front() != '[') return false;
    const std::size_t close = rest.find(']');
    return close != std::string_view::npos && close > 1 && close + 1 < rest.size() && rest[close + 1] == ':';
}

/// The number of '#' of an ATX heading marker, 0 for none.
std::size_t heading_level(std::string_view rest) {
    const std::size_t n = run_length(rest, 0, '#');
    if (n == 0 || n > 6) return 0;
    if (n < rest.size() && rest[n] != ' ' && rest[n] != '\t') return 0;
    return n;
}

struct Delimiter {
    std::size_t pos;
    std::size_t length;
    std::size_t count;  // not yet matched
    char ch;
    bool can_open;
    bool can_close;
};

class Stripper {
public:
    explicit Stripper(std::string_view text) : m_text(text), m_drop(text.size(), 0) {}

    AnalysisText run() {
        read_blocks();
        AnalysisText out;
        if (!m_changed) {
            out.text.assign(m_text);
            return out;
        }
        // Nothing put in is longer than what it replaces (see replace()), so
        // the text's size bounds the result: write through pointers.
        const std::size_t size = m_text.size();
        out.text.resize(size);
        out.origin.resize(size);
        char* text = out.text.data();
        std::uint32_t* origin = out.origin.data();
        std::size_t n = 0;
        std::size_t next_replacement = 0;
        std::size_t i = 0;
        while (i < size) {
            const std::size_t replacement_at =
                next_replacement < m_replacements.size() ? m_replacements[next_replacement].begin : size;
            while (i < replacement_at) {
                std::uint64_t flags = 1;
                if (i + 8 <= replacement_at) std::memcpy(&flags, m_drop.data() + i, sizeof flags);
                if (flags == 0) {  // eight kept bytes at once
                    std::memcpy(text + n, m_text.data() + i, 8);
                    for (std::size_t k = 0; k < 8; ++k) origin[n + k] = static_cast<std::uint32_t>(i + k);
                    n += 8;
                    i += 8;
                    continue;
                }
                if (!m_drop[i]) {
                    text[n] = m_text[i];
                    origin[n++] = static_cast<std::uint32_t>(i);
                }
                ++i;
            }
            if (i >= size) break;
            const Replacement& r = m_replacements[next_replacement++];
            for (std::size_t k = 0; k < r.bytes.size(); ++k) {
                // First byte from the construct's first byte, last from its last.
                const std::size_t from = k + 1 == r.bytes.size() && k > 0 ? r.end - 1 : r.begin + k;
                text[n] = r.bytes[k];
                origin[n++] = static_cast<std::uint32_t>(std::min(from, r.end - 1));
            }
            i = r.begin + 1;  // the rest of the construct is dropped
        }
        out.text.resize(n);
        out.origin.resize(n);
        return out;
    }

private:
    struct Replacement {
        std::size_t begin;
        std::size_t end;
        std::string bytes;
    };

    void drop(std::size_t begin, std::size_t end) {
        if (begin >= end) return;
        std::fill(m_drop.begin() + static_cast<std::ptrdiff_t>(begin),
                  m_drop.begin() + static_cast<std::ptrdiff_t>(end), std::uint8_t{1});
        m_changed = true;
    }

    /// Puts `bytes` in place of [begin, end); never more bytes than it replaces.
    void replace(std::size_t begin, std::size_t end, std::string bytes) {
        if (bytes.size() > end - begin) return;
        drop(begin, end);
        m_replacements.push_back(Replacement{begin, end, std::move(bytes)});
    }

    void open_paragraph(std::size_t begin, std::size_t end) {
        if (!m_paragraph_open) {
            m_paragraph_open = true;
            m_paragraph_begin = begin;
        }
        m_paragraph_end = end;
    }

    void close_paragraph() {
        if (!m_paragraph_open) return;
        m_paragraph_open = false;
        strip_inline(m_paragraph_begin, m_paragraph_end);
    }

    // ---- Block level: line by line.

    void read_blocks() {
        LineReader reader(m_text);
        Line line;
        bool in_fence = false;
        char fence_char = 0;
        std::size_t fence_length = 0;
        while (reader.next(line)) {
            const std::string_view content = line.content;
            const std::size_t line_end = line.start + content.size();
            std::size_t at = skip_blanks(content, 0);
            std::string_view rest = content.substr(at);
            const char first = rest.empty() ? '\0' : rest.front();
            const std::size_t fence = (first == '`' || first == '~') ? run_length(rest, 0, first) : 0;
            if (in_fence) {
                if (first == fence_char && fence >= fence_length && is_blank(rest.substr(fence))) {
                    drop(line.start + at, line_end);
                    in_fence = false;
                }
                continue;
            }
            if (fence >= 3 && fence <= k_max_code_fence &&
                (first == '~' || rest.substr(fence).find('`') == std::string_view::npos)) {
                close_paragraph();
                drop(line.start + at, line_end);
                in_fence = true;
                fence_char = first;
                fence_length = fence;
                continue;
            }
            if (is_blank(rest)) {
                close_paragraph();
                continue;
            }
            if (is_thematic_break(rest) || (m_paragraph_open && is_setext_underline(rest)) ||
                (!m_paragraph_open && is_link_definition(rest))) {
                close_paragraph();
                drop(line.start + at, line_end);
                continue;
            }
            while (at < content.size() && content[at] == '>') {  // "> " quote markers, nested too
                std::size_t end = at + 1;
                if (end < content.size() && content[end] == ' ') ++end;
                drop(line.start + at, line.start + end);
                at = skip_blanks(content, end);
            }
            rest = content.substr(at);
            if (const std::size_t level = heading_level(rest); level != 0) {
                close_paragraph();
                read_heading(line.start + at, rest, level);
                continue;
            }
            if (rest.size() >= 2 && (rest[0] == '-' || rest[0] == '*' || rest[0] == '+') &&
                (rest[1] == ' ' || rest[1] == '\t')) {
                close_paragraph();  // a list item starts a block of its own
                drop(line.start + at, line.start + at + 2);
                at += 2;
            }
            if (at < content.size()) open_paragraph(line.start + at, line_end);
        }
        close_paragraph();
    }

    /// "## Title ##": markers and the closing sequence go; the title's inline markup is stripped.
    void read_heading(std::size_t start, std::string_view rest, std::size_t level) {
        const std::size_t text_start = skip_blanks(rest, level);
        drop(start, start + text_start);
        std::size_t end = rest.size();
        while (end > text_start && (rest[end - 1] == ' ' || rest[end - 1] == '\t')) --end;
        std::size_t hashes = end;
        while (hashes > text_start && rest[hashes - 1] == '#') --hashes;
        if (hashes < end && (hashes == text_start || rest[hashes - 1] == ' ' || rest[hashes - 1] == '\t')) {
            while (hashes > text_start && (rest[hashes - 1] == ' ' || rest[hashes - 1] == '\t')) --hashes;
            drop(start + hashes, start + rest.size());
            end = hashes;
        }
        strip_inline(start + text_start, start + end);
    }

    // ---- Inline level: one paragraph at a time.

    void strip_inline(std::size_t begin, std::size_t end) {
        m_delimiters.clear();
        m_no_comment_end = false;
        m_no_code_span_end.fill(false);
        std::size_t i = begin;
        while (i < end) {
            if (!k_inline_special[static_cast<unsigned char>(m_text[i])] || m_drop[i]) {
                ++i;
                continue;
            }
            switch (m_text[i]) {
                case '\\':
                    i = backslash(i, end);
                    break;
                case '`':
                    i = code_span(i, end);
                    break;
                case '<':
                    i = angle_bracket(i, end);
                    break;
                case '&':
                    i = entity(i, end);
                    break;
                case '!':
                    i = (i + 1 < end && m_text[i + 1] == '[' && link(i, i + 1, end)) ? i + 2 : i + 1;
                    break;
                case '[':
                    link(i, i, end);
                    ++i;
                    break;
                case '*':
                case '_':
                case '~':
                    i = delimiter_run(i, end);
                    break;
                default:
                    ++i;
            }
        }
        process_emphasis();
    }

    std::size_t backslash(std::size_t i, std::size_t end) {
        if (i + 1 >= end) return i + 1;
        const char next = m_text[i + 1];
        if (is_ascii_punct(next) && !m_drop[i + 1]) {
            drop(i, i + 1);
            return i + 2;  // the escaped character is literal
        }
        if (next == '\n' || next == '\r') drop(i, i + 1);  // a hard line break: the line break stays
        return i + 1;
    }

    /// `code` or ``code``: the backticks go, the code stays as written.
    std::size_t code_span(std::size_t i, std::size_t end) {
        const std::size_t n = std::min(run_length(m_text.substr(0, end), i, '`'), end - i);
        if (n >= m_no_code_span_end.size() || m_no_code_span_end[n]) return i + n;
        std::size_t j = i + n;
        while (j < end) {
            if (m_text[j] != '`') {
                ++j;
                continue;
            }
            const std::size_t m = std::min(run_length(m_text, j, '`'), end - j);
            if (m == n) {
                drop(i, i + n);
                drop(j, j + n);
                return j + n;
            }
            j += m;
        }
        m_no_code_span_end[n] = true;  // no later run of this length closes either
        return i + n;
    }

    std::size_t angle_bracket(std::size_t i, std::size_t end) {
        const std::string_view rest = m_text.substr(i, end - i);
        if (rest.starts_with("<!--")) {
            if (m_no_comment_end) return i + 1;
            const std::size_t close = rest.find("-->", 4);
            if (close == std::string_view::npos) {
                m_no_comment_end = true;
                return i + 1;
            }
            drop(i, i + close + 3);
            return i + close + 3;
        }
        // <https://example.org>: the brackets go, the address stays.
        std::size_t k = 1;
        while (k < rest.size() && k < 34 &&
               (is_alnum(rest[k]) || rest[k] == '+' || rest[k] == '.' || rest[k] == '-'))
            ++k;
        if (k > 2 && is_alpha(rest[1]) && k < rest.size() && rest[k] == ':') {
            std::size_t close = k + 1;
            while (close < rest.size() && close < k_max_tag_bytes && !is_space(rest[close]) &&
                   rest[close] != '<' && rest[close] != '>')
                ++close;
            if (close < rest.size() && rest[close] == '>') {
                drop(i, i + 1);
                drop(i + close, i + close + 1);
                return i + close + 1;
            }
        }
        // <b>, </p>, <br/>, <a href="...">.
        std::size_t name_start = 1;
        if (name_start < rest.size() && rest[name_start] == '/') ++name_start;
        if (name_start >= rest.size() || !is_alpha(rest[name_start])) return i + 1;
        std::size_t name_end = name_start;
        while (name_end < rest.size() && (is_alnum(rest[name_end]) || rest[name_end] == '-')) ++name_end;
        std::size_t close = name_end;
        if (close < rest.size() && (rest[close] == ' ' || rest[close] == '\t')) {
            while (close < rest.size() && close < k_max_tag_bytes && rest[close] != '>' &&
                   rest[close] != '<' && rest[close] != '\n')
                ++close;
        } else if (close < rest.size() && rest[close] == '/') {
            ++close;
        }
        if (close >= rest.size() || rest[close] != '>') return i + 1;
        std::string name;
        for (std::size_t c = name_start; c < name_end; ++c) name += lower(rest[c]);
        const bool inline_tag =
            std::find(k_inline_tags.begin(), k_inline_tags.end(), name) != k_inline_tags.end();
        if (inline_tag) {
            drop(i, i + close + 1);
        } else {
            replace(i, i + close + 1, "\n");
        }
        return i + close + 1;
    }

    /// &amp; &#8217; &#x2019; → the character; anything else stays as written.
    std::size_t entity(std::size_t i, std::size_t end) {
        const std::string_view rest = m_text.substr(i, std::min<std::size_t>(end - i, 40));
        const std::size_t semicolon = rest.find(';');
        if (semicolon == std::string_view::npos || semicolon < 2) return i + 1;
        const std::string_view body = rest.substr(1, semicolon - 1);
        char32_t cp = 0;
        if (body.front() == '#') {
            const bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
            const std::string_view digits = body.substr(hex ? 2 : 1);
            if (digits.empty() || digits.size() > (hex ? 6u : 7u)) return i + 1;
            for (char c : digits) {
                if (hex ? !is_hex(c) : !is_digit(c)) return i + 1;
                const char32_t v =
                    is_digit(c) ? static_cast<char32_t>(c - '0') : static_cast<char32_t>(lower(c) - 'a' + 10);
                cp = cp * (hex ? 16 : 10) + v;
            }
            const bool control = cp < 0x20 && cp != '\t' && cp != '\n';
            if (control || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) || cp == 0x7F) return i + 1;
        } else {
            bool found = false;
            for (const Entity& e : k_entities) {
                if (e.name == body) {
                    cp = e.code_point;
                    found = true;
                    break;
                }
            }
            if (!found) return i + 1;
        }
        std::string bytes;
        append_utf8(bytes, cp);
        replace(i, i + semicolon + 1, std::move(bytes));
        return i + semicolon + 1;
    }

    /// Matching bracket or parenthesis after `open`, honouring nesting and
    /// escapes, within k_max_link_bytes; npos when there is none.
    std::size_t matching(std::size_t open, std::size_t end, char open_char, char close_char) const {
        int depth = 0;
        const std::size_t limit = std::min(end, open + k_max_link_bytes);
        for (std::size_t j = open + 1; j < limit; ++j) {
            const char c = m_text[j];
            if (c == '\\') {
                ++j;
            } else if (c == open_char) {
                ++depth;
            } else if (c == close_char) {
                if (depth == 0) return j;
                --depth;
            }
        }
        return std::string_view::npos;
    }

    /// [text](url), [text][ref], ![alt](src): the syntax goes, the text stays
    /// (and is stripped in turn). False, touching nothing, for a bare '['.
    bool link(std::size_t start, std::size_t bracket, std::size_t end) {
        const std::size_t close = matching(bracket, end, '[', ']');
        if (close == std::string_view::npos || close + 1 >= end) return false;
        const char after = m_text[close + 1];
        if (after != '(' && after != '[') return false;
        const std::size_t target_end = matching(close + 1, end, after, after == '(' ? ')' : ']');
        if (target_end == std::string_view::npos) return false;
        drop(start, bracket + 1);
        drop(close, target_end + 1);
        return true;
    }

    std::size_t delimiter_run(std::size_t i, std::size_t end) {
        const char c = m_text[i];
        const std::size_t n = std::min(run_length(m_text, i, c), end - i);
        if (c == '~' && n != 2) return i + n;
        const char prev = i > 0 ? m_text[i - 1] : '\n';
        const char next = i + n < end ? m_text[i + n] : '\n';
        const bool prev_space = is_space(prev), next_space = is_space(next);
        const bool prev_punct = is_ascii_punct(prev), next_punct = is_ascii_punct(next);
        const bool left = !next_space && (!next_punct || prev_space || prev_punct);
        const bool right = !prev_space && (!prev_punct || next_space || next_punct);
        bool can_open = left, can_close = right;
        if (c == '_') {  // intraword underscores (snake_case) are text
            can_open = left && (!right || prev_punct);
            can_close = right && (!left || next_punct);
        }
        if (can_open || can_close) m_delimiters.push_back(Delimiter{i, n, n, c, can_open, can_close});
        return i + n;
    }

    /// Pairs openers with closers as CommonMark does (nearest opener of the
    /// same character, the rule of three) and drops the matched characters.
    void process_emphasis() {
        std::vector<std::size_t>& openers = m_openers;
        openers.clear();
        for (std::size_t k = 0; k < m_delimiters.size(); ++k) {
            Delimiter& closer = m_delimiters[k];
            while (closer.can_close && closer.count > 0) {
                std::size_t found = openers.size();
                for (std::size_t s = openers.size(); s-- > 0;) {
                    const Delimiter& opener = m_delimiters[openers[s]];
                    if (opener.ch != closer.ch || opener.count == 0) continue;
                    const bool odd_match = (opener.can_close || closer.can_open) &&
                                           (opener.length + closer.length) % 3 == 0 &&
                                           !(opener.length % 3 == 0 && closer.length % 3 == 0);
                    if (odd_match) continue;
                    found = s;
                    break;
                }
                if (found == openers.size()) break;
                Delimiter& opener = m_delimiters[openers[found]];
                const std::size_t use = (closer.count >= 2 && opener.count >= 2) ? 2 : 1;
                drop(opener.pos + opener.count - use, opener.pos + opener.count);
                const std::size_t closer_from = closer.pos + closer.length - closer.count;
                drop(closer_from, closer_from + use);
                opener.count -= use;
                closer.count -= use;
                openers.resize(found + 1);  // delimiters between them can no longer match
                if (opener.count == 0) openers.pop_back();
            }
            if (closer.count > 0 && closer.can_open) openers.push_back(k);
        }
    }

    std::string_view m_text;
    std::vector<std::uint8_t> m_drop;         // 1: the byte is not in the analysis text
    std::vector<Replacement> m_replacements;  // in increasing order of `begin`
    bool m_changed = false;
    bool m_paragraph_open = false;
    std::size_t m_paragraph_begin = 0;
    std::size_t m_paragraph_end = 0;
    std::vector<Delimiter> m_delimiters;
    std::vector<std::size_t> m_openers;
    bool m_no_comment_end = false;
    std::array<bool, 33> m_no_code_span_end{};
};

}  // namespace

AnalysisText strip_markdown(std::string_view text) { return Stripper(text).run(); }

}  // namespace dipdiff
