#include "cli/app.hpp"

#include "cli/compare_command.hpp"
#include "cli/diff_command.hpp"
#include "cli/inspect_command.hpp"
#include "engine/diagnostic.hpp"

#include <CLI/CLI.hpp>

#include <exception>
#include <iostream>

namespace dipdiff::cli {

int run(int argc, char** argv) {
    CLI::App app{"dipdiff: compare what governments say, topic by topic, with evidence"};
    app.set_version_flag("--version", std::string("dipdiff ") + k_dipdiff_version);
    app.require_subcommand(1);

    InspectOptions inspect;
    CLI::App* inspect_command = add_inspect_command(app, inspect);
    DiffCommandOptions diff;
    CLI::App* diff_command = add_diff_command(app, diff);
    CompareOptions compare;
    CLI::App* compare_command = add_compare_command(app, compare);

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e) == 0 ? k_exit_ok : k_exit_error;
    }

    // The one place where errors that escaped the layers become an exit code.
    try {
        if (inspect_command->parsed()) return run_inspect(inspect);
        if (diff_command->parsed()) return run_diff(diff);
        if (compare_command->parsed()) return run_compare(compare);
    } catch (const InputError& error) {
        std::cerr << "dipdiff: " << error.what() << '\n';
        return k_exit_error;
    } catch (const std::exception& error) {
        std::cerr << "dipdiff: internal error: " << error.what() << '\n';
        return k_exit_error;
    }
    return k_exit_error;
}

}  // namespace dipdiff::cli
