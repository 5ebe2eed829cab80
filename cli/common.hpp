#pragma once
/// What every dipdiff subcommand shares: printing diagnostics, colour choice,
/// writing output to stdout or atomically to a file.
#include "engine/diagnostic.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace CLI {
class App;
}

namespace dipdiff::cli {

enum class ColorChoice { auto_detect, always, never };

/// Adds `--color auto|always|never` to a subcommand.
void add_color_option(CLI::App& command, ColorChoice& choice);

/// True when colour should be used on standard output.
bool use_color(ColorChoice choice);

/// Prints every diagnostic to stderr, one per line, as "dipdiff: path:line:col: …".
void print_diagnostics(const Diagnostics& diagnostics);

/// Writes `content` to standard output when `path` is empty or "-", else
/// atomically to `path` (never over one of `inputs`). Throws InputError.
void write_output(const std::string& path, std::string_view content, const std::vector<std::string>& inputs);

}  // namespace dipdiff::cli
