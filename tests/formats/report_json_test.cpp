#include "formats/report_json.hpp"

#include "engine/analyse.hpp"
#include "engine/segmenter.hpp"
#include "formats/inspect_json.hpp"
#include "tests/support/schema_validate.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cctype>
#include <cmath>
#include <deque>
#include <memory>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace dipdiff {
namespace {

using Json = nlohmann::ordered_json;

struct Keyword {
    std::string phrase;  // lower case
    int weight = 1;
};

struct TestTopic {
    std::string id;
    std::string label;
    bool procedural = false;
    std::vector<Keyword> keywords;
};

const std::vector<TestTopic> k_topics = {
    {"energy", "Energy", false, {{"gas", 2}, {"pipeline", 2}}},
    {"cyber", "Cyber security", false, {{"ransomware", 3}, {"cyber", 2}}},
    {"meeting", "Meeting", true, {{"met", 2}, {"talks", 2}}},
};

std::string lower(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// Statements analysed by the real segmenter and attribution and tagged by a
// stand-in for the tagger: a sentence gets a topic when its keywords weigh 2 or
// more, with one evidence entry per keyword found; a sentence opening with
// "It " and no topic of its own inherits the topics of the sentence before it
// in its paragraph.
class Corpus {
public:
    Corpus() {
        for (const TestTopic& topic : k_topics) {
            TopicDefinition definition;
            definition.id = topic.id;
            definition.label = topic.label;
            definition.procedural = topic.procedural;
            m_taxonomy.topics.push_back(std::move(definition));
        }
    }

    Statement& add(const std::string& id, const std::string& text, Genre genre = Genre::readout) {
        auto statement = std::make_unique<Statement>();
        statement->id = id;
        statement->party = "Party of " + id;
        statement->language = "en";
        statement->genre = genre;
        statement->text = text;
        statement->path = "corpus/" + id + ".txt";
        use_plain_analysis_text(*statement);
        m_statements.push_back(std::move(statement));
        return *m_statements.back();
    }

    // Analyses every statement added (after their fields are final).
    void analyse() {
        m_documents.clear();
        for (const auto& statement : m_statements)
            m_documents.push_back(analyse_statement(m_segmenter, *statement));
    }

    std::vector<DocumentTopics> tag() const {
        std::vector<DocumentTopics> tagged;
        for (const Document& document : m_documents) {
            DocumentTopics& topics = tagged.emplace_back();
            for (std::uint32_t s = 0; s < document.sentences.size(); ++s) {
                const Sentence& sentence = document.sentences[s];
                const std::string text = lower(sentence.span.of(document.statement->text));
                auto& tags = topics.by_sentence.emplace_back();
                for (std::uint32_t t = 0; t < k_topics.size(); ++t) {
                    SentenceTopic tag;
                    tag.topic = t;
                    for (const Keyword& keyword : k_topics[t].keywords) {
                        const std::size_t at = text.find(keyword.phrase);
                        if (at == std::string::npos) continue;
                        const auto start = static_cast<std::uint32_t>(sentence.span.start + at);
                        tag.evidence.push_back(
                            {keyword.phrase,
                             {start, static_cast<std::uint32_t>(start + keyword.phrase.size())},
                             keyword.weight});
                        tag.score += keyword.weight;
                    }
                    if (tag.score >= 2) tags.push_back(tag);
                }
                const bool continues = s > 0 && text.rfind("it ", 0) == 0 &&
                                       document.sentences[s - 1].paragraph == sentence.paragraph;
                if (tags.empty() && continues) {
                    for (SentenceTopic tag : topics.by_sentence[s - 1]) {
                        if (!tag.inherited) tag.inherited_from = s - 1;
                        tag.inherited = true;
                        tag.evidence.clear();
                        tags.push_back(tag);
                    }
                }
            }
        }
        return tagged;
    }

    std::vector<const Document*> documents() const {
        std::vector<const Document*> pointers;
        for (const Document& document : m_documents) pointers.push_back(&document);
        return pointers;
    }

    AlignmentResult align(const AlignOptions& options = {}) const {
        return align_documents(documents(), tag(), m_taxonomy, m_terms, options);
    }

    std::string report(const AlignOptions& options = {}) const {
        return report_json(documents(), align(options), context(options));
    }

    static ReportContext context(const AlignOptions& options = {}) {
        ReportContext context;
        context.version = "0.1.0";
        context.taxonomy_sources = {"default"};
        context.options = options;
        return context;
    }

    const Document& document(std::size_t index) const { return m_documents.at(index); }
    const Statement& statement(std::size_t index) const { return *m_statements.at(index); }

private:
    Taxonomy m_taxonomy;
    TermPool m_terms;
    Segmenter m_segmenter{m_terms};
    std::vector<std::unique_ptr<Statement>> m_statements;
    std::deque<Document> m_documents;  // deque: documents stay in place as it grows
};

const char* const k_varenia_text =
    "President Aldo Marek met President Ilse Brandt in Soresk. The two leaders discussed the gas pipeline "
    "through Ostrava and agreed to extend the gas supply contract. It will run until 2030.\n"
    "\n"
    "President Marek raised the ransomware attacks on Varenian hospitals. The new lithium refinery in Tolsk "
    "will open next spring.";

const char* const k_kestrel_text =
    "President Ilse Brandt met President Aldo Marek in Soresk. The leaders agreed to extend the gas supply "
    "contract and discussed the pipeline through Ostrava.\n"
    "\n"
    "Both sides welcomed the new lithium refinery in Tolsk, which will open next spring.";

const char* const k_press_conference_text =
    "PRESIDENT MAREK: We held useful talks on the gas pipeline.\n"
    "\n"
    "Q: Did you discuss the ransomware attacks?\n"
    "\n"
    "PRESIDENT MAREK: (Laughter.) We did not discuss the gas price.";

// Two readouts of one meeting: energy and the meeting in both, cyber only in
// Varenia's, an untagged subject (the refinery) in both.
void add_readouts(Corpus& corpus) {
    Statement& varenia = corpus.add("varenia-readout", k_varenia_text);
    varenia.party = "Republic of Varenia";
    varenia.date = parse_date("2025-06-16").date;
    varenia.title = "Talks in Soresk";
    varenia.speaker = "Press Service of the President";
    varenia.metadata = {{"office", "Presidential Press Service"}, {"tags", "summit"}, {"tags", "energy"}};
    Statement& kestrel = corpus.add("kestrel-readout", k_kestrel_text);
    kestrel.party = "Kestrel Federation";
    kestrel.date = parse_date("2025-06-16").date;
}

Json parse(const std::string& text) { return Json::parse(text); }

// Parses a report after checking it against docs/report.schema.json: every
// report these tests produce is validated. Each distinct text is validated
// once (many tests produce the same report, and each check starts python3).
Json checked(const std::string& report_text) {
    static std::set<std::string> validated;
    if (!validated.count(report_text)) {
        EXPECT_TRUE(matches_report_schema(report_text));
        validated.insert(report_text);
    }
    return parse(report_text);
}

const Json& find_by(const Json& array, const std::string& key, const std::string& value) {
    for (const Json& item : array) {
        if (item.at(key) == value) return item;
    }
    throw std::runtime_error("no element with " + key + " = " + value);
}

std::size_t offset_of(const Statement& statement, const std::string& text) {
    const std::size_t at = statement.text.find(text);
    if (at == std::string::npos) throw std::runtime_error("'" + text + "' is not in " + statement.id);
    return at;
}

std::string span_text(const Statement& statement, const Json& span) {
    const auto start = span.at(0).get<std::size_t>();
    const auto end = span.at(1).get<std::size_t>();
    if (start > end || end > statement.text.size()) throw std::runtime_error("span out of the text");
    return statement.text.substr(start, end - start);
}

TEST(ReportJsonTest, WritesTheTopLevelFieldsInOrder) {
    Corpus corpus;
    add_readouts(corpus);
    corpus.analyse();
    AlignOptions options;
    options.min_pair_score = 0.15;
    const Json report =
        checked(report_json(corpus.documents(), corpus.align(options),
                            [&] {
                                ReportContext context;
                                context.version = "9.8.7";
                                context.taxonomy_sources = {"topics/a.json", "topics/b.json"};
                                context.options = options;
                                return context;
                            }()));

    std::vector<std::string> keys;
    for (const auto& item : report.items()) keys.push_back(item.key());
    EXPECT_EQ(keys, (std::vector<std::string>{"schema_version", "generator", "settings", "topics",
                                              "statements", "coverage", "alignments", "omissions", "stats"}));
    EXPECT_EQ(report["schema_version"], 1);
    EXPECT_EQ(report["generator"], (Json{{"name", "dipdiff"}, {"version", "9.8.7"}}));
    EXPECT_EQ(report["settings"]["taxonomy"], (Json{"topics/a.json", "topics/b.json"}));
    EXPECT_EQ(report["settings"]["alignment"]["min_pair_score"], 0.15);
    EXPECT_EQ(report["settings"]["alignment"]["max_partners"], 2);
    EXPECT_EQ(report["settings"]["alignment"]["diff"]["min_move_tokens"], 5);
}

TEST(ReportJsonTest, ListsTaxonomyTopicsThenEmergentOnes) {
    Corpus corpus;
    add_readouts(corpus);
    corpus.analyse();
    const AlignmentResult result = corpus.align();
    const Json report = checked(report_json(corpus.documents(), result, Corpus::context()));

    ASSERT_EQ(report["topics"].size(), 4u);
    EXPECT_EQ(report["topics"][0], (Json{{"id", "energy"},
                                         {"label", "Energy"},
                                         {"source", "taxonomy"},
                                         {"procedural", false},
                                         {"top_terms", Json::array()}}));
    EXPECT_EQ(report["topics"][1]["id"], "cyber");
    EXPECT_EQ(report["topics"][2]["id"], "meeting");
    EXPECT_EQ(report["topics"][2]["procedural"], true);
    const Json& emergent = report["topics"][3];
    EXPECT_EQ(emergent["id"], "emergent-1");
    EXPECT_EQ(emergent["source"], "emergent");
    EXPECT_EQ(emergent["procedural"], false);
    ASSERT_EQ(result.topics.at(3).top_terms.size(), 3u);
    EXPECT_EQ(emergent["top_terms"], Json(result.topics.at(3).top_terms));
    const auto& terms = result.topics.at(3).top_terms;
    EXPECT_EQ(emergent["label"], terms[0] + ", " + terms[1] + ", " + terms[2]);
}

TEST(ReportJsonTest, StatementObjectIsTheInspectObjectWithSentenceTopics) {
    Corpus corpus;
    add_readouts(corpus);
    corpus.add("marek-press", k_press_conference_text, Genre::press_conference);
    corpus.analyse();
    const Json report = checked(corpus.report());

    std::ostringstream inspect_text;
    InspectJsonWriter writer(inspect_text);
    for (const Document* document : corpus.documents()) writer.add(*document);
    writer.finish();
    const Json inspect = parse(inspect_text.str());

    ASSERT_EQ(report["statements"].size(), 3u);
    for (std::size_t i = 0; i < 3; ++i) {
        Json statement = report["statements"][i];
        for (Json& sentence : statement["sentences"]) {
            ASSERT_TRUE(sentence.contains("topics"));
            sentence.erase("topics");
        }
        EXPECT_EQ(statement, inspect["statements"][i]) << "statement " << i;
    }
    // The header's fields and metadata are kept.
    const Json& varenia = report["statements"][0];
    EXPECT_EQ(varenia["date"], "2025-06-16");
    EXPECT_EQ(varenia["title"], "Talks in Soresk");
    EXPECT_EQ(varenia["metadata"],
              (Json{{"office", "Presidential Press Service"}, {"tags", Json{"summit", "energy"}}}));
    EXPECT_EQ(report["statements"][2]["turns"].size(), 3u);
    EXPECT_EQ(report["statements"][2]["sentences"][1]["question"], true);
}

TEST(ReportJsonTest, SentencesCarryTheirTopicsWithEvidenceOrTheSentenceTheyInheritFrom) {
    Corpus corpus;
    add_readouts(corpus);
    corpus.analyse();
    const Json report = checked(corpus.report());
    const Statement& varenia = corpus.statement(0);
    const Json& sentences = report["statements"][0]["sentences"];
    ASSERT_EQ(sentences.size(), 5u);

    // "The two leaders discussed the gas pipeline … the gas supply contract."
    const Json& discussed = sentences[1];
    ASSERT_EQ(discussed["topics"].size(), 1u);
    const Json& energy = discussed["topics"][0];
    EXPECT_EQ(energy["id"], "energy");
    EXPECT_EQ(energy["score"], 4);
    EXPECT_EQ(energy["inherited"], false);
    EXPECT_EQ(energy["inherited_from"], nullptr);
    const std::size_t gas = offset_of(varenia, "gas pipeline");
    const std::size_t pipeline = offset_of(varenia, "pipeline through");
    EXPECT_EQ(energy["evidence"],
              (Json{{{"phrase", "gas"}, {"span", {gas, gas + 3}}, {"weight", 2}},
                    {{"phrase", "pipeline"}, {"span", {pipeline, pipeline + 8}}, {"weight", 2}}}));
    for (const Json& evidence : energy["evidence"]) {
        EXPECT_EQ(span_text(varenia, evidence["span"]), evidence["phrase"]);
    }

    // "It will run until 2030." continues it.
    const Json& continues = sentences[2];
    EXPECT_EQ(continues["text"], "It will run until 2030.");
    ASSERT_EQ(continues["topics"].size(), 1u);
    EXPECT_EQ(continues["topics"][0]["id"], "energy");
    EXPECT_EQ(continues["topics"][0]["inherited"], true);
    EXPECT_EQ(continues["topics"][0]["inherited_from"], "varenia-readout:s2");
    EXPECT_EQ(continues["topics"][0]["evidence"], Json::array());

    // The refinery sentence belongs to the emergent topic, scored by its best link.
    const Json& refinery = sentences[4];
    ASSERT_EQ(refinery["topics"].size(), 1u);
    EXPECT_EQ(refinery["topics"][0]["id"], "emergent-1");
    EXPECT_GT(refinery["topics"][0]["score"].get<double>(), 0.35);
    EXPECT_EQ(refinery["topics"][0]["evidence"], Json::array());
    EXPECT_EQ(sentences[0]["topics"][0]["id"], "meeting");
}

TEST(ReportJsonTest, CoverageNamesEveryStatementInStatementOrder) {
    Corpus corpus;
    add_readouts(corpus);
    corpus.analyse();
    const Json report = checked(corpus.report());

    ASSERT_EQ(report["coverage"].size(), report["topics"].size());
    for (std::size_t t = 0; t < report["topics"].size(); ++t) {
        EXPECT_EQ(report["coverage"][t]["topic"], report["topics"][t]["id"]);
        std::vector<std::string> keys;
        for (const auto& item : report["coverage"][t]["statements"].items()) keys.push_back(item.key());
        EXPECT_EQ(keys, (std::vector<std::string>{"varenia-readout", "kestrel-readout"}));
    }
    EXPECT_EQ(find_by(report["coverage"], "topic", "energy")["statements"],
              (Json{{"varenia-readout", {"varenia-readout:s2", "varenia-readout:s3"}},
                    {"kestrel-readout", {"kestrel-readout:s2"}}}));
    EXPECT_EQ(find_by(report["coverage"], "topic", "cyber")["statements"],
              (Json{{"varenia-readout", {"varenia-readout:s4"}}, {"kestrel-readout", Json::array()}}));
}

TEST(ReportJsonTest, AlignmentsCarryScoreBasisSharedTermsAndTheWordDiff) {
    Corpus corpus;
    add_readouts(corpus);
    corpus.analyse();
    const AlignmentResult result = corpus.align();
    const Json report = checked(report_json(corpus.documents(), result, Corpus::context()));

    ASSERT_EQ(report["alignments"].size(), result.pairs.size());
    std::size_t with_diff = 0;
    for (std::size_t i = 0; i < result.pairs.size(); ++i) {
        const AlignedPair& pair = result.pairs[i];
        const Json& json = report["alignments"][i];
        EXPECT_EQ(json["topic"], result.topics.at(pair.topic).id);
        EXPECT_EQ(json["a"], sentence_id(corpus.statement(pair.a.statement), pair.a.sentence));
        EXPECT_EQ(json["b"], sentence_id(corpus.statement(pair.b.statement), pair.b.sentence));
        EXPECT_EQ(json["score"].get<double>(), std::round(pair.score * 10000) / 10000);
        EXPECT_EQ(json["basis"], pair_basis_name(pair.basis));
        ASSERT_EQ(json["shared_terms"].size(), pair.shared_terms.size());
        for (std::size_t t = 0; t < pair.shared_terms.size(); ++t) {
            EXPECT_EQ(json["shared_terms"][t]["term"], pair.shared_terms[t].term);
            EXPECT_EQ(json["shared_terms"][t]["weight"].get<double>(),
                      std::round(pair.shared_terms[t].weight * 10000) / 10000);
        }
        if (!pair.diff) {
            EXPECT_EQ(json["diff"], nullptr);
            continue;
        }
        ++with_diff;
        const Json& diff = json["diff"];
        EXPECT_EQ(diff["stats"]["tokens_unchanged"], pair.diff->stats.tokens_unchanged);
        EXPECT_EQ(diff["stats"]["similarity"].get<double>(),
                  std::round(pair.diff->stats.similarity * 10000) / 10000);
        ASSERT_EQ(diff["ops"].size(), pair.diff->ops.size());
        // Spans are byte spans into each statement's text, inside the two sentences.
        const Statement& a = corpus.statement(pair.a.statement);
        const Statement& b = corpus.statement(pair.b.statement);
        const Span a_sentence = corpus.document(pair.a.statement).sentences.at(pair.a.sentence).span;
        const Span b_sentence = corpus.document(pair.b.statement).sentences.at(pair.b.sentence).span;
        for (const Json& op : diff["ops"]) {
            EXPECT_GE(op["a"][0].get<std::uint32_t>(), a_sentence.start);
            EXPECT_LE(op["a"][1].get<std::uint32_t>(), a_sentence.end);
            EXPECT_GE(op["b"][0].get<std::uint32_t>(), b_sentence.start);
            EXPECT_LE(op["b"][1].get<std::uint32_t>(), b_sentence.end);
            if (op["op"] == "equal") {
                EXPECT_EQ(lower(span_text(a, op["a"])), lower(span_text(b, op["b"])));
            }
        }
    }
    EXPECT_GE(with_diff, 1u);
    EXPECT_LT(with_diff, result.pairs.size()) << "a weak pair has no diff";

    // The two accounts of the gas contract, by similarity, with their diff.
    const Json* contract = nullptr;
    for (const Json& json : report["alignments"]) {
        if (json["a"] == "varenia-readout:s2" && json["b"] == "kestrel-readout:s2") contract = &json;
    }
    ASSERT_NE(contract, nullptr);
    EXPECT_EQ((*contract)["topic"], "energy");
    EXPECT_EQ((*contract)["basis"], "similarity");
    ASSERT_TRUE((*contract)["diff"].is_object());
    const Json& equal_op = (*contract)["diff"]["ops"][0];
    EXPECT_EQ(equal_op["op"], "equal");
    EXPECT_EQ(span_text(corpus.statement(0), equal_op["a"]), "The");
    EXPECT_EQ(span_text(corpus.statement(1), equal_op["b"]), "The");
}

TEST(ReportJsonTest, OmissionsNameThePresentAndAbsentStatementsWithEvidence) {
    Corpus corpus;
    add_readouts(corpus);
    corpus.analyse();
    const Json report = checked(corpus.report());

    ASSERT_EQ(report["omissions"].size(), 1u);
    EXPECT_EQ(report["omissions"][0], (Json{{"topic", "cyber"},
                                            {"procedural", false},
                                            {"present_in", {"varenia-readout"}},
                                            {"absent_from", {"kestrel-readout"}},
                                            {"evidence", {"varenia-readout:s4"}}}));
}

TEST(ReportJsonTest, StatsAreTheAlignmentsWork) {
    Corpus corpus;
    add_readouts(corpus);
    corpus.analyse();
    const AlignmentResult result = corpus.align();
    const Json report = checked(report_json(corpus.documents(), result, Corpus::context()));
    EXPECT_EQ(report["stats"], (Json{{"sentences", 8},
                                     {"postings_visited", result.stats.postings_visited},
                                     {"postings_skipped", result.stats.postings_skipped},
                                     {"exact_comparisons", result.stats.exact_comparisons}}));
}

TEST(ReportJsonTest, SameInputsGiveByteIdenticalOutput) {
    Corpus first;
    add_readouts(first);
    first.analyse();
    Corpus second;
    add_readouts(second);
    second.analyse();
    const std::string text = first.report();
    EXPECT_EQ(text, first.report());
    EXPECT_EQ(text, second.report()) << "a fresh term pool and segmenter give the same bytes";
    // Written piece by piece, the text is that of one whole dump.
    EXPECT_EQ(text, checked(text).dump(2) + "\n");
}

// Every sentence id the report refers to is the id of one of its sentences,
// and every topic id one of its topics.
void expect_references_resolve(const Json& report) {
    std::set<std::string> sentences;
    std::set<std::string> statements;
    for (const Json& statement : report["statements"]) {
        EXPECT_TRUE(statements.insert(statement["id"]).second) << statement["id"];
        for (const Json& sentence : statement["sentences"]) {
            EXPECT_TRUE(sentences.insert(sentence["id"]).second) << "duplicate " << sentence["id"];
        }
    }
    std::set<std::string> topics;
    for (const Json& topic : report["topics"]) topics.insert(topic["id"]);
    for (const Json& statement : report["statements"]) {
        for (const Json& sentence : statement["sentences"]) {
            for (const Json& topic : sentence["topics"]) {
                EXPECT_TRUE(topics.count(topic["id"])) << topic["id"];
                if (topic["inherited"] == true) {
                    EXPECT_TRUE(sentences.count(topic["inherited_from"]));
                }
            }
        }
    }
    for (const Json& coverage : report["coverage"]) {
        EXPECT_TRUE(topics.count(coverage["topic"]));
        for (const auto& item : coverage["statements"].items()) {
            EXPECT_TRUE(statements.count(item.key())) << item.key();
            for (const Json& id : item.value()) EXPECT_TRUE(sentences.count(id)) << id;
        }
    }
    for (const Json& alignment : report["alignments"]) {
        EXPECT_TRUE(topics.count(alignment["topic"]));
        EXPECT_TRUE(sentences.count(alignment["a"])) << alignment["a"];
        EXPECT_TRUE(sentences.count(alignment["b"])) << alignment["b"];
    }
    for (const Json& omission : report["omissions"]) {
        EXPECT_TRUE(topics.count(omission["topic"]));
        for (const Json& id : omission["present_in"]) EXPECT_TRUE(statements.count(id)) << id;
        for (const Json& id : omission["absent_from"]) EXPECT_TRUE(statements.count(id)) << id;
        for (const Json& id : omission["evidence"]) EXPECT_TRUE(sentences.count(id)) << id;
    }
}

TEST(ReportJsonTest, EveryReferencedSentenceAndTopicExistsAndTheReportMatchesTheSchema) {
    struct Case {
        const char* name;
        bool press_conference;
        AlignOptions options;
    };
    AlignOptions no_diffs;
    no_diffs.diffs = false;
    no_diffs.emergent_topics = false;
    for (const Case& c : {Case{"readouts", false, {}}, Case{"with a press conference", true, {}},
                          Case{"no diffs, no emergent topics", true, no_diffs}}) {
        SCOPED_TRACE(c.name);
        Corpus corpus;
        add_readouts(corpus);
        if (c.press_conference) corpus.add("marek-press", k_press_conference_text, Genre::press_conference);
        corpus.analyse();
        const std::string text = corpus.report(c.options);
        expect_references_resolve(checked(text));
    }
}

TEST(ReportJsonTest, StatementsWithoutTopicsGiveAnEmptyReportThatMatchesTheSchema) {
    Corpus corpus;
    corpus.add("a", "The weather in Soresk was mild.");
    corpus.add("b", "Ostrava reported heavy rain.");
    corpus.analyse();
    const std::string text = corpus.report();
    const Json report = checked(text);
    EXPECT_EQ(report["topics"], Json::array());
    EXPECT_EQ(report["coverage"], Json::array());
    EXPECT_EQ(report["alignments"], Json::array());
    EXPECT_EQ(report["omissions"], Json::array());
    EXPECT_EQ(report["statements"][0]["sentences"][0]["topics"], Json::array());
}

// The schema catches what a regression would break.
TEST(ReportJsonTest, SchemaRejectsBrokenReports) {
    Corpus corpus;
    add_readouts(corpus);
    corpus.analyse();
    const Json report = checked(corpus.report());
    ASSERT_TRUE(matches_report_schema(report.dump()));

    struct Breakage {
        const char* what;
        void (*apply)(Json&);
        const char* message;
    };
    const Breakage breakages[] = {
        {"unknown topic source", [](Json& r) { r["topics"][0]["source"] = "guessed"; }, "/topics/0/source"},
        {"missing alignments", [](Json& r) { r.erase("alignments"); }, "'alignments' is a required property"},
        {"span of three numbers",
         [](Json& r) {
             r["statements"][0]["sentences"][0]["span"] = {0, 5, 9};
         },
         "/statements/0/sentences/0/span"},
        {"negative span", [](Json& r) { r["statements"][0]["paragraphs"][0]["span"][0] = -1; },
         "/statements/0/paragraphs/0/span/0"},
        {"unknown basis", [](Json& r) { r["alignments"][0]["basis"] = "guess"; }, "/alignments/0/basis"},
        {"unknown attribution", [](Json& r) { r["statements"][1]["sentences"][0]["attribution"] = "rumour"; },
         "/statements/1/sentences/0/attribution"},
        {"sentence id without its statement", [](Json& r) { r["alignments"][0]["a"] = "s1"; },
         "/alignments/0/a"},
        {"inherited topic without its source",
         [](Json& r) { r["statements"][0]["sentences"][2]["topics"][0]["inherited_from"] = nullptr; },
         "/statements/0/sentences/2/topics/0/inherited_from"},
        {"schema version 2", [](Json& r) { r["schema_version"] = 2; }, "/schema_version"},
    };
    for (const Breakage& breakage : breakages) {
        Json broken = report;
        breakage.apply(broken);
        const ::testing::AssertionResult verdict = matches_report_schema(broken.dump());
        EXPECT_FALSE(verdict) << breakage.what;
        EXPECT_NE(std::string(verdict.message()).find(breakage.message), std::string::npos)
            << breakage.what << ": " << verdict.message();
    }
}

TEST(ReportJsonTest, RefusesAResultThatDoesNotMatchTheDocuments) {
    Corpus corpus;
    add_readouts(corpus);
    corpus.analyse();
    const AlignmentResult result = corpus.align();

    std::vector<const Document*> one = corpus.documents();
    one.pop_back();
    try {
        report_json(one, result, Corpus::context());
        ADD_FAILURE() << "no exception";
    } catch (const std::invalid_argument& error) {
        EXPECT_STREQ(
            error.what(),
            "report: 2 tagged documents for 1 documents — the documents and the alignment result do not "
            "match");
    }

    AlignmentResult bad_pair = result;
    ASSERT_FALSE(bad_pair.pairs.empty());
    bad_pair.pairs[0].b.sentence = 40;
    try {
        report_json(corpus.documents(), bad_pair, Corpus::context());
        ADD_FAILURE() << "no exception";
    } catch (const std::invalid_argument& error) {
        EXPECT_STREQ(
            error.what(),
            "report: sentence 40 of statement 'kestrel-readout' does not exist — the documents and the "
            "alignment result do not match");
    }
}

TEST(ReportJsonTest, RefusesTwoStatementsWithOneId) {
    Corpus corpus;
    corpus.add("same", "Varenia will cut gas transit fees.");
    corpus.add("same", "Kestrel welcomed the lower gas transit fees.");
    corpus.analyse();
    EXPECT_THROW(
        {
            try {
                corpus.report();
            } catch (const std::invalid_argument& error) {
                EXPECT_STREQ(
                    error.what(),
                    "report: statement id 'same' is used twice — the documents and the alignment result "
                    "do not match");
                throw;
            }
        },
        std::invalid_argument);
}

}  // namespace
}  // namespace dipdiff
