#include "engine/omissions.hpp"

#include <algorithm>

namespace dipdiff::align_detail {
namespace {

const SentenceTopic* tag_of(const DocumentTopics& topics, std::uint32_t sentence, std::uint32_t topic) {
    if (sentence >= topics.by_sentence.size()) return nullptr;
    for (const SentenceTopic& tag : topics.by_sentence[sentence]) {
        if (tag.topic == topic) return &tag;
    }
    return nullptr;
}

}  // namespace

std::optional<Omission> find_omission(const TopicCoverage& coverage,
                                      const std::vector<DocumentTopics>& sentence_topics,
                                      std::size_t evidence_per_statement) {
    Omission omission;
    omission.topic = coverage.topic;
    for (std::uint32_t statement = 0; statement < coverage.sentences.size(); ++statement) {
        if (coverage.sentences[statement].empty()) {
            omission.absent_from.push_back(statement);
        } else {
            omission.present_in.push_back(statement);
        }
    }
    if (omission.present_in.empty() || omission.absent_from.empty()) return std::nullopt;
    for (std::uint32_t statement : omission.present_in) {
        struct Ranked {
            std::uint32_t sentence;
            bool inherited;
            double score;
        };
        std::vector<Ranked> ranked;
        for (std::uint32_t sentence : coverage.sentences[statement]) {
            const SentenceTopic* tag = statement < sentence_topics.size()
                                           ? tag_of(sentence_topics[statement], sentence, coverage.topic)
                                           : nullptr;
            ranked.push_back({sentence, tag != nullptr && tag->inherited, tag != nullptr ? tag->score : 0.0});
        }
        std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked& x, const Ranked& y) {
            if (x.inherited != y.inherited) return !x.inherited;
            if (x.score != y.score) return x.score > y.score;
            return x.sentence < y.sentence;
        });
        for (std::size_t i = 0; i < ranked.size() && i < evidence_per_statement; ++i) {
            omission.evidence.push_back({statement, ranked[i].sentence});
        }
    }
    return omission;
}

}  // namespace dipdiff::align_detail
