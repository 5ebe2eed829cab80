#pragma once
/// Corrections to ICU's sentence breaks for the genre: abbreviations, initials,
/// quotations with a lower-case attribution, list numbers, ellipses, and
/// opening quotation marks left at the end of a sentence.
#include <cstdint>
#include <string_view>
#include <vector>

namespace dipdiff {

/// Turns ICU's sentence boundaries for `text` into the final ones.
/// `icu_breaks` are the offsets where ICU starts a new sentence, ascending,
/// without 0 and text.size(); `language` is an ISO 639-1 code. Returns the
/// offsets where a new sentence starts, ascending, strictly inside the text,
/// each at the first non-space byte of its sentence. Never fails.
std::vector<std::uint32_t> refine_sentence_breaks(std::string_view text,
                                                  const std::vector<std::uint32_t>& icu_breaks,
                                                  std::string_view language);

}  // namespace dipdiff
