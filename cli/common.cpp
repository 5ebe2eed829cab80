#include "cli/common.hpp"

#include "formats/atomic_file.hpp"
#include "render/terminal_text.hpp"

#include <CLI/CLI.hpp>

#include <cstdlib>
#include <iostream>
#include <unistd.h>

namespace dipdiff::cli {

void add_color_option(CLI::App& command, ColorChoice& choice) {
    command.add_option("--color", choice, "Colour: auto, always or never")
        ->transform(CLI::CheckedTransformer(std::map<std::string, ColorChoice>{{"auto", ColorChoice::auto_detect},
                                                                              {"always", ColorChoice::always},
                                                                              {"never", ColorChoice::never}},
                                            CLI::ignore_case));
}

bool use_color(ColorChoice choice) {
    if (choice != ColorChoice::auto_detect) return choice == ColorChoice::always;
    // https://no-color.org: any NO_COLOR value turns colour off.
    if (const char* no_color = std::getenv("NO_COLOR"); no_color && *no_color) return false;
    if (const char* term = std::getenv("TERM"); term && std::string_view(term) == "dumb") return false;
    return ::isatty(STDOUT_FILENO) != 0;
}

void print_diagnostics(const Diagnostics& diagnostics) {
    for (const Diagnostic& diagnostic : diagnostics)
        std::cerr << "dipdiff: " << terminal_safe(diagnostic.format()) << '\n';
}

void write_output(const std::string& path, std::string_view content, const std::vector<std::string>& inputs) {
    if (path.empty() || path == "-") {
        std::cout << content;
        std::cout.flush();
        return;
    }
    write_file_atomically(path, content, inputs);
}

}  // namespace dipdiff::cli
