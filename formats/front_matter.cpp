// read_front_matter: YAML-style `---` front matter, the subset statement files use.
#include <optional>

#include "engine/diagnostic.hpp"
#include "formats/header_block.hpp"
#include "formats/text_lines.hpp"

namespace dipdiff {
namespace {

constexpr std::size_t k_max_key_bytes = 60;
constexpr const char* k_expected_line = "'key: value' lines between the two '---' lines";

bool is_key_start(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}
bool is_key_char(char c) { return is_key_start(c) || c == '-' || c == '.' || c == ' '; }

std::size_t indentation(std::string_view line) {
    std::size_t n = 0;
    while (n < line.size() && line[n] == ' ') ++n;
    return n;
}

bool is_fence(std::string_view line, std::string_view fence) {
    return line.starts_with(fence) && is_blank(line.substr(fence.size()));
}

struct KeyValue {
    std::string_view key;
    std::string_view value;       // trimmed, quotes still on
    std::size_t value_start = 0;  // byte in `text`, which is ASCII up to here
};

std::optional<KeyValue> split_key(std::string_view text) {
    if (text.empty() || !is_key_start(text.front())) return std::nullopt;
    std::size_t colon = 0;
    while (colon < text.size() && is_key_char(text[colon])) ++colon;
    if (colon > k_max_key_bytes || colon >= text.size() || text[colon] != ':') return std::nullopt;
    if (colon + 1 < text.size() && text[colon + 1] != ' ' && text[colon + 1] != '\t') return std::nullopt;
    std::size_t value_start = colon + 1;
    while (value_start < text.size() && (text[value_start] == ' ' || text[value_start] == '\t'))
        ++value_start;
    return KeyValue{trim(text.substr(0, colon)), trim(text.substr(value_start)), value_start};
}

void append_utf8(std::string& out, unsigned code_point) {
    if (code_point < 0x80) {
        out += static_cast<char>(code_point);
    } else if (code_point < 0x800) {
        out += static_cast<char>(0xC0 | (code_point >> 6));
        out += static_cast<char>(0x80 | (code_point & 0x3F));
    } else {
        out += static_cast<char>(0xE0 | (code_point >> 12));
        out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code_point & 0x3F));
    }
}

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/// A scalar read from the start of `text`: its value and the bytes it took.
struct Scalar {
    std::string value;
    std::size_t length = 0;
    bool quoted = false;
};

/// Reads a "double-quoted" scalar; nothing when the quote is not closed.
std::optional<Scalar> read_double_quoted(std::string_view text) {
    Scalar scalar;
    scalar.quoted = true;
    for (std::size_t i = 1; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '"') {
            scalar.length = i + 1;
            return scalar;
        }
        if (c != '\\' || i + 1 >= text.size()) {
            scalar.value += c;
            continue;
        }
        const char e = text[++i];
        switch (e) {
            case 'n':
                scalar.value += '\n';
                break;
            case 't':
                scalar.value += '\t';
                break;
            case 'r':
                scalar.value += '\r';
                break;
            case '"':
            case '\\':
            case '/':
                scalar.value += e;
                break;
            case 'u': {
                unsigned code_point = 0;
                bool ok = i + 4 < text.size();
                for (std::size_t k = 1; ok && k <= 4; ++k) {
                    const int h = hex_value(text[i + k]);
                    ok = h >= 0;
                    code_point = code_point * 16 + static_cast<unsigned>(h < 0 ? 0 : h);
                }
                if (ok && code_point != 0 && (code_point < 0xD800 || code_point > 0xDFFF)) {
                    append_utf8(scalar.value, code_point);
                    i += 4;
                } else {
                    scalar.value += "\\u";
                }
                break;
            }
            default:  // an escape YAML has and we do not read: kept as written
                scalar.value += '\\';
                scalar.value += e;
        }
    }
    return std::nullopt;
}

/// Reads a 'single-quoted' scalar ('' is a quote); nothing when not closed.
std::optional<Scalar> read_single_quoted(std::string_view text) {
    Scalar scalar;
    scalar.quoted = true;
    for (std::size_t i = 1; i < text.size(); ++i) {
        if (text[i] != '\'') {
            scalar.value += text[i];
        } else if (i + 1 < text.size() && text[i + 1] == '\'') {
            scalar.value += '\'';
            ++i;
        } else {
            scalar.length = i + 1;
            return scalar;
        }
    }
    return std::nullopt;
}

/// A plain scalar ends at a " #" comment.
std::string plain_scalar(std::string_view text) {
    for (std::size_t i = 1; i < text.size(); ++i)
        if (text[i] == '#' && (text[i - 1] == ' ' || text[i - 1] == '\t'))
            return std::string(trim(text.substr(0, i)));
    if (!text.empty() && text.front() == '#') return {};
    return std::string(trim(text));
}

/// Reads the front matter's lines one by one into fields.
class FrontMatterParser {
public:
    explicit FrontMatterParser(const std::string& path) : m_path(path) {}

    void add_line(const Line& line) {
        const std::size_t indent = indentation(line.content);
        const std::string_view rest = line.content.substr(indent);
        if (m_pending &&
            (m_pending->kind == PendingKind::literal || m_pending->kind == PendingKind::folded)) {
            if (is_blank(line.content) || indent > 0) {
                add_block_line(line.content, indent);
                return;
            }
            flush();
        }
        if (is_blank(rest) || rest.front() == '#') return;
        if (m_pending && (rest.starts_with("- ") || rest == "-")) {
            if (m_pending->kind == PendingKind::unknown) m_pending->kind = PendingKind::list;
            if (m_pending->kind == PendingKind::list) {
                m_pending->items.push_back(read_value(trim(rest.substr(1)), line).value);
                return;
            }
        }
        if (m_pending && indent > 0) {
            if (const auto kv = split_key(rest); kv && m_pending->kind != PendingKind::list) {
                m_pending->kind = PendingKind::map;
                add_field(m_pending->key + "." + std::string(kv->key), *kv, indent, line);
                return;
            }
        }
        if (!m_pending && indent > 0 && m_last_plain) {  // a plain value continued on the next line
            m_fields.back().value += ' ';
            m_fields.back().value += plain_scalar(rest);
            return;
        }
        const std::optional<KeyValue> kv = indent == 0 ? split_key(rest) : std::nullopt;
        if (!kv) malformed(line, "front matter line '" + shorten(line.content) + "' is not 'key: value'");
        flush();
        if (kv->value.empty()) {
            m_pending = Pending{
                std::string(kv->key), location(line, kv->value_start), PendingKind::unknown, {}, {}, 0};
        } else if (is_block_indicator(kv->value)) {
            m_pending = Pending{std::string(kv->key),
                                location(line, kv->value_start),
                                kv->value.front() == '|' ? PendingKind::literal : PendingKind::folded,
                                {},
                                {},
                                0};
        } else {
            add_field(std::string(kv->key), *kv, 0, line);
        }
    }

    std::vector<HeaderField> finish() {
        flush();
        return std::move(m_fields);
    }

private:
    enum class PendingKind { unknown, list, map, literal, folded };
    /// A key whose value follows on the next lines.
    struct Pending {
        std::string key;
        FieldLocation where;
        PendingKind kind;
        std::vector<std::string> items;
        std::string block;
        std::size_t block_indent;
    };

    static bool is_block_indicator(std::string_view value) {
        return value == "|" || value == ">" || value == "|-" || value == ">-" || value == "|+" ||
               value == ">+";
    }

    static std::string shorten(std::string_view text) {
        if (text.size() <= 60) return std::string(text);
        std::size_t cut = 60;
        while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
        return std::string(text.substr(0, cut)) + "\u2026";
    }

    static FieldLocation location(const Line& line, std::size_t byte_in_line) {
        return FieldLocation{line.number, static_cast<int>(byte_in_line) + 1};
    }

    [[noreturn]] void malformed(const Line& line, std::string message) const {
        throw_input_error("front-matter.malformed-line", std::move(message), k_expected_line, m_path,
                          line.number, 1);
    }

    Scalar read_value(std::string_view value, const Line& line) const {
        if (value.empty()) return {};
        std::optional<Scalar> scalar;
        if (value.front() == '"') {
            scalar = read_double_quoted(value);
        } else if (value.front() == '\'') {
            scalar = read_single_quoted(value);
        } else {
            return Scalar{plain_scalar(value), value.size(), false};
        }
        if (!scalar) malformed(line, "the quote in '" + shorten(line.content) + "' is not closed");
        const std::string_view after = trim(value.substr(scalar->length));
        if (!after.empty() && after.front() != '#')
            malformed(line, "'" + shorten(line.content) + "' has text after the quoted value");
        return *scalar;
    }

    /// [a, "b, c", d] → "a, b, c, d".
    std::string read_flow_list(std::string_view value, const Line& line) const {
        std::string joined;
        std::size_t i = 1;
        while (true) {
            while (i < value.size() && (value[i] == ' ' || value[i] == '\t')) ++i;
            if (i >= value.size())
                malformed(line, "the list in '" + shorten(line.content) + "' is not closed");
            if (value[i] == ']') {
                const std::string_view after = trim(value.substr(i + 1));
                if (!after.empty() && after.front() != '#')
                    malformed(line, "'" + shorten(line.content) + "' has text after the list");
                return joined;
            }
            std::string item;
            if (value[i] == '"' || value[i] == '\'') {
                const std::optional<Scalar> scalar = value[i] == '"' ? read_double_quoted(value.substr(i))
                                                                     : read_single_quoted(value.substr(i));
                if (!scalar) malformed(line, "the quote in '" + shorten(line.content) + "' is not closed");
                item = scalar->value;
                i += scalar->length;
            } else {
                const std::size_t end = value.find_first_of(",]", i);
                if (end == std::string_view::npos)
                    malformed(line, "the list in '" + shorten(line.content) + "' is not closed");
                item = std::string(trim(value.substr(i, end - i)));
                i = end;
            }
            while (i < value.size() && (value[i] == ' ' || value[i] == '\t')) ++i;
            if (i < value.size() && value[i] == ',')
                ++i;
            else if (i < value.size() && value[i] != ']')
                malformed(line, "the list in '" + shorten(line.content) + "' is not 'a, b, c'");
            if (!joined.empty()) joined += ", ";
            joined += item;
        }
    }

    void add_field(std::string key, const KeyValue& kv, std::size_t indent, const Line& line) {
        const FieldLocation where = location(line, indent + kv.value_start);
        m_last_plain = false;
        if (!kv.value.empty() && kv.value.front() == '[') {
            m_fields.push_back(HeaderField{std::move(key), read_flow_list(kv.value, line), where});
            return;
        }
        Scalar scalar = read_value(kv.value, line);
        m_last_plain = !scalar.quoted && indent == 0;
        m_fields.push_back(HeaderField{std::move(key), std::move(scalar.value), where});
    }

    void add_block_line(std::string_view content, std::size_t indent) {
        Pending& p = *m_pending;
        if (is_blank(content)) {
            p.block += '\n';
            return;
        }
        if (p.block_indent == 0) p.block_indent = indent;
        const std::string_view text = content.substr(std::min(indent, p.block_indent));
        if (!p.block.empty() && p.block.back() != '\n')
            p.block += p.kind == PendingKind::literal ? '\n' : ' ';
        p.block += text;
    }

    void flush() {
        if (!m_pending) return;
        Pending p = std::move(*m_pending);
        m_pending.reset();
        m_last_plain = false;
        switch (p.kind) {
            case PendingKind::unknown:
                m_fields.push_back(HeaderField{std::move(p.key), {}, p.where});
                break;
            case PendingKind::map:
                break;  // its keys are fields already
            case PendingKind::list: {
                std::string joined;
                for (const std::string& item : p.items) {
                    if (!joined.empty()) joined += ", ";
                    joined += item;
                }
                m_fields.push_back(HeaderField{std::move(p.key), std::move(joined), p.where});
                break;
            }
            case PendingKind::literal:
            case PendingKind::folded:
                m_fields.push_back(HeaderField{std::move(p.key), std::string(trim(p.block)), p.where});
                break;
        }
    }

    const std::string& m_path;
    std::vector<HeaderField> m_fields;
    std::optional<Pending> m_pending;
    bool m_last_plain = false;
};

}  // namespace

bool starts_with_front_matter(std::string_view content) {
    LineReader reader(content);
    Line line;
    return reader.next(line) && is_fence(line.content, "---");
}

HeaderBlock read_front_matter(std::string_view content, const std::string& path) {
    // Find the closing fence first: when it is missing, that is the mistake to
    // report, not the first line of text that the parser would trip over.
    LineReader finder(content);
    Line line;
    finder.next(line);  // the opening "---"
    std::optional<Line> closing;
    while (finder.next(line)) {
        if (is_fence(line.content, "---") || is_fence(line.content, "...")) {
            closing = line;
            break;
        }
    }
    if (!closing)
        throw_input_error("front-matter.unclosed", "the front matter opened on line 1 is never closed",
                          "a '---' line after its last field", path, 1, 1);

    LineReader reader(content.substr(0, closing->start));
    reader.next(line);
    FrontMatterParser parser(path);
    while (reader.next(line)) parser.add_line(line);
    HeaderBlock block;
    block.fields = parser.finish();
    block.text_offset = closing->next;
    block.text_first_line = closing->number + 1;
    return block;
}

}  // namespace dipdiff
