#include "cli/compare_command.hpp"

#include "cli/app.hpp"
#include "engine/alignment.hpp"
#include "engine/analyse.hpp"
#include "engine/topics.hpp"
#include "engine/stance.hpp"
#include "engine/stance_compare.hpp"
#include "formats/lexicon_reader.hpp"
#include "formats/atomic_file.hpp"
#include "formats/loader.hpp"
#include "formats/report_json.hpp"
#include "formats/topics_reader.hpp"
#include "render/compare_view.hpp"

#include <CLI/CLI.hpp>

#include <cstdlib>
#include <iostream>
#include <sstream>

namespace dipdiff::cli {
namespace {

std::size_t terminal_width(std::size_t requested) {
    if (requested >= 60) return requested;
    if (const char* columns = std::getenv("COLUMNS"))
        if (const long value = std::strtol(columns, nullptr, 10); value >= 60 && value <= 1000)
            return static_cast<std::size_t>(value);
    return 120;
}

}  // namespace

CLI::App* add_compare_command(CLI::App& app, CompareOptions& options) {
    CLI::App* command = app.add_subcommand(
        "compare", "Topic by topic: what each statement said, the closest passages, and what one side left out");
    command->add_option("inputs", options.inputs, "Two or more statements (files or folders)")->required();
    // One file per --topics, repeatable: a greedy vector option would
    // swallow the statements that follow it.
    command->add_option("--topics", options.topic_files,
                        "Extra or replacement topic taxonomy (docs/topics.md); may be repeated")
        ->expected(1)
        ->allow_extra_args(false)
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
    command->add_option("--json", options.json_output, "Write the JSON report (docs/report.md) to this file");
    command->add_flag("!--no-emergent", options.emergent, "Do not group untagged recurring sentences into topics");
    command->add_flag("!--no-diffs", options.diffs, "Do not attach word diffs to aligned pairs");
    command->add_flag("!--no-stance", options.stance, "Do not score tone and commitment");
    command->add_option("--lexicon", options.lexicon,
                        "Stance lexicon replacing the built-in one (docs/lexicon.md)");
    command->add_option("--min-score", options.min_pair_score, "Lowest similarity for a reported pair")
        ->capture_default_str();
    command->add_option("--width", options.width, "Terminal width for the side-by-side view");
    add_color_option(*command, options.color);
    return command;
}

int run_compare(const CompareOptions& options) {
    // 1. Load: comparing needs every statement's party and date.
    LoadOptions load_options;
    load_options.require_party_and_date = true;
    LoadResult loaded = load_statements(options.inputs, load_options);
    Diagnostics diagnostics = std::move(loaded.diagnostics);
    Taxonomy taxonomy = load_taxonomy(options.topic_files, diagnostics);
    Lexicon lexicon;
    if (options.stance) lexicon = load_lexicon(options.lexicon, diagnostics);
    if (!has_errors(diagnostics) && loaded.statements.size() < 2) {
        Diagnostic d;
        d.id = "compare.too-few";
        d.message = "compare needs at least two statements, got " + std::to_string(loaded.statements.size());
        d.expected = "two or more statement files, or a folder holding them";
        diagnostics.push_back(std::move(d));
    }
    print_diagnostics(diagnostics);
    if (has_errors(diagnostics)) return k_exit_error;

    // 2. Segment and attribute; 3. tag topics; 4. align across statements.
    TermPool terms;
    Segmenter segmenter(terms);
    const TopicTagger tagger(taxonomy, segmenter);
    std::vector<Document> documents;
    documents.reserve(loaded.statements.size());  // pointers below stay valid
    for (const Statement& statement : loaded.statements) documents.push_back(analyse_statement(segmenter, statement));
    std::vector<const Document*> views;
    for (const Document& document : documents) views.push_back(&document);

    AlignOptions align_options;
    align_options.emergent_topics = options.emergent;
    align_options.diffs = options.diffs;
    align_options.min_pair_score = options.min_pair_score;
    const AlignmentResult result = align_documents(views, tagger, terms, align_options);

    // 5. Stance of every sentence, then per topic and party.
    std::vector<DocumentStance> stances;
    std::vector<TopicStance> topic_stance;
    if (options.stance) {
        const StanceScorer scorer(lexicon, segmenter);
        stances.reserve(documents.size());
        for (const Document& document : documents) stances.push_back(scorer.score(document));
        topic_stance = topic_stances(views, stances, result);
    }

    // 6. Write: the report for programs, the summary for a person (not both
    // on standard output).
    try {
        if (!options.json_output.empty()) {
            ReportContext context;
            context.version = k_dipdiff_version;
            context.taxonomy_sources = options.topic_files.empty() ? std::vector<std::string>{"default"}
                                                                   : options.topic_files;
            context.options = align_options;
            if (options.stance) {
                context.lexicon = &lexicon;
                context.lexicon_source = options.lexicon.empty() ? std::string("default") : options.lexicon;
                context.stances = &stances;
                context.topic_stances = &topic_stance;
            }
            std::vector<std::string> protected_paths = options.inputs;
            protected_paths.insert(protected_paths.end(), options.topic_files.begin(), options.topic_files.end());
            if (!options.lexicon.empty()) protected_paths.push_back(options.lexicon);
            // Streamed: the report of a large corpus is never held in memory whole.
            if (options.json_output == "-") {
                write_report_json(std::cout, views, result, context);
                std::cout.flush();
            } else {
                write_file_atomically(
                    options.json_output,
                    [&](std::ostream& out) { write_report_json(out, views, result, context); }, protected_paths);
            }
        }
        if (options.json_output == "-") return k_exit_ok;
        std::ostringstream out;
        CompareViewOptions view;
        view.style.color = use_color(options.color);
        view.width = terminal_width(options.width);
        if (options.stance) {
            view.stance = CompareStance{&lexicon, &stances, &topic_stance};
        }
        print_compare_view(out, views, result, view);
        write_output("", out.str(), options.inputs);
    } catch (const InputError& error) {
        print_diagnostics({error.diagnostic()});
        return k_exit_error;
    }
    return k_exit_ok;
}

}  // namespace dipdiff::cli
