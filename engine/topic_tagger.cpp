// TopicTagger: phrase matching on stems, exclusions, nesting, scores, and
// context inheritance (docs/topics.md, "How a sentence is tagged").
#include <algorithm>
#include <map>
#include <string>
#include <tuple>

#include "engine/continuation_cues.hpp"
#include "engine/phrase_stems.hpp"
#include "engine/stemmer.hpp"
#include "engine/topics.hpp"

namespace dipdiff {
namespace {

/// A phrase or an exclusion of one topic, compiled for one language.
struct PhraseEntry {
    std::uint32_t stems_begin = 0;  ///< into LanguageTable::stems
    std::uint32_t length = 0;       ///< number of stems (>= 1)
    std::uint32_t topic = 0;
    std::uint32_t index = 0;  ///< into the topic's phrases, or its exclusions
    int weight = 0;           ///< 0 for exclusions
    bool exclusion = false;
};

/// Every phrase of the taxonomy for one language, looked up by first stem:
/// the entries whose first stem is s are entries[first[s], first[s + 1]).
struct LanguageTable {
    std::vector<TermId> stems;
    std::vector<PhraseEntry> entries;
    std::vector<std::uint32_t> first;

    /// Entries starting with `stem`: [begin, end), or an empty range.
    std::pair<std::uint32_t, std::uint32_t> starting_with(TermId stem) const {
        if (stem + std::size_t{1} >= first.size()) return {0, 0};
        return {first[stem], first[stem + 1]};
    }
};

/// One match of an entry: words [start, end) of the sentence's matched tokens.
struct Occurrence {
    std::uint32_t entry = 0;
    std::uint32_t start = 0;
    std::uint32_t end = 0;
};

bool overlaps(const Occurrence& a, const Occurrence& b) { return a.start < b.end && b.start < a.end; }

/// Buffers reused between sentences so that matching does not allocate per token.
struct MatchScratch {
    std::vector<TermId> words;               ///< stems of the sentence's words and numbers
    std::vector<std::uint32_t> word_tokens;  ///< their token indices
    std::vector<Occurrence> occurrences;
    std::vector<std::uint8_t> alive;
};

/// A weight-1 cue that did not reach the threshold: it may still confirm an
/// inherited topic.
struct WeakCue {
    std::uint32_t topic = 0;
    TopicEvidence evidence;
};

}  // namespace

struct TopicTagger::Compiled {
    PhraseStemmer phrases;
    ContinuationCues cues;
    // A cache filled by tag() (a const function): the tagger is not thread-safe.
    std::map<std::string, std::unique_ptr<LanguageTable>, std::less<>> languages;

    MatchScratch scratch;
    std::vector<TermId> phrase_stems;

    explicit Compiled(Segmenter& s) : phrases(s), cues(s.terms()) {}

    /// The phrases compiled for the document's language (the one its tokens were
    /// stemmed in), compiled on first use.
    const LanguageTable& table_for(const Taxonomy& taxonomy, const Document& document);
};

namespace {

[[noreturn]] void throw_no_words(const TopicDefinition& topic, const std::string& text, FieldLocation where,
                                 bool exclusion) {
    throw_input_error("topics.no-words",
                      std::string(exclusion ? "exclusion" : "phrase") + " \"" + text + "\" of topic \"" +
                          topic.id + "\" has no words",
                      "words (letters or digits)", topic.path, where.line, where.column);
}

FieldLocation exclusion_location(const TopicDefinition& topic, std::size_t index) {
    return index < topic.exclusion_locations.size() ? topic.exclusion_locations[index] : topic.location;
}

std::unique_ptr<LanguageTable> compile_language(const Taxonomy& taxonomy, PhraseStemmer& stemmer,
                                                std::string_view language, std::vector<TermId>& scratch) {
    auto table = std::make_unique<LanguageTable>();
    const auto add = [&](std::uint32_t topic, std::uint32_t index, int weight, bool exclusion) {
        PhraseEntry entry;
        entry.stems_begin = static_cast<std::uint32_t>(table->stems.size());
        entry.length = static_cast<std::uint32_t>(scratch.size());
        entry.topic = topic;
        entry.index = index;
        entry.weight = weight;
        entry.exclusion = exclusion;
        table->stems.insert(table->stems.end(), scratch.begin(), scratch.end());
        table->entries.push_back(entry);
    };
    for (std::uint32_t t = 0; t < taxonomy.topics.size(); ++t) {
        const TopicDefinition& topic = taxonomy.topics[t];
        for (std::uint32_t p = 0; p < topic.phrases.size(); ++p) {
            stemmer.stems(topic.phrases[p].text, language, scratch);
            if (scratch.empty())
                throw_no_words(topic, topic.phrases[p].text, topic.phrases[p].location, false);
            add(t, p, topic.phrases[p].weight, false);
        }
        for (std::uint32_t x = 0; x < topic.exclusions.size(); ++x) {
            stemmer.stems(topic.exclusions[x], language, scratch);
            if (scratch.empty())
                throw_no_words(topic, topic.exclusions[x], exclusion_location(topic, x), true);
            add(t, x, 0, true);
        }
    }
    const auto first_stem = [&](const PhraseEntry& e) { return table->stems[e.stems_begin]; };
    std::sort(table->entries.begin(), table->entries.end(), [&](const PhraseEntry& a, const PhraseEntry& b) {
        return std::tuple(first_stem(a), a.topic, a.exclusion, a.index) <
               std::tuple(first_stem(b), b.topic, b.exclusion, b.index);
    });
    TermId max_first = 0;
    for (const PhraseEntry& e : table->entries) max_first = std::max(max_first, first_stem(e));
    table->first.assign(table->entries.empty() ? 0 : std::size_t{max_first} + 2, 0);
    for (const PhraseEntry& e : table->entries) ++table->first[first_stem(e) + std::size_t{1}];
    for (std::size_t i = 1; i < table->first.size(); ++i) table->first[i] += table->first[i - 1];
    return table;
}

}  // namespace

const LanguageTable& TopicTagger::Compiled::table_for(const Taxonomy& taxonomy, const Document& document) {
    // The segmenter's choice: the statement's language, or one guessed from its text.
    std::string_view language = "en";
    std::string guessed;
    if (const Statement* statement = document.statement) {
        language = statement->language;
        if (language.empty()) {
            guessed =
                guess_language(statement->analysis.text.empty() ? std::string_view(statement->text)
                                                                : std::string_view(statement->analysis.text));
            language = guessed;
        }
    }
    char buffer[8];
    const std::string_view code = primary_language(language, buffer);
    auto it = languages.find(code);
    if (it == languages.end())
        it = languages.emplace(std::string(code), compile_language(taxonomy, phrases, code, phrase_stems))
                 .first;
    return *it->second;
}

TopicTagger::TopicTagger(const Taxonomy& taxonomy, Segmenter& segmenter)
    : m_taxonomy(taxonomy), m_compiled(std::make_unique<Compiled>(segmenter)) {
    m_compiled->languages.emplace(
        "en", compile_language(m_taxonomy, m_compiled->phrases, "en", m_compiled->phrase_stems));
}

TopicTagger::~TopicTagger() = default;

namespace {

/// Tags one sentence from its own words: `out` gets the topics that reach the
/// threshold, `weak` the weight-1 cues that do not.
void tag_own(const Taxonomy& taxonomy, const LanguageTable& table, const Document& document,
             const Sentence& sentence, MatchScratch& c, std::vector<SentenceTopic>& out,
             std::vector<WeakCue>& weak) {
    // 1. The sentence's words and numbers: punctuation and symbols separate nothing.
    c.words.clear();
    c.word_tokens.clear();
    for (std::uint32_t t = sentence.first_token; t < sentence.first_token + sentence.token_count; ++t) {
        const Token& token = document.tokens[t];
        if (!is_matched_token(token.kind)) continue;
        c.words.push_back(token.stem);
        c.word_tokens.push_back(t);
    }

    // 2. Every occurrence of every phrase and exclusion, looked up by its first stem.
    c.occurrences.clear();
    const std::size_t n = c.words.size();
    for (std::size_t p = 0; p < n; ++p) {
        const auto [begin, end] = table.starting_with(c.words[p]);
        for (std::uint32_t e = begin; e < end; ++e) {
            const PhraseEntry& entry = table.entries[e];
            if (entry.length > n - p) continue;
            const TermId* stems = table.stems.data() + entry.stems_begin;
            if (!std::equal(stems + 1, stems + entry.length,
                            c.words.begin() + static_cast<std::ptrdiff_t>(p) + 1))
                continue;
            c.occurrences.push_back(
                {e, static_cast<std::uint32_t>(p), static_cast<std::uint32_t>(p + entry.length)});
        }
    }
    if (c.occurrences.empty()) return;

    // 3. Per topic: exclusions, nesting, then the distinct phrases that remain.
    const auto entry_of = [&](const Occurrence& o) -> const PhraseEntry& { return table.entries[o.entry]; };
    std::sort(c.occurrences.begin(), c.occurrences.end(), [&](const Occurrence& a, const Occurrence& b) {
        const PhraseEntry& x = entry_of(a);
        const PhraseEntry& y = entry_of(b);
        return std::tuple(x.topic, a.start, a.end, x.exclusion, x.index) <
               std::tuple(y.topic, b.start, b.end, y.exclusion, y.index);
    });
    for (std::size_t group = 0; group < c.occurrences.size();) {
        const std::uint32_t topic = entry_of(c.occurrences[group]).topic;
        std::size_t group_end = group;
        while (group_end < c.occurrences.size() && entry_of(c.occurrences[group_end]).topic == topic)
            ++group_end;

        c.alive.assign(group_end - group, 0);
        for (std::size_t i = group; i < group_end; ++i) {
            const Occurrence& o = c.occurrences[i];
            if (entry_of(o).exclusion) continue;
            bool excluded = false;
            for (std::size_t j = group; j < group_end && !excluded; ++j)
                excluded = entry_of(c.occurrences[j]).exclusion && overlaps(o, c.occurrences[j]);
            c.alive[i - group] = excluded ? 0 : 1;
        }
        // Nesting is judged against every occurrence that survived the exclusions.
        for (std::size_t i = group; i < group_end; ++i) {
            if (c.alive[i - group] == 0) continue;
            const Occurrence& o = c.occurrences[i];
            for (std::size_t j = group; j < group_end; ++j) {
                const Occurrence& q = c.occurrences[j];
                if (c.alive[j - group] == 0 || j == i) continue;
                if (q.start <= o.start && o.end <= q.end && q.end - q.start > o.end - o.start) {
                    c.alive[i - group] = 2;  // 2: dropped by nesting, still a container for others
                    break;
                }
            }
        }

        SentenceTopic result;
        result.topic = topic;
        // Occurrences are in text order: the first occurrence of each phrase is its evidence.
        for (std::size_t i = group; i < group_end; ++i) {
            if (c.alive[i - group] != 1) continue;
            const Occurrence& o = c.occurrences[i];
            const PhraseEntry& entry = entry_of(o);
            bool seen = false;
            for (std::size_t j = group; j < i && !seen; ++j)
                seen = c.alive[j - group] == 1 && c.occurrences[j].entry == o.entry;
            if (seen) continue;
            const TopicPhrase& phrase = taxonomy.topics[topic].phrases[entry.index];
            const Token& first = document.tokens[c.word_tokens[o.start]];
            const Token& last = document.tokens[c.word_tokens[o.end - 1]];
            result.evidence.push_back({phrase.text, Span{first.span.start, last.span.end}, entry.weight});
            result.score += entry.weight;
        }
        if (result.score >= k_topic_threshold) {
            out.push_back(std::move(result));
        } else if (result.score > 0) {
            weak.push_back({topic, std::move(result.evidence.front())});
        }
        group = group_end;
    }
}

}  // namespace

DocumentTopics TopicTagger::tag(const Document& document) const {
    Compiled& c = *m_compiled;
    const LanguageTable& table = c.table_for(m_taxonomy, document);

    DocumentTopics result;
    result.by_sentence.resize(document.sentences.size());
    std::vector<std::vector<WeakCue>> weak(document.sentences.size());
    for (std::size_t i = 0; i < document.sentences.size(); ++i)
        tag_own(m_taxonomy, table, document, document.sentences[i], c.scratch, result.by_sentence[i],
                weak[i]);

    // Context: a sentence without a subject of its own that continues the one
    // before it in the same paragraph takes that sentence's subjects.
    const auto substantive = [&](const SentenceTopic& t) { return !m_taxonomy.topics[t.topic].procedural; };
    for (std::size_t i = 1; i < document.sentences.size(); ++i) {
        const Sentence& sentence = document.sentences[i];
        const Sentence& before = document.sentences[i - 1];
        if (sentence.paragraph != before.paragraph || sentence.question || before.question) continue;
        std::vector<SentenceTopic>& own = result.by_sentence[i];
        if (std::any_of(own.begin(), own.end(), substantive)) continue;
        const std::vector<SentenceTopic>& previous = result.by_sentence[i - 1];
        if (!std::any_of(previous.begin(), previous.end(), substantive)) continue;
        const bool continues = c.cues.continues(document, sentence);
        bool added = false;
        for (const SentenceTopic& carried : previous) {
            if (!substantive(carried)) continue;
            const auto cue = std::find_if(weak[i].begin(), weak[i].end(),
                                          [&](const WeakCue& w) { return w.topic == carried.topic; });
            if (!continues && cue == weak[i].end()) continue;
            SentenceTopic topic;
            topic.topic = carried.topic;
            topic.score = 1;
            topic.inherited = true;
            topic.inherited_from =
                carried.inherited ? carried.inherited_from : static_cast<std::uint32_t>(i - 1);
            if (cue != weak[i].end()) topic.evidence.push_back(cue->evidence);
            own.push_back(std::move(topic));
            added = true;
        }
        if (added)
            std::stable_sort(own.begin(), own.end(), [](const SentenceTopic& a, const SentenceTopic& b) {
                return a.topic < b.topic;
            });
    }
    return result;
}

}  // namespace dipdiff
