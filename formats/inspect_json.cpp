#include "formats/inspect_json.hpp"

#include <nlohmann/json.hpp>

#include <sstream>

namespace dipdiff {
namespace {

using Json = nlohmann::ordered_json;

Json span_json(Span span) { return Json::array({span.start, span.end}); }

Json nullable(const std::string& value) { return value.empty() ? Json(nullptr) : Json(value); }

Json metadata_json(const Statement& statement) {
    Json metadata = Json::object();
    for (const auto& [key, value] : statement.metadata) {
        // A key given twice keeps both values (as an array): nothing is dropped.
        if (!metadata.contains(key)) {
            metadata[key] = value;
        } else {
            Json& existing = metadata[key];
            if (!existing.is_array()) existing = Json::array({existing});
            existing.push_back(value);
        }
    }
    return metadata;
}

Json statement_json(const Document& document) {
    const Statement& statement = *document.statement;
    Json out;
    out["id"] = statement.id;
    out["party"] = nullable(statement.party);
    out["speaker"] = nullable(statement.speaker);
    out["date"] = statement.date ? Json(statement.date->iso()) : Json(nullptr);
    out["genre"] = std::string(genre_name(statement.genre));
    out["title"] = nullable(statement.title);
    out["source"] = nullable(statement.source);
    out["language"] = statement.language;
    out["path"] = statement.path;
    out["date_from"] = statement.date ? Json(statement.date_from_dateline ? "dateline" : "header") : Json(nullptr);
    out["metadata"] = metadata_json(statement);

    Json turns = Json::array();
    for (std::size_t i = 0; i < document.turns.size(); ++i) {
        const Turn& turn = document.turns[i];
        Json t;
        t["index"] = i + 1;
        t["span"] = span_json(turn.span);
        t["label"] = turn.label.empty() ? Json(nullptr) : span_json(turn.label);
        t["speaker"] = nullable(turn.speaker);
        t["question"] = turn.question;
        turns.push_back(std::move(t));
    }
    out["turns"] = std::move(turns);

    Json paragraphs = Json::array();
    for (std::size_t i = 0; i < document.paragraphs.size(); ++i) {
        const Paragraph& paragraph = document.paragraphs[i];
        Json p;
        p["index"] = i + 1;
        p["span"] = span_json(paragraph.span);
        p["turn"] = paragraph.turn < 0 ? Json(nullptr) : Json(paragraph.turn + 1);
        paragraphs.push_back(std::move(p));
    }
    out["paragraphs"] = std::move(paragraphs);

    Json sentences = Json::array();
    for (std::size_t i = 0; i < document.sentences.size(); ++i) {
        const Sentence& sentence = document.sentences[i];
        Json s;
        s["id"] = sentence_id(statement, i);
        s["paragraph"] = sentence.paragraph + 1;
        s["span"] = span_json(sentence.span);
        s["text"] = std::string(sentence.span.of(statement.text));
        s["attribution"] = std::string(attribution_name(sentence.attribution));
        s["speaker"] = nullable(sentence.speaker);
        s["question"] = sentence.question;
        s["tokens"] = sentence.token_count;
        sentences.push_back(std::move(s));
    }
    out["sentences"] = std::move(sentences);

    Json directions = Json::array();
    for (const StageDirection& direction : document.stage_directions) directions.push_back(span_json(direction.span));
    out["stage_directions"] = std::move(directions);
    return out;
}

// Indents every line after the first of a dumped JSON value.
std::string indented(const std::string& dumped, const std::string& prefix) {
    std::string out;
    out.reserve(dumped.size() + dumped.size() / 8);
    for (char c : dumped) {
        out += c;
        if (c == '\n') out += prefix;
    }
    return out;
}

}  // namespace

std::string sentence_id(const Statement& statement, std::size_t sentence_index) {
    return statement.id + ":s" + std::to_string(sentence_index + 1);
}

InspectJsonWriter::InspectJsonWriter(std::ostream& out) : m_out(out) {
    m_out << "{\n  \"schema_version\": 1,\n  \"statements\": [";
}

void InspectJsonWriter::add(const Document& document) {
    m_out << (m_first ? "\n    " : ",\n    ");
    m_first = false;
    // Readers validate UTF-8 and spans never cut a character, so replacement
    // never happens in practice; it keeps a bug from becoming a crash.
    m_out << indented(statement_json(document).dump(2, ' ', false, Json::error_handler_t::replace), "    ");
}

void InspectJsonWriter::finish() { m_out << (m_first ? "]\n}\n" : "\n  ]\n}\n"); }

}  // namespace dipdiff
