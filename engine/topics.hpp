#pragma once
/// The topic taxonomy and sentence tagging (docs/topics.md).
#include "engine/diagnostic.hpp"
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
    FieldLocation location = {};  ///< where `text` is in the taxonomy file (line 0: not from a file)
};

/// One topic of the taxonomy as read from its file (formats/ parses the file).
struct TopicDefinition {
    std::string id;
    std::string label;
    bool procedural = false;  ///< "meeting", "relationship": reported apart from policy subjects
    std::vector<TopicPhrase> phrases;
    std::vector<std::string> exclusions;
    /// Where each exclusion is in the file, parallel to `exclusions` (may be
    /// empty, or shorter, for topics not read from a file).
    std::vector<FieldLocation> exclusion_locations;
    /// The taxonomy file the topic came from: "data/topics.json" for the built-in
    /// default, "" for a topic made in code.
    std::string path;
    FieldLocation location = {};  ///< where the topic object begins in that file
};

/// A sentence gets a topic when its score for the topic reaches this (docs/topics.md).
inline constexpr double k_topic_threshold = 2;

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
    double score = 0;         ///< sum of the weights of the distinct phrases matched (1 when inherited)
    /// True when the sentence does not name the topic itself but continues a
    /// paragraph about it ("It also covers …"; docs/topics.md, "Context"). The
    /// score is then 1, evidence holds the sentence's own weak cues of the topic
    /// (often none), and `inherited_from` names the sentence that carried the
    /// cues (the first of a chain of continuations).
    bool inherited = false;
    std::uint32_t inherited_from = 0;  ///< sentence index in the same document
    /// Each distinct phrase that counted, in text order, with the span of its
    /// first occurrence; the weights sum to `score` (except when inherited).
    std::vector<TopicEvidence> evidence;
};

/// Topics of every sentence of one document: by_sentence[i] for Document::sentences[i],
/// in taxonomy order.
struct DocumentTopics {
    std::vector<std::vector<SentenceTopic>> by_sentence;
};

/// Problems of a taxonomy that need the segmenter to see (docs/topics.md): a
/// phrase or exclusion with no words ("topics.no-words"), two phrases of one
/// topic with the same stems ("topics.duplicate-stems"), an exclusion with the
/// same stems as a phrase of its topic ("topics.excluded-phrase"). Every
/// problem is an error pointing at the phrase's place in its file when known.
/// formats/topics_reader.hpp's load_taxonomy() runs this on every file it reads.
Diagnostics validate_taxonomy(const Taxonomy& taxonomy, Segmenter& segmenter);

/// Tags sentences with taxonomy topics. Phrases are tokenized and stemmed by
/// the same Segmenter as the documents, once, at construction; matching walks
/// each sentence's word tokens and looks phrases up by their first stem, so the
/// cost does not grow with the size of the taxonomy. Not thread-safe.
class TopicTagger {
public:
    /// Compiles the phrases and exclusions for English ("en"); other languages
    /// are compiled on first use by tag(). Keeps references to `taxonomy` and
    /// `segmenter` (both must outlive the tagger, and documents to tag must be
    /// segmented with a Segmenter over the same TermPool). Throws InputError
    /// (id "topics.no-words") for a phrase or exclusion with no words; the other
    /// problems validate_taxonomy() reports do not stop tagging.
    TopicTagger(const Taxonomy& taxonomy, Segmenter& segmenter);
    ~TopicTagger();
    TopicTagger(const TopicTagger&) = delete;
    TopicTagger& operator=(const TopicTagger&) = delete;

    /// Topics of every sentence of `document`, matched with phrases stemmed for
    /// the statement's language. Throws InputError (id "topics.no-words") when a
    /// phrase has no words in a language compiled for the first time.
    DocumentTopics tag(const Document& document) const;
    const Taxonomy& taxonomy() const { return m_taxonomy; }

private:
    struct Compiled;
    const Taxonomy& m_taxonomy;
    std::unique_ptr<Compiled> m_compiled;
};

}  // namespace dipdiff
