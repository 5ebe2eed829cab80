#include "formats/json_positions.hpp"

namespace dipdiff {

class JsonPositions::Scanner {
public:
    Scanner(std::string_view json, int max_depth, JsonPositions& out)
        : m_json(json), m_max_depth(max_depth), m_out(out) {}

    void run() {
        std::string pointer;
        value(pointer, 0);
    }

private:
    static bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
    void skip_space() {
        while (m_at < m_json.size() && is_space(m_json[m_at])) ++m_at;
    }
    bool at(char c) const { return m_at < m_json.size() && m_json[m_at] == c; }

    /// Reads the string opening at m_at; its content with simple escapes decoded.
    bool string(std::string& out) {
        out.clear();
        if (!at('"')) return false;
        for (++m_at; m_at < m_json.size(); ++m_at) {
            const char c = m_json[m_at];
            if (c == '"') {
                ++m_at;
                return true;
            }
            if (c != '\\') {
                out += c;
                continue;
            }
            if (++m_at >= m_json.size()) return false;
            switch (const char e = m_json[m_at]) {
                case 'b':
                    out += '\b';
                    break;
                case 'f':
                    out += '\f';
                    break;
                case 'n':
                    out += '\n';
                    break;
                case 'r':
                    out += '\r';
                    break;
                case 't':
                    out += '\t';
                    break;
                case 'u':
                    out += "\\u";
                    break;  // kept undecoded, as documented
                default:
                    out += e;
                    break;  // " \ /
            }
        }
        return false;
    }

    /// Records the value at m_at under `pointer` and moves past it.
    bool value(std::string& pointer, int depth) {
        skip_space();
        if (m_at >= m_json.size()) return false;
        const char c = m_json[m_at];
        if ((c == '{' || c == '[') && depth >= m_max_depth) return false;
        m_out.m_values.emplace(pointer, m_at);
        if (c == '{' || c == '[') return c == '{' ? object(pointer, depth + 1) : array(pointer, depth + 1);
        if (c == '"') {
            std::string ignored;
            return string(ignored);
        }
        // A number or a literal: up to the next delimiter.
        while (m_at < m_json.size() && !is_space(m_json[m_at]) && m_json[m_at] != ',' &&
               m_json[m_at] != '}' && m_json[m_at] != ']')
            ++m_at;
        return true;
    }

    bool object(std::string& pointer, int depth) {
        ++m_at;  // {
        skip_space();
        if (at('}')) {
            ++m_at;
            return true;
        }
        const std::size_t base = pointer.size();
        std::string key;
        while (true) {
            skip_space();
            const std::size_t key_at = m_at;
            if (!string(key)) return false;
            pointer.resize(base);
            pointer += JsonPositions::member("", key);
            if (!m_out.m_keys.emplace(pointer, key_at).second)
                m_out.m_duplicates.emplace_back(pointer, key_at);
            skip_space();
            if (!at(':')) return false;
            ++m_at;
            if (!value(pointer, depth)) return false;
            skip_space();
            if (at(',')) {
                ++m_at;
                continue;
            }
            pointer.resize(base);
            if (!at('}')) return false;
            ++m_at;
            return true;
        }
    }

    bool array(std::string& pointer, int depth) {
        ++m_at;  // [
        skip_space();
        if (at(']')) {
            ++m_at;
            return true;
        }
        const std::size_t base = pointer.size();
        for (std::size_t index = 0;; ++index) {
            pointer.resize(base);
            pointer += '/';
            pointer += std::to_string(index);
            if (!value(pointer, depth)) return false;
            skip_space();
            if (at(',')) {
                ++m_at;
                continue;
            }
            pointer.resize(base);
            if (!at(']')) return false;
            ++m_at;
            return true;
        }
    }

    std::string_view m_json;
    int m_max_depth;
    JsonPositions& m_out;
    std::size_t m_at = 0;
};

JsonPositions::JsonPositions(std::string_view json, int max_depth) { Scanner(json, max_depth, *this).run(); }

std::size_t JsonPositions::value(std::string_view pointer) const {
    const auto it = m_values.find(std::string(pointer));
    return it == m_values.end() ? std::string_view::npos : it->second;
}

std::size_t JsonPositions::key(std::string_view pointer) const {
    const auto it = m_keys.find(std::string(pointer));
    return it == m_keys.end() ? std::string_view::npos : it->second;
}

std::string JsonPositions::member(std::string_view parent, std::string_view key) {
    std::string out(parent);
    out += '/';
    for (const char c : key) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

std::string JsonPositions::element(std::string_view parent, std::size_t index) {
    return std::string(parent) + '/' + std::to_string(index);
}

}  // namespace dipdiff
