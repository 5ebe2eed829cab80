#include "engine/analyse.hpp"

#include "engine/attribution.hpp"

namespace dipdiff {

Document analyse_statement(Segmenter& segmenter, const Statement& statement) {
    Document document = segmenter.segment(statement);
    attribute_sentences(document);
    return document;
}

}  // namespace dipdiff
