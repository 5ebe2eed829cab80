#include "formats/json_output.hpp"

#include <cmath>

namespace dipdiff::json_detail {

Json span_json(Span span) { return Json::array({span.start, span.end}); }

Json nullable(const std::string& value) { return value.empty() ? Json(nullptr) : Json(value); }

double round_figure(double value) { return std::round(value * 10000.0) / 10000.0; }

Json figure(double value, Figures figures) {
    return figures == Figures::rounded ? Json(round_figure(value)) : Json(value);
}

std::string dump_nested(const Json& value, int depth) {
    const std::string dumped = value.dump(2, ' ', false, Json::error_handler_t::replace);
    const std::string prefix(static_cast<std::size_t>(depth) * 2, ' ');
    std::string out;
    out.reserve(dumped.size() + dumped.size() / 8);
    for (char c : dumped) {
        out += c;
        if (c == '\n') out += prefix;
    }
    return out;
}

PrettyObjectWriter::PrettyObjectWriter(std::ostream& out) : m_out(out) { m_out << '{'; }

void PrettyObjectWriter::key(std::string_view name) {
    m_out << (m_first_member ? "\n  " : ",\n  ") << dump_nested(Json(std::string(name)), 0) << ": ";
    m_first_member = false;
}

void PrettyObjectWriter::member(std::string_view name, const Json& value) {
    key(name);
    m_out << dump_nested(value, 1);
}

void PrettyObjectWriter::begin_array(std::string_view name) {
    key(name);
    m_out << '[';
    m_first_element = true;
}

void PrettyObjectWriter::element(const Json& value) {
    m_out << (m_first_element ? "\n    " : ",\n    ") << dump_nested(value, 2);
    m_first_element = false;
}

void PrettyObjectWriter::end_array() { m_out << (m_first_element ? "]" : "\n  ]"); }

void PrettyObjectWriter::finish() { m_out << (m_first_member ? "}\n" : "\n}\n"); }

}  // namespace dipdiff::json_detail
