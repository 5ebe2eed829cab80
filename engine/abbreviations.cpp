#include "engine/abbreviations.hpp"

#include <algorithm>
#include <iterator>

#include "engine/utf8_text.hpp"

namespace dipdiff {
namespace {

// Sorted, so that lookups can use binary search.
constexpr std::string_view k_never_final[] = {
    "Adm", "Amb",  "Brig", "Capt", "Cdr",  "Cmdr",   "Col",  "Cpl",  "Dept", "Dr",   "Drs",  "Fr", "Gen",
    "Gov", "Hon",  "Insp", "Lt",   "Maj",  "Messrs", "Mlle", "Mme",  "Mmes", "Mr",   "Mrs",  "Ms", "Msgr",
    "Mt",  "Pres", "Prof", "Rep",  "Reps", "Rev",    "Sen",  "Sens", "Sgt",  "St",   "Supt", "Vs", "approx",
    "cf",  "e.g",  "i.e",  "incl", "v",    "viz",    "vs",   "акад", "им",   "проф", "см",   "ул",
};

constexpr std::string_view k_before_number[] = {
    "Apr", "Art", "Aug", "Ch",  "Dec",  "Feb", "Fig", "Jan",  "Jul", "Jun", "Mar", "No",
    "Nos", "Nov", "Nr",  "Oct", "Para", "Sec", "Sep", "Sept", "Vol", "art", "no",  "para",
};

constexpr std::string_view k_acronym_words[] = {
    "Bros", "Co", "Corp", "Inc", "Jr", "Ltd", "Sr", "al",
};

constexpr std::string_view k_sentence_starters[] = {
    "A",        "After",   "Again",     "All",     "Also",         "Although", "An",          "And",
    "Another",  "Any",     "As",        "At",      "Because",      "Before",   "Both",        "But",
    "By",       "Despite", "During",    "Each",    "Earlier",      "Either",   "Even",        "Every",
    "Finally",  "First",   "Following", "For",     "From",         "Further",  "Furthermore", "He",
    "Her",      "Here",    "His",       "How",     "However",      "I",        "If",          "In",
    "Indeed",   "Instead", "It",        "Its",     "Last",         "Later",    "Many",        "Meanwhile",
    "Moreover", "Most",    "My",        "Neither", "Nevertheless", "No",       "Nor",         "Not",
    "Now",      "Of",      "On",        "Once",    "One",          "Only",     "Or",          "Our",
    "Over",     "She",     "Since",     "So",      "Some",         "Still",    "Such",        "That",
    "The",      "Their",   "Then",      "There",   "These",        "They",     "This",        "Those",
    "Thus",     "To",      "Today",     "Under",   "Until",        "We",       "What",        "When",
    "Where",    "Which",   "While",     "Who",     "Why",          "With",     "Yet",         "You",
};

constexpr std::string_view k_speech_verbs[] = {
    "acknowledged", "added",     "adds",     "affirmed",   "announced",  "answered",  "argued",
    "asked",        "asks",      "asserted", "cautioned",  "claimed",    "commented", "concluded",
    "confirmed",    "continued", "declared", "emphasised", "emphasized", "explained", "insisted",
    "maintained",   "noted",     "notes",    "observed",   "pointed",    "recalled",  "remarked",
    "replied",      "replies",   "reported", "responded",  "said",       "says",      "stated",
    "stressed",     "suggested", "told",     "warned",     "wrote",
};

template <std::size_t N>
constexpr bool is_sorted_list(const std::string_view (&list)[N]) {
    return std::is_sorted(std::begin(list), std::end(list));
}
static_assert(is_sorted_list(k_never_final) && is_sorted_list(k_before_number) &&
                  is_sorted_list(k_acronym_words) && is_sorted_list(k_sentence_starters) &&
                  is_sorted_list(k_speech_verbs),
              "word lists must stay sorted for binary search");

template <std::size_t N>
bool contains(const std::string_view (&sorted)[N], std::string_view word) {
    return std::binary_search(std::begin(sorted), std::end(sorted), word);
}

// "U.S", "E.U", "U.S.A": capital letters joined by single periods.
bool is_dotted_capitals(std::string_view word) {
    if (word.size() < 3) return false;
    bool expect_letter = true;
    for (const char c : word) {
        if (expect_letter && !(c >= 'A' && c <= 'Z')) return false;
        if (!expect_letter && c != '.') return false;
        expect_letter = !expect_letter;
    }
    return !expect_letter;  // ends with a letter
}

}  // namespace

AbbreviationKind abbreviation_kind(std::string_view word, std::string_view language) {
    if (word.empty()) return AbbreviationKind::none;
    if (contains(k_never_final, word)) return AbbreviationKind::never_final;
    if (contains(k_before_number, word)) return AbbreviationKind::before_number;
    if (contains(k_acronym_words, word) || is_dotted_capitals(word)) {
        // The starter list is English: elsewhere "США." or "т.д." end sentences as ICU says.
        return language == "en" ? AbbreviationKind::acronym : AbbreviationKind::none;
    }
    const CodePoint first = decode_at(word, 0);
    if (first.size == word.size() && is_upper(first.value)) return AbbreviationKind::initial;
    return AbbreviationKind::none;
}

bool is_sentence_starter(std::string_view word) { return contains(k_sentence_starters, word); }

bool is_speech_verb(std::string_view word) { return contains(k_speech_verbs, word); }

}  // namespace dipdiff
