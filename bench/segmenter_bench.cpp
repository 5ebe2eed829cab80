// Throughput of the segmenter on generated English, Russian and transcript text.
// The reader+segmenter must do >= 20 MB/s on one core (docs/segmentation.md).
#include <benchmark/benchmark.h>

#include <random>
#include <string>
#include <vector>

#include "engine/segmenter.hpp"

namespace {

// Deterministic text about fictional states, hard-wrapped at 72 columns, with
// the abbreviations, numbers and quotations the sentence rules look at.
std::string generate_text(const std::vector<std::string>& words, std::size_t bytes, bool transcript) {
    std::mt19937 random(7);
    std::uniform_int_distribution<std::size_t> word(0, words.size() - 1);
    std::uniform_int_distribution<int> sentence_length(6, 28), sentences(2, 6), percent(0, 99);
    std::string text;
    text.reserve(bytes + 1024);
    std::size_t column = 0;
    const auto add = [&](const std::string& w) {
        if (column + w.size() > 72) {
            text += '\n';
            column = 0;
        } else if (column > 0) {
            text += ' ';
            ++column;
        }
        text += w;
        column += w.size();
    };
    int turn = 0;
    while (text.size() < bytes) {
        if (transcript) add(++turn % 2 == 0 ? "Q" : "THE PRESIDENT:");
        for (int s = sentences(random); s > 0; --s) {
            for (int i = sentence_length(random); i > 0; --i) {
                const int p = percent(random);
                if (p < 3)
                    add("Mr. Marek");
                else if (p < 5)
                    add("the U.S.");
                else if (p < 8)
                    add(std::to_string(p * 97));
                else if (p < 10)
                    add("\u201Cconstructive,\u201D");
                else
                    add(words[word(random)]);
            }
            text += '.';
        }
        text += "\n\n";
        column = 0;
    }
    return text;
}

const std::vector<std::string> k_english{
    "talks",     "between",    "the",           "Republic",   "of",          "Varenia",     "and",
    "Kestrel",   "Federation", "were",          "frank",      "both",        "sides",       "agreed",
    "to",        "continue",   "consultations", "on",         "regional",    "security",    "trade",
    "energy",    "President",  "Brandt",        "emphasized", "cooperation", "sanctions",   "delegation",
    "visited",   "Ostrava",    "summit",        "agreement",  "framework",   "partnership", "dialogue",
    "stability", "border",     "economic",      "investment", "said",        "noted",       "welcomed",
    "expressed", "concern",    "about",         "situation",  "ministers",   "discussed",   "issues",
    "a"};

const std::vector<std::string> k_russian{"переговоры",
                                         "между",
                                         "Республикой",
                                         "Варения",
                                         "и",
                                         "Кестрельской",
                                         "Федерацией",
                                         "прошли",
                                         "в",
                                         "конструктивном",
                                         "ключе",
                                         "стороны",
                                         "договорились",
                                         "продолжить",
                                         "консультации",
                                         "по",
                                         "вопросам",
                                         "региональной",
                                         "безопасности",
                                         "торговли",
                                         "энергетики",
                                         "президент",
                                         "Марек",
                                         "подчеркнул"};

void run(benchmark::State& state, const std::string& text, const char* language, dipdiff::Genre genre) {
    dipdiff::Statement statement;
    statement.text = text;
    statement.language = language;
    statement.genre = genre;
    dipdiff::use_plain_analysis_text(statement);
    dipdiff::TermPool terms;
    dipdiff::Segmenter segmenter(terms);
    std::size_t tokens = 0;
    for (auto _ : state) {
        const dipdiff::Document document = segmenter.segment(statement);
        tokens = document.tokens.size();
        benchmark::DoNotOptimize(tokens);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
    state.counters["tokens"] = static_cast<double>(tokens);
}

void BM_SegmentEnglish(benchmark::State& state) {
    static const std::string text = generate_text(k_english, 8 << 20, false);
    run(state, text, "en", dipdiff::Genre::readout);
}
BENCHMARK(BM_SegmentEnglish)->Unit(benchmark::kMillisecond);

void BM_SegmentRussian(benchmark::State& state) {
    static const std::string text = generate_text(k_russian, 8 << 20, false);
    run(state, text, "ru", dipdiff::Genre::readout);
}
BENCHMARK(BM_SegmentRussian)->Unit(benchmark::kMillisecond);

void BM_SegmentTranscript(benchmark::State& state) {
    static const std::string text = generate_text(k_english, 8 << 20, true);
    run(state, text, "en", dipdiff::Genre::press_conference);
}
BENCHMARK(BM_SegmentTranscript)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
