#pragma once
/// A small list of English function words that carry no subject: they are left
/// out of sentence similarity (engine/sentence_vectors.hpp).
#include <string_view>

namespace dipdiff {

/// True when `normalized_word` (a token's normal form: case-folded, quotes
/// unified) is an English function word: article, pronoun, preposition,
/// conjunction, auxiliary or modal verb ("the", "of", "their", "will", "was").
/// Only English has a list; other languages rely on term weights alone.
bool is_english_stopword(std::string_view normalized_word);

namespace align_detail {
/// For tests: the list is sorted and has no duplicates (lookup is a binary search).
bool stopwords_are_sorted();
}  // namespace align_detail

}  // namespace dipdiff
