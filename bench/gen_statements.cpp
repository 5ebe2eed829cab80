// Writes a deterministic corpus of generated statements for the reading and
// segmenting benchmark: readouts, transcripts and news reports in the genre's
// shapes (headers, curly quotes, abbreviations, speaker turns, wrapped lines).
// usage: gen_statements OUT_DIR MEGABYTES [PARAGRAPHS_PER_STATEMENT (default 40, ~3,000 words)]
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

namespace {

const std::vector<std::string> k_subjects = {
    "The two leaders", "The sides", "President Marek", "President Brandt", "The delegations",
    "Foreign Minister Varga", "The U.S. delegation", "Mr. Reyl", "The ministers", "Both parties"};
const std::vector<std::string> k_verbs = {
    "discussed", "reviewed", "agreed to continue work on", "exchanged views on", "stressed the importance of",
    "expressed concern about", "welcomed progress on", "noted differences over", "reaffirmed support for",
    "agreed to launch consultations on"};
const std::vector<std::string> k_objects = {
    "strategic stability", "arms control", "the extension of the treaty", "cyber security and ransomware",
    "the exchange of detained citizens", "the return of ambassadors", "cooperation in the Arctic",
    "trade and tariffs", "energy supplies and the pipeline", "the situation in the region", "climate change",
    "public health", "people-to-people ties", "export controls", "military-to-military channels"};
const std::vector<std::string> k_tails = {
    "in a constructive atmosphere", "in some detail", "at the working level", "by the end of the year",
    "within a day or two", "as agreed in Dec. 2024", "under Article No. 4 of the accord", "with specifics",
    "frankly and candidly", "without illusions"};
const std::vector<std::string> k_quotes = {
    "We agreed to start consultations, and our teams will meet soon.",
    "There was no hostility at all. The conversation was quite constructive.",
    "We discussed red lines \u2014 we understand them, and they understand us.",
    "I have no illusions\u2026 but we generally spoke the same language.",
    "Our positions diverge on many issues, but we are ready to work."};

template <class T>
const T& pick(std::mt19937& rng, const std::vector<T>& items) {
    return items[std::uniform_int_distribution<std::size_t>(0, items.size() - 1)(rng)];
}

std::string sentence(std::mt19937& rng) {
    return pick(rng, k_subjects) + " " + pick(rng, k_verbs) + " " + pick(rng, k_objects) + " " +
           pick(rng, k_tails) + ".";
}

// Wraps a paragraph at about 72 columns, like an archived page.
std::string wrap(const std::string& text) {
    std::string out;
    std::size_t column = 0;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find(' ', start);
        if (end == std::string::npos) end = text.size();
        const std::size_t length = end - start;
        if (column > 0 && column + 1 + length > 72) {
            out += '\n';
            column = 0;
        } else if (column > 0) {
            out += ' ';
            ++column;
        }
        out.append(text, start, length);
        column += length;
        start = end + 1;
    }
    return out;
}

std::string statement(std::mt19937& rng, std::size_t index, int paragraphs) {
    const int kind = static_cast<int>(index % 3);
    std::string out = "id: gen-" + std::to_string(index) + "\n";
    out += std::string("party: ") + (index % 2 ? "Republic of Varenia" : "Kestrel Federation") + "\n";
    out += "speaker: Press Service\n";
    char date[32];
    std::snprintf(date, sizeof date, "date: 2025-%02zu-%02zu\n", 1 + index % 12, 1 + index % 28);
    out += date;
    out += std::string("genre: ") + (kind == 0 ? "readout" : kind == 1 ? "press-conference" : "article") + "\n";
    out += "title: Generated statement " + std::to_string(index) + "\n\n";
    for (int p = 0; p < paragraphs; ++p) {
        std::string paragraph;
        if (kind == 1) paragraph = p % 2 ? "Q  " : "PRESIDENT MAREK: ";
        const int sentences = 3 + static_cast<int>(rng() % 5);
        for (int s = 0; s < sentences; ++s) {
            if (s) paragraph += ' ';
            if (kind == 2 && s == 1)
                paragraph += "\u201c" + pick(rng, k_quotes) + "\u201d he said.";
            else
                paragraph += sentence(rng);
        }
        out += (kind == 0 ? wrap(paragraph) : paragraph) + "\n\n";
    }
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3 && argc != 4) {
        std::fprintf(stderr, "usage: gen_statements OUT_DIR MEGABYTES [PARAGRAPHS_PER_STATEMENT]\n");
        return 2;
    }
    const std::filesystem::path dir = argv[1];
    const std::size_t target = std::stoul(argv[2]) << 20;
    const int paragraphs = argc == 4 ? std::stoi(argv[3]) : 40;
    std::filesystem::create_directories(dir);
    std::mt19937 rng(20210616);
    std::size_t written = 0;
    for (std::size_t i = 0; written < target; ++i) {
        const std::string text = statement(rng, i, paragraphs);
        char name[32];
        std::snprintf(name, sizeof name, "s%06zu.txt", i);
        std::ofstream(dir / name, std::ios::binary) << text;
        written += text.size();
    }
    std::printf("%zu bytes\n", written);
    return 0;
}
