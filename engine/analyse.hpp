#pragma once
/// The first steps every dipdiff command takes on a statement.
#include "engine/document.hpp"
#include "engine/segmenter.hpp"

namespace dipdiff {

/// Segments `statement` into turns, paragraphs, sentences and tokens, then
/// attributes every sentence (quote / paraphrase / narration, and speaker).
/// The statement must outlive the returned document.
Document analyse_statement(Segmenter& segmenter, const Statement& statement);

}  // namespace dipdiff
