// read_text_statement: plain-text and Markdown statement files.
#include "formats/header_block.hpp"
#include "formats/markdown_strip.hpp"
#include "formats/readers.hpp"
#include "formats/statement_fields.hpp"
#include "formats/text_lines.hpp"

namespace dipdiff {

Statement read_text_statement(std::string_view content, const std::string& path, bool markdown,
                              const LoadOptions& options, Diagnostics& diagnostics) {
    HeaderBlock header =
        starts_with_front_matter(content) ? read_front_matter(content, path) : read_header(content, path);

    Statement statement;
    statement.path = path;
    StatementBuilder builder(statement, diagnostics);
    for (HeaderField& field : header.fields) builder.add(field.key, std::move(field.value), field.where);

    const std::string_view text = content.substr(header.text_offset);
    if (trim(text).empty() && !options.allow_empty_text)
        throw_input_error("input.empty", "the statement has no text after its header",
                          "the statement's text after the blank line that ends the header", path,
                          header.text_first_line - 1, 0);
    statement.text.assign(text);
    statement.text_first_line = header.text_first_line;
    if (statement.id.empty()) statement.id = id_from_path(path);
    if (markdown) {
        statement.analysis = strip_markdown(statement.text);
    } else {
        use_plain_analysis_text(statement);
    }
    finish_statement(statement, FieldSyntax::header, options, diagnostics);
    return statement;
}

}  // namespace dipdiff
