// Times diff_documents on generated prose pairs (bench/prose_pair.hpp): A of
// N words, B with ~5% of words changed and a few sentences moved. Documents
// are made by the real Segmenter (what `dipdiff diff` runs), outside the
// timed loop.
#include "bench/prose_pair.hpp"
#include "engine/segmenter.hpp"
#include "engine/statement.hpp"
#include "engine/word_diff.hpp"

#include <benchmark/benchmark.h>

#include <map>
#include <memory>
#include <string>
#include <utility>

namespace {

/// A statement and its document; the document points into the statement,
/// so neither moves once segmented (Inputs lives on the heap).
struct Segmented {
    dipdiff::Statement statement;
    dipdiff::Document document;
};

struct Inputs {
    dipdiff::TermPool terms;
    Segmented a;
    Segmented b;
};

void segment(std::string text, dipdiff::Segmenter& segmenter, Segmented& out) {
    out.statement.text = std::move(text);
    out.statement.language = "en";
    dipdiff::use_plain_analysis_text(out.statement);
    out.document = segmenter.segment(out.statement);
}

const Inputs& inputs(std::size_t words) {
    static std::map<std::size_t, std::unique_ptr<Inputs>> cache;
    auto& slot = cache[words];
    if (!slot) {
        slot = std::make_unique<Inputs>();
        auto pair = dipdiff::bench::generate_prose_pair(words);
        dipdiff::Segmenter segmenter(slot->terms);
        segment(std::move(pair.a), segmenter, slot->a);
        segment(std::move(pair.b), segmenter, slot->b);
    }
    return *slot;
}

void run(benchmark::State& state, const dipdiff::DiffOptions& options) {
    const Inputs& in = inputs(static_cast<std::size_t>(state.range(0)));
    dipdiff::DiffStats stats;
    for (auto _ : state) {
        const dipdiff::DiffResult result = dipdiff::diff_documents(in.a.document, in.b.document, options);
        stats = result.stats;
        benchmark::DoNotOptimize(result.ops.data());
    }
    state.counters["tokens_a"] = static_cast<double>(stats.tokens_a);
    state.counters["moves"] = static_cast<double>(stats.moves);
    state.counters["similarity"] = stats.similarity;
    state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(stats.tokens_a + stats.tokens_b),
                                                    benchmark::Counter::kIsIterationInvariantRate);
}

void BM_DiffDocuments(benchmark::State& state) { run(state, {}); }

void BM_DiffDocumentsRaw(benchmark::State& state) {
    dipdiff::DiffOptions options;
    options.semantic_cleanup = false;
    run(state, options);
}

}  // namespace

BENCHMARK(BM_DiffDocuments)->Arg(10000)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DiffDocumentsRaw)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
