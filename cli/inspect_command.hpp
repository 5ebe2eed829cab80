#pragma once
#include "cli/common.hpp"

#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace dipdiff::cli {

struct InspectOptions {
    std::vector<std::string> inputs;
    bool json = false;
    bool stance = false;     ///< score every sentence's stance (docs/lexicon.md)
    std::string lexicon;     ///< lexicon file; "" for the built-in one (implies stance)
    std::string output;  ///< "" or "-" for standard output
    ColorChoice color = ColorChoice::auto_detect;
};

/// Adds `dipdiff inspect` to `app`; the options live in `options`.
CLI::App* add_inspect_command(CLI::App& app, InspectOptions& options);

/// Loads, segments and attributes every input and prints it. Returns the exit
/// code: 0, or 2 when any input had an error (the good ones are still shown).
int run_inspect(const InspectOptions& options);

}  // namespace dipdiff::cli
