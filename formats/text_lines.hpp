#pragma once
/// Lines of a text and the line:column of byte offsets, for readers and their messages.
#include <cstddef>
#include <string_view>
#include <utility>

namespace dipdiff {

/// One line of a text: its content without the line ending, and where it is.
struct Line {
    std::string_view content;  ///< without "\n" or "\r\n"
    std::size_t start = 0;     ///< offset of its first byte in the text
    std::size_t next = 0;      ///< offset just after its line ending (the text's size for the last line)
    int number = 0;            ///< 1-based line number
};

/// Reads a text line by line; a last line without a line ending is still a line.
/// Holds a view: the text must outlive the reader.
class LineReader {
public:
    explicit LineReader(std::string_view text, std::size_t start = 0, int first_line_number = 1)
        : m_text(text), m_pos(start), m_number(first_line_number) {}

    /// Fills `line` with the next line; false at the end of the text.
    bool next(Line& line);

private:
    std::string_view m_text;
    std::size_t m_pos;
    int m_number;
};

/// True when a line holds only spaces, tabs and carriage returns.
bool is_blank(std::string_view text);
/// Without leading and trailing spaces, tabs, carriage returns and newlines.
std::string_view trim(std::string_view text);

/// Line and column (1-based; columns count characters, not bytes) of byte
/// offsets in one text. Asking for offsets in increasing order costs one pass
/// over the text in all; an earlier offset restarts from the beginning.
class PositionTracker {
public:
    explicit PositionTracker(std::string_view text, int first_line_number = 1)
        : m_text(text), m_first_line(first_line_number), m_line(first_line_number) {}

    /// Offsets past the end are taken as the end.
    std::pair<int, int> position_of(std::size_t offset);

private:
    std::string_view m_text;
    int m_first_line;
    std::size_t m_offset = 0;
    int m_line;
    int m_column = 1;
};

}  // namespace dipdiff
