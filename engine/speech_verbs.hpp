#pragma once
/// Reported speech: speech verbs ("said", "заявил", "表示"), the markers
/// "according to X", "in X's view", "по словам X", and who their subject is.
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "engine/clause_words.hpp"

namespace dipdiff {

enum class SubjectKind : std::uint8_t {
    name,            ///< a capitalised name phrase: "Russian President Vladimir Putin", "王毅"
    person_pronoun,  ///< "he", "she", "his", "он", "他": the last named speaker
    role,            ///< a common noun for an office or group: "the ministry", "Varenian officials"
};

/// The subject of the first speech verb (or marker) of a clause that has one.
struct ReportedSpeech {
    SubjectKind kind = SubjectKind::name;
    /// The subject's words as written (views into the scanned text): the name
    /// phrase with its titles, or the role phrase without its article; empty for pronouns.
    std::vector<std::string_view> words;
    /// Items [first_item, end_item) hold the subject, the verb and the words between.
    std::uint32_t first_item = 0;
    std::uint32_t end_item = 0;
};

/// Finds the first speech verb in `items` (from split_clause over `text`) whose
/// subject can be named: a name phrase or role noun right before the verb (over
/// adverbs such as "also", and over one parenthetical such as ", like Brandt,"),
/// a name after the verb in an inverted attribution ("…, said Marek."), or the
/// object of "according to" / "in the words of" / "in X's view" / "по словам".
/// "they", "we", "I" and "it" name no one: such a verb is skipped. Verbs match
/// only in lower case, so "the said treaty" or "so-called" never count.
/// Returns nothing when the clause reports no one's speech.
std::optional<ReportedSpeech> find_reported_speech(std::string_view text,
                                                   const std::vector<ClauseItem>& items);

/// The speaker of a clause that introduces a quotation with a colon but no
/// speech verb ("Brandt was blunt:", "Asked about the border, Marek was firm:"):
/// the name or "he"/"she" opening the last comma-separated part before the colon
/// at `colon`. Returns nothing when that part opens with anything else.
std::optional<ReportedSpeech> find_colon_introducer(std::string_view text,
                                                    const std::vector<ClauseItem>& items,
                                                    std::uint32_t colon);

/// The capitalised name phrases in `items` that carry a title, as written:
/// "President Aldo Marek of Varenia", "Kestrel Foreign Minister Lena Varga", and
/// with a lower-case title before them "президент России Владимир Путин". These
/// are the people a text introduces, whether or not they speak in that sentence.
std::vector<std::vector<std::string_view>> titled_name_phrases(std::string_view text,
                                                               const std::vector<ClauseItem>& items);

/// Whether a case-folded word is a noun for an office or group that can speak
/// ("ministry", "spokesperson", "officials", "sides").
bool is_role_noun(std::string_view folded);

}  // namespace dipdiff
