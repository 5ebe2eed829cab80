#pragma once
/// Generated prose for diff benchmarks: a text of N words about fictional
/// states, and a revision of it with about 5% of words changed and a few
/// sentences moved to other paragraphs. Deterministic for a seed. Header-only
/// (used by gen_diff_pair and word_diff_bench).
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace dipdiff::bench {

struct ProsePair {
    std::string a;
    std::string b;
};

namespace detail {

using Sentence = std::vector<std::string>;
using Paragraph = std::vector<Sentence>;

/// A vocabulary of a few thousand words: frequent function words, a fixed
/// list of diplomatic terms and names, and generated words built from syllables.
class Vocabulary {
public:
    explicit Vocabulary(std::mt19937_64& rng) {
        m_function = {"the",  "of",   "and", "to", "in",   "a",     "on",    "for",
                      "that", "with", "by",  "as", "its",  "their", "is",    "was",
                      "will", "has",  "be",  "at", "from", "this",  "which", "both"};
        m_content = {
            "ministry",  "cooperation",  "sovereignty",  "bilateral",    "delegation",    "summit",
            "security",  "dialogue",     "partnership",  "territorial",  "integrity",     "sanctions",
            "agreement", "negotiations", "ceasefire",    "humanitarian", "corridor",      "border",
            "president", "minister",     "foreign",      "talks",        "statement",     "joint",
            "stability", "region",       "trade",        "energy",       "maritime",      "commitment",
            "Varenia",   "Kestrel",      "Ostrava",      "Marek",        "Brandt",        "Federation",
            "Republic",  "Commonwealth", "constructive", "frank",        "candid",        "mutual",
            "respect",   "principles",   "charter",      "reaffirmed",   "expressed",     "concern",
            "welcomed",  "condemned",    "urged",        "restraint",    "de-escalation", "envoy"};
        const char* onsets[] = {"b", "d", "k", "l",  "m",  "n",  "p", "r",
                                "s", "t", "v", "st", "tr", "pr", "gr"};
        const char* vowels[] = {"a", "e", "i", "o", "u", "ai", "ou"};
        const char* endings[] = {"", "ation", "ity", "al", "ive", "ment", "ance", "ist", "ory", "ing"};
        std::uniform_int_distribution<int> syllables(1, 3);
        while (m_content.size() < 3000) {
            std::string word;
            for (int s = syllables(rng); s > 0; --s) {
                word += onsets[rng() % std::size(onsets)];
                word += vowels[rng() % std::size(vowels)];
            }
            word += endings[rng() % std::size(endings)];
            m_content.push_back(word);
        }
    }

    /// About 40% function words; content words Zipf-like (rank-skewed).
    const std::string& word(std::mt19937_64& rng) const {
        std::uniform_real_distribution<double> unit(0.0, 1.0);
        if (unit(rng) < 0.4) return m_function[rng() % m_function.size()];
        const double u = unit(rng);
        const auto rank = static_cast<std::size_t>(u * u * u * static_cast<double>(m_content.size()));
        return m_content[std::min(rank, m_content.size() - 1)];
    }

private:
    std::vector<std::string> m_function;
    std::vector<std::string> m_content;
};

inline std::string render(const std::vector<Paragraph>& paragraphs) {
    std::string text;
    for (std::size_t p = 0; p < paragraphs.size(); ++p) {
        if (p > 0) text += "\n\n";
        for (std::size_t s = 0; s < paragraphs[p].size(); ++s) {
            if (s > 0) text += ' ';
            const Sentence& sentence = paragraphs[p][s];
            for (std::size_t w = 0; w < sentence.size(); ++w) {
                if (w > 0 && sentence[w] != ",") text += ' ';
                std::string word = sentence[w];
                if (w == 0 && !word.empty() && word[0] >= 'a' && word[0] <= 'z')
                    word[0] = static_cast<char>(word[0] - 32);
                text += word;
            }
            text += '.';
        }
    }
    text += '\n';
    return text;
}

}  // namespace detail

/// `words` words of A in paragraphs of 3–8 sentences of 8–30 words; B has
/// about `change_rate` of A's words substituted, deleted or inserted (a third
/// each), and `words / 20000 + 2` sentences moved to other paragraphs.
inline ProsePair generate_prose_pair(std::size_t words, std::uint64_t seed = 20240611,
                                     double change_rate = 0.05) {
    using namespace detail;
    std::mt19937_64 rng(seed);
    const Vocabulary vocabulary(rng);
    std::uniform_int_distribution<int> sentence_length(8, 30);
    std::uniform_int_distribution<int> paragraph_length(3, 8);
    std::uniform_real_distribution<double> unit(0.0, 1.0);

    std::vector<Paragraph> a;
    std::size_t written = 0;
    while (written < words) {
        Paragraph paragraph;
        for (int s = paragraph_length(rng); s > 0 && written < words; --s) {
            Sentence sentence;
            for (int w = sentence_length(rng); w > 0 && written < words; --w, ++written) {
                sentence.push_back(vocabulary.word(rng));
                if (w > 3 && unit(rng) < 0.06) sentence.push_back(",");
            }
            paragraph.push_back(std::move(sentence));
        }
        a.push_back(std::move(paragraph));
    }

    std::vector<Paragraph> b;
    for (const Paragraph& paragraph : a) {
        Paragraph revised;
        for (const Sentence& sentence : paragraph) {
            Sentence out;
            for (const std::string& word : sentence) {
                const double roll = unit(rng);
                if (roll < change_rate / 3) {
                    out.push_back(vocabulary.word(rng));  // substitution
                } else if (roll < 2 * change_rate / 3) {
                    // deletion
                } else if (roll < change_rate) {
                    out.push_back(word);
                    out.push_back(vocabulary.word(rng));  // insertion
                } else {
                    out.push_back(word);
                }
            }
            if (out.empty()) out.push_back(vocabulary.word(rng));
            revised.push_back(std::move(out));
        }
        b.push_back(std::move(revised));
    }
    const std::size_t moves = words / 20000 + 2;
    for (std::size_t m = 0; m < moves && b.size() > 1; ++m) {
        const std::size_t from = rng() % b.size();
        if (b[from].size() < 2) continue;
        const std::size_t which = rng() % b[from].size();
        Sentence sentence = std::move(b[from][which]);
        b[from].erase(b[from].begin() + static_cast<std::ptrdiff_t>(which));
        std::size_t to = rng() % b.size();
        if (to == from) to = (to + 1) % b.size();
        const std::size_t at = rng() % (b[to].size() + 1);
        b[to].insert(b[to].begin() + static_cast<std::ptrdiff_t>(at), std::move(sentence));
    }
    return {render(a), render(b)};
}

}  // namespace dipdiff::bench
