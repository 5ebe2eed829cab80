#include "cli/app.hpp"

#include <CLI/CLI.hpp>

#include <iostream>

namespace dipdiff::cli {

int run(int argc, char** argv) {
    CLI::App app{"dipdiff: compare what governments say, topic by topic, with evidence"};
    app.set_version_flag("--version", "dipdiff 0.1.0");
    app.require_subcommand(1);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e) == 0 ? k_exit_ok : k_exit_error;
    }
    return k_exit_ok;
}

}  // namespace dipdiff::cli
