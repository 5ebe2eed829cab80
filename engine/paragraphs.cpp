#include "engine/paragraphs.hpp"

#include <algorithm>

#include "engine/utf8_text.hpp"

namespace dipdiff {
namespace {

struct Line {
    std::uint32_t start = 0;       // first byte of the line
    std::uint32_t end = 0;         // the '\n' or the text end
    std::uint32_t characters = 0;  // code points, for the unwrapped-line test
    bool blank = true;
    std::uint32_t first_visible = 0;
};

Line read_line(std::string_view text, std::uint32_t start) {
    Line line;
    line.start = start;
    const std::size_t newline = text.find('\n', start);
    line.end = static_cast<std::uint32_t>(newline == std::string_view::npos ? text.size() : newline);
    for (std::uint32_t at = start; at < line.end;) {
        const CodePoint c = decode_at(text, at);
        if (!is_white_space(c.value)) {
            line.blank = false;
            line.first_visible = at;
            break;
        }
        at += c.size;
    }
    // Only lines of more bytes than the limit can have more characters than it.
    if (line.end - line.start > k_unwrapped_line_length) {
        for (std::uint32_t at = line.start; at < line.end; ++at)
            if ((static_cast<unsigned char>(text[at]) & 0xC0) != 0x80) ++line.characters;
    }
    return line;
}

class BlockBuilder {
public:
    BlockBuilder(std::string_view text, std::vector<Span>& out) : m_text(text), m_out(out) {}

    void add(const Line& line) {
        if (m_lines.empty()) m_long = false;
        m_lines.push_back(line);
        m_long = m_long || line.characters > k_unwrapped_line_length;
    }

    void finish() {
        if (m_lines.empty()) return;
        if (m_long) {
            for (const Line& line : m_lines) emit({line.start, line.end});
        } else {
            emit({m_lines.front().start, m_lines.back().end});
        }
        m_lines.clear();
    }

private:
    void emit(Span span) {
        const Span trimmed = trim(m_text, span);
        if (!trimmed.empty()) m_out.push_back(trimmed);
    }

    std::string_view m_text;
    std::vector<Span>& m_out;
    std::vector<Line> m_lines;
    bool m_long = false;
};

}  // namespace

std::vector<Span> split_paragraphs(std::string_view text, const std::vector<std::uint32_t>& forced_starts) {
    std::vector<Span> paragraphs;
    BlockBuilder block(text, paragraphs);
    auto forced = forced_starts.begin();
    const auto size = static_cast<std::uint32_t>(text.size());
    std::uint32_t at = 0;
    while (at < size) {
        const Line line = read_line(text, at);
        if (line.blank) {
            block.finish();
        } else {
            forced = std::lower_bound(forced, forced_starts.end(), line.start);
            if (forced != forced_starts.end() && *forced < line.end && *forced == line.first_visible)
                block.finish();
            block.add(line);
        }
        at = line.end + 1;
    }
    block.finish();
    return paragraphs;
}

}  // namespace dipdiff
