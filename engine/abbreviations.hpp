#pragma once
/// Abbreviations that end in a period, and the words that commonly open an
/// English sentence: the knowledge the sentence rules add to ICU.
#include <cstdint>
#include <string_view>

namespace dipdiff {

enum class AbbreviationKind : std::uint8_t {
    none,           ///< not a known abbreviation: the period may end a sentence
    never_final,    ///< "Mr.", "Dr.", "Gen.", "vs.", "e.g.": never ends a sentence
    before_number,  ///< "No.", "Dec.", "Art.": does not end a sentence before a number
    acronym,        ///< "U.S.", "U.K.", "Jr.": ends a sentence only before a common sentence starter
    initial,        ///< "J." in "J. Smith": a single capital letter
};

/// The kind of `word`, the text just before a period without the period
/// ("U.S" for "U.S.", "Mr" for "Mr."). Case matters: "No" is a number sign,
/// "no" is not. `language` is an ISO 639-1 code; English lists apply to every
/// Latin-script text, Russian ones to "ru".
AbbreviationKind abbreviation_kind(std::string_view word, std::string_view language);

/// True for English words that often open a sentence ("The", "We", "In", "However").
/// Used to decide whether "U.S. The …" or "J. The …" ends a sentence.
bool is_sentence_starter(std::string_view word);

/// True for verbs that attribute speech ("said", "asked", "added"), lower case.
bool is_speech_verb(std::string_view word);

}  // namespace dipdiff
