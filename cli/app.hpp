#pragma once
/// The dipdiff command line: parses options, calls the layers, maps errors to
/// exit codes. Kept thin: all analysis is in engine/, all I/O in formats/ and render/.

namespace dipdiff::cli {

/// Exit codes, shared by every subcommand (diff(1) style for `diff`).
enum ExitCode : int {
    k_exit_ok = 0,
    k_exit_different = 1,  ///< `diff`: the texts differ
    k_exit_error = 2,      ///< bad input or usage; nothing was written
};

/// The version `dipdiff --version` prints and reports record.
inline constexpr const char* k_dipdiff_version = "0.1.0";

/// Runs the command line; returns the process exit code.
int run(int argc, char** argv);

}  // namespace dipdiff::cli
