// The tagger-calling entry point lives apart from the rest of alignment so that
// code aligning pre-tagged documents does not need the tagger linked in.
#include "engine/alignment.hpp"

#include <stdexcept>

namespace dipdiff {

AlignmentResult align_documents(const std::vector<const Document*>& documents, const TopicTagger& tagger,
                                const TermPool& terms, const AlignOptions& options) {
    std::vector<DocumentTopics> tagged;
    tagged.reserve(documents.size());
    for (const Document* document : documents) {
        if (document == nullptr) throw std::invalid_argument("align: a document is null");
        tagged.push_back(tagger.tag(*document));
    }
    return align_documents(documents, tagged, tagger.taxonomy(), terms, options);
}

}  // namespace dipdiff
