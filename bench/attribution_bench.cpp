// Attribution speed on a long news report: quote scanning, clause words and speech verbs.
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "engine/attribution.hpp"

namespace {

using namespace dipdiff;

const std::vector<std::vector<std::string>> k_paragraphs{
    {"Leaders of Varenia and the Kestrel Federation met in Port Alden on Tuesday.",
     "President Aldo Marek of Varenia reported that the two Presidents had agreed to resume talks."},
    {"Marek, like Brandt, emphasized the tone of the meeting:"},
    {"\u201CWe did not come here to repeat old grievances.",
     "We came to find out whether we can still talk."},
    {"\u201CToday the answer is yes.", "The work starts tomorrow.\u201D"},
    {"What comes next on this front?",
     "The two leaders also discussed fishing quotas in the northern gulf, he reported."},
    {"He called the talks \u201Cfrank and candid,\u201D but in his view \u201Cproductive.\u201D",
     "According to Varenian officials, the draft runs to forty pages.",
     "Varenia\u2019s delegation said it didn\u2019t expect a treaty this year."},
};

// A report of about `target_bytes`, segmented by hand as the segmenter would.
struct Report {
    Statement statement;
    Document document;
};

void build(Report& report, std::size_t target_bytes) {
    Statement& s = report.statement;
    s.genre = Genre::article;
    s.metadata = {{"outlet", "Varenia Daily"}};
    Document& d = report.document;
    while (s.text.size() < target_bytes) {
        for (const auto& sentences : k_paragraphs) {
            if (!s.text.empty()) s.text += "\n\n";
            Paragraph p;
            p.span.start = static_cast<std::uint32_t>(s.text.size());
            for (std::size_t i = 0; i < sentences.size(); ++i) {
                if (i > 0) s.text += ' ';
                Sentence sentence;
                sentence.span.start = static_cast<std::uint32_t>(s.text.size());
                s.text += sentences[i];
                sentence.span.end = static_cast<std::uint32_t>(s.text.size());
                sentence.paragraph = static_cast<int>(d.paragraphs.size());
                d.sentences.push_back(sentence);
            }
            p.span.end = static_cast<std::uint32_t>(s.text.size());
            d.paragraphs.push_back(p);
        }
    }
    use_plain_analysis_text(s);
    d.statement = &s;
}

void BM_AttributeNewsReport(benchmark::State& state) {
    Report report;
    build(report, static_cast<std::size_t>(state.range(0)));
    for (auto _ : state) {
        attribute_sentences(report.document);
        benchmark::DoNotOptimize(report.document.sentences.data());
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                            static_cast<std::int64_t>(report.statement.text.size()));
}
BENCHMARK(BM_AttributeNewsReport)->Arg(1 << 20)->Arg(8 << 20)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
