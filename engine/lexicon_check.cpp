// validate_lexicon: the lexicon problems only stemming can reveal.
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "engine/inflection.hpp"
#include "engine/lexicon.hpp"
#include "engine/phrase_stems.hpp"
#include "engine/segmenter.hpp"

namespace dipdiff {
namespace {

/// One entry of a section as the checks see it: "variant \"frank\" of code phrase \"frank-and-candid\"".
struct Entry {
    std::string name;
    FieldLocation where;
};

std::string quoted(std::string_view text) { return "\"" + std::string(text) + "\""; }


FieldLocation location_at(const std::vector<FieldLocation>& locations, std::size_t index,
                          FieldLocation fallback) {
    return index < locations.size() ? locations[index] : fallback;
}

Diagnostic error_at(const Lexicon& lexicon, FieldLocation where, std::string id, std::string message,
                    std::string expected) {
    return error_diagnostic(std::move(id), std::move(message), std::move(expected), lexicon.path, where.line,
                            where.column);
}

/// What decides which words an entry matches (engine/phrase_matcher.hpp): its
/// stems and, for English, the inflection base of each of its words.
struct MatchKey {
    std::vector<TermId> stems;
    std::vector<std::string> bases;
    auto operator<=>(const MatchKey&) const = default;
};

/// Checks the entries of one section, in order, against each other.
class SectionCheck {
public:
    SectionCheck(const Lexicon& lexicon, PhraseStemmer& stemmer, const TermPool& terms, std::string section,
                 Diagnostics& diagnostics)
        : m_lexicon(lexicon),
          m_stemmer(stemmer),
          m_terms(terms),
          m_section(std::move(section)),
          m_diagnostics(diagnostics) {}

    /// `value` is what the entry contributes (a weight, a class): a wording
    /// that differs from an earlier one only by inflection is still allowed
    /// when it contributes something else, since an exact wording wins over an
    /// inflected one ("goods" 0 keeps trade goods from matching "good").
    void add(const std::string& text, Entry entry, double value = 0) {
        MatchKey key;
        m_stemmer.stems_and_norms(text, m_lexicon.language, key.stems, m_norms);
        if (key.stems.empty()) {
            push(entry.where, "lexicon.no-words", entry.name + " has no words", "words (letters or digits)");
            return;
        }
        // The scorer checks English inflections: "peace" and "peaceful" share
        // a stem but match different words, "urge" and "urged" the same ones.
        const bool english = m_lexicon.language == "en";
        if (english)
            for (const TermId norm : m_norms)
                key.bases.push_back(english_inflection_base(m_terms.text(norm)));
        const std::string stems = joined_stems(key.stems, m_terms);
        std::vector<TermId> surface = m_norms;
        const auto [it, inserted] = m_seen.emplace(std::move(key), Seen{entry, surface, value});
        if (inserted) return;
        if (it->second.surface != surface && it->second.value != value) return;
        std::string first = it->second.entry.name;
        if (it->second.entry.where.line > 0) first += " (line " + std::to_string(it->second.entry.where.line) + ")";
        push(entry.where, "lexicon.duplicate-stems",
             entry.name + " has the same stems (" + stems + ")" + (english ? " and inflections" : "") +
                 " as " + first + ", so both match the same words",
             "one entry for them in the " + m_section + " (matching already finds the other word forms)");
    }

private:
    void push(FieldLocation where, std::string id, std::string message, std::string expected) {
        m_diagnostics.push_back(
            error_at(m_lexicon, where, std::move(id), std::move(message), std::move(expected)));
    }

    const Lexicon& m_lexicon;
    PhraseStemmer& m_stemmer;
    const TermPool& m_terms;
    std::string m_section;
    Diagnostics& m_diagnostics;
    struct Seen {
        Entry entry;
        std::vector<TermId> surface;
        double value = 0;
    };
    std::map<MatchKey, Seen> m_seen;
    std::vector<TermId> m_norms;
};

}  // namespace

Diagnostics validate_lexicon(const Lexicon& lexicon, Segmenter& segmenter) {
    Diagnostics diagnostics;
    PhraseStemmer stemmer(segmenter);
    const TermPool& terms = segmenter.terms();
    const auto section = [&](std::string name) {
        return SectionCheck(lexicon, stemmer, terms, std::move(name), diagnostics);
    };

    SectionCheck code_phrases = section("code phrases");
    for (const CodePhrase& phrase : lexicon.code_phrases) {
        const std::string of_phrase = " of code phrase " + quoted(phrase.id);
        code_phrases.add(phrase.text, {"text " + quoted(phrase.text) + of_phrase, phrase.location}, phrase.tone);
        for (std::size_t v = 0; v < phrase.variants.size(); ++v)
            code_phrases.add(phrase.variants[v], {"variant " + quoted(phrase.variants[v]) + of_phrase,
                                                  location_at(phrase.variant_locations, v, phrase.location)},
                             phrase.tone);
    }
    SectionCheck tone_terms = section("tone terms");
    for (const ToneTerm& term : lexicon.tone_terms)
        tone_terms.add(term.text, {"tone term " + quoted(term.text), term.location}, term.weight);
    SectionCheck cues = section("commitment cues");
    for (const CommitmentCue& cue : lexicon.commitment_cues)
        cues.add(cue.text, {"commitment cue " + quoted(cue.text), cue.location},
                 static_cast<double>(cue.commitment));
    SectionCheck negators = section("negators");
    for (std::size_t i = 0; i < lexicon.negators.size(); ++i)
        negators.add(lexicon.negators[i], {"negator " + quoted(lexicon.negators[i]),
                                           location_at(lexicon.negator_locations, i, {})});
    // Both scale a value, so one wording cannot be both.
    SectionCheck modifiers = section("intensifiers and downtoners");
    for (const ToneModifier& modifier : lexicon.intensifiers)
        modifiers.add(modifier.text, {"intensifier " + quoted(modifier.text), modifier.location});
    for (const ToneModifier& modifier : lexicon.downtoners)
        modifiers.add(modifier.text, {"downtoner " + quoted(modifier.text), modifier.location});
    SectionCheck contrasts = section("contrast markers");
    for (std::size_t i = 0; i < lexicon.contrast_markers.size(); ++i)
        contrasts.add(lexicon.contrast_markers[i], {"contrast marker " + quoted(lexicon.contrast_markers[i]),
                                                    location_at(lexicon.contrast_marker_locations, i, {})});
    // The rules compare one word's stem (or, for date words, its spelling), so
    // a grammar word of several words could never apply. The lists may share
    // words: "the" is a determiner and opens a subject.
    std::vector<TermId> stems;
    for (std::size_t list = 0; list < k_grammar_lists.size(); ++list) {
        const GrammarList& grammar_list = k_grammar_lists[list];
        const std::vector<std::string>& words = lexicon.grammar.*grammar_list.words;
        for (std::size_t i = 0; i < words.size(); ++i) {
            stemmer.stems(words[i], lexicon.language, stems);
            if (stems.size() == 1) continue;
            const FieldLocation where = location_at(lexicon.grammar.locations[list], i, {});
            const std::string name =
                grammar_list.singular + (" " + quoted(words[i])) + " in grammar " + quoted(grammar_list.key);
            if (stems.empty())
                diagnostics.push_back(error_at(lexicon, where, "lexicon.no-words", name + " has no words",
                                               "one word (letters or digits)"));
            else
                diagnostics.push_back(error_at(lexicon, where, "lexicon.not-one-word",
                                               name + " has " + std::to_string(stems.size()) + " words",
                                               "one word (the rules compare single words)"));
        }
    }
    return diagnostics;
}

}  // namespace dipdiff
