#include "cli/diff_command.hpp"

#include "cli/app.hpp"
#include "engine/metadata_diff.hpp"
#include "engine/segmenter.hpp"
#include "engine/word_diff.hpp"
#include "formats/diff_json.hpp"
#include "formats/loader.hpp"
#include "render/diff_view.hpp"

#include <CLI/CLI.hpp>

#include <optional>
#include <sstream>

namespace dipdiff::cli {
namespace {

// Reads one input that must hold exactly one statement.
std::optional<Statement> load_one(const std::string& path, Diagnostics& diagnostics) {
    LoadOptions options;
    options.allow_empty_text = true;  // two empty texts are simply equal
    options.warn_missing_metadata = false;  // diff takes bare text; party and date do not matter here
    LoadResult loaded = load_statements({path}, options);
    diagnostics.insert(diagnostics.end(), loaded.diagnostics.begin(), loaded.diagnostics.end());
    if (has_errors(loaded.diagnostics)) return std::nullopt;
    if (loaded.statements.size() != 1) {
        Diagnostic d;
        d.path = path;
        d.id = "diff.not-one-statement";
        d.message = "holds " + std::to_string(loaded.statements.size()) + " statements";
        d.expected = "one statement per input to diff (split a JSON Lines corpus first)";
        diagnostics.push_back(std::move(d));
        return std::nullopt;
    }
    return std::move(loaded.statements.front());
}

}  // namespace

CLI::App* add_diff_command(CLI::App& app, DiffCommandOptions& options) {
    CLI::App* command =
        app.add_subcommand("diff", "Word-by-word differences between two versions of a text, with moved text");
    command->add_option("a", options.a, "The earlier or first text (any statement format)")->required();
    command->add_option("b", options.b, "The later or second text")->required();
    command->add_option("--format", options.format, "plain, color or json (default: color on a terminal)")
        ->transform(CLI::CheckedTransformer(std::map<std::string, DiffFormat>{{"plain", DiffFormat::plain},
                                                                             {"color", DiffFormat::color},
                                                                             {"colour", DiffFormat::color},
                                                                             {"json", DiffFormat::json}},
                                            CLI::ignore_case));
    command->add_flag("--stat", options.stat, "Print the figures (tokens added, removed, moved, similarity)");
    command->add_flag("--raw", options.raw, "Skip the readability clean-up: the minimal edit script");
    command->add_flag("--exact", options.exact, "Compare the whole text as one unit (no paragraph alignment)");
    command->add_flag("--ignore-punctuation", options.ignore_punctuation, "Leave punctuation out of the comparison");
    command->add_flag("--case-sensitive", options.case_sensitive,
                      "Count case, quote-style and dash-style differences as changes");
    command->add_option("--min-move", options.min_move_tokens,
                        "Shortest run of tokens reported as moved (0: no move detection)")
        ->capture_default_str();
    command->add_flag("--with-metadata", options.with_metadata, "Also report header fields that changed");
    command->add_option("-o,--output", options.output, "Write to this file (atomically) instead of stdout");
    return command;
}

int run_diff(const DiffCommandOptions& options) {
    Diagnostics diagnostics;
    std::optional<Statement> a = load_one(options.a, diagnostics);
    std::optional<Statement> b = load_one(options.b, diagnostics);
    print_diagnostics(diagnostics);
    if (!a || !b) return k_exit_error;

    TermPool terms;
    Segmenter segmenter(terms);
    const Document doc_a = segmenter.segment(*a);
    const Document doc_b = segmenter.segment(*b);

    DiffOptions diff_options;
    diff_options.semantic_cleanup = !options.raw;
    diff_options.exact = options.exact;
    diff_options.ignore_punctuation = options.ignore_punctuation;
    diff_options.ignore_case = !options.case_sensitive;
    diff_options.min_move_tokens = options.min_move_tokens;
    const DiffResult diff = diff_documents(doc_a, doc_b, diff_options);

    std::optional<std::vector<FieldChange>> metadata_changes;
    if (options.with_metadata) metadata_changes = diff_metadata(*a, *b);
    const bool same = diff.identical && (!metadata_changes || metadata_changes->empty());

    std::ostringstream out;
    const bool to_terminal = options.output.empty() || options.output == "-";
    DiffFormat format = options.format;
    if (format == DiffFormat::automatic)
        format = to_terminal && use_color(ColorChoice::auto_detect) ? DiffFormat::color : DiffFormat::plain;
    if (format == DiffFormat::json) {
        out << diff_json(*a, *b, diff, metadata_changes);
    } else {
        const TerminalStyle style{format == DiffFormat::color};
        if (metadata_changes) print_metadata_changes(out, *metadata_changes, style);
        if (options.stat)
            print_diff_stats(out, diff);
        else
            print_word_diff(out, a->text, b->text, diff, style);
    }
    try {
        write_output(options.output, out.str(), {options.a, options.b});
    } catch (const InputError& error) {
        print_diagnostics({error.diagnostic()});
        return k_exit_error;
    }
    return same ? k_exit_ok : k_exit_different;
}

}  // namespace dipdiff::cli
