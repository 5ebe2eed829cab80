// Measures the whole `dipdiff compare` pipeline on a folder of statements —
// load, segment + attribute, tag topics, align (with word diffs of close
// pairs) — and prints each stage's time and the peak memory.
// usage: compare_pipeline DIR... [--no-diffs]
#include "engine/alignment.hpp"
#include "engine/analyse.hpp"
#include "engine/topics.hpp"
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
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--no-diffs") == 0)
            diffs = false;
        else
            inputs.emplace_back(argv[i]);
    }
    if (inputs.empty()) {
        std::fprintf(stderr, "usage: compare_pipeline DIR... [--no-diffs]\n");
        return 2;
    }
    auto start = Clock::now();
    dipdiff::LoadResult loaded = dipdiff::load_statements(inputs);
    dipdiff::Diagnostics diagnostics;
    const dipdiff::Taxonomy taxonomy = dipdiff::load_taxonomy({}, diagnostics);
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

    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("statements %zu  words %zu  topics %zu  pairs %zu  omissions %zu\n", documents.size(), words,
                result.topics.size(), result.pairs.size(), result.omissions.size());
    std::printf("load %.2f s  segment+attribute %.2f s  tag %.2f s  align %.2f s  total %.2f s  peak %.0f MB\n",
                load_s, analyse_s, tag_s, align_s, load_s + analyse_s + tag_s + align_s,
                static_cast<double>(usage.ru_maxrss) / 1024);
    return 0;
}
