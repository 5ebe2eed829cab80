// validate_taxonomy: the taxonomy problems only stemming can reveal.
#include <map>
#include <string>
#include <vector>

#include "engine/phrase_stems.hpp"
#include "engine/topics.hpp"

namespace dipdiff {
namespace {

Diagnostic error_at(const TopicDefinition& topic, FieldLocation where, std::string id, std::string message,
                    std::string expected) {
    return error_diagnostic(std::move(id), std::move(message), std::move(expected), topic.path, where.line,
                            where.column);
}


/// "phrase \"sanction\"" with " (line 12)" when the place is known.
std::string named(std::string_view kind, const std::string& text, FieldLocation where) {
    std::string out = std::string(kind) + " \"" + text + "\"";
    if (where.line > 0) out += " (line " + std::to_string(where.line) + ")";
    return out;
}

}  // namespace

Diagnostics validate_taxonomy(const Taxonomy& taxonomy, Segmenter& segmenter) {
    Diagnostics diagnostics;
    PhraseStemmer stemmer(segmenter);
    std::vector<TermId> stems;
    for (const TopicDefinition& topic : taxonomy.topics) {
        const std::string of_topic = " of topic \"" + topic.id + "\"";
        std::map<std::vector<TermId>, const TopicPhrase*> phrases;
        for (const TopicPhrase& phrase : topic.phrases) {
            stemmer.stems(phrase.text, "en", stems);
            if (stems.empty()) {
                diagnostics.push_back(error_at(topic, phrase.location, "topics.no-words",
                                               "phrase \"" + phrase.text + "\"" + of_topic + " has no words",
                                               "words (letters or digits)"));
                continue;
            }
            const auto [it, inserted] = phrases.emplace(stems, &phrase);
            if (!inserted)
                diagnostics.push_back(error_at(
                    topic, phrase.location, "topics.duplicate-stems",
                    "phrase \"" + phrase.text + "\"" + of_topic + " has the same stems (" +
                        joined_stems(stems, segmenter.terms()) + ") as " +
                        named("phrase", it->second->text, it->second->location),
                    "one phrase for each sequence of stems (stemming already matches the other word forms)"));
        }
        for (std::size_t x = 0; x < topic.exclusions.size(); ++x) {
            const FieldLocation where =
                x < topic.exclusion_locations.size() ? topic.exclusion_locations[x] : topic.location;
            stemmer.stems(topic.exclusions[x], "en", stems);
            if (stems.empty()) {
                diagnostics.push_back(
                    error_at(topic, where, "topics.no-words",
                             "exclusion \"" + topic.exclusions[x] + "\"" + of_topic + " has no words",
                             "words (letters or digits)"));
                continue;
            }
            if (const auto it = phrases.find(stems); it != phrases.end())
                diagnostics.push_back(error_at(
                    topic, where, "topics.excluded-phrase",
                    "exclusion \"" + topic.exclusions[x] + "\"" + of_topic + " has the same stems (" +
                        joined_stems(stems, segmenter.terms()) + ") as " +
                        named("phrase", it->second->text, it->second->location) + ", which could never count",
                    "an exclusion longer than the phrase it cancels (\"nuclear power plant\" for "
                    "\"nuclear\")"));
        }
    }
    return diagnostics;
}

}  // namespace dipdiff
