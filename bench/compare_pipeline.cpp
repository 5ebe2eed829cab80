// Measures the whole `dipdiff compare` pipeline on a folder of statements —
// load, segment + attribute, tag topics, align (with word diffs of close
// pairs), score stances (every sentence, then per topic and party) — and
// prints each stage's time, the peak memory, and what stance scoring adds.
// usage: compare_pipeline DIR... [--no-diffs] [--no-stance]
#include "engine/alignment.hpp"
#include "engine/analyse.hpp"
#include "engine/stance.hpp"
#include "engine/stance_compare.hpp"
#include "engine/topics.hpp"
#include "formats/lexicon_reader.hpp"
#include "formats/loader.hpp"
#include "formats/topics_reader.hpp"

#include <chrono>
#include <cstdio>
#include <cstring>
#include <sys/resource.h>

namespace {

using Clock = std::chrono::steady_clock;
double seconds_since(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string> inputs;
    bool diffs = true;
    bool stance = true;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--no-diffs") == 0)
            diffs = false;
        else if (std::strcmp(argv[i], "--no-stance") == 0)
            stance = false;
        else
            inputs.emplace_back(argv[i]);
    }
    if (inputs.empty()) {
        std::fprintf(stderr, "usage: compare_pipeline DIR... [--no-diffs] [--no-stance]\n");
        return 2;
    }
    auto start = Clock::now();
    dipdiff::LoadResult loaded = dipdiff::load_statements(inputs);
    dipdiff::Diagnostics diagnostics;
    const dipdiff::Taxonomy taxonomy = dipdiff::load_taxonomy({}, diagnostics);
    const dipdiff::Lexicon lexicon = stance ? dipdiff::load_lexicon("", diagnostics) : dipdiff::Lexicon{};
    const double load_s = seconds_since(start);

    start = Clock::now();
    dipdiff::TermPool terms;
    dipdiff::Segmenter segmenter(terms);
    std::vector<dipdiff::Document> documents;
    documents.reserve(loaded.statements.size());
    std::size_t words = 0;
    for (const auto& statement : loaded.statements) {
        documents.push_back(dipdiff::analyse_statement(segmenter, statement));
        for (const auto& token : documents.back().tokens) words += token.kind == dipdiff::TokenKind::word;
    }
    const double analyse_s = seconds_since(start);

    start = Clock::now();
    const dipdiff::TopicTagger tagger(taxonomy, segmenter);
    std::vector<dipdiff::DocumentTopics> tagged;
    std::vector<const dipdiff::Document*> views;
    for (const auto& document : documents) {
        tagged.push_back(tagger.tag(document));
        views.push_back(&document);
    }
    const double tag_s = seconds_since(start);

    start = Clock::now();
    dipdiff::AlignOptions options;
    options.diffs = diffs;
    const dipdiff::AlignmentResult result = dipdiff::align_documents(views, tagged, taxonomy, terms, options);
    const double align_s = seconds_since(start);

    // What `dipdiff compare` adds for stances (issue 5: at most 25% more).
    start = Clock::now();
    std::size_t scored = 0;
    if (stance) {
        const dipdiff::StanceScorer scorer(lexicon, segmenter);
        std::vector<dipdiff::DocumentStance> stances;
        stances.reserve(documents.size());
        for (const auto& document : documents) {
            stances.push_back(scorer.score(document));
            scored += stances.back().by_sentence.size();
        }
        const auto topics = dipdiff::topic_stances(views, stances, result);
        if (topics.size() != result.coverage.size()) return 1;
    }
    const double stance_s = seconds_since(start);

    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("statements %zu  words %zu  topics %zu  pairs %zu  omissions %zu\n", documents.size(), words,
                result.topics.size(), result.pairs.size(), result.omissions.size());
    const double without_stance = load_s + analyse_s + tag_s + align_s;
    std::printf("load %.2f s  segment+attribute %.2f s  tag %.2f s  align %.2f s  stance %.2f s (%zu sentences, "
                "+%.1f%%)  total %.2f s  peak %.0f MB\n",
                load_s, analyse_s, tag_s, align_s, stance_s, scored, 100.0 * stance_s / without_stance,
                without_stance + stance_s, static_cast<double>(usage.ru_maxrss) / 1024);
    return 0;
}
