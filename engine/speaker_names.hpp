#pragma once
/// Speaker names: from a capitalised phrase ("Russian President Vladimir Putin")
/// to the name attribution reports ("Vladimir Putin"), and the names a document
/// has introduced, so that later surnames resolve to the full form.
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace dipdiff {

/// A speaker named by a phrase.
struct SpeakerName {
    std::string text;           ///< "Aldo Marek", "Kestrel Foreign Ministry"; "" when the phrase names no one
    std::string title;          ///< case-folded title the phrase gave the person ("president"), or ""
    bool organisation = false;  ///< an office, ministry or state: kept whole, never a "he"
    bool title_only = false;    ///< only a title ("The President"): `text` is the title as written
};

/// Reads a name phrase: capitalised words with connectors, as written, e.g.
/// {"President", "Aldo", "Marek", "of", "Varenia"}. Leading function words and
/// dates ("On", "Tuesday") are dropped. A phrase whose head (the words before
/// the first connector) holds an organisation word ("Ministry", "Kremlin",
/// "Federation" …) is an organisation and kept whole; otherwise it is a person:
/// the words after the last title, without an "of <place>" part, at most three
/// words (Cyrillic: two, or three with a patronymic). Never fails; an empty
/// `text` means the phrase names no one.
SpeakerName speaker_name_from_phrase(const std::vector<std::string_view>& words);

/// Whether a lower-case word may stand inside a name: "of", "for", "the", "van", "de" …
/// ("Ministry of Foreign Affairs", "Secretary of State Ilse Brandt").
bool is_name_connector(std::string_view word);

/// Whether a case-folded word is a title ("president", "minister", "mr.", "министр").
bool is_title_word(std::string_view folded);

/// The speakers a document has named so far, in reading order.
class SpeakerRegistry {
public:
    /// The form to report for `name`: a one-word name that is the last word of a
    /// full name met before (or, in Cyrillic, that word with a case ending:
    /// "Путина" → "Путин") gives that full name; otherwise `name` itself.
    std::string canonical(std::string_view name) const;

    /// Records a person (first full form wins for its surname; the title now
    /// points at this person) and returns canonical(name).
    std::string note_person(std::string_view name, std::string_view title);
    /// Records an organisation; returns `name`.
    std::string note_organisation(std::string_view name);

    /// The person last introduced with this case-folded title, or "".
    std::string person_with_title(std::string_view title) const;
    /// The organisation last named with a word that folds to `folded_word` ("ministry"), or "".
    std::string organisation_with_word(std::string_view folded_word) const;

private:
    std::vector<std::string> m_full_names;                      // first full form per surname
    std::unordered_map<std::string, std::size_t> m_by_surname;  // surname → m_full_names index
    std::unordered_map<std::string, std::string> m_by_title;    // title → last person
    std::vector<std::string> m_organisations;                   // in order named
};

}  // namespace dipdiff
