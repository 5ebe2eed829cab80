// Topic tagging speed with the default taxonomy: building the tagger, and tagging
// segmented readouts (phrase lookup, exclusions, nesting, context inheritance).
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "engine/analyse.hpp"
#include "engine/topics.hpp"
#include "formats/topics_reader.hpp"

namespace {

using namespace dipdiff;

// Paragraphs in the shape of real readouts, about fictional states; dense in topic cues.
const std::vector<std::string> k_paragraphs{
    "President Ilse Brandt spoke today with President Aldo Marek of the Republic of Varenia. The call took "
    "place at the initiative of the Varenian side and lasted almost two hours.",
    "The two leaders discussed the need for progress on arms control. President Brandt emphasized that any "
    "future framework must be verifiable and must cover all types of warheads. It was agreed that deputy "
    "foreign ministers would meet in Soresk in April.",
    "President Brandt pressed President Marek to take decisive action against ransomware groups operating "
    "from Varenian territory. She made clear that Kestrel will defend its critical infrastructure.",
    "The ministers discussed the current state and prospects of bilateral relations. Considerable attention "
    "was paid to energy. The Varenian side confirmed that it remains a reliable supplier of gas through the "
    "pipeline. It also covers the joint financing of the grid connection.",
    "Mira Talven stressed that matters concerning the Northern Provinces are purely Talmar's internal "
    "affairs. The Kestrel side should stop adding Talmari companies to unilateral sanctions lists and "
    "respect the right of the Talmari people to development in science and technology.",
    "The leaders also discussed the Arctic, outer space and research cooperation. Kestrel will waive visa "
    "fees for Ostravan students and researchers from September.",
    "The Secretary-General met with the Prime Minister on the margins of the high-level week of the General "
    "Assembly. They discussed the climate emergency and the need for more ambitious emissions targets.",
    "Minister Hadden raised the unsafe intercept of a patrol aircraft over international waters and "
    "reaffirmed Kestrel's commitment to freedom of navigation. The two ministers agreed to convene the "
    "maritime safety working group before the end of the year.",
};

Statement make_statement(std::size_t target_bytes) {
    Statement statement;
    statement.language = "en";
    statement.genre = Genre::readout;
    for (std::size_t i = 0; statement.text.size() < target_bytes; ++i) {
        if (!statement.text.empty()) statement.text += "\n\n";
        statement.text += k_paragraphs[i % k_paragraphs.size()];
    }
    use_plain_analysis_text(statement);
    return statement;
}

Taxonomy default_taxonomy() {
    Diagnostics diagnostics;
    return load_taxonomy({}, diagnostics);
}

void BM_BuildTaggerWithDefaultTaxonomy(benchmark::State& state) {
    const Taxonomy taxonomy = default_taxonomy();
    TermPool terms;
    Segmenter segmenter(terms);
    for (auto _ : state) {
        TopicTagger tagger(taxonomy, segmenter);
        benchmark::DoNotOptimize(&tagger);
    }
}
BENCHMARK(BM_BuildTaggerWithDefaultTaxonomy)->Unit(benchmark::kMillisecond);

void BM_TagDocument(benchmark::State& state) {
    const Taxonomy taxonomy = default_taxonomy();
    TermPool terms;
    Segmenter segmenter(terms);
    const TopicTagger tagger(taxonomy, segmenter);
    const Statement statement = make_statement(static_cast<std::size_t>(state.range(0)));
    const Document document = analyse_statement(segmenter, statement);
    std::size_t topics = 0;
    for (auto _ : state) {
        const DocumentTopics result = tagger.tag(document);
        topics = 0;
        for (const auto& sentence : result.by_sentence) topics += sentence.size();
        benchmark::DoNotOptimize(topics);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * statement.text.size()));
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * document.sentences.size()));
    state.counters["sentences"] = static_cast<double>(document.sentences.size());
    state.counters["topics"] = static_cast<double>(topics);
}
// A readout of ~12 KB (about 2,000 words, as in the 1,000-statement benchmark) and a 4 MB text.
BENCHMARK(BM_TagDocument)->Arg(12 << 10)->Arg(4 << 20)->Unit(benchmark::kMillisecond);

// For scale: segmenting and attributing the same text, which every command does before tagging.
void BM_AnalyseDocument(benchmark::State& state) {
    TermPool terms;
    Segmenter segmenter(terms);
    const Statement statement = make_statement(static_cast<std::size_t>(state.range(0)));
    for (auto _ : state) {
        const Document document = analyse_statement(segmenter, statement);
        benchmark::DoNotOptimize(document.sentences.data());
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * statement.text.size()));
}
BENCHMARK(BM_AnalyseDocument)->Arg(4 << 20)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
