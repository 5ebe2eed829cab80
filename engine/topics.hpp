#pragma once
/// The topic taxonomy and sentence tagging (docs/topics.md).
#include "engine/document.hpp"
#include "engine/segmenter.hpp"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace dipdiff {

struct TopicPhrase {
    std::string text;
    int weight = 1;  ///< 1 weak cue, 2 clear alone, 3 decisive
};

/// One topic of the taxonomy as read from its file (formats/ parses the file).
struct TopicDefinition {
    std::string id;
    std::string label;
    bool procedural = false;  ///< "meeting", "relationship": reported apart from policy subjects
    std::vector<TopicPhrase> phrases;
    std::vector<std::string> exclusions;
};

/// The taxonomy: topics in report order.
struct Taxonomy {
    std::vector<TopicDefinition> topics;
};

/// A phrase occurrence that made (or helped make) a topic.
struct TopicEvidence {
    std::string phrase;  ///< the taxonomy phrase as written
    Span span;           ///< where it matched, in the statement's original text
    int weight = 0;
};

struct SentenceTopic {
    std::uint32_t topic = 0;  ///< index into Taxonomy::topics (taxonomy topics) — see AlignmentResult::topics
    double score = 0;         ///< sum of the weights of the distinct phrases matched
    /// True when the sentence names no cue of the topic itself but continues a
    /// paragraph about it ("It also covers …"); evidence is then empty and
    /// `inherited_from` names the sentence that carried the cues.
    bool inherited = false;
    std::uint32_t inherited_from = 0;  ///< sentence index in the same document
    std::vector<TopicEvidence> evidence;
};

/// Topics of every sentence of one document: by_sentence[i] for Document::sentences[i],
/// in taxonomy order.
struct DocumentTopics {
    std::vector<std::vector<SentenceTopic>> by_sentence;
};

/// Tags sentences with taxonomy topics. Phrases are tokenized and stemmed by
/// the same Segmenter as the documents, once, at construction; matching walks
/// each sentence's word tokens and looks phrases up by their first stem, so the
/// cost does not grow with the size of the taxonomy. Not thread-safe.
class TopicTagger {
public:
    /// Throws InputError (id "topics.invalid") for a phrase with no words.
    TopicTagger(const Taxonomy& taxonomy, Segmenter& segmenter);
    ~TopicTagger();
    TopicTagger(const TopicTagger&) = delete;
    TopicTagger& operator=(const TopicTagger&) = delete;

    DocumentTopics tag(const Document& document) const;
    const Taxonomy& taxonomy() const { return m_taxonomy; }

private:
    struct Compiled;
    const Taxonomy& m_taxonomy;
    std::unique_ptr<Compiled> m_compiled;
};

}  // namespace dipdiff
