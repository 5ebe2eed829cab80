#include "formats/text_lines.hpp"

namespace dipdiff {

bool LineReader::next(Line& line) {
    if (m_pos >= m_text.size()) return false;
    std::size_t end = m_text.find('\n', m_pos);
    const std::size_t next = end == std::string_view::npos ? m_text.size() : end + 1;
    if (end == std::string_view::npos) end = m_text.size();
    std::size_t content_end = end;
    if (content_end > m_pos && m_text[content_end - 1] == '\r') --content_end;
    line.content = m_text.substr(m_pos, content_end - m_pos);
    line.start = m_pos;
    line.next = next;
    line.number = m_number++;
    m_pos = next;
    return true;
}

bool is_blank(std::string_view text) {
    for (char c : text)
        if (c != ' ' && c != '\t' && c != '\r') return false;
    return true;
}

std::string_view trim(std::string_view text) {
    const auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
    while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
    return text;
}

std::pair<int, int> PositionTracker::position_of(std::size_t offset) {
    if (offset > m_text.size()) offset = m_text.size();
    if (offset < m_offset) {
        m_offset = 0;
        m_line = m_first_line;
        m_column = 1;
    }
    for (; m_offset < offset; ++m_offset) {
        const auto c = static_cast<unsigned char>(m_text[m_offset]);
        if (c == '\n') {
            ++m_line;
            m_column = 1;
        } else if ((c & 0xC0) != 0x80) {  // UTF-8 continuation bytes are part of the previous character
            ++m_column;
        }
    }
    return {m_line, m_column};
}

}  // namespace dipdiff
