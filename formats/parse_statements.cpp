// parse_statements: checks a file's content and hands it to the reader for its format.
#include "formats/content_check.hpp"
#include "formats/header_block.hpp"
#include "formats/loader.hpp"
#include "formats/readers.hpp"
#include "formats/text_lines.hpp"

namespace dipdiff {
namespace {

/// For a file whose extension names no format: JSON when it opens with '[',
/// JSON Lines when its first two non-blank lines are each '{ … }' and '{ …',
/// JSON for another '{'; Markdown when it opens with front matter; else text.
StatementFormat sniff_format(std::string_view content) {
    LineReader lines(content);
    Line line;
    std::string_view first, second;
    while (lines.next(line)) {
        const std::string_view trimmed = trim(line.content);
        if (trimmed.empty()) continue;
        if (first.empty()) {
            first = trimmed;
        } else {
            second = trimmed;
            break;
        }
    }
    if (first.starts_with('[')) return StatementFormat::json;
    if (first.starts_with('{')) {
        const bool one_per_line = first.ends_with('}') && second.starts_with('{');
        return one_per_line ? StatementFormat::json_lines : StatementFormat::json;
    }
    if (starts_with_front_matter(content)) return StatementFormat::markdown;
    return StatementFormat::text;
}

}  // namespace

std::vector<Statement> parse_statements(std::string_view content, const std::string& path,
                                        StatementFormat format, const LoadOptions& options,
                                        Diagnostics& warnings) {
    const CheckedContent checked = check_content(content, path, options);
    if (format == StatementFormat::auto_detect) format = sniff_format(checked.text);
    switch (format) {
        case StatementFormat::json:
            return read_json_statements(checked.text, path, options, warnings);
        case StatementFormat::json_lines:
            return read_json_lines_statements(checked.text, path, options, warnings);
        case StatementFormat::markdown:
            return {read_text_statement(checked.text, path, true, options, warnings)};
        case StatementFormat::text:
        case StatementFormat::auto_detect:
            break;
    }
    return {read_text_statement(checked.text, path, false, options, warnings)};
}

}  // namespace dipdiff
