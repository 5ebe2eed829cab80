// gen_diff_pair WORDS OUT_A OUT_B [SEED] — writes two plain-text documents for
// diff benchmarks: A of WORDS words, and B with ~5% of words changed and a
// few sentences moved (see bench/prose_pair.hpp). Same seed, same files.
#include "bench/prose_pair.hpp"

#include <charconv>
#include <cstdio>
#include <fstream>
#include <string>
#include <string_view>

namespace {

bool parse_number(std::string_view text, unsigned long long& value) {
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    return error == std::errc{} && end == text.data() + text.size();
}

bool write_file(const char* path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
    out.close();
    if (!out) {
        std::fprintf(stderr, "gen_diff_pair: error: cannot write '%s'\n", path);
        return false;
    }
    return true;
}

}  // namespace

int main(int argc, char** argv) {
    unsigned long long words = 0;
    unsigned long long seed = 20240611;
    if (argc < 4 || argc > 5 || !parse_number(argv[1], words) || words == 0 ||
        (argc == 5 && !parse_number(argv[4], seed))) {
        std::fprintf(stderr,
                     "usage: gen_diff_pair WORDS OUT_A OUT_B [SEED]\n"
                     "  WORDS and SEED are positive whole numbers, e.g. gen_diff_pair 100000 a.txt b.txt\n");
        return 2;
    }
    const dipdiff::bench::ProsePair pair = dipdiff::bench::generate_prose_pair(words, seed);
    return write_file(argv[2], pair.a) && write_file(argv[3], pair.b) ? 0 : 1;
}
