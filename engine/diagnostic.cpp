#include "engine/diagnostic.hpp"

#include <algorithm>

namespace dipdiff {

std::string Diagnostic::format() const {
    std::string out;
    if (!path.empty()) {
        out += path;
        if (line > 0) {
            out += ':' + std::to_string(line);
            if (column > 0) out += ':' + std::to_string(column);
        }
        out += ": ";
    }
    out += severity == Severity::error ? "error: " : "warning: ";
    out += message;
    if (!expected.empty()) {
        out += " \u2014 ";  // em dash between what is wrong and what was expected
        out += expected;
    }
    return out;
}

InputError::InputError(Diagnostic diagnostic)
    : std::runtime_error(diagnostic.format()), m_diagnostic(std::move(diagnostic)) {}

Diagnostic error_diagnostic(std::string id, std::string message, std::string expected, std::string path, int line,
                            int column) {
    Diagnostic d;
    d.severity = Severity::error;
    d.id = std::move(id);
    d.message = std::move(message);
    d.expected = std::move(expected);
    d.path = std::move(path);
    d.line = line;
    d.column = column;
    return d;
}

void throw_input_error(std::string id, std::string message, std::string expected, std::string path,
                       int line, int column) {
    throw InputError(error_diagnostic(std::move(id), std::move(message), std::move(expected), std::move(path),
                                      line, column));
}

bool has_errors(const Diagnostics& diagnostics) {
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [](const Diagnostic& d) { return d.severity == Severity::error; });
}

}  // namespace dipdiff
