// Times align_documents on generated statements: two statements of 10,000
// words, and 1,000 statements of 2,000 words (~2M words). Texts are segmented
// and tagged outside the timed loop. Tagging is a crude stand-in for the
// topic tagger: a sentence gets a topic when it contains one of the topic's
// keywords. Sentences draw their words from a Zipf-distributed vocabulary of
// function words, shared diplomatic boilerplate and generated words, plus the
// keywords of one or two topics, so that topics hold thousands of sentences
// that share many words — harder on candidate generation than real readouts.
// The retold pair is the case of two accounts of one event: the second has the
// first's sentences in another order with a third of their words replaced, so
// that most sentences have a close partner and get a word diff.
// Reports peak RSS (whole process: generation and segmentation included).
#include "engine/alignment.hpp"
#include "engine/analyse.hpp"
#include "engine/segmenter.hpp"

#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <algorithm>
#include <cmath>
#include <tuple>
#include <map>
#include <memory>
#include <random>
#include <string>
#include <unordered_map>
#include <vector>

namespace {

using namespace dipdiff;

const std::vector<std::vector<std::string>> k_topic_words = {
    {"treaty", "warheads", "arms", "missiles", "verification"},
    {"ransomware", "cyber", "hackers", "infrastructure"},
    {"gas", "pipeline", "energy", "transit", "electricity"},
    {"trade", "tariffs", "exports", "quota", "market"},
    {"climate", "emissions", "coal", "methane"},
    {"detained", "prisoner", "release", "consular"},
    {"ambassadors", "embassy", "diplomats", "visas"},
    {"arctic", "northern", "icebreakers", "polar"},
    {"sanctions", "restrictive", "banks", "measures"},
    {"refugees", "migrants", "border", "asylum"},
    {"grain", "food", "fertilizer", "harvest"},
    {"telephone", "call", "talks", "visit"},
};

class Vocabulary {
public:
    explicit Vocabulary(std::mt19937_64& rng) {
        m_words = {"the",       "of",          "and",      "to",        "in",        "a",         "on",
                   "for",       "that",        "with",     "by",        "as",        "its",       "their",
                   "is",        "was",         "will",     "has",       "be",        "at",        "from",
                   "this",      "which",       "both",     "president", "minister",  "sides",     "leaders",
                   "bilateral", "cooperation", "stressed", "noted",     "agreed",    "Varenia",   "Kestrel",
                   "Ostrava",   "Talmar",      "Marek",    "Brandt",    "discussed", "importance"};
        const char* onsets[] = {"b", "d", "k", "l",  "m",  "n",  "p", "r",
                                "s", "t", "v", "st", "tr", "pr", "gr"};
        const char* vowels[] = {"a", "e", "i", "o", "u", "ai", "ou"};
        const char* endings[] = {"", "ation", "ity", "al", "ive", "ment", "ance", "ist", "ory", "ing"};
        std::uniform_int_distribution<int> syllables(2, 3);
        while (m_words.size() < 20000) {
            std::string word;
            for (int s = syllables(rng); s > 0; --s) {
                word += onsets[rng() % std::size(onsets)];
                word += vowels[rng() % std::size(vowels)];
            }
            word += endings[rng() % std::size(endings)];
            m_words.push_back(word);
        }
        // Zipf: weight 1 / rank.
        double total = 0;
        for (std::size_t r = 0; r < m_words.size(); ++r) {
            total += 1.0 / static_cast<double>(r + 1);
            m_cumulative.push_back(total);
        }
    }

    const std::string& draw(std::mt19937_64& rng) const {
        const double x = std::uniform_real_distribution<double>(0, m_cumulative.back())(rng);
        const auto at = std::lower_bound(m_cumulative.begin(), m_cumulative.end(), x) - m_cumulative.begin();
        return m_words[static_cast<std::size_t>(at)];
    }

private:
    std::vector<std::string> m_words;
    std::vector<double> m_cumulative;
};

using Words = std::vector<std::string>;

std::vector<Words> generate_sentences(std::mt19937_64& rng, const Vocabulary& vocabulary, std::size_t words) {
    std::vector<Words> sentences;
    std::size_t written = 0;
    while (written < words) {
        const std::size_t length = 14 + rng() % 12;
        const auto& topic = k_topic_words[rng() % k_topic_words.size()];
        const std::size_t keyword_at = rng() % length;
        Words& sentence = sentences.emplace_back();
        for (std::size_t w = 0; w < length; ++w) {
            sentence.push_back(w == keyword_at ? topic[rng() % topic.size()] : vocabulary.draw(rng));
        }
        written += length;
    }
    return sentences;
}

// The other side's account: the same sentences in another order, a third of
// their words replaced (topic keywords kept).
std::vector<Words> paraphrase(std::mt19937_64& rng, const Vocabulary& vocabulary,
                              std::vector<Words> sentences) {
    std::shuffle(sentences.begin(), sentences.end(), rng);
    for (Words& sentence : sentences) {
        for (std::string& word : sentence) {
            const bool keyword =
                std::any_of(k_topic_words.begin(), k_topic_words.end(), [&](const Words& topic) {
                    return std::find(topic.begin(), topic.end(), word) != topic.end();
                });
            if (!keyword && rng() % 3 == 0) word = vocabulary.draw(rng);
        }
    }
    return sentences;
}

std::string render(const std::vector<Words>& sentences) {
    std::string text;
    for (std::size_t s = 0; s < sentences.size(); ++s) {
        for (std::size_t w = 0; w < sentences[s].size(); ++w) {
            std::string word = sentences[s][w];
            if (w == 0) word[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(word[0])));
            text += word;
            text += w + 1 == sentences[s].size() ? ". " : " ";
        }
        if (s % 4 == 3) text += "\n\n";
    }
    return text;
}

struct Corpus {
    TermPool terms;
    Segmenter segmenter{terms};
    Taxonomy taxonomy;
    std::vector<std::unique_ptr<Statement>> statements;
    std::vector<std::unique_ptr<Document>> documents;
    std::vector<const Document*> pointers;
    std::vector<DocumentTopics> tagged;
    std::size_t words = 0;
};

// The stand-in tagger: keyword stems → topic.
std::vector<DocumentTopics> tag_by_keywords(Corpus& corpus) {
    std::unordered_map<TermId, std::uint32_t> topic_of;
    for (std::uint32_t t = 0; t < k_topic_words.size(); ++t) {
        for (const std::string& word : k_topic_words[t]) {
            topic_of[corpus.terms.intern(corpus.segmenter.stem(corpus.segmenter.normalize(word), "en"))] = t;
        }
    }
    std::vector<DocumentTopics> tagged;
    for (const Document* document : corpus.pointers) {
        DocumentTopics& topics = tagged.emplace_back();
        for (const Sentence& sentence : document->sentences) {
            std::map<std::uint32_t, double> scores;
            for (const Token* token = document->sentence_tokens_begin(sentence);
                 token != document->sentence_tokens_end(sentence); ++token) {
                if (auto found = topic_of.find(token->stem); found != topic_of.end())
                    scores[found->second] += 2;
            }
            auto& tags = topics.by_sentence.emplace_back();
            for (const auto& [topic, score] : scores) {
                SentenceTopic tag;
                tag.topic = topic;
                tag.score = score;
                tags.push_back(tag);
            }
        }
    }
    return tagged;
}

// `statements` generated statements of `words_each` words; with `paraphrased`,
// two statements where the second retells the first.
Corpus& corpus(std::size_t statements, std::size_t words_each, bool paraphrased) {
    static std::map<std::tuple<std::size_t, std::size_t, bool>, std::unique_ptr<Corpus>> cache;
    auto& slot = cache[{statements, words_each, paraphrased}];
    if (slot) return *slot;
    slot = std::make_unique<Corpus>();
    Corpus& c = *slot;
    std::mt19937_64 rng(20250304);
    const Vocabulary vocabulary(rng);
    for (std::size_t t = 0; t < k_topic_words.size(); ++t) {
        dipdiff::TopicDefinition topic;
        topic.id = "topic-" + std::to_string(t);
        topic.label = k_topic_words[t][0];
        topic.procedural = t + 1 == k_topic_words.size();
        c.taxonomy.topics.push_back(std::move(topic));
    }
    std::vector<Words> first;
    for (std::size_t s = 0; s < statements; ++s) {
        auto statement = std::make_unique<Statement>();
        statement->id = "gen-" + std::to_string(s);
        statement->language = "en";
        statement->genre = Genre::readout;
        if (paraphrased && s > 0) {
            statement->text = render(paraphrase(rng, vocabulary, first));
        } else {
            first = generate_sentences(rng, vocabulary, words_each);
            statement->text = render(first);
        }
        use_plain_analysis_text(*statement);
        c.documents.push_back(std::make_unique<Document>(analyse_statement(c.segmenter, *statement)));
        c.pointers.push_back(c.documents.back().get());
        c.statements.push_back(std::move(statement));
        c.words += words_each;
    }
    c.tagged = tag_by_keywords(c);
    return c;
}

double peak_rss_mb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;  // Linux: kilobytes
}

void run(benchmark::State& state, bool diffs, bool paraphrased = false) {
    Corpus& c = corpus(static_cast<std::size_t>(state.range(0)), static_cast<std::size_t>(state.range(1)),
                       paraphrased);
    const double rss_before = peak_rss_mb();
    AlignOptions options;
    options.diffs = diffs;
    AlignmentStats stats;
    std::size_t pairs = 0;
    std::size_t diffed = 0;
    std::size_t topics = 0;
    for (auto _ : state) {
        const AlignmentResult result = align_documents(c.pointers, c.tagged, c.taxonomy, c.terms, options);
        stats = result.stats;
        pairs = result.pairs.size();
        topics = result.topics.size();
        diffed = 0;
        for (const AlignedPair& pair : result.pairs) diffed += pair.diff.has_value();
        benchmark::DoNotOptimize(result.pairs.data());
    }
    state.counters["words"] = static_cast<double>(c.words);
    state.counters["sentences"] = static_cast<double>(stats.sentences);
    state.counters["topics"] = static_cast<double>(topics);
    state.counters["pairs"] = static_cast<double>(pairs);
    state.counters["diffs"] = static_cast<double>(diffed);
    state.counters["exact_cmp"] = static_cast<double>(stats.exact_comparisons);
    state.counters["postings"] = static_cast<double>(stats.postings_visited);
    state.counters["rss_before_MB"] = rss_before;
    state.counters["peak_rss_MB"] = peak_rss_mb();
}

void BM_AlignStatements(benchmark::State& state) { run(state, true); }
void BM_AlignStatementsNoDiffs(benchmark::State& state) { run(state, false); }
void BM_AlignRetoldPair(benchmark::State& state) { run(state, true, true); }

}  // namespace

BENCHMARK(BM_AlignStatements)->Args({2, 10000})->Unit(benchmark::kMillisecond);
BENCHMARK(BM_AlignRetoldPair)->Args({2, 10000})->Unit(benchmark::kMillisecond);
BENCHMARK(BM_AlignStatements)->Args({1000, 2000})->Iterations(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_AlignStatementsNoDiffs)->Args({1000, 2000})->Iterations(1)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
