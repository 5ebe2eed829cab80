#pragma once
/// Who said each sentence: a direct quote, reported speech, or narration.
/// The rules, with examples and known limits, are in docs/attribution.md.
#include <string>

#include "engine/document.hpp"

namespace dipdiff {

/// Sets attribution, speaker and question on every sentence of `document`,
/// reading only the statement's text (through its analysis view), paragraphs,
/// turns, sentence spans and stage directions; tokens are not needed.
/// - In a transcript turn with a speaker (or a journalist's question turn) every
///   sentence is `quote` by the turn's speaker ("Journalist" for an unnamed
///   question turn), even when it reports someone else ("As President Brandt
///   said, …" stays the turn speaker's words); `question` is set for question turns.
/// - Otherwise a sentence is `quote` when at least 60% of its letters and digits
///   lie inside direct quotation marks (“…”, "…", «…», „…“, ‘…’, 「…」), which may
///   span sentences and paragraphs (an unclosed quote continues when the next
///   paragraph opens with a quotation mark, else it ends with its paragraph).
/// - `paraphrase`: reported speech with a speech verb (said, reported,
///   emphasized, заявил, 表示 …) or a marker (according to, in his view, по
///   словам) whose subject can be named: a name, an office ("the ministry"),
///   or "he"/"she" (the last named person).
/// - `narration`: everything else, spoken by narrator_of(statement). A
///   rhetorical question stays narration.
/// Speakers: titles are stripped from people ("Russian President X Y" → "X Y"),
/// organisations are kept whole, and a later surname resolves to the first full
/// name seen. A quote's speaker is the one named in it, else in the short
/// sentence after it ("Marek said."), else the one introducing it before a
/// colon, else the speaker of the sentence before it (paraphrase or quote),
/// else the last named speaker, else the narrator. A speaker is "" only when a
/// "he"/"she" has no antecedent in an article. Never fails: spans outside the
/// text are clamped; does nothing when `document.statement` is null.
void attribute_sentences(Document& document);

/// The voice narration belongs to. For an article: metadata "outlet", else
/// `source` when it is an outlet's name rather than an address (no "://", no
/// "/", not a bare host name), else `speaker`, else `party` — never the leader
/// the report is about unless nothing else is known. For every other genre:
/// `speaker`, else `party`.
std::string narrator_of(const Statement& statement);

}  // namespace dipdiff
