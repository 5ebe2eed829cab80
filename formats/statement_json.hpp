#pragma once
/// Internal to formats/: the statement object of `dipdiff inspect --json`,
/// which reports reuse (docs/user-guide.md "JSON output", docs/report.md).
/// Built in one place so that both outputs keep one shape.
#include "engine/document.hpp"
#include "formats/json_output.hpp"

#include <cstddef>
#include <functional>

namespace dipdiff::json_detail {

/// Adds fields to the object of sentence `sentence_index` after the shared ones.
using SentenceFields = std::function<void(std::size_t sentence_index, Json& sentence)>;

/// The statement object: id, party, speaker, date, genre, title, source,
/// language, path, date_from, metadata, turns, paragraphs, sentences (id,
/// paragraph, span, text, attribution, speaker, question, tokens, then what
/// `extra_sentence_fields` adds), stage_directions. The document's statement
/// must be set; spans must lie inside its text.
Json statement_json(const Document& document, const SentenceFields& extra_sentence_fields = {});

}  // namespace dipdiff::json_detail
