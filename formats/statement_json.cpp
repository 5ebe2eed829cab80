#include "formats/statement_json.hpp"

#include "formats/inspect_json.hpp"

namespace dipdiff::json_detail {
namespace {

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

Json turns_json(const Document& document) {
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
    return turns;
}

Json paragraphs_json(const Document& document) {
    Json paragraphs = Json::array();
    for (std::size_t i = 0; i < document.paragraphs.size(); ++i) {
        const Paragraph& paragraph = document.paragraphs[i];
        Json p;
        p["index"] = i + 1;
        p["span"] = span_json(paragraph.span);
        p["turn"] = paragraph.turn < 0 ? Json(nullptr) : Json(paragraph.turn + 1);
        paragraphs.push_back(std::move(p));
    }
    return paragraphs;
}

Json sentences_json(const Document& document, const SentenceFields& extra_sentence_fields) {
    const Statement& statement = *document.statement;
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
        if (extra_sentence_fields) extra_sentence_fields(i, s);
        sentences.push_back(std::move(s));
    }
    return sentences;
}

}  // namespace

Json statement_json(const Document& document, const SentenceFields& extra_sentence_fields) {
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
    out["date_from"] =
        statement.date ? Json(statement.date_from_dateline ? "dateline" : "header") : Json(nullptr);
    out["metadata"] = metadata_json(statement);
    out["turns"] = turns_json(document);
    out["paragraphs"] = paragraphs_json(document);
    out["sentences"] = sentences_json(document, extra_sentence_fields);
    Json directions = Json::array();
    for (const StageDirection& direction : document.stage_directions)
        directions.push_back(span_json(direction.span));
    out["stage_directions"] = std::move(directions);
    return out;
}

}  // namespace dipdiff::json_detail
