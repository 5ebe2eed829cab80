// Taxonomy files: parsing with every problem reported, and merging --topics files.
#include "formats/topics_reader.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <memory>
#include <nlohmann/json.hpp>
#include <unordered_map>

#include "formats/content_check.hpp"
#include "formats/file_read.hpp"
#include "formats/json_file_reporter.hpp"
#include "formats/json_type_name.hpp"
#include "formats/json_positions.hpp"
#include "formats/json_scan.hpp"
#include "formats/text_lines.hpp"
#include "formats/utf8.hpp"

namespace dipdiff {
namespace {

using Json = nlohmann::ordered_json;

constexpr const char* k_expected_file =
    "a taxonomy: an object with \"format\": \"dipdiff-topics\", \"version\": 1 and \"topics\"";
constexpr const char* k_expected_weight = "the integer 1, 2 or 3";



using json_detail::in_quotes;

/// Reads one taxonomy text into topics, recording every problem.
class TaxonomyParser : private json_detail::JsonFileReporter {
public:
    TaxonomyParser(std::string_view text, const std::string& path, Diagnostics& diagnostics)
        : JsonFileReporter(text, path, "topics", diagnostics), m_text(text) {}

    TaxonomyFile parse(bool allow_empty_topics) {
        TaxonomyFile file;
        if (trim(m_text).empty()) {
            push("input.empty", FieldLocation{}, m_text.empty() ? "file is empty" : "file holds only white space",
                 k_expected_file);
            return file;
        }
        if (const std::size_t bad = find_invalid_utf8(m_text); bad != std::string_view::npos) {
            add_at("input.invalid-utf8", bad, "invalid UTF-8 at byte offset " + std::to_string(bad),
                   "text saved as UTF-8 (re-save the file as UTF-8)");
            return file;
        }
        Json root;
        if (!parse_object(root, k_expected_file)) return file;
        read_top(root, allow_empty_topics, file);
        return file;
    }

private:
    void read_top(const Json& root, bool allow_empty_topics, TaxonomyFile& file) {
        check_keys(root, "", "the top level", {"format", "version", "topics", "replace"});
        check_format(root, "dipdiff-topics", "taxonomy");
        if (const auto replace = root.find("replace"); replace != root.end()) {
            if (replace->is_boolean())
                file.replace = replace->get<bool>();
            else
                add("topics.wrong-type", "/replace", false,
                    std::string("\"replace\" is ") + json_type_name(*replace), "true or false");
        }
        const Json* topics = require(root, "", "topics", "the file", "\"topics\": an array of topic objects");
        if (topics == nullptr) return;
        if (!topics->is_array()) {
            add("topics.wrong-type", "/topics", false, std::string("\"topics\" is ") + json_type_name(*topics),
                "an array of topic objects");
            return;
        }
        if (topics->empty() && !allow_empty_topics)
            add("topics.bad-value", "/topics", false, "\"topics\" is empty", "at least one topic");
        std::unordered_map<std::string, FieldLocation> ids;
        for (std::size_t i = 0; i < topics->size(); ++i) read_topic((*topics)[i], i, ids, file);
    }

    void read_topic(const Json& value, std::size_t index, std::unordered_map<std::string, FieldLocation>& ids,
                    TaxonomyFile& file) {
        const std::string pointer = JsonPositions::element("/topics", index);
        std::string name = "topic " + std::to_string(index + 1);
        if (!value.is_object()) {
            add("topics.wrong-type", pointer, false, name + " is " + json_type_name(value), "a topic object");
            return;
        }
        TopicDefinition topic;
        topic.path = path();
        topic.location = location(pointer, false);
        bool id_ok = false;
        if (const auto id = value.find("id"); id != value.end() && id->is_string()) {
            topic.id = id->get<std::string>();
            name = "topic " + in_quotes(topic.id);
        }
        check_keys(value, pointer, name, {"id", "label", "kind", "phrases", "exclude"});

        if (const Json* id =
                require(value, pointer, "id", name, "\"id\": a lowercase id such as \"arms-control\"")) {
            const std::string id_pointer = pointer + "/id";
            if (!id->is_string()) {
                add("topics.wrong-type", id_pointer, false, "\"id\" of " + name + " is " + json_type_name(*id),
                    "a string");
            } else if (!json_detail::is_lowercase_id(topic.id)) {
                add("topics.bad-value", id_pointer, false,
                    "id " + in_quotes(topic.id) +
                        " is not lowercase ASCII letters and digits in hyphen-separated groups",
                    "an id such as \"arms-control\" (^[a-z0-9]+(-[a-z0-9]+)*$)");
            } else if (const auto [first, inserted] = ids.emplace(topic.id, location(id_pointer, false));
                       !inserted) {
                add("topics.duplicate-id", id_pointer, false,
                    "id " + in_quotes(topic.id) + " is already used by the topic on line " +
                        std::to_string(first->second.line),
                    "a unique id for each topic of the file");
            } else {
                id_ok = true;
            }
        }
        if (const Json* label =
                require(value, pointer, "label", name, "\"label\": a name shown in reports")) {
            if (!label->is_string())
                add("topics.wrong-type", pointer + "/label", false,
                    "\"label\" of " + name + " is " + json_type_name(*label), "a string");
            else if (trim(label->get_ref<const std::string&>()).empty())
                add("topics.bad-value", pointer + "/label", false, "the label of " + name + " is empty",
                    "a name shown in reports");
            else
                topic.label = label->get<std::string>();
        }
        if (const Json* kind =
                require(value, pointer, "kind", name, "\"kind\": \"substantive\" or \"procedural\"")) {
            if (!kind->is_string()) {
                add("topics.wrong-type", pointer + "/kind", false,
                    "\"kind\" of " + name + " is " + json_type_name(*kind), "a string");
            } else if (const std::string& text = kind->get_ref<const std::string&>();
                       text != "substantive" && text != "procedural") {
                add("topics.bad-value", pointer + "/kind", false,
                    "kind " + in_quotes(text) + " of " + name + " is not \"substantive\" or \"procedural\"",
                    "\"substantive\" (a subject of policy) or \"procedural\" (the meeting or the "
                    "relationship itself)");
            } else {
                topic.procedural = text == "procedural";
            }
        }
        if (const Json* phrases =
                require(value, pointer, "phrases", name,
                        "\"phrases\": an array of {\"text\": ..., \"weight\": 1, 2 or 3}")) {
            const std::string phrases_pointer = pointer + "/phrases";
            if (!phrases->is_array())
                add("topics.wrong-type", phrases_pointer, false,
                    "\"phrases\" of " + name + " is " + json_type_name(*phrases),
                    "an array of {\"text\": ..., \"weight\": 1, 2 or 3}");
            else if (phrases->empty())
                add("topics.bad-value", phrases_pointer, false, name + " has no phrases",
                    "at least one {\"text\": ..., \"weight\": 1, 2 or 3}");
            else
                for (std::size_t j = 0; j < phrases->size(); ++j)
                    read_phrase((*phrases)[j], phrases_pointer, j, name, topic);
        }
        if (const auto exclude = value.find("exclude"); exclude != value.end()) {
            const std::string exclude_pointer = pointer + "/exclude";
            if (!exclude->is_array()) {
                add("topics.wrong-type", exclude_pointer, false,
                    "\"exclude\" of " + name + " is " + json_type_name(*exclude), "an array of strings");
            } else {
                for (std::size_t k = 0; k < exclude->size(); ++k) {
                    const Json& item = (*exclude)[k];
                    const std::string item_pointer = JsonPositions::element(exclude_pointer, k);
                    if (!item.is_string()) {
                        add("topics.wrong-type", item_pointer, false,
                            "exclusion " + std::to_string(k + 1) + " of " + name + " is " + json_type_name(item),
                            "a string");
                        continue;
                    }
                    const std::string& text = item.get_ref<const std::string&>();
                    if (text.find('*') != std::string::npos) {
                        add_wildcard(item_pointer, "exclusion", text, name);
                        continue;
                    }
                    topic.exclusions.push_back(text);
                    topic.exclusion_locations.push_back(location(item_pointer, false));
                }
            }
        }
        if (id_ok) file.topics.push_back(std::move(topic));
    }

    void read_phrase(const Json& value, const std::string& phrases_pointer, std::size_t index,
                     const std::string& topic_name, TopicDefinition& topic) {
        const std::string pointer = JsonPositions::element(phrases_pointer, index);
        std::string name = "phrase " + std::to_string(index + 1) + " of " + topic_name;
        if (!value.is_object()) {
            add("topics.wrong-type", pointer, false, name + " is " + json_type_name(value),
                "an object {\"text\": ..., \"weight\": 1, 2 or 3}");
            return;
        }
        TopicPhrase phrase;
        bool ok = true;
        if (const auto text = value.find("text"); text != value.end() && text->is_string())
            name = "phrase " + in_quotes(text->get_ref<const std::string&>()) + " of " + topic_name;
        check_keys(value, pointer, name, {"text", "weight"});
        if (const Json* text = require(value, pointer, "text", name, "\"text\": the phrase")) {
            if (!text->is_string()) {
                add("topics.wrong-type", pointer + "/text", false,
                    "\"text\" of " + name + " is " + json_type_name(*text), "a string");
                ok = false;
            } else if (text->get_ref<const std::string&>().find('*') != std::string::npos) {
                add_wildcard(pointer + "/text", "phrase", text->get_ref<const std::string&>(), topic_name);
                ok = false;
            } else {
                phrase.text = text->get<std::string>();
                phrase.location = location(pointer + "/text", false);
            }
        } else {
            ok = false;
        }
        if (const Json* weight = require(value, pointer, "weight", name, "\"weight\": 1, 2 or 3")) {
            if (!weight->is_number()) {
                add("topics.wrong-type", pointer + "/weight", false,
                    "\"weight\" of " + name + " is " + json_type_name(*weight), k_expected_weight);
                ok = false;
            } else if (!weight->is_number_integer() || weight->get<std::int64_t>() < 1 ||
                       weight->get<std::int64_t>() > 3) {
                add("topics.bad-value", pointer + "/weight", false,
                    "weight " + weight->dump() + " of " + name + " is not 1, 2 or 3", k_expected_weight);
                ok = false;
            } else {
                phrase.weight = static_cast<int>(weight->get<std::int64_t>());
            }
        } else {
            ok = false;
        }
        if (ok) topic.phrases.push_back(std::move(phrase));
    }

    void add_wildcard(const std::string& pointer, std::string_view kind, const std::string& text,
                      const std::string& topic_name) {
        add("topics.bad-value", pointer, false,
            std::string(kind) + " " + in_quotes(text) + " of " + topic_name + " contains '*'",
            "words only: there are no wildcards (stemming already matches word forms)");
    }

    std::string_view m_text;
};

std::string read_taxonomy_file(const std::string& path) {
    return json_detail::read_data_file(path, "a taxonomy file");
}

void merge(Taxonomy& taxonomy, TaxonomyFile&& file) {
    if (file.replace) taxonomy.topics.clear();
    for (TopicDefinition& topic : file.topics) {
        const auto same_id = std::find_if(taxonomy.topics.begin(), taxonomy.topics.end(),
                                          [&](const TopicDefinition& t) { return t.id == topic.id; });
        if (same_id != taxonomy.topics.end())
            *same_id = std::move(topic);
        else
            taxonomy.topics.push_back(std::move(topic));
    }
}

}  // namespace

TaxonomyFile parse_taxonomy(std::string_view content, const std::string& path, bool allow_empty_topics,
                            Diagnostics& diagnostics) {
    strip_bom(content);
    return TaxonomyParser(content, path, diagnostics).parse(allow_empty_topics);
}

Taxonomy load_taxonomy(const std::vector<std::string>& extra_files, Diagnostics& diagnostics) {
    Taxonomy taxonomy;
    merge(taxonomy,
          parse_taxonomy(default_taxonomy_json(), std::string(k_default_taxonomy_path), false, diagnostics));
    // Stems are needed only to check extra files; the default is checked by the tests.
    std::unique_ptr<TermPool> terms;
    std::unique_ptr<Segmenter> segmenter;
    for (const std::string& path : extra_files) {
        Diagnostics found;
        TaxonomyFile file;
        try {
            file = parse_taxonomy(read_taxonomy_file(path), path, true, found);
        } catch (const InputError& e) {
            found.push_back(e.diagnostic());
        }
        if (!file.topics.empty()) {
            if (!segmenter) {
                terms = std::make_unique<TermPool>();
                segmenter = std::make_unique<Segmenter>(*terms);
            }
            Diagnostics stems = validate_taxonomy(Taxonomy{file.topics}, *segmenter);
            found.insert(found.end(), stems.begin(), stems.end());
        }
        std::stable_sort(found.begin(), found.end(), [](const Diagnostic& a, const Diagnostic& b) {
            return std::pair(a.line, a.column) < std::pair(b.line, b.column);
        });
        const bool bad = has_errors(found);
        diagnostics.insert(diagnostics.end(), found.begin(), found.end());
        if (!bad) merge(taxonomy, std::move(file));
    }
    return taxonomy;
}

}  // namespace dipdiff
