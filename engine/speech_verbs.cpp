#include "engine/speech_verbs.hpp"

#include <array>

#include "engine/speaker_names.hpp"
#include "engine/utf8_text.hpp"

namespace dipdiff {
namespace {

// Matched exactly, in lower case: "Said" opening a sentence or "States" are no verbs.
const FoldedWordSet& speech_verbs() {
    static const FoldedWordSet k_verbs{
        "said", "says", "say", "told", "tells", "reported", "explained", "explains", "emphasized",
        "emphasised", "emphasizes", "emphasises", "stressed", "stresses", "noted", "answered", "replied",
        "replies", "added", "adds", "described", "describes", "called", "stated", "declared", "declares",
        "announced", "announces", "insisted", "insists", "warned", "warns", "argued", "argues", "underlined",
        "underlines", "underscored", "underscores", "pointed", "recalled", "acknowledged", "acknowledges",
        "admitted", "admits", "confirmed", "confirms", "remarked", "observed", "suggested", "suggests",
        "assured", "assures", "mentioned", "expressed", "expresses", "reiterated", "reiterates", "urged",
        "urges", "asserted", "asserts", "commented", "conceded", "concedes", "complained", "complains",
        "claimed", "promised", "vowed", "wrote", "writes", "highlighted", "highlights", "affirmed",
        "reaffirmed", "reaffirms", "maintained", "responded", "responds", "cautioned", "asked", "asks",
        "accused", "accuses", "denied", "denies", "pledged",
        // Russian
        "сказал", "сказала", "сказали", "заявил", "заявила", "заявили", "отметил", "отметила", "отметили",
        "подчеркнул", "подчеркнула", "подчеркнули", "сообщил", "сообщила", "сообщили", "пояснил", "пояснила",
        "пояснили", "ответил", "ответила", "ответили", "добавил", "добавила", "добавили", "указал", "указала",
        "указали", "напомнил", "напомнила", "напомнили", "заверил", "заверила", "заверили", "признал",
        "признала", "констатировал", "констатировала", "выразил", "выразила", "говорит", "заявляет",
        "отмечает", "подчеркивает", "подчёркивает", "сообщает"};
    return k_verbs;
}

// Words that may stand between a subject and its verb: "Marek also said", "he has repeatedly warned".
const FoldedWordSet& adverbs() {
    static const FoldedWordSet k_words{
        "also",    "again",   "later",  "further",    "then",    "once",         "has",    "had",
        "have",    "will",    "would",  "could",      "might",   "may",          "should", "shall",
        "not",     "never",   "even",   "still",      "already", "just",         "first",  "too",
        "himself", "herself", "itself", "themselves", "также",   "вновь",        "ранее",  "уже",
        "еще",     "ещё",     "тогда",  "же",         "снова",   "неоднократно", "затем",  "лишь",
        "прямо",   "тоже",    "не",     "позже",      "впервые", "вчера",        "сегодня"};
    return k_words;
}

const FoldedWordSet& person_pronouns() {
    static const FoldedWordSet k_words{"he",  "she", "him", "her", "his", "он",
                                       "она", "его", "её",  "ее",  "ему", "ей"};
    return k_words;
}

// Pronouns and relatives that name no speaker: the verb is not reported speech of anyone we can name.
const FoldedWordSet& anonymous_pronouns() {
    static const FoldedWordSet k_words{"they", "we",    "i",    "it",      "you",     "them",   "us", "one",
                                       "who",  "which", "that", "this",    "они",     "мы",     "я",  "вы",
                                       "это",  "оно",   "кто",  "который", "которая", "которые"};
    return k_words;
}

// A name right after one of these is its object, not a subject: "the summit in Geneva reported".
const FoldedWordSet& prepositions() {
    static const FoldedWordSet k_words{
        "in",    "at",     "on",      "from",   "to",    "with",    "by",      "for",   "of",
        "near",  "after",  "before",  "during", "about", "between", "against", "into",  "over",
        "under", "across", "through", "than",   "like",  "unlike",  "via",     "в",     "во",
        "на",    "из",     "с",       "со",     "к",     "по",      "у",       "о",     "об",
        "при",   "от",     "до",      "для",    "за",    "над",     "под",     "между", "про"};
    return k_words;
}

// "… and said": the verb's subject is the one opening the clause.
const FoldedWordSet& coordinators() {
    static const FoldedWordSet k_words{"and", "but", "и", "но", "а"};
    return k_words;
}

const FoldedWordSet& determiners() {
    static const FoldedWordSet k_words{"the",   "a",   "an",    "this", "that", "these",
                                       "those", "its", "their", "his",  "her",  "our"};
    return k_words;
}

// Common nouns for those who speak for a state: "the ministry said", "officials said".
const FoldedWordSet& role_nouns() {
    static const FoldedWordSet k_words{"official",        "officials",      "spokesperson",
                                       "spokesman",       "spokeswoman",    "spokespeople",
                                       "ministry",        "government",     "embassy",
                                       "office",          "presidency",     "president",
                                       "minister",        "ambassador",     "envoy",
                                       "diplomat",        "diplomats",      "delegation",
                                       "leader",          "leaders",        "side",
                                       "sides",           "party",          "parties",
                                       "source",          "sources",        "aide",
                                       "aides",           "adviser",        "advisers",
                                       "advisor",         "advisors",       "negotiator",
                                       "negotiators",     "representative", "representatives",
                                       "chancellor",      "premier",        "secretary",
                                       "counterpart",     "counterparts",   "host",
                                       "hosts",           "administration", "kremlin",
                                       "cabinet",         "authorities",    "lawmakers",
                                       "participants",    "представитель",  "представители",
                                       "пресс-секретарь", "министр",        "президент",
                                       "посол",           "министерство",   "ведомство",
                                       "стороны",         "сторона",        "источник",
                                       "источники",       "лидеры",         "мид",
                                       "кремль"};
    return k_words;
}

// Words that may stand before a role noun in its phrase: "the two leaders", "Varenia's foreign minister".
const FoldedWordSet& role_modifiers() {
    static const FoldedWordSet k_words{
        "both",        "two",        "three",      "four",         "all",      "foreign", "senior",
        "chief",       "deputy",     "vice",       "prime",        "defence",  "defense", "press",
        "top",         "state",      "government", "presidential", "ministry", "other",   "several",
        "some",        "many",       "unnamed",    "anonymous",    "western",  "local",   "military",
        "trade",       "finance",    "economy",    "interior",     "security", "former",  "new",
        "national",    "official",   "white",      "house",        "kremlin",  "обе",     "две",
        "официальный", "официальные"};
    return k_words;
}

// "in his view", "in Marek's words".
const FoldedWordSet& view_nouns() {
    static const FoldedWordSet k_words{"view",     "views",     "words",      "opinion", "assessment",
                                       "judgment", "judgement", "estimation", "telling", "account"};
    return k_words;
}

constexpr std::array<std::string_view, 11> k_chinese_verbs{"表示", "指出", "强调", "介绍", "声称", "宣布",
                                                           "重申", "回答", "透露", "坦言", "说明"};
// One-character verbs are common inside other words (小说, 名称): they count only at the end of the
// subject's run, before a comma, colon or quotation mark ("王毅说：").
constexpr std::array<std::string_view, 2> k_chinese_short_verbs{"说", "称"};
// Characters that make a word with a following 说 or 称 (小说 novel, 听说 hear, 据说, 号称, 自称 …).
constexpr std::array<std::string_view, 19> k_chinese_short_verb_blockers{
    "小", "听", "据", "所", "来", "再", "就", "或", "虽", "别",
    "号", "堪", "自", "简", "俗", "统", "总", "著", "解"};
// A subject never starts with a demonstrative: 这部小说, 该称号.
constexpr std::array<std::string_view, 3> k_chinese_demonstratives{"这", "那", "该"};
constexpr std::array<std::string_view, 20> k_chinese_titles{
    "外交部发言人", "发言人", "外交部长", "外长", "国家主席", "主席",     "国务院总理",
    "副总理",       "总理",   "部长",     "总统", "大使",     "国务委员", "主任",
    "书记",         "首相",   "特使",     "司长", "委员长",   "秘书长"};
// Where a Chinese subject ends before an adverbial: 王毅在会谈中表示, 中方对此表示, 王毅同X会谈时表示.
constexpr std::array<std::string_view, 7> k_chinese_subject_ends{"在", "对", "就", "于", "同", "与", "向"};
constexpr std::array<std::string_view, 17> k_chinese_adverbs{"也",     "还",   "则", "又",   "再次", "同时",
                                                             "进一步", "并",   "亦", "均",   "都",   "更",
                                                             "曾",     "已经", "已", "当天", "随后"};
constexpr std::array<std::string_view, 2> k_chinese_person_pronouns{"他", "她"};
constexpr std::array<std::string_view, 7> k_chinese_anonymous{"我", "我们", "他们", "她们",
                                                              "你", "你们", "大家"};

template <std::size_t N>
bool is_one_of(std::string_view text, const std::array<std::string_view, N>& list) {
    for (std::string_view entry : list)
        if (text == entry) return true;
    return false;
}

bool ends_with(std::string_view text, std::string_view suffix) {
    return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

std::size_t code_point_count(std::string_view text) {
    std::size_t count = 0;
    for (std::uint32_t i = 0; i < text.size(); i += decode_at(text, i).size) ++count;
    return count;
}

enum class Match : std::uint8_t { none, anonymous, subject };

struct SubjectMatch {
    Match match = Match::none;
    ReportedSpeech speech;
};

SubjectMatch anonymous() { return {Match::anonymous, {}}; }

class SpeechFinder {
public:
    SpeechFinder(std::string_view text, const std::vector<ClauseItem>& items)
        : m_text(text), m_items(items), m_count(static_cast<std::uint32_t>(items.size())) {}

    std::vector<std::vector<std::string_view>> titled_names() {
        std::vector<std::vector<std::string_view>> phrases;
        for (std::uint32_t i = 0; i < m_count;) {
            if (!is_capital_word(i)) {
                ++i;
                continue;
            }
            const std::uint32_t end = run_end(i);
            const bool title_before =
                i > 0 && is_lower_word(i - 1) && is_title_word(fold_word(word(i - 1), m_buffer));
            bool titled = title_before;
            for (std::uint32_t k = i; k < end && !titled; ++k)
                titled = is_title_word(fold_word(word(k), m_buffer));
            if (titled) {
                std::vector<std::string_view> words;
                for (std::uint32_t k = title_before ? i - 1 : i; k < end; ++k) words.push_back(word(k));
                phrases.push_back(std::move(words));
            }
            i = end;
        }
        return phrases;
    }

    std::optional<ReportedSpeech> colon_introducer(std::uint32_t colon) {
        if (colon >= m_count) return std::nullopt;
        std::uint32_t start = colon;
        while (start > 0 && m_items[start - 1].kind != ClauseItemKind::comma &&
               m_items[start - 1].kind != ClauseItemKind::stop &&
               m_items[start - 1].kind != ClauseItemKind::colon &&
               m_items[start - 1].kind != ClauseItemKind::quote)
            --start;
        if (start >= colon || !word_at(start)) return std::nullopt;
        if (in(start, person_pronouns()))
            return subject(SubjectKind::person_pronoun, start, start, start, colon).speech;
        if (!is_capital_word(start)) return std::nullopt;
        const std::uint32_t end = std::min(run_end(start), colon);
        return subject(SubjectKind::name, start, end - 1, start, colon).speech;
    }

    std::optional<ReportedSpeech> find() {
        for (std::uint32_t v = 0; v < m_count; ++v) {
            if (!word_at(v)) continue;
            SubjectMatch found = m_items[v].han ? chinese_verb(v) : marker_or_verb(v);
            if (found.match == Match::subject) return std::move(found.speech);
        }
        return std::nullopt;
    }

private:
    std::string_view word(std::uint32_t i) const { return m_items[i].span.of(m_text); }
    bool word_at(std::uint32_t i) const { return i < m_count && is_word(m_items[i]); }
    bool in(std::uint32_t i, const FoldedWordSet& set) {
        return word_at(i) && set.contains(fold_word(word(i), m_buffer));
    }
    bool word_is(std::uint32_t i, std::string_view folded) const {
        return word_at(i) && equals_folded(word(i), folded);
    }
    bool is_lower_word(std::uint32_t i) const {
        return word_at(i) && !m_items[i].capitalized && !m_items[i].han;
    }
    bool is_capital_word(std::uint32_t i) const { return word_at(i) && m_items[i].capitalized; }
    bool is_adverb(std::uint32_t i) {
        if (!is_lower_word(i)) return false;
        const std::string_view w = word(i);
        return in(i, adverbs()) || (w.size() > 4 && ends_with(w, "ly"));
    }
    bool is_connector_at(std::uint32_t i) const { return is_lower_word(i) && is_name_connector(word(i)); }
    bool is_possessive(std::uint32_t i) const {
        return word_at(i) && (ends_with(word(i), "'s") || ends_with(word(i), "\u2019s"));
    }
    bool clause_ends_at(std::uint32_t i) const { return i >= m_count || !is_word(m_items[i]); }

    SubjectMatch subject(SubjectKind kind, std::uint32_t first, std::uint32_t last, std::uint32_t items_first,
                         std::uint32_t items_end) const {
        SubjectMatch m{Match::subject, {}};
        m.speech.kind = kind;
        if (kind != SubjectKind::person_pronoun)
            for (std::uint32_t i = first; i <= last; ++i) m.speech.words.push_back(word(i));
        m.speech.first_item = items_first;
        m.speech.end_item = items_end;
        return m;
    }

    // A name phrase that names no one ("The", "Yesterday") is no subject.
    static SubjectMatch named(SubjectMatch m) {
        if (m.match == Match::subject && m.speech.kind == SubjectKind::name &&
            speaker_name_from_phrase(m.speech.words).text.empty())
            return {};
        return m;
    }

    // First word of the capitalised name phrase ending at `last`, over connectors ("Ministry of Foreign
    // Affairs").
    std::uint32_t run_begin(std::uint32_t last) const {
        std::uint32_t begin = last;
        while (begin > 0) {
            if (is_capital_word(begin - 1)) {
                --begin;
                continue;
            }
            std::uint32_t c = begin;
            while (c > 0 && is_connector_at(c - 1) && begin - c < 2) --c;
            if (c < begin && c > 0 && is_capital_word(c - 1)) {
                begin = c - 1;
                continue;
            }
            break;
        }
        return begin;
    }

    // One past the last word of the capitalised name phrase starting at `first`.
    std::uint32_t run_end(std::uint32_t first) const {
        std::uint32_t end = first + 1;
        while (end < m_count) {
            if (is_capital_word(end)) {
                ++end;
                continue;
            }
            std::uint32_t c = end;
            while (c < m_count && is_connector_at(c) && c - end < 2) ++c;
            if (c > end && is_capital_word(c)) {
                end = c + 1;
                continue;
            }
            break;
        }
        return end;
    }

    SubjectMatch marker_or_verb(std::uint32_t v) {
        if (word_is(v, "according") && word_is(v + 1, "to")) return named_in_window(v, v + 2);
        if (word_is(v, "по") && word_is(v + 1, "словам")) return named_in_window(v, v + 2);
        if (word_is(v, "in")) {
            if (word_is(v + 1, "the") && word_is(v + 2, "words") && word_is(v + 3, "of"))
                return named_in_window(v, v + 4);
            if (in(v + 2, view_nouns())) {
                if (word_is(v + 1, "his") || word_is(v + 1, "her"))
                    return subject(SubjectKind::person_pronoun, v + 1, v + 1, v, v + 3);
                if (is_capital_word(v + 1) && is_possessive(v + 1))
                    return subject(SubjectKind::name, v + 1, v + 1, v, v + 3);
            }
            return {};
        }
        if (!speech_verbs().contains(word(v))) return {};
        if (word(v) == "pointed" && !word_is(v + 1, "out")) return {};
        SubjectMatch before = subject_before(v);
        if (before.match != Match::none) return before;
        if (v > 0 && !is_word(m_items[v - 1]) && m_items[v - 1].kind != ClauseItemKind::stop &&
            m_items[v - 1].kind != ClauseItemKind::close_paren)
            return subject_after(v);
        return {};
    }

    SubjectMatch subject_before(std::uint32_t v) {
        std::uint32_t j = v;
        for (int skipped = 0; j > 0 && skipped < 3 && is_adverb(j - 1); ++skipped) --j;
        if (j == 0) return {};
        const std::uint32_t at = j - 1;
        const ClauseItemKind kind = m_items[at].kind;
        if (kind == ClauseItemKind::comma || kind == ClauseItemKind::close_paren) {
            // One parenthetical between subject and verb: "Marek, like Brandt, emphasized".
            const ClauseItemKind opening =
                kind == ClauseItemKind::comma ? ClauseItemKind::comma : ClauseItemKind::open_paren;
            std::uint32_t k = at;
            for (int steps = 0; k > 0 && steps < 15; ++steps) {
                --k;
                const ClauseItemKind here = m_items[k].kind;
                if (here == opening) {
                    if (k == 0) return {};
                    SubjectMatch m = subject_at(k - 1, true);
                    if (m.match == Match::subject) m.speech.end_item = v + 1;
                    return m;
                }
                if (here == ClauseItemKind::stop || here == ClauseItemKind::colon) return {};
            }
            return {};
        }
        if (!is_word(m_items[at])) return {};
        SubjectMatch m = in(at, coordinators()) ? subject_of_clause(at) : subject_at(at, false);
        if (m.match == Match::subject) m.speech.end_item = v + 1;
        return m;
    }

    // "Marek welcomed the progress and said …": the verb shares the subject opening its clause.
    SubjectMatch subject_of_clause(std::uint32_t before) {
        std::uint32_t start = before;
        while (start > 0 && m_items[start - 1].kind != ClauseItemKind::stop &&
               m_items[start - 1].kind != ClauseItemKind::colon &&
               m_items[start - 1].kind != ClauseItemKind::quote)
            --start;
        std::uint32_t k = start;
        if (!word_at(k) || k >= before) return {};
        if (in(k, person_pronouns())) return subject(SubjectKind::person_pronoun, k, k, k, k + 1);
        if (in(k, anonymous_pronouns())) return anonymous();
        if (in(k, determiners())) ++k;
        const std::uint32_t first = k;
        if (is_capital_word(first)) {
            const std::uint32_t end = run_end(first);
            if (end < before && is_lower_word(end) && in(end, role_nouns()))
                return subject(SubjectKind::role, first, end, start, end + 1);
            if (end == first + 1 && in(first, role_nouns()))
                return subject(SubjectKind::role, first, first, start, end);
            return named(subject(SubjectKind::name, first, end - 1, start, end));
        }
        while (k < before && k - first < 4 && is_lower_word(k) && in(k, role_modifiers())) ++k;
        if (k < before && is_lower_word(k) && in(k, role_nouns()))
            return subject(SubjectKind::role, first, k, start, k + 1);
        return {};
    }

    // The subject whose last word is `last`.
    SubjectMatch subject_at(std::uint32_t last, bool at_clause_start) {
        if (in(last, person_pronouns()))
            return subject(SubjectKind::person_pronoun, last, last, last, last + 1);
        if (in(last, anonymous_pronouns())) return anonymous();
        if (m_items[last].capitalized) {
            const std::uint32_t begin = run_begin(last);
            if (begin > 0) {
                const ClauseItem& before = m_items[begin - 1];
                if (is_word(before) && (at_clause_start || in(begin - 1, prepositions()))) return {};
            }
            std::uint32_t first = begin;
            while (first < last && in(first, determiners())) ++first;
            if (first == last && in(last, role_nouns()))
                return subject(SubjectKind::role, last, last, begin, last + 1);
            return named(subject(SubjectKind::name, first, last, begin, last + 1));
        }
        if (in(last, role_nouns())) {
            std::uint32_t first = last;
            while (first > 0 && last - first < 4 && word_at(first - 1) && !in(first - 1, determiners()) &&
                   (m_items[first - 1].capitalized || is_possessive(first - 1) ||
                    in(first - 1, role_modifiers())))
                --first;
            if (first > 0 && in(first - 1, prepositions())) return {};
            return subject(SubjectKind::role, first, last, first, last + 1);
        }
        return {};
    }

    // Inverted attribution: "…,” said Marek." / "«…», — заявил Путин." / "…, said the ministry."
    SubjectMatch subject_after(std::uint32_t v) {
        std::uint32_t k = v + 1;
        for (int skipped = 0; skipped < 2 && is_adverb(k); ++skipped) ++k;
        if (!word_at(k)) return {};
        if (in(k, person_pronouns()))
            return clause_ends_at(k + 1) ? subject(SubjectKind::person_pronoun, k, k, v, k + 1)
                                         : SubjectMatch{};
        if (in(k, anonymous_pronouns())) return anonymous();
        const std::uint32_t phrase_first = in(k, determiners()) ? k + 1 : k;
        std::uint32_t i = phrase_first;
        std::optional<std::uint32_t> role;
        while (
            i < m_count && i - phrase_first < 4 && is_lower_word(i) &&
            (in(i, role_modifiers()) || in(i, role_nouns()) || is_title_word(fold_word(word(i), m_buffer)))) {
            if (in(i, role_nouns())) role = i;
            ++i;
        }
        if (is_capital_word(i)) {
            const std::uint32_t end = run_end(i);
            if (is_lower_word(end) && in(end, role_nouns()) && clause_ends_at(end + 1))
                return subject(SubjectKind::role, i, end, v, end + 1);
            if (!clause_ends_at(end)) return {};
            return named(subject(SubjectKind::name, i, end - 1, v, end));
        }
        if (role && clause_ends_at(*role + 1))
            return subject(SubjectKind::role, phrase_first, *role, v, *role + 1);
        return {};
    }

    // The first name, role or pronoun after a marker ("according to", "по словам"), up to the next
    // punctuation.
    SubjectMatch named_in_window(std::uint32_t marker, std::uint32_t from) {
        for (std::uint32_t i = from; i < m_count && i - from < 8 && is_word(m_items[i]); ++i) {
            if (in(i, person_pronouns())) return subject(SubjectKind::person_pronoun, i, i, marker, i + 1);
            if (m_items[i].capitalized) {
                const std::uint32_t end = run_end(i);
                if (is_lower_word(end) && in(end, role_nouns()))
                    return subject(SubjectKind::role, i, end, marker, end + 1);
                return named(subject(SubjectKind::name, i, end - 1, marker, end));
            }
            if (in(i, role_nouns())) {
                std::uint32_t first = i;
                while (first > from && in(first - 1, role_modifiers())) --first;
                return subject(SubjectKind::role, first, i, marker, i + 1);
            }
        }
        return {};
    }

    SubjectMatch chinese_verb(std::uint32_t v) {
        const std::string_view run = word(v);
        for (std::uint32_t p = 0; p < run.size(); p += decode_at(run, p).size) {
            if (p == 0) continue;
            const std::string_view tail = run.substr(p);
            bool is_verb = false;
            for (std::string_view verb : k_chinese_verbs)
                is_verb = is_verb || tail.substr(0, verb.size()) == verb;
            if (!is_verb && is_one_of(tail, k_chinese_short_verbs) && v + 1 < m_count) {
                const CodePoint before = decode_before(run, p);
                if (is_one_of(run.substr(p - before.size, before.size), k_chinese_short_verb_blockers))
                    continue;
                const ClauseItemKind next = m_items[v + 1].kind;
                is_verb = next == ClauseItemKind::comma || next == ClauseItemKind::colon ||
                          next == ClauseItemKind::quote;
            }
            if (!is_verb) continue;
            SubjectMatch m = chinese_subject(run.substr(0, p), v);
            if (m.match != Match::none) return m;
        }
        return {};
    }

    SubjectMatch chinese_subject(std::string_view head, std::uint32_t v) const {
        if (head.substr(0, 3) == "据") head.remove_prefix(3);
        for (std::string_view demonstrative : k_chinese_demonstratives)
            if (head.substr(0, demonstrative.size()) == demonstrative) return {};
        for (std::string_view end_mark : k_chinese_subject_ends) {
            const std::size_t at = head.find(end_mark);
            if (at != std::string_view::npos && at > 0) head = head.substr(0, at);
        }
        for (bool stripped = true; stripped;) {
            stripped = false;
            for (std::string_view adverb : k_chinese_adverbs) {
                if (head.size() > adverb.size() && ends_with(head, adverb)) {
                    head.remove_suffix(adverb.size());
                    stripped = true;
                }
            }
        }
        if (head.empty()) return {};
        if (is_one_of(head, k_chinese_person_pronouns)) {
            SubjectMatch m{Match::subject, {}};
            m.speech = {SubjectKind::person_pronoun, {}, v, v + 1};
            return m;
        }
        if (is_one_of(head, k_chinese_anonymous)) return anonymous();
        // The name follows the last title: 外交部发言人汪文斌 → 汪文斌.
        std::size_t name_start = 0;
        for (std::string_view title : k_chinese_titles) {
            const std::size_t at = head.rfind(title);
            if (at != std::string_view::npos && at + title.size() > name_start &&
                at + title.size() < head.size())
                name_start = at + title.size();
        }
        head.remove_prefix(name_start);
        if (code_point_count(head) > 8) return {};
        SubjectMatch m{Match::subject, {}};
        m.speech = {SubjectKind::name, {head}, v, v + 1};
        return m;
    }

    std::string_view m_text;
    const std::vector<ClauseItem>& m_items;
    std::uint32_t m_count;
    std::string m_buffer;
};

}  // namespace

bool is_role_noun(std::string_view folded) { return role_nouns().contains(folded); }

std::vector<std::vector<std::string_view>> titled_name_phrases(std::string_view text,
                                                               const std::vector<ClauseItem>& items) {
    return SpeechFinder(text, items).titled_names();
}

std::optional<ReportedSpeech> find_colon_introducer(std::string_view text,
                                                    const std::vector<ClauseItem>& items,
                                                    std::uint32_t colon) {
    return SpeechFinder(text, items).colon_introducer(colon);
}

std::optional<ReportedSpeech> find_reported_speech(std::string_view text,
                                                   const std::vector<ClauseItem>& items) {
    return SpeechFinder(text, items).find();
}

}  // namespace dipdiff
