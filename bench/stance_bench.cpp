// Stance scoring speed: sentences of generated readout prose scored with the
// built-in lexicon. Run by hand: build/bench/dipdiff_bench --benchmark_filter=Stance
#include "engine/analyse.hpp"
#include "engine/stance.hpp"
#include "formats/lexicon_reader.hpp"

#include <benchmark/benchmark.h>

#include <string>

namespace {

// Our own sentences in the register of readouts, with the constructions the
// rules handle (negation, contrast, modifiers, code phrases, commitments).
constexpr const char* k_sentences[] = {
    "The two presidents held frank and candid talks on the situation along the border. ",
    "The meeting was constructive, but serious differences remain on the question of the islands. ",
    "There was no hostility at all in the conversation, the minister said. ",
    "Varenia is ready to consider any proposals, provided they respect its legitimate interests. ",
    "The sides agreed to launch consultations on a new fisheries arrangement. ",
    "Kestrel must stop its provocative military activity near our borders. ",
    "We did not discuss sanctions, and the call lasted just over an hour. ",
    "Although the tone was polite, no progress was made on any of the key issues. ",
};

std::string readout(std::size_t paragraphs) {
    std::string text;
    for (std::size_t p = 0; p < paragraphs; ++p) {
        for (const char* sentence : k_sentences) text += sentence;
        text += "\n\n";
    }
    return text;
}

void BM_StanceScoreDocument(benchmark::State& state) {
    dipdiff::Diagnostics diagnostics;
    const dipdiff::Lexicon lexicon = dipdiff::load_lexicon("", diagnostics);
    dipdiff::TermPool terms;
    dipdiff::Segmenter segmenter(terms);
    const dipdiff::StanceScorer scorer(lexicon, segmenter);
    dipdiff::Statement statement;
    statement.id = "bench";
    statement.language = "en";
    statement.text = readout(static_cast<std::size_t>(state.range(0)));
    dipdiff::use_plain_analysis_text(statement);
    const dipdiff::Document document = dipdiff::analyse_statement(segmenter, statement);
    for (auto _ : state) benchmark::DoNotOptimize(scorer.score(document));
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * document.sentences.size()));
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * statement.text.size()));
}
BENCHMARK(BM_StanceScoreDocument)->Arg(10)->Arg(1000);

void BM_StanceCompileLexicon(benchmark::State& state) {
    dipdiff::Diagnostics diagnostics;
    const dipdiff::Lexicon lexicon = dipdiff::load_lexicon("", diagnostics);
    dipdiff::TermPool terms;
    dipdiff::Segmenter segmenter(terms);
    for (auto _ : state) {
        const dipdiff::StanceScorer scorer(lexicon, segmenter);
        benchmark::DoNotOptimize(&scorer);
    }
}
BENCHMARK(BM_StanceCompileLexicon);

}  // namespace

BENCHMARK_MAIN();
