#pragma once
/// The `dipdiff inspect --json` output: statements with their paragraphs and
/// attributed sentences. This shape is a contract (docs/user-guide.md); later
/// reports reuse the statement and sentence objects it writes.
#include "engine/document.hpp"
#include "engine/lexicon.hpp"
#include "engine/stance.hpp"

#include <memory>
#include <ostream>
#include <string>

namespace dipdiff {

namespace json_detail {
class PrettyObjectWriter;
}

/// Writes `{"schema_version":1,"statements":[…]}` to a stream one statement at
/// a time, so a large corpus never has to be held as one JSON tree.
class InspectJsonWriter {
public:
    /// Writes the opening of the document; `out` is not owned and must outlive the writer.
    explicit InspectJsonWriter(std::ostream& out);
    ~InspectJsonWriter();
    InspectJsonWriter(const InspectJsonWriter&) = delete;
    InspectJsonWriter& operator=(const InspectJsonWriter&) = delete;
    /// Writes one statement object. The document's statement must be set.
    void add(const Document& document);
    /// The same with a "stance" object in every sentence (docs/report.md,
    /// "Stance"). Throws std::invalid_argument when `stance` does not have one
    /// entry per sentence.
    void add(const Document& document, const DocumentStance& stance, const Lexicon& lexicon);
    /// Closes the array and the top-level object. Call once, last.
    void finish();

private:
    std::unique_ptr<json_detail::PrettyObjectWriter> m_writer;
};

/// The sentence id a report uses: "<statement id>:s<n>", n counting from 1.
std::string sentence_id(const Statement& statement, std::size_t sentence_index);

}  // namespace dipdiff
