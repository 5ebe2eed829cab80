#include "engine/speaker_names.hpp"

#include <algorithm>
#include <cstdint>

#include "engine/clause_words.hpp"

namespace dipdiff {
namespace {

// Capitalised at the start of a sentence or before a name, but never part of one.
const FoldedWordSet& leading_words() {
    static const FoldedWordSet k_words{
        "the",    "a",         "an",      "in",        "on",       "at",         "after",     "before",
        "during", "yesterday", "today",   "tomorrow",  "tonight",  "meanwhile",  "however",   "but",
        "and",    "also",      "then",    "later",     "earlier",  "separately", "still",     "now",
        "so",     "thus",      "finally", "speaking",  "asked",    "when",       "while",     "as",
        "if",     "this",      "that",    "these",     "those",    "both",       "their",     "his",
        "her",    "its",       "our",     "my",        "monday",   "tuesday",    "wednesday", "thursday",
        "friday", "saturday",  "sunday",  "january",   "february", "march",      "april",     "may",
        "june",   "july",      "august",  "september", "october",  "november",   "december",  "according",
        "last",   "next",      "with",    "for",       "from",     "by",         "there",     "here",
        "it",     "he",        "she",     "they",      "we",       "i",          "you",       "what",
        "why",    "how",       "where",   "who",       "in",       "в",          "во",        "на",
        "после",  "вчера",     "сегодня", "однако",    "также",    "как",        "когда",     "при",
        "по",     "а",         "но",      "и",         "затем",    "позднее",    "ранее",     "это",
        "он",     "она",       "они",     "мы",        "я"};
    return k_words;
}

const FoldedWordSet& organisation_words() {
    static const FoldedWordSet k_words{
        "ministry",     "office",     "house",          "government", "embassy",       "council",
        "commission",   "department", "administration", "agency",     "secretariat",   "kremlin",
        "parliament",   "cabinet",    "presidency",     "committee",  "federation",    "republic",
        "commonwealth", "kingdom",    "union",          "states",     "nations",       "organization",
        "organisation", "assembly",   "senate",         "congress",   "court",         "bank",
        "forces",       "army",       "navy",           "party",      "service",       "mission",
        "delegation",   "consulate",  "chancellery",    "bureau",     "institute",     "fund",
        "directorate",  "authority",  "authorities",    "command",    "headquarters",  "alliance",
        "coalition",    "мид",        "министерство",   "кремль",     "правительство", "администрация",
        "госдума",      "дума",       "совет",          "посольство", "ведомство",     "федерация",
        "республика",   "комитет",    "служба"};
    return k_words;
}

bool is_cyrillic_word(std::string_view word) {
    return !word.empty() &&
           (static_cast<unsigned char>(word[0]) == 0xD0 || static_cast<unsigned char>(word[0]) == 0xD1);
}

bool ends_with(std::string_view text, std::string_view suffix) {
    return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

std::string_view without_possessive(std::string_view word) {
    if (ends_with(word, "'s")) return word.substr(0, word.size() - 2);
    if (ends_with(word, "\u2019s")) return word.substr(0, word.size() - 4);
    return word;
}

std::string join(const std::vector<std::string_view>& words, std::size_t begin, std::size_t end) {
    std::string out;
    for (std::size_t i = begin; i < end; ++i) {
        if (!out.empty()) out.push_back(' ');
        out.append(i + 1 == end ? without_possessive(words[i]) : words[i]);
    }
    return out;
}

bool is_patronymic(std::string_view folded) {
    return ends_with(folded, "вич") || ends_with(folded, "вна") || ends_with(folded, "чна");
}

bool is_connector(std::string_view word) { return is_name_connector(word); }

}  // namespace

bool is_name_connector(std::string_view word) {
    static const FoldedWordSet k_connectors{"of",  "for", "the", "de", "del", "della", "van", "von", "der",
                                            "den", "al",  "bin", "da", "di",  "du",    "la",  "le",  "y"};
    return k_connectors.contains(word);
}

bool is_title_word(std::string_view folded) {
    static const FoldedWordSet k_titles{"president",
                                        "vice-president",
                                        "vice",
                                        "premier",
                                        "minister",
                                        "secretary",
                                        "secretary-general",
                                        "ambassador",
                                        "chancellor",
                                        "spokesperson",
                                        "spokesman",
                                        "spokeswoman",
                                        "mr",
                                        "mr.",
                                        "mrs",
                                        "mrs.",
                                        "ms",
                                        "ms.",
                                        "dr",
                                        "dr.",
                                        "sir",
                                        "madam",
                                        "dame",
                                        "king",
                                        "queen",
                                        "prince",
                                        "princess",
                                        "sheikh",
                                        "emir",
                                        "general",
                                        "gen.",
                                        "admiral",
                                        "senator",
                                        "sen.",
                                        "governor",
                                        "gov.",
                                        "mayor",
                                        "deputy",
                                        "chairman",
                                        "chairwoman",
                                        "chair",
                                        "chairperson",
                                        "envoy",
                                        "director",
                                        "director-general",
                                        "commissioner",
                                        "representative",
                                        "counselor",
                                        "counsellor",
                                        "adviser",
                                        "advisor",
                                        "leader",
                                        "pope",
                                        "professor",
                                        "prof.",
                                        "judge",
                                        "justice",
                                        "colonel",
                                        "captain",
                                        "lieutenant",
                                        "prime",
                                        "президент",
                                        "премьер-министр",
                                        "премьер",
                                        "министр",
                                        "посол",
                                        "глава",
                                        "председатель",
                                        "пресс-секретарь",
                                        "спикер",
                                        "генсек",
                                        "господин",
                                        "г-н",
                                        "госпожа",
                                        "советник",
                                        "помощник",
                                        "представитель",
                                        "вице-премьер",
                                        "вице-президент",
                                        "канцлер"};
    return k_titles.contains(folded);
}

SpeakerName speaker_name_from_phrase(const std::vector<std::string_view>& words) {
    std::string buffer;
    const auto folded = [&buffer](std::string_view word) { return fold_word(word, buffer); };
    std::size_t begin = 0;
    while (begin + 1 < words.size() &&
           (leading_words().contains(folded(words[begin])) || is_connector(words[begin])))
        ++begin;
    if (begin >= words.size()) return {};
    if (words.size() - begin == 1 && leading_words().contains(folded(words[begin]))) return {};
    const std::size_t end = words.size();

    std::size_t head_end = begin;
    while (head_end < end && !is_connector(words[head_end])) ++head_end;
    for (std::size_t i = begin; i < head_end; ++i) {
        if (organisation_words().contains(folded(without_possessive(words[i]))))
            return {join(words, begin, end), "", true, false};
    }

    std::size_t rest = begin;
    std::string title;
    for (std::size_t i = end; i-- > begin;) {
        if (is_title_word(folded(words[i]))) {
            title = std::string(folded(words[i]));
            if (!title.empty() && title.back() == '.') title.pop_back();
            rest = i + 1;
            break;
        }
    }
    std::size_t rest_end = end;
    if (rest < end && is_connector(words[rest])) {
        // "President of Varenia Aldo Marek": the person follows the place after the last connector.
        std::size_t last_connector = rest;
        for (std::size_t i = rest; i < end; ++i)
            if (is_connector(words[i])) last_connector = i;
        rest = last_connector + 1;
        if (end - rest >= 2)
            ++rest;
        else
            rest = end;
    } else {
        // "Aldo Marek of Varenia": the person comes before the connector.
        for (std::size_t i = rest; i < end; ++i) {
            if (is_connector(words[i])) {
                rest_end = i;
                break;
            }
        }
    }
    if (rest >= rest_end) return {join(words, begin, end), title, false, !title.empty()};

    std::size_t keep = 3;
    if (is_cyrillic_word(words[rest_end - 1])) {
        keep = 2;
        if (rest_end - rest >= 3 && is_patronymic(folded(words[rest_end - 2]))) keep = 3;
    }
    if (rest_end - rest > keep) rest = rest_end - keep;
    return {join(words, rest, rest_end), title, false, false};
}

std::string SpeakerRegistry::canonical(std::string_view name) const {
    if (name.find(' ') != std::string_view::npos) return std::string(name);
    if (auto it = m_by_surname.find(std::string(name)); it != m_by_surname.end())
        return m_full_names[it->second];
    if (is_cyrillic_word(name)) {
        // Russian declines names: "Путина", "Путину" are "Путин". Up to two letters of ending.
        std::size_t best = m_full_names.size();
        for (const auto& [surname, index] : m_by_surname) {
            if (surname.size() >= 6 && name.size() > surname.size() && name.size() - surname.size() <= 4 &&
                name.substr(0, surname.size()) == surname)
                best = std::min(best, index);
        }
        if (best < m_full_names.size()) return m_full_names[best];
    }
    return std::string(name);
}

std::string SpeakerRegistry::note_person(std::string_view name, std::string_view title) {
    std::string result = canonical(name);
    const std::size_t space = name.rfind(' ');
    if (space != std::string_view::npos) {
        std::string surname(name.substr(space + 1));
        if (!m_by_surname.count(surname)) {
            m_by_surname.emplace(std::move(surname), m_full_names.size());
            m_full_names.emplace_back(name);
        }
    }
    if (!title.empty()) m_by_title[std::string(title)] = result;
    return result;
}

std::string SpeakerRegistry::note_organisation(std::string_view name) {
    if (std::find(m_organisations.begin(), m_organisations.end(), name) == m_organisations.end())
        m_organisations.emplace_back(name);
    return std::string(name);
}

std::string SpeakerRegistry::person_with_title(std::string_view title) const {
    if (auto it = m_by_title.find(std::string(title)); it != m_by_title.end()) return it->second;
    return {};
}

std::string SpeakerRegistry::organisation_with_word(std::string_view folded_word) const {
    std::string buffer;
    for (auto it = m_organisations.rbegin(); it != m_organisations.rend(); ++it) {
        std::string_view rest = *it;
        while (!rest.empty()) {
            const std::size_t space = rest.find(' ');
            const std::string_view word = rest.substr(0, space);
            if (fold_word(word, buffer) == folded_word) return *it;
            if (space == std::string_view::npos) break;
            rest.remove_prefix(space + 1);
        }
    }
    return {};
}

}  // namespace dipdiff
