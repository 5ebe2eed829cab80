#include "cli/inspect_command.hpp"

#include "cli/app.hpp"
#include "engine/analyse.hpp"
#include "formats/inspect_json.hpp"
#include "formats/loader.hpp"
#include "render/inspect_view.hpp"

#include <CLI/CLI.hpp>

#include <sstream>

namespace dipdiff::cli {

CLI::App* add_inspect_command(CLI::App& app, InspectOptions& options) {
    CLI::App* command = app.add_subcommand(
        "inspect", "Show how dipdiff reads statements: metadata, paragraphs, sentences, attribution");
    command->add_option("inputs", options.inputs, "Statement files or folders (.txt .md .json .jsonl)")
        ->required();
    command->add_flag("--json", options.json, "Print JSON for programs (see docs/user-guide.md)");
    command->add_option("-o,--output", options.output, "Write to this file (atomically) instead of stdout");
    add_color_option(*command, options.color);
    return command;
}

int run_inspect(const InspectOptions& options) {
    LoadResult loaded = load_statements(options.inputs);
    print_diagnostics(loaded.diagnostics);

    TermPool terms;
    Segmenter segmenter(terms);
    std::ostringstream out;
    const bool to_terminal = options.output.empty() || options.output == "-";
    const TerminalStyle style{!options.json && to_terminal && use_color(options.color)};

    // One statement at a time: a large corpus is never held segmented all at once.
    if (options.json) {
        InspectJsonWriter writer(out);
        for (const Statement& statement : loaded.statements) writer.add(analyse_statement(segmenter, statement));
        writer.finish();
    } else {
        for (const Statement& statement : loaded.statements)
            print_inspect_view(out, analyse_statement(segmenter, statement), style);
    }

    try {
        write_output(options.output, out.str(), options.inputs);
    } catch (const InputError& error) {
        print_diagnostics({error.diagnostic()});
        return k_exit_error;
    }
    return has_errors(loaded.diagnostics) ? k_exit_error : k_exit_ok;
}

}  // namespace dipdiff::cli
