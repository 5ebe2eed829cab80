#include "formats/inspect_json.hpp"

#include "formats/stance_json.hpp"

#include <stdexcept>

#include "formats/statement_json.hpp"

namespace dipdiff {

std::string sentence_id(const Statement& statement, std::size_t sentence_index) {
    return statement.id + ":s" + std::to_string(sentence_index + 1);
}

InspectJsonWriter::InspectJsonWriter(std::ostream& out)
    : m_writer(std::make_unique<json_detail::PrettyObjectWriter>(out)) {
    m_writer->member("schema_version", 1);
    m_writer->begin_array("statements");
}

InspectJsonWriter::~InspectJsonWriter() = default;

void InspectJsonWriter::add(const Document& document) {
    m_writer->element(json_detail::statement_json(document));
}

void InspectJsonWriter::add(const Document& document, const DocumentStance& stance, const Lexicon& lexicon) {
    if (stance.by_sentence.size() != document.sentences.size())
        throw std::invalid_argument("InspectJsonWriter::add: stances do not match the sentences");
    const std::string_view text = document.statement->text;
    m_writer->element(json_detail::statement_json(document, [&](std::size_t s, json_detail::Json& sentence) {
        sentence["stance"] = json_detail::sentence_stance_json(stance.by_sentence[s], lexicon, text);
    }));
}

void InspectJsonWriter::finish() {
    m_writer->end_array();
    m_writer->finish();
}

}  // namespace dipdiff
