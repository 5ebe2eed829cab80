#pragma once
/// Errors and warnings about the input, pointing at the file, line and column.
///
/// Error policy (see docs/ARCHITECTURE.md): code that reads input throws
/// InputError carrying a Diagnostic; the loader of a folder catches it per file
/// and collects it, so every bad file is reported; the CLI prints the collected
/// diagnostics once and maps them to an exit code. Dependency exceptions
/// (nlohmann parse_error, Boost.DateTime bad_day_of_month …) are converted to
/// InputError at the formats/ boundary, with file context added.
#include <stdexcept>
#include <string>
#include <vector>

namespace dipdiff {

enum class Severity { warning, error };

struct Diagnostic {
    Severity severity = Severity::error;
    std::string path;    ///< file the problem is in ("" when not from a file)
    int line = 0;        ///< 1-based; 0 when the whole file is meant
    int column = 0;      ///< 1-based; 0 when the whole line is meant
    std::string id;      ///< stable id, listed in docs/errors.md, e.g. "date.impossible"
    std::string message; ///< what is wrong
    std::string expected;///< what was expected ("" when there is nothing to add)

    /// "path:line:col: error: message — expected"
    std::string format() const;
};

/// Thrown by readers and parsers for input they cannot accept.
class InputError : public std::runtime_error {
public:
    explicit InputError(Diagnostic diagnostic);
    const Diagnostic& diagnostic() const { return m_diagnostic; }
    Diagnostic& diagnostic() { return m_diagnostic; }

private:
    Diagnostic m_diagnostic;
};

/// An error diagnostic (the fields in the order messages print them).
Diagnostic error_diagnostic(std::string id, std::string message, std::string expected = {}, std::string path = {},
                            int line = 0, int column = 0);

/// Builds an error diagnostic and throws it.
[[noreturn]] void throw_input_error(std::string id, std::string message, std::string expected = {},
                                    std::string path = {}, int line = 0, int column = 0);

using Diagnostics = std::vector<Diagnostic>;

bool has_errors(const Diagnostics& diagnostics);

}  // namespace dipdiff
