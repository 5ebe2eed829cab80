#pragma once
/// Transcripts: speaker labels that open turns ("THE PRESIDENT:", "Q", "Ilse
/// Brandt:") and stage directions ("(Laughter.)", "(As interpreted.)").
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/span.hpp"
#include "engine/statement.hpp"

namespace dipdiff {

struct SpeakerLabel {
    Span span;              ///< the label as written, colon included ("MR. SULLIVAN:", "Q", "Q:")
    std::string speaker;    ///< readable name ("Mr. Sullivan"; "Q" for Q); the parenthesis dropped
    bool question = false;  ///< a journalist's label: Q, QUESTION, REPORTER, or "Name (Outlet):"
};

enum class LabelStyle {
    all_caps,  ///< only "THE PRESIDENT:" and "Q": safe in any genre
    any,       ///< also "President Marek:", "Olga Petrova (Varenia Today):", "记者：" (transcript genres)
};

/// Reads a speaker label at the start of `line` (one line, without its line
/// break and leading white space). The label must be followed by text on the
/// same line, or `next_line` must hold text. Spans are relative to `line`.
/// Returns nothing for datelines, sentences with a colon ("Asked about trade,
/// Marek said:"), notes ("Note:", "Subject:") and labels of more than six words.
std::optional<SpeakerLabel> match_speaker_label(std::string_view line, std::string_view next_line,
                                                LabelStyle style);

/// Every speaker label at a line start of `text`, in text order, spans into
/// `text`. For transcript genres (is_transcript_genre) any style counts; for
/// others only all-caps labels, and only when there are at least two of them
/// (a single "BRUSSELS:" is more likely a dateline than a transcript).
std::vector<SpeakerLabel> find_speaker_labels(std::string_view text, Genre genre);

/// True when `inner`, the text inside parentheses or brackets, is a stage
/// direction: "Laughter.", "As interpreted", "via interpreter", "in Russian" …
bool is_stage_direction(std::string_view inner);

/// Spans of the stage directions in `text` ("(Laughter.)", "[Applause]"),
/// parentheses included, in text order, none overlapping a span of `skip`
/// (sorted, non-overlapping: the speaker labels).
std::vector<Span> find_stage_directions(std::string_view text, const std::vector<Span>& skip);

/// "THE PRESIDENT" → "The President", "SECRETARY OF STATE ALVES" → "Secretary of
/// State Alves"; names that are not all capitals are returned as written.
std::string readable_speaker(std::string_view name);

}  // namespace dipdiff
