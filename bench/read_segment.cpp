// Measures reading + segmenting + attributing a corpus, one statement at a
// time as `dipdiff inspect` does: throughput in MB/s and peak memory.
// usage: read_segment DIR...
#include "engine/analyse.hpp"
#include "formats/loader.hpp"

#include <chrono>
#include <cstdio>
#include <sys/resource.h>

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: read_segment DIR...\n");
        return 2;
    }
    std::vector<std::string> inputs(argv + 1, argv + argc);
    using Clock = std::chrono::steady_clock;
    const auto start = Clock::now();
    dipdiff::LoadResult loaded = dipdiff::load_statements(inputs);
    const auto loaded_at = Clock::now();

    dipdiff::TermPool terms;
    dipdiff::Segmenter segmenter(terms);
    std::size_t bytes = 0, sentences = 0, tokens = 0;
    for (const dipdiff::Statement& statement : loaded.statements) {
        const dipdiff::Document document = dipdiff::analyse_statement(segmenter, statement);
        bytes += statement.text.size();
        sentences += document.sentences.size();
        tokens += document.tokens.size();
    }
    const auto done = Clock::now();

    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const double seconds = std::chrono::duration<double>(done - start).count();
    const double load_seconds = std::chrono::duration<double>(loaded_at - start).count();
    const double megabytes = static_cast<double>(bytes) / (1 << 20);
    const double peak_mb = static_cast<double>(usage.ru_maxrss) / 1024;
    std::printf("statements %zu  text %.1f MB  sentences %zu  tokens %zu  diagnostics %zu\n",
                loaded.statements.size(), megabytes, sentences, tokens, loaded.diagnostics.size());
    std::printf("load %.2f s  total %.2f s  %.1f MB/s  peak %.0f MB (%.2fx input)\n", load_seconds, seconds,
                megabytes / seconds, peak_mb, peak_mb / megabytes);
    return 0;
}
