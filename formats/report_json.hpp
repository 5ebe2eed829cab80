#pragma once
/// The JSON report of an alignment, schema version 1: statements with their
/// sentences and topics, topic coverage, aligned sentence pairs with their
/// diffs, and omissions. A contract documented in docs/report.md and
/// docs/report.schema.json: fields are only ever added.
#include "engine/alignment.hpp"
#include "engine/lexicon.hpp"
#include "engine/stance.hpp"
#include "engine/stance_compare.hpp"
#include "engine/document.hpp"

#include <ostream>
#include <string>
#include <vector>

namespace dipdiff {

/// The report's "schema_version".
inline constexpr int k_report_schema_version = 1;

/// How the report was made, written into it so that a report says what
/// produced it. No timestamps: the same inputs give the same bytes.
struct ReportContext {
    std::string version;  ///< dipdiff version, e.g. "0.1.0"
    /// Where the taxonomy came from: "default" for the built-in one, else the
    /// topic files as given on the command line, in order.
    std::vector<std::string> taxonomy_sources;
    /// The options the alignment ran with.
    AlignOptions options;
    /// Stances (docs/report.md, "Stance"): when `stances` is set, every
    /// sentence gets "stance", every alignment "stance_delta" and every
    /// coverage entry "stance_summary"; `lexicon` and `topic_stances` must then
    /// be set too (stances[i] for documents[i], topic_stances parallel to
    /// coverage). Not owned. Left null, the report has no stance fields.
    const Lexicon* lexicon = nullptr;
    /// "default" for the built-in lexicon, else the file given.
    std::string lexicon_source;
    const std::vector<DocumentStance>* stances = nullptr;
    const std::vector<TopicStance>* topic_stances = nullptr;
};

/// The report of `result`, computed by align_documents from `documents` (same
/// order), as pretty-printed JSON ending with a newline; see docs/report.md.
/// Deterministic: key and array order are fixed, figures are rounded to 4
/// decimals. The documents' statements must be set and their ids unique.
/// Throws std::invalid_argument when `documents` and `result` do not match (a
/// null document or statement, a duplicate statement id, a count, a topic,
/// statement or sentence index out of range).
std::string report_json(const std::vector<const Document*>& documents, const AlignmentResult& result,
                        const ReportContext& context);

/// The same bytes written to `out` element by element, so that the report of
/// a large corpus is never held in memory whole. A mismatch found on the way
/// throws std::invalid_argument after part of the report is written: write
/// through write_file_atomically() (formats/atomic_file.hpp) so that no
/// partial file is left.
void write_report_json(std::ostream& out, const std::vector<const Document*>& documents,
                       const AlignmentResult& result, const ReportContext& context);

}  // namespace dipdiff
