#include "engine/stopwords.hpp"

#include <algorithm>
#include <iterator>

namespace dipdiff {
namespace {

// Sorted, so that lookup is a binary search; a test checks the order.
constexpr std::string_view k_stopwords[] = {
    "'s",       "a",         "about",      "above",     "after",   "again",   "against", "all",     "also",
    "am",       "an",        "and",        "any",       "are",     "as",      "at",      "be",      "because",
    "been",     "before",    "being",      "below",     "between", "both",    "but",     "by",      "can",
    "could",    "did",       "do",         "does",      "doing",   "down",    "during",  "each",    "either",
    "few",      "for",       "from",       "further",   "had",     "has",     "have",    "having",  "he",
    "her",      "here",      "hers",       "herself",   "him",     "himself", "his",     "how",     "i",
    "if",       "in",        "into",       "is",        "it",      "it's",    "its",     "itself",  "may",
    "me",       "might",     "more",       "most",      "must",    "my",      "myself",  "neither", "no",
    "nor",      "not",       "now",        "of",        "off",     "on",      "once",    "only",    "or",
    "other",    "our",       "ours",       "ourselves", "out",     "over",    "own",     "same",    "shall",
    "she",      "should",    "so",         "some",      "such",    "than",    "that",    "the",     "their",
    "theirs",   "them",      "themselves", "then",      "there",   "these",   "they",    "this",    "those",
    "through",  "to",        "too",        "under",     "until",   "up",      "upon",    "us",      "very",
    "was",      "we",        "were",       "what",      "when",    "where",   "which",   "while",   "who",
    "whom",     "why",       "will",       "with",      "within",  "would",   "you",     "your",    "yours",
    "yourself", "yourselves"};

}  // namespace

bool is_english_stopword(std::string_view normalized_word) {
    return std::binary_search(std::begin(k_stopwords), std::end(k_stopwords), normalized_word);
}

namespace align_detail {
bool stopwords_are_sorted() {
    return std::is_sorted(std::begin(k_stopwords), std::end(k_stopwords)) &&
           std::adjacent_find(std::begin(k_stopwords), std::end(k_stopwords)) == std::end(k_stopwords);
}
}  // namespace align_detail

}  // namespace dipdiff
