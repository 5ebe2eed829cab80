// Lexicon files: parsing with every problem reported, then the stem checks.
#include "formats/lexicon_reader.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <initializer_list>
#include <memory>
#include <nlohmann/json.hpp>
#include <span>
#include <unordered_map>
#include <utility>

#include "engine/segmenter.hpp"
#include "engine/term_pool.hpp"
#include "formats/file_read.hpp"
#include "formats/json_file_reporter.hpp"
#include "formats/json_positions.hpp"
#include "formats/json_scan.hpp"
#include "formats/json_type_name.hpp"
#include "formats/text_lines.hpp"
#include "formats/utf8.hpp"

namespace dipdiff {
namespace {

using Json = nlohmann::ordered_json;

constexpr const char* k_expected_file =
    "a lexicon: an object with \"format\": \"dipdiff-lexicon\", \"version\": 1, \"language\" and every "
    "section";
constexpr const char* k_expected_unit = "a number from -1 to 1";
constexpr const char* k_expected_intensifier = "a number greater than 1 (it strengthens what follows)";
constexpr const char* k_expected_downtoner =
    "a number greater than 0 and less than 1 (it weakens what follows)";
constexpr const char* k_expected_class = "one of \"commitment\", \"demand\", \"intent\", \"hedge\"";
constexpr const char* k_expected_text = "a word or a phrase";
constexpr const char* k_expected_gloss = "one line shown to the user";
constexpr const char* k_expected_word = "a word";
constexpr const char* k_expected_grammar =
    "an object of the word lists the rules use, from \"determiners\" to \"date_words\"";

/// How the messages name a section, its entries, and what its array should hold.
struct Section {
    const char* key;       ///< "tone_terms"
    const char* plural;    ///< "tone terms": the section in messages
    const char* singular;  ///< "tone term": one entry in messages
    const char* expected;  ///< what the array holds
    /// For sections of {"text", score_key} objects: the second key, and what its value should be.
    const char* score_key = nullptr;
    const char* score_expected = nullptr;
    /// What one text of the section should be (a blank one is reported with it).
    const char* text_expected = k_expected_text;
};

constexpr Section k_code_phrases{
    .key = "code_phrases",
    .plural = "code phrases",
    .singular = "code phrase",
    .expected = "an array of {\"id\", \"text\", \"variants\", \"tone\", \"gloss\"} objects"};
constexpr Section k_tone_terms{.key = "tone_terms",
                               .plural = "tone terms",
                               .singular = "tone term",
                               .expected = "an array of {\"text\", \"weight\"} objects",
                               .score_key = "weight",
                               .score_expected = k_expected_unit};
constexpr Section k_commitment_cues{.key = "commitment_cues",
                                    .plural = "commitment cues",
                                    .singular = "commitment cue",
                                    .expected = "an array of {\"text\", \"class\"} objects",
                                    .score_key = "class",
                                    .score_expected = k_expected_class};
constexpr Section k_negators{
    .key = "negators", .plural = "negators", .singular = "negator", .expected = "an array of strings"};
// Intensifiers and downtoners are one section for repeated texts: both scale what follows.
constexpr Section k_intensifiers{.key = "intensifiers",
                                 .plural = "intensifiers and downtoners",
                                 .singular = "intensifier",
                                 .expected = "an array of {\"text\", \"factor\"} objects",
                                 .score_key = "factor",
                                 .score_expected = k_expected_intensifier};
constexpr Section k_downtoners{.key = "downtoners",
                               .plural = "intensifiers and downtoners",
                               .singular = "downtoner",
                               .expected = "an array of {\"text\", \"factor\"} objects",
                               .score_key = "factor",
                               .score_expected = k_expected_downtoner};
constexpr Section k_contrast_markers{.key = "contrast_markers",
                                     .plural = "contrast markers",
                                     .singular = "contrast marker",
                                     .expected = "an array of strings"};


bool is_language_code(std::string_view code) {
    return code.size() == 2 &&
           std::all_of(code.begin(), code.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

bool has_line_break(std::string_view text) {
    return text.find_first_of("\n\r") != std::string_view::npos ||
           text.find("\xE2\x80\xA8") != std::string_view::npos ||  // U+2028 LINE SEPARATOR
           text.find("\xE2\x80\xA9") != std::string_view::npos;    // U+2029 PARAGRAPH SEPARATOR
}

using json_detail::in_quotes;
using json_detail::one_of;

std::string hex_byte(unsigned char byte) {
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "0x%02X", byte);
    return buffer;
}

/// The keys of "grammar", in file order.
constexpr std::array<std::string_view, k_grammar_list_count> k_grammar_keys = [] {
    std::array<std::string_view, k_grammar_list_count> keys{};
    for (std::size_t i = 0; i < keys.size(); ++i) keys[i] = k_grammar_lists[i].key;
    return keys;
}();

/// The texts of one section already read, with where each is.
using SeenTexts = std::unordered_map<std::string, FieldLocation>;

/// Reads one lexicon text, recording every problem.
class LexiconParser : private json_detail::JsonFileReporter {
public:
    LexiconParser(std::string_view text, std::size_t bom_bytes, const std::string& path,
                  Diagnostics& diagnostics)
        : JsonFileReporter(text, path, "lexicon", diagnostics), m_text(text), m_bom_bytes(bom_bytes) {}

    Lexicon parse() {
        Lexicon lexicon;
        lexicon.path = path();
        if (const void* nul = std::memchr(m_text.data(), '\0', m_text.size())) {
            const auto offset = static_cast<std::size_t>(static_cast<const char*>(nul) - m_text.data());
            add_at("input.binary", offset,
                   "file holds binary data (a NUL byte at byte offset " +
                       std::to_string(offset + m_bom_bytes) + ")",
                   "a lexicon as UTF-8 JSON text");
            return lexicon;
        }
        if (const std::size_t bad = find_invalid_utf8(m_text); bad != std::string_view::npos) {
            add_at("input.invalid-utf8", bad,
                   "invalid UTF-8 at byte offset " + std::to_string(bad + m_bom_bytes) + " (" +
                       hex_byte(static_cast<unsigned char>(m_text[bad])) + ")",
                   "text saved as UTF-8 (re-save the file as UTF-8)");
            return lexicon;
        }
        if (trim(m_text).empty()) {
            push("input.empty", FieldLocation{},
                 m_text.empty() ? "file is empty" : "file holds only white space", k_expected_file);
            return lexicon;
        }
        Json root;
        if (!parse_object(root, k_expected_file)) return lexicon;
        read_top(root, lexicon);
        return lexicon;
    }

private:
    void read_top(const Json& root, Lexicon& lexicon) {
        check_keys(root, "", "the top level",
                   {"format", "version", "language", "code_phrases", "tone_terms", "commitment_cues",
                    "negators", "intensifiers", "downtoners", "contrast_markers", "grammar"});
        check_format(root, "dipdiff-lexicon", "lexicon");
        if (const Json* language =
                require(root, "", "language", "the file", "\"language\": an ISO 639-1 code such as \"en\"")) {
            if (!language->is_string())
                add("lexicon.wrong-type", "/language", false,
                    std::string("\"language\" is ") + json_type_name(*language), "a string such as \"en\"");
            else if (!is_language_code(language->get_ref<const std::string&>()))
                add("lexicon.bad-value", "/language", false,
                    "language " + in_quotes(language->get_ref<const std::string&>()) +
                        " is not an ISO 639-1 code",
                    "two lowercase letters such as \"en\"; it chooses the stemmer");
            else
                lexicon.language = language->get<std::string>();
        }

        SeenTexts seen;
        std::unordered_map<std::string, FieldLocation> ids;
        if (const Json* array = section_array(root, k_code_phrases))
            for (std::size_t i = 0; i < array->size(); ++i)
                read_code_phrase((*array)[i], i, seen, ids, lexicon);
        seen.clear();
        if (const Json* array = section_array(root, k_tone_terms)) {
            for (std::size_t i = 0; i < array->size(); ++i) {
                ToneTerm term;
                if (read_scored_entry(
                        (*array)[i], k_tone_terms, i, seen, term.text, term.location,
                        [&](const Json& value, const std::string& pointer, const std::string& name) {
                            return read_unit(value, pointer, "weight", name, term.weight);
                        }))
                    lexicon.tone_terms.push_back(std::move(term));
            }
        }
        seen.clear();
        if (const Json* array = section_array(root, k_commitment_cues)) {
            for (std::size_t i = 0; i < array->size(); ++i) {
                CommitmentCue cue;
                if (read_scored_entry(
                        (*array)[i], k_commitment_cues, i, seen, cue.text, cue.location,
                        [&](const Json& value, const std::string& pointer, const std::string& name) {
                            return read_class(value, pointer, name, cue.commitment);
                        }))
                    lexicon.commitment_cues.push_back(std::move(cue));
            }
        }
        seen.clear();
        if (const Json* array = section_array(root, k_negators))
            read_strings(*array, "/negators", k_negators, seen, lexicon.negators, lexicon.negator_locations);
        seen.clear();  // intensifiers and downtoners are one section
        read_modifiers(root, k_intensifiers, true, seen, lexicon.intensifiers);
        read_modifiers(root, k_downtoners, false, seen, lexicon.downtoners);
        seen.clear();
        if (const Json* array = section_array(root, k_contrast_markers))
            read_strings(*array, "/contrast_markers", k_contrast_markers, seen, lexicon.contrast_markers,
                         lexicon.contrast_marker_locations);
        read_grammar(root, lexicon.grammar);
    }

    /// The object "grammar": every list of k_grammar_lists, each an array of
    /// words without repeats.
    void read_grammar(const Json& root, LexiconGrammar& grammar) {
        const Json* object = require(root, "", "grammar", "the file",
                                     std::string("\"grammar\": ") + k_expected_grammar +
                                         " (every list must be present; it may be empty)");
        if (object == nullptr) return;
        const std::string pointer = JsonPositions::member("", "grammar");
        if (!object->is_object()) {
            add("lexicon.wrong-type", pointer, false,
                std::string("\"grammar\" is ") + json_type_name(*object), k_expected_grammar);
            return;
        }
        check_keys(*object, pointer, "the grammar", k_grammar_keys);
        for (std::size_t i = 0; i < k_grammar_lists.size(); ++i) {
            const GrammarList& list = k_grammar_lists[i];
            const Json* array = require(
                *object, pointer, list.key, "the grammar",
                in_quotes(list.key) + ": an array of words (every list must be present; it may be empty)");
            if (array == nullptr) continue;
            const std::string list_pointer = JsonPositions::member(pointer, list.key);
            if (!array->is_array()) {
                add("lexicon.wrong-type", list_pointer, false,
                    in_quotes(list.key) + " of the grammar is " + json_type_name(*array),
                    "an array of strings");
                continue;
            }
            const Section section{.key = list.key,
                                  .plural = list.plural,
                                  .singular = list.singular,
                                  .expected = "an array of strings",
                                  .text_expected = k_expected_word};
            SeenTexts seen;
            read_strings(*array, list_pointer, section, seen, grammar.*list.words, grammar.locations[i]);
        }
    }

    /// The array of `section`; reports it missing or of the wrong type and returns null.
    const Json* section_array(const Json& root, const Section& section) {
        const std::string expected = section.expected;
        const Json* array = require(
            root, "", section.key, "the file",
            in_quotes(section.key) + ": " + expected + " (every section must be present; it may be empty)");
        if (array == nullptr) return nullptr;
        if (!array->is_array()) {
            add("lexicon.wrong-type", JsonPositions::member("", section.key), false,
                in_quotes(section.key) + " is " + json_type_name(*array), expected);
            return nullptr;
        }
        return array;
    }

    void read_code_phrase(const Json& value, std::size_t index, SeenTexts& seen,
                          std::unordered_map<std::string, FieldLocation>& ids, Lexicon& lexicon) {
        const std::string pointer = JsonPositions::element("/code_phrases", index);
        std::string name = "code phrase " + std::to_string(index + 1);
        if (!value.is_object()) {
            add("lexicon.wrong-type", pointer, false, name + " is " + json_type_name(value),
                "an object {\"id\", \"text\", \"variants\", \"tone\", \"gloss\"}");
            return;
        }
        CodePhrase phrase;
        if (const auto id = value.find("id");
            id != value.end() && id->is_string() && !id->get_ref<const std::string&>().empty())
            name = "code phrase " + in_quotes(id->get_ref<const std::string&>());
        check_keys(value, pointer, name, {"id", "text", "variants", "tone", "gloss"});
        bool ok = read_id(value, pointer, name, ids, phrase.id);
        if (const Json* text = require(value, pointer, "text", name, "\"text\": the usual wording")) {
            ok = read_text(*text, pointer + "/text", "the text of " + name, k_code_phrases, seen, phrase.text,
                           phrase.location,
                           "text " + in_quotes(text->is_string() ? text->get<std::string>() : "") + " of " +
                               name) &&
                 ok;
        } else {
            ok = false;
        }
        if (const Json* variants = require(value, pointer, "variants", name,
                                           "\"variants\": an array of other wordings (it may be empty)"))
            ok = read_variants(*variants, pointer + "/variants", name, seen, phrase) && ok;
        else
            ok = false;
        if (const Json* tone = require(value, pointer, "tone", name, "\"tone\": a number from -1 to 1"))
            ok = read_unit(*tone, pointer, "tone", name, phrase.tone) && ok;
        else
            ok = false;
        if (const Json* gloss =
                require(value, pointer, "gloss", name, "\"gloss\": one line shown to the user"))
            ok = read_gloss(*gloss, pointer + "/gloss", name, phrase.gloss) && ok;
        else
            ok = false;
        if (ok) lexicon.code_phrases.push_back(std::move(phrase));
    }

    /// The variants of code phrase `name`; a bad one is reported and left
    /// out. False when `variants` is not an array.
    bool read_variants(const Json& variants, const std::string& pointer, const std::string& name,
                       SeenTexts& seen, CodePhrase& phrase) {
        if (!variants.is_array()) {
            add("lexicon.wrong-type", pointer, false,
                "\"variants\" of " + name + " is " + json_type_name(variants),
                "an array of strings (it may be empty)");
            return false;
        }
        for (std::size_t v = 0; v < variants.size(); ++v) {
            const Json& item = variants[v];
            const std::string item_pointer = JsonPositions::element(pointer, v);
            const std::string item_name = "variant " + std::to_string(v + 1) + " of " + name;
            if (!item.is_string()) {
                add("lexicon.wrong-type", item_pointer, false, item_name + " is " + json_type_name(item),
                    "a string");
                continue;
            }
            std::string text;
            FieldLocation where;
            if (read_text(item, item_pointer, item_name, k_code_phrases, seen, text, where,
                          "variant " + in_quotes(item.get_ref<const std::string&>()) + " of " + name)) {
                phrase.variants.push_back(std::move(text));
                phrase.variant_locations.push_back(where);
            }
        }
        return true;
    }

    bool read_gloss(const Json& gloss, const std::string& pointer, const std::string& name,
                    std::string& out) {
        if (!gloss.is_string()) {
            add("lexicon.wrong-type", pointer, false, "\"gloss\" of " + name + " is " + json_type_name(gloss),
                "a string");
            return false;
        }
        const std::string& text = gloss.get_ref<const std::string&>();
        if (trim(text).empty()) {
            add("lexicon.bad-value", pointer, false, "the gloss of " + name + " is empty", k_expected_gloss);
            return false;
        }
        if (has_line_break(text)) {
            add("lexicon.bad-value", pointer, false, "the gloss of " + name + " has a line break",
                std::string(k_expected_gloss) + ", without line breaks");
            return false;
        }
        out = text;
        return true;
    }

    bool read_id(const Json& object, const std::string& pointer, const std::string& name,
                 std::unordered_map<std::string, FieldLocation>& ids, std::string& out) {
        const Json* id =
            require(object, pointer, "id", name, "\"id\": a lowercase id such as \"frank-and-candid\"");
        if (id == nullptr) return false;
        const std::string id_pointer = pointer + "/id";
        if (!id->is_string()) {
            add("lexicon.wrong-type", id_pointer, false, "\"id\" of " + name + " is " + json_type_name(*id),
                "a string");
            return false;
        }
        const std::string& text = id->get_ref<const std::string&>();
        if (!json_detail::is_lowercase_id(text)) {
            add("lexicon.bad-value", id_pointer, false,
                "id " + in_quotes(text) +
                    " is not lowercase ASCII letters and digits in hyphen-separated groups",
                "an id such as \"frank-and-candid\" (^[a-z0-9]+(-[a-z0-9]+)*$)");
            return false;
        }
        const auto [first, inserted] = ids.emplace(text, location(id_pointer, false));
        if (!inserted) {
            add("lexicon.duplicate-id", id_pointer, false,
                "id " + in_quotes(text) + " is already used by the code phrase on line " +
                    std::to_string(first->second.line),
                "a unique id for each code phrase");
            return false;
        }
        out = text;
        return true;
    }

    /// An entry {"text": ..., section.score_key: ...}; `read_score` reads
    /// the second member. True when all is well.
    template <class ReadScore>
    bool read_scored_entry(const Json& value, const Section& section, std::size_t index, SeenTexts& seen,
                           std::string& text, FieldLocation& where, ReadScore&& read_score) {
        const char* score_key = section.score_key;
        const std::string pointer = JsonPositions::element(std::string("/") + section.key, index);
        std::string name = section.singular + (" " + std::to_string(index + 1));
        if (!value.is_object()) {
            add("lexicon.wrong-type", pointer, false, name + " is " + json_type_name(value),
                std::string("an object {\"text\", \"") + score_key + "\"}");
            return false;
        }
        if (const auto found = value.find("text");
            found != value.end() && found->is_string() && !trim(found->get_ref<const std::string&>()).empty())
            name = section.singular + (" " + in_quotes(found->get_ref<const std::string&>()));
        check_keys(value, pointer, name, {"text", score_key});
        bool ok = false;
        if (const Json* item = require(value, pointer, "text", name, "\"text\": a word or a phrase"))
            ok = read_text(*item, pointer + "/text", "the text of " + name, section, seen, text, where, name);
        if (const Json* score = require(value, pointer, score_key, name,
                                        in_quotes(score_key) + ": " + section.score_expected))
            ok = read_score(*score, pointer, name) && ok;
        else
            ok = false;
        return ok;
    }

    void read_modifiers(const Json& root, const Section& section, bool intensifier, SeenTexts& seen,
                        std::vector<ToneModifier>& out) {
        const Json* array = section_array(root, section);
        if (array == nullptr) return;
        for (std::size_t i = 0; i < array->size(); ++i) {
            ToneModifier modifier;
            if (read_scored_entry(
                    (*array)[i], section, i, seen, modifier.text, modifier.location,
                    [&](const Json& value, const std::string& pointer, const std::string& name) {
                        return read_factor(value, pointer, name, intensifier, modifier.factor);
                    }))
                out.push_back(std::move(modifier));
        }
    }

    /// The strings of `array`, which is at `array_pointer`; a bad one is reported and left out.
    void read_strings(const Json& array, const std::string& array_pointer, const Section& section,
                      SeenTexts& seen, std::vector<std::string>& out, std::vector<FieldLocation>& locations) {
        for (std::size_t i = 0; i < array.size(); ++i) {
            const Json& item = array[i];
            const std::string pointer = JsonPositions::element(array_pointer, i);
            const std::string name = section.singular + (" " + std::to_string(i + 1));
            if (!item.is_string()) {
                add("lexicon.wrong-type", pointer, false, name + " is " + json_type_name(item), "a string");
                continue;
            }
            std::string text;
            FieldLocation where;
            if (read_text(item, pointer, name, section, seen, text, where,
                          section.singular + (" " + in_quotes(item.get_ref<const std::string&>())))) {
                out.push_back(std::move(text));
                locations.push_back(where);
            }
        }
    }

    /// A text of `section` at `pointer`: a string, not blank, not already in
    /// the section. `name` names it when blank or of the wrong type,
    /// `described` when it is a repeat ("variant \"frank\" of code phrase …").
    bool read_text(const Json& value, const std::string& pointer, const std::string& name,
                   const Section& section, SeenTexts& seen, std::string& out, FieldLocation& where,
                   const std::string& described) {
        if (!value.is_string()) {
            add("lexicon.wrong-type", pointer, false, name + " is " + json_type_name(value), "a string");
            return false;
        }
        const std::string& text = value.get_ref<const std::string&>();
        where = location(pointer, false);
        if (trim(text).empty()) {
            add("lexicon.bad-value", pointer, false, name + " is empty", section.text_expected);
            return false;
        }
        const auto [first, inserted] = seen.emplace(text, where);
        if (!inserted) {
            add("lexicon.duplicate-text", pointer, false,
                described + " is already in the " + section.plural + " (line " +
                    std::to_string(first->second.line) + ")",
                std::string("each text once in the ") + section.plural);
            return false;
        }
        out = text;
        return true;
    }

    /// A tone or weight: a number in [-1, 1].
    bool read_unit(const Json& value, const std::string& pointer, const char* key, const std::string& name,
                   double& out) {
        const std::string value_pointer = pointer + "/" + key;
        if (!value.is_number()) {
            add("lexicon.wrong-type", value_pointer, false,
                in_quotes(key) + " of " + name + " is " + json_type_name(value), k_expected_unit);
            return false;
        }
        const double number = value.get<double>();
        if (!(number >= -1 && number <= 1)) {
            add("lexicon.out-of-range", value_pointer, false,
                std::string(key) + " " + value.dump() + " of " + name + " is outside [-1, 1]",
                k_expected_unit);
            return false;
        }
        out = number;
        return true;
    }

    bool read_factor(const Json& value, const std::string& pointer, const std::string& name, bool intensifier,
                     double& out) {
        const std::string value_pointer = pointer + "/factor";
        const char* expected = intensifier ? k_expected_intensifier : k_expected_downtoner;
        if (!value.is_number()) {
            add("lexicon.wrong-type", value_pointer, false,
                "\"factor\" of " + name + " is " + json_type_name(value), expected);
            return false;
        }
        const double factor = value.get<double>();
        const bool in_range = intensifier ? factor > 1 : factor > 0 && factor < 1;
        if (!in_range) {
            add("lexicon.out-of-range", value_pointer, false,
                "factor " + value.dump() + " of " + name +
                    (intensifier ? " is not greater than 1" : " is not between 0 and 1"),
                expected);
            return false;
        }
        out = factor;
        return true;
    }

    bool read_class(const Json& value, const std::string& pointer, const std::string& name, Commitment& out) {
        const std::string value_pointer = pointer + "/class";
        if (!value.is_string()) {
            add("lexicon.wrong-type", value_pointer, false,
                "\"class\" of " + name + " is " + json_type_name(value), k_expected_class);
            return false;
        }
        const std::string& text = value.get_ref<const std::string&>();
        if (!commitment_from_name(text, out)) {
            add("lexicon.unknown-class", value_pointer, false,
                "class " + in_quotes(text) + " of " + name + " is not a commitment class", k_expected_class);
            return false;
        }
        return true;
    }

    std::string_view m_text;
    std::size_t m_bom_bytes;
};

std::string read_lexicon_file(const std::string& path) {
    return json_detail::read_data_file(path, "a lexicon file");
}

}  // namespace

Lexicon parse_lexicon(std::string_view content, const std::string& path, Diagnostics& diagnostics) {
    const std::size_t bom_bytes = strip_bom(content);
    return LexiconParser(content, bom_bytes, path, diagnostics).parse();
}

Lexicon load_lexicon(const std::string& path, Diagnostics& diagnostics) {
    Diagnostics found;
    Lexicon lexicon;
    if (path.empty()) {
        lexicon = parse_lexicon(default_lexicon_json(), std::string(k_default_lexicon_path), found);
    } else {
        lexicon.path = path;
        try {
            lexicon = parse_lexicon(read_lexicon_file(path), path, found);
        } catch (const InputError& e) {
            found.push_back(e.diagnostic());
        }
    }
    TermPool terms;
    Segmenter segmenter(terms);
    Diagnostics stems = validate_lexicon(lexicon, segmenter);
    found.insert(found.end(), stems.begin(), stems.end());
    std::stable_sort(found.begin(), found.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return std::pair(a.line, a.column) < std::pair(b.line, b.column);
    });
    diagnostics.insert(diagnostics.end(), found.begin(), found.end());
    return lexicon;
}

}  // namespace dipdiff
