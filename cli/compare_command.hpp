#pragma once
#include "cli/common.hpp"

#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace dipdiff::cli {

struct CompareOptions {
    std::vector<std::string> inputs;
    std::vector<std::string> topic_files;
    std::string json_output;  ///< report file; "-" for stdout (then no terminal summary)
    bool emergent = true;
    bool diffs = true;
    bool stance = true;    ///< stance of every sentence, deltas and summaries
    std::string lexicon;   ///< lexicon file; "" for the built-in one
    double min_pair_score = 0.12;
    ColorChoice color = ColorChoice::auto_detect;
    std::size_t width = 0;  ///< 0: $COLUMNS or 120
};

CLI::App* add_compare_command(CLI::App& app, CompareOptions& options);

/// Compares 2…N statements topic by topic. Exit 0 when the comparison was
/// made, 2 on bad input (every problem reported first).
int run_compare(const CompareOptions& options);

}  // namespace dipdiff::cli
