#pragma once
/// Who said each sentence: a direct quote, reported speech, or narration.
#include "engine/document.hpp"

namespace dipdiff {

/// Sets attribution, speaker and question on every sentence of `document`:
/// - `quote`: inside direct quotation marks (“…”, "…", «…», „…“), which may span
///   sentences and paragraphs (an unclosed quote continues when the next
///   paragraph opens with a quotation mark);
/// - `paraphrase`: reported speech with a speech verb (said, reported,
///   explained, emphasized …) and a subject that can be named;
/// - `narration`: everything else.
/// The speaker is the turn's speaker in a transcript, the named subject of the
/// speech verb ("he"/"she" resolve to the last named speaker), the speaker a
/// quote is attributed to, or else the statement's voice: its speaker (or, in
/// a news report, the outlet — never the leader it describes).
void attribute_sentences(Document& document);

/// The voice narration belongs to for a statement: for an article the outlet
/// (metadata "outlet", else speaker, else source), otherwise speaker, else party.
std::string narrator_of(const Statement& statement);

}  // namespace dipdiff
