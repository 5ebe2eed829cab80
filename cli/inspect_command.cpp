#include "cli/inspect_command.hpp"

#include "cli/app.hpp"
#include "engine/analyse.hpp"
#include "formats/inspect_json.hpp"
#include "engine/stance.hpp"
#include "formats/lexicon_reader.hpp"
#include "formats/loader.hpp"
#include "render/inspect_view.hpp"

#include <CLI/CLI.hpp>

#include <memory>
#include <sstream>

namespace dipdiff::cli {

CLI::App* add_inspect_command(CLI::App& app, InspectOptions& options) {
    CLI::App* command = app.add_subcommand(
        "inspect", "Show how dipdiff reads statements: metadata, paragraphs, sentences, attribution");
    command->add_option("inputs", options.inputs, "Statement files or folders (.txt .md .json .jsonl)")
        ->required();
    command->add_flag("--json", options.json, "Print JSON for programs (see docs/user-guide.md)");
    command->add_flag("--stance", options.stance,
                      "Show every sentence's tone, commitment and code phrases with the cues behind them");
    command->add_option("--lexicon", options.lexicon,
                        "Stance lexicon replacing the built-in one (docs/lexicon.md); implies --stance");
    command->add_option("-o,--output", options.output, "Write to this file (atomically) instead of stdout");
    add_color_option(*command, options.color);
    return command;
}

int run_inspect(const InspectOptions& options) {
    LoadResult loaded = load_statements(options.inputs);
    const bool stance = options.stance || !options.lexicon.empty();
    Lexicon lexicon;
    Diagnostics lexicon_diagnostics;
    if (stance) lexicon = load_lexicon(options.lexicon, lexicon_diagnostics);
    loaded.diagnostics.insert(loaded.diagnostics.end(), lexicon_diagnostics.begin(), lexicon_diagnostics.end());
    print_diagnostics(loaded.diagnostics);
    // A lexicon with errors would give sentences stances nobody asked for.
    if (has_errors(lexicon_diagnostics)) return k_exit_error;

    TermPool terms;
    Segmenter segmenter(terms);
    std::unique_ptr<StanceScorer> scorer;
    if (stance) scorer = std::make_unique<StanceScorer>(lexicon, segmenter);
    std::ostringstream out;
    const bool to_terminal = options.output.empty() || options.output == "-";
    const TerminalStyle style{!options.json && to_terminal && use_color(options.color)};

    // One statement at a time: a large corpus is never held segmented all at once.
    if (options.json) {
        InspectJsonWriter writer(out);
        for (const Statement& statement : loaded.statements) {
            const Document document = analyse_statement(segmenter, statement);
            if (scorer) {
                writer.add(document, scorer->score(document), lexicon);
            } else {
                writer.add(document);
            }
        }
        writer.finish();
    } else {
        for (const Statement& statement : loaded.statements) {
            const Document document = analyse_statement(segmenter, statement);
            if (scorer) {
                const DocumentStance stances = scorer->score(document);
                print_inspect_view(out, document, style, &stances, &lexicon);
            } else {
                print_inspect_view(out, document, style);
            }
        }
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
