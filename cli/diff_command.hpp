#pragma once
#include "cli/common.hpp"

#include <cstddef>
#include <string>

namespace CLI {
class App;
}

namespace dipdiff::cli {

enum class DiffFormat { automatic, plain, color, json };

struct DiffCommandOptions {
    std::string a;
    std::string b;
    DiffFormat format = DiffFormat::automatic;  ///< automatic: colour on a terminal, else plain
    bool stat = false;
    bool raw = false;
    bool exact = false;
    bool ignore_punctuation = false;
    bool case_sensitive = false;
    std::size_t min_move_tokens = 5;
    bool with_metadata = false;
    std::string output;
};

CLI::App* add_diff_command(CLI::App& app, DiffCommandOptions& options);

/// Compares two statement texts word by word. Exit code like diff(1): 0 when
/// the texts are the same after normalization, 1 when they differ, 2 on error.
int run_diff(const DiffCommandOptions& options);

}  // namespace dipdiff::cli
