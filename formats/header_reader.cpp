// read_header: the `key: value` header of a plain-text statement.
#include <optional>

#include "engine/diagnostic.hpp"
#include "formats/header_block.hpp"
#include "formats/statement_fields.hpp"
#include "formats/text_lines.hpp"

namespace dipdiff {
namespace {

constexpr std::size_t k_max_key_bytes = 40;
constexpr std::size_t k_max_quoted_line_bytes = 60;

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_key_char(char c) { return is_alpha(c) || (c >= '0' && c <= '9') || c == '_' || c == '-'; }

struct KeyValue {
    std::string_view key;
    std::string_view value;
    std::size_t value_start = 0;  // byte in the line; the key and ':' are ASCII, so column = byte + 1
};

std::optional<KeyValue> split_key_value(std::string_view line) {
    if (line.empty() || !is_alpha(line.front())) return std::nullopt;
    std::size_t colon = 1;
    while (colon < line.size() && is_key_char(line[colon])) ++colon;
    if (colon > k_max_key_bytes || colon >= line.size() || line[colon] != ':') return std::nullopt;
    std::size_t value_start = colon + 1;
    if (value_start < line.size() && line[value_start] != ' ' && line[value_start] != '\t')
        return std::nullopt;
    while (value_start < line.size() && (line[value_start] == ' ' || line[value_start] == '\t'))
        ++value_start;
    return KeyValue{line.substr(0, colon), trim(line.substr(value_start)), value_start};
}

std::string shorten(std::string_view text) {
    if (text.size() <= k_max_quoted_line_bytes) return std::string(text);
    std::size_t cut = k_max_quoted_line_bytes;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    return std::string(text.substr(0, cut)) + "\u2026";
}

HeaderField make_field(const KeyValue& kv, int line_number) {
    return HeaderField{std::string(kv.key), std::string(kv.value),
                       FieldLocation{line_number, static_cast<int>(kv.value_start) + 1}};
}

}  // namespace

HeaderBlock read_header(std::string_view content, const std::string& path) {
    LineReader reader(content);
    Line line;
    if (!reader.next(line)) return {};
    const std::optional<KeyValue> first = split_key_value(line.content);
    if (!first) return {};
    // A header that opens with a field dipdiff knows is surely a header: its
    // mistakes are errors. Otherwise "Note: ..." may just be the first line of prose.
    const bool surely_header = field_for_key(first->key) != Field::none;

    HeaderBlock block;
    block.fields.push_back(make_field(*first, line.number));
    int last_line = line.number;
    while (reader.next(line)) {
        last_line = line.number;
        if (is_blank(line.content)) {
            block.text_offset = line.next;
            block.text_first_line = line.number + 1;
            if (!surely_header && trim(content.substr(block.text_offset)).empty()) return {};
            return block;
        }
        const std::optional<KeyValue> kv = split_key_value(line.content);
        if (!kv) {
            if (!surely_header) return {};
            throw_input_error("header.malformed-line",
                              "header line '" + shorten(line.content) + "' is not 'key: value'",
                              "'key: value' lines, then a blank line before the text "
                              "(is the blank line after the header missing?)",
                              path, line.number, 1);
        }
        block.fields.push_back(make_field(*kv, line.number));
    }
    if (!surely_header) return {};
    throw_input_error("input.empty", "the header has no text after it",
                      "a blank line after the header, then the statement's text", path, last_line, 0);
}

}  // namespace dipdiff
