#pragma once
/// The statement model: one text published by one party, with who, when, what.
#include "engine/date.hpp"
#include "engine/span.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace dipdiff {

enum class Genre { readout, press_conference, joint_statement, speech, briefing, interview, article, other };

/// "press-conference" etc.; parse_genre accepts those and a few common
/// synonyms ("transcript", "remarks", "news"); nothing for an unknown word.
std::string_view genre_name(Genre genre);
std::optional<Genre> parse_genre(std::string_view text);

/// True for genres whose text is normally a sequence of speaker turns.
bool is_transcript_genre(Genre genre);

/// The text as analysis sees it (Markdown markup and escapes removed), with a
/// map back to the original bytes. For plain text both `text` and `origin`
/// are empty: analysis reads Statement::text itself, so a plain statement is
/// held in memory once (see Statement::analysis_text()).
struct AnalysisText {
    std::string text;
    /// origin[i] = byte offset in the original text of analysis byte i;
    /// empty means identity. When not empty, origin.size() == text.size().
    std::vector<std::uint32_t> origin;

    /// Maps a span of the analysis text to a span of the original text: from
    /// the original position of its first byte to just after its last byte.
    Span to_original(Span analysis_span) const;
};

/// A header field's value where it came from: for error messages.
struct FieldLocation {
    int line = 0;
    int column = 0;
};

struct Statement {
    std::string id;        ///< unique within a corpus; from the header, or derived from the file name
    std::string party;     ///< the state or organisation whose statement it is
    std::string speaker;   ///< the person or office speaking ("" when none)
    std::optional<StatementDate> date;
    std::string title;
    std::string source;    ///< where it was published: URL or outlet
    Genre genre = Genre::other;
    std::string language;  ///< ISO 639-1 ("en", "ru", "zh"); guessed from the script when not given
    /// Header keys dipdiff has no field for, in file order: kept, never dropped.
    std::vector<std::pair<std::string, std::string>> metadata;

    /// The text exactly as it stands in the file after the header (or the JSON
    /// "text" field). All spans point into this.
    std::string text;
    /// What the segmenter reads; maps back to `text`.
    AnalysisText analysis;

    // Where it came from, for messages.
    std::string path;          ///< file path ("" for generated statements)
    int text_first_line = 1;   ///< 1-based line of the file where `text` begins
    int record_line = 0;       ///< for JSON Lines / arrays: line of the record
    FieldLocation date_location;  ///< where the date was read (header line, or dateline)
    FieldLocation id_location;    ///< where the id was read; line 0 when derived from the file name
    bool date_from_dateline = false;

    /// What analysis reads: `analysis.text`, or `text` itself for plain text.
    std::string_view analysis_text() const {
        return analysis.text.empty() && analysis.origin.empty() ? std::string_view(text)
                                                                : std::string_view(analysis.text);
    }

    /// Line and column (1-based) in the file of a byte offset of `text`.
    std::pair<int, int> file_position(std::uint32_t text_offset) const;
};

/// Sets `analysis` to the identity view of `text` (plain text): empty, so
/// the text is not copied.
void use_plain_analysis_text(Statement& statement);

/// Guesses an ISO 639-1 code from the script of the first letters of a text:
/// Cyrillic → "ru", Han → "zh", otherwise "en".
std::string guess_language(std::string_view text);

}  // namespace dipdiff
