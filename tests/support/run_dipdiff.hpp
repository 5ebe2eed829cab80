#pragma once
// Runs the built dipdiff binary, capturing exit code, stdout and stderr.
#include "tests/support/temp_dir.hpp"

#include <sys/wait.h>

#include <cstdlib>
#include <string>
#include <vector>

namespace dipdiff {
using testing::read_file;
using testing::TempDir;

struct CommandResult {
    int exit_code = -1;
    std::string out;
    std::string err;
};

inline std::string shell_quote(const std::string& word) {
    std::string quoted = "'";
    for (char c : word) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return quoted + "'";
}

/// Runs DIPDIFF_BINARY with `args` from the source root.
inline CommandResult run_dipdiff(const std::vector<std::string>& args) {
    TempDir scratch;
    std::string command = "cd " + shell_quote(DIPDIFF_SOURCE_DIR) + " && " + shell_quote(DIPDIFF_BINARY);
    for (const auto& arg : args) command += " " + shell_quote(arg);
    command += " > " + shell_quote(scratch.path("out")) + " 2> " + shell_quote(scratch.path("err")) + " < /dev/null";
    const int status = std::system(command.c_str());
    CommandResult result;
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    result.out = read_file(scratch.path("out"));
    result.err = read_file(scratch.path("err"));
    return result;
}

}  // namespace dipdiff
