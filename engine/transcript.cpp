#include "engine/transcript.hpp"

#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <iterator>

#include "engine/utf8_text.hpp"

namespace dipdiff {
namespace {

// Lists are sorted bytewise (checked below) and hold case-folded words.
constexpr std::string_view k_denied_first_words[] = {
    "agenda",     "annex",      "appendix",      "article",    "attendees",
    "audio",      "background", "bcc",           "categories", "category",
    "cc",         "chapter",    "clarification", "colleagues", "contact",
    "contacts",   "correction", "date",          "dateline",   "dear",
    "disclaimer", "editor's",   "editors",       "editor’s",   "email",
    "embargoed",  "end",        "example",       "examples",   "excellencies",
    "excellency", "fax",        "follow",        "friends",    "item",
    "keywords",   "ladies",     "link",          "location",   "media",
    "nb",         "note",       "notes",         "original",   "p.s.",
    "paragraph",  "part",       "participants",  "phone",      "photo",
    "photos",     "place",      "point",         "posted",     "ps",
    "published",  "re",         "read",          "readout",    "related",
    "section",    "see",        "share",         "source",     "sources",
    "subject",    "summary",    "tags",          "tel",        "text",
    "time",       "title",      "topics",        "transcript", "translation",
    "update",     "updated",    "url",           "venue",      "video",
    "warning",    "watch",      "web",           "website",
};

constexpr std::string_view k_question_names[] = {
    "audience", "audience member", "journalist",    "q",    "question", "questioner", "reporter",
    "вопрос",   "журналист",       "корреспондент", "提问", "记者",     "问",
};

// Words that open a sentence, never a name: "In Brussels:", "AFTER THE TALKS:".
constexpr std::string_view k_opening_words[] = {
    "after",  "also", "although",  "and",   "as",    "asked", "at",    "because", "before", "but",   "by",
    "during", "for",  "from",      "he",    "her",   "here",  "his",   "however", "i",      "if",    "in",
    "it",     "its",  "meanwhile", "my",    "on",    "or",    "our",   "she",     "since",  "so",    "that",
    "their",  "then", "there",     "these", "they",  "this",  "those", "to",      "today",  "under", "we",
    "what",   "when", "where",     "which", "while", "who",   "why",   "with",    "yet",    "you",   "your",
};

// Lower-case words allowed inside a mixed-case name ("Secretary of State Alves").
constexpr std::string_view k_name_particles[] = {
    "al", "and", "bin", "da", "de", "del", "della", "der", "di",  "du",
    "el", "for", "ibn", "la", "le", "of",  "the",   "van", "von",
};

constexpr std::string_view k_directions[] = {
    "applause",
    "as interpreted",
    "as translated",
    "audio gap",
    "break",
    "chuckles",
    "cross talk",
    "cross-talk",
    "crosstalk",
    "end",
    "inaudible",
    "indiscernible",
    "interpreted",
    "laughs",
    "laughter",
    "long pause",
    "music",
    "no audio",
    "no response",
    "off mic",
    "off microphone",
    "off-mic",
    "pause",
    "recess",
    "silence",
    "technical difficulties",
    "through an interpreter",
    "through interpreter",
    "through translator",
    "translated",
    "unintelligible",
    "via an interpreter",
    "via interpreter",
    "via translator",
    "аплодисменты",
    "неразборчиво",
    "оживление в зале",
    "смех",
    "смех в зале",
    "掌声",
    "笑声",
};

// "(speaks in Russian)", "(as interpreted from Chinese)": a phrase and a language.
constexpr std::string_view k_language_phrases[] = {
    "answers in ",       "as interpreted from ", "continues in ",    "in ",
    "interpreted from ", "replies in ",          "responds in ",     "speaking in ",
    "speaks in ",        "switches to ",         "translated from ",
};

constexpr std::string_view k_languages[] = {
    "arabic",     "chinese", "dutch",    "english", "farsi",     "french",  "german",
    "hindi",      "italian", "japanese", "korean",  "mandarin",  "persian", "polish",
    "portuguese", "russian", "spanish",  "turkish", "ukrainian",
};

template <std::size_t N>
constexpr bool is_sorted_list(const std::string_view (&list)[N]) {
    return std::is_sorted(std::begin(list), std::end(list));
}
static_assert(is_sorted_list(k_denied_first_words) && is_sorted_list(k_question_names) &&
                  is_sorted_list(k_opening_words) && is_sorted_list(k_name_particles) &&
                  is_sorted_list(k_directions) && is_sorted_list(k_language_phrases) &&
                  is_sorted_list(k_languages),
              "word lists must stay sorted for binary search");

template <std::size_t N>
bool contains(const std::string_view (&sorted)[N], std::string_view word) {
    return std::binary_search(std::begin(sorted), std::end(sorted), word);
}

std::string fold_case(std::string_view text) {
    std::string out;
    icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<std::int32_t>(text.size())))
        .foldCase()
        .toUTF8String(out);
    return out;
}

void append_utf8(std::string& out, UChar32 c) {
    char bytes[U8_MAX_LENGTH];
    std::int32_t length = 0;
    U8_APPEND_UNSAFE(bytes, length, c);
    out.append(bytes, static_cast<std::size_t>(length));
}

bool is_colon(char32_t c) { return c == U':' || c == U'\uFF1A'; }
bool is_ideograph(char32_t c) {
    return c >= 0x2E80 && u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_IDEOGRAPHIC);
}
bool is_name_mark(char32_t c) { return c == U'.' || c == U'\'' || c == U'\u2019' || c == U'-'; }

bool has_text(std::string_view text) {
    return !trim(text, {0, static_cast<std::uint32_t>(text.size())}).empty();
}

std::uint32_t skip_spaces(std::string_view text, std::uint32_t at) {
    while (at < text.size()) {
        const CodePoint c = decode_at(text, at);
        if (!is_white_space(c.value)) break;
        at += c.size;
    }
    return at;
}

// A parenthesis starting at `at`; returns the offset after ')' or 0 when there is none close by.
std::uint32_t parenthesis_end(std::string_view line, std::uint32_t at, std::string_view& inner) {
    constexpr std::size_t k_max_parenthesis = 80;
    const std::size_t close = line.substr(0, at + k_max_parenthesis + 1).find(')', at);
    if (close == std::string_view::npos) return 0;
    inner = line.substr(at + 1, close - at - 1);
    if (inner.find('(') != std::string_view::npos) return 0;
    return static_cast<std::uint32_t>(close + 1);
}

struct LabelParts {
    std::string_view name;   // the words before the parenthesis and colon
    std::string_view inner;  // inside the parenthesis, "" when none
    std::uint32_t end = 0;   // just after the colon
    int words = 0;
    bool all_caps = true;     // no lower-case letter, an upper-case one in every word
    bool mixed_case = true;   // every word capitalised or a name particle
    bool ideographic = true;  // Han characters only ("记者")
};

std::optional<LabelParts> split_label(std::string_view line) {
    constexpr int k_max_words = 6;
    LabelParts parts;
    std::uint32_t at = 0;
    std::uint32_t name_end = 0;
    while (true) {
        at = skip_spaces(line, at);
        if (at >= line.size()) return std::nullopt;
        const CodePoint c = decode_at(line, at);
        if (is_colon(c.value)) {
            parts.end = at + c.size;
            break;
        }
        if (c.value == U'(') {
            const std::uint32_t close = parenthesis_end(line, at, parts.inner);
            if (close == 0 || parts.words == 0) return std::nullopt;
            at = skip_spaces(line, close);
            const CodePoint colon = decode_at(line, at);
            if (!is_colon(colon.value)) return std::nullopt;
            parts.end = at + colon.size;
            break;
        }
        // One word of the name.
        if (++parts.words > k_max_words || !is_letter(c.value)) return std::nullopt;
        const std::uint32_t word_start = at;
        bool word_has_upper = false;
        bool first_upper = is_upper(c.value);
        while (at < line.size()) {
            const CodePoint w = decode_at(line, at);
            if (is_white_space(w.value) || is_colon(w.value) || w.value == U'(') break;
            if (is_letter(w.value)) {
                word_has_upper = word_has_upper || is_upper(w.value);
                if (is_lower(w.value)) parts.all_caps = false;
                if (!is_ideograph(w.value)) parts.ideographic = false;
            } else if (is_name_mark(w.value) || w.value == U'\u00B7' || w.value == U'\u30FB') {
                parts.ideographic = parts.ideographic && !is_name_mark(w.value);
            } else {
                return std::nullopt;
            }
            at += w.size;
        }
        const std::string_view word = line.substr(word_start, at - word_start);
        if (!word_has_upper) parts.all_caps = false;
        if (parts.mixed_case && !first_upper && (parts.words == 1 || !contains(k_name_particles, word)))
            parts.mixed_case = false;
        if (!parts.all_caps && !parts.mixed_case && !parts.ideographic) return std::nullopt;
        name_end = at;
    }
    if (parts.words == 0) return std::nullopt;
    parts.name = line.substr(0, name_end);
    // "12:30", "http://…": an ASCII colon of a label is followed by a space or the line end.
    if (line[parts.end - 1] == ':' && parts.end < line.size() &&
        !is_white_space(decode_at(line, parts.end).value))
        return std::nullopt;
    return parts;
}

std::string collapse_spaces(std::string_view text) {
    std::string out;
    bool space = false;
    for (const char c : text) {
        if (c == ' ' || c == '\t') {
            space = !out.empty();
            continue;
        }
        if (space) out.push_back(' ');
        space = false;
        out.push_back(c);
    }
    return out;
}

std::string_view first_word(std::string_view name) {
    const std::size_t end = name.find_first_of(" \t");
    return name.substr(0, end);
}

bool is_denied(const LabelParts& parts) {
    const std::string first = fold_case(first_word(parts.name));
    if (parts.words == 1 && first.size() == 1) return false;  // "A:" answers "Q:"
    return contains(k_denied_first_words, first) || contains(k_opening_words, first);
}

bool ends_with_speech_verb_zh(std::string_view name) {
    for (const std::string_view verb : {"说", "表示", "指出", "强调", "称", "问道", "回答"})
        if (name.size() >= verb.size() && name.substr(name.size() - verb.size()) == verb) return true;
    return false;
}

std::optional<SpeakerLabel> match_q_label(std::string_view line, std::string_view next_line) {
    if (line.empty() || line[0] != 'Q') return std::nullopt;
    if (line.size() > 1 && line[1] != ':' && line[1] != '(' && !is_white_space(decode_at(line, 1).value))
        return std::nullopt;
    std::uint32_t end = 1;
    std::uint32_t at = skip_spaces(line, 1);
    if (at < line.size() && line[at] == '(') {
        std::string_view inner;
        const std::uint32_t close = parenthesis_end(line, at, inner);
        if (close == 0) return std::nullopt;
        end = close;
        at = skip_spaces(line, close);
    }
    if (at < line.size() && line[at] == ':') end = ++at;
    const std::string_view rest = line.substr(std::min<std::size_t>(at, line.size()));
    // "Q and A session": a phrase, not a label.
    if (rest.starts_with("and ") || rest.starts_with("& ")) return std::nullopt;
    if (!has_text(rest) && !has_text(next_line)) return std::nullopt;
    return SpeakerLabel{{0, end}, "Q", true};
}

constexpr std::string_view k_trailing_strip = " \t.";

// The next '(', '[' or lead byte of a fullwidth '（' from `at`.
std::size_t find_opening(std::string_view text, std::size_t at) {
    for (; at < text.size(); ++at) {
        const char c = text[at];
        if (c == '(' || c == '[' || c == '\xEF') return at;
    }
    return std::string_view::npos;
}

// A direction at a line start or after a finished sentence, not inside one.
bool stands_alone(std::string_view text, std::uint32_t start) {
    std::uint32_t at = start;
    while (at > 0) {
        const CodePoint c = decode_before(text, at);
        if (c.value == U'\n') return true;
        if (!is_white_space(c.value)) {
            if (at == start) return false;  // attached to a word: "talks(inaudible)"
            return c.value == U'.' || c.value == U'?' || c.value == U'!' || c.value == U'"' ||
                   c.value == U'\u201D' || c.value == U')' || c.value == U']' || c.value == U':';
        }
        at -= c.size;
    }
    return true;
}

std::string_view strip_direction(std::string_view text) {
    while (!text.empty() && k_trailing_strip.find(text.back()) != std::string_view::npos)
        text.remove_suffix(1);
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    return text;
}

bool is_language_name(std::string_view word) {
    if (contains(k_languages, word)) return true;
    // Fictional and less common languages: "Varenian", "Kestrelese".
    for (const std::string_view ending : {"ian", "ese", "ish"})
        if (word.size() > ending.size() + 2 && word.ends_with(ending)) return true;
    return false;
}

// Labels open with a capital ("THE", "Ilse", "Q") or, in transcripts, a Han character.
bool could_open_label(char32_t c, LabelStyle style) {
    return is_upper(c) || (style == LabelStyle::any && is_ideograph(c));
}

}  // namespace

std::optional<SpeakerLabel> match_speaker_label(std::string_view line, std::string_view next_line,
                                                LabelStyle style) {
    if (auto q = match_q_label(line, next_line)) return q;
    const std::optional<LabelParts> parts = split_label(line);
    if (!parts) return std::nullopt;
    const bool any = style == LabelStyle::any;
    const bool caps = parts->all_caps;
    const bool mixed = any && !caps && parts->mixed_case && parts->words <= 5;
    const bool han = any && parts->ideographic && parts->words == 1 && !ends_with_speech_verb_zh(parts->name);
    if (!caps && !mixed && !han) return std::nullopt;
    if (caps && !han) {
        // At least two letters: a lone capital with a colon is an item ("A:" aside, see is_denied).
        std::size_t letters = 0;
        for (std::uint32_t at = 0; at < parts->name.size();) {
            const CodePoint c = decode_at(parts->name, at);
            letters += is_letter(c.value) ? 1 : 0;
            at += c.size;
        }
        if (letters < 2 && !(parts->words == 1 && parts->name.size() == 1)) return std::nullopt;
    }
    if (!han && is_denied(*parts)) return std::nullopt;
    if (!has_text(line.substr(parts->end)) && !has_text(next_line)) return std::nullopt;

    SpeakerLabel label;
    label.span = {0, parts->end};
    label.speaker = caps && !han ? readable_speaker(parts->name) : collapse_spaces(parts->name);
    label.question = contains(k_question_names, fold_case(collapse_spaces(parts->name))) ||
                     (mixed && !parts->inner.empty() && !is_stage_direction(parts->inner));
    return label;
}

std::vector<SpeakerLabel> find_speaker_labels(std::string_view text, Genre genre) {
    const bool transcript = is_transcript_genre(genre);
    const LabelStyle style = transcript ? LabelStyle::any : LabelStyle::all_caps;
    std::vector<SpeakerLabel> labels;
    const auto size = static_cast<std::uint32_t>(text.size());
    std::uint32_t line_start = 0;
    while (line_start < size) {
        const std::size_t newline = text.find('\n', line_start);
        const auto line_end = static_cast<std::uint32_t>(newline == std::string_view::npos ? size : newline);
        const std::uint32_t visible = skip_spaces(text.substr(0, line_end), line_start);
        if (visible < line_end && could_open_label(decode_at(text, visible).value, style)) {
            std::string_view next_line;
            if (line_end < size) {
                const std::size_t next_end = text.find('\n', line_end + 1);
                next_line =
                    text.substr(line_end + 1, next_end == std::string_view::npos ? std::string_view::npos
                                                                                 : next_end - line_end - 1);
            }
            if (auto label =
                    match_speaker_label(text.substr(visible, line_end - visible), next_line, style)) {
                label->span.start += visible;
                label->span.end += visible;
                labels.push_back(std::move(*label));
            }
        }
        line_start = line_end + 1;
    }
    if (!transcript && labels.size() < 2) labels.clear();
    return labels;
}

bool is_stage_direction(std::string_view inner) {
    constexpr std::size_t k_max_direction = 60;
    if (inner.size() > k_max_direction) return false;
    const std::string folded = fold_case(inner);
    const std::string_view text = strip_direction(folded);
    if (contains(k_directions, text)) return true;
    for (const std::string_view phrase : k_language_phrases) {
        if (!text.starts_with(phrase)) continue;
        const std::string_view language = text.substr(phrase.size());
        if (language.find(' ') == std::string_view::npos && is_language_name(language)) return true;
    }
    return false;
}

std::vector<Span> find_stage_directions(std::string_view text, const std::vector<Span>& skip) {
    constexpr std::size_t k_max_direction = 64;
    std::vector<Span> directions;
    auto skipped = skip.begin();
    const std::string_view fullwidth_open = "\uFF08", fullwidth_close = "\uFF09";
    std::size_t at = 0;
    while ((at = find_opening(text, at)) != std::string_view::npos) {
        std::string_view close;
        std::size_t open_size = 1;
        if (text[at] == '(')
            close = ")";
        else if (text[at] == '[')
            close = "]";
        else if (text.substr(at, 3) == fullwidth_open)
            close = fullwidth_close, open_size = 3;
        if (close.empty()) {
            ++at;
            continue;
        }
        // Bounded search: a text full of unclosed parentheses must stay linear.
        const std::size_t end =
            text.substr(0, at + k_max_direction + close.size()).find(close, at + open_size);
        const std::string_view inner = end == std::string_view::npos
                                           ? std::string_view{}
                                           : text.substr(at + open_size, end - at - open_size);
        if (end == std::string_view::npos || end - at > k_max_direction ||
            inner.find_first_of("\n([") != std::string_view::npos || !is_stage_direction(inner)) {
            at += open_size;
            continue;
        }
        Span span{static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(end + close.size())};
        // "(Laughter)." standing alone: the period belongs to the direction, not to a sentence.
        if (stands_alone(text, span.start) && span.end < text.size() && text[span.end] == '.' &&
            inner.back() != '.')
            ++span.end;
        while (skipped != skip.end() && skipped->end <= span.start) ++skipped;
        const bool overlaps = skipped != skip.end() && skipped->start < span.end;
        if (!overlaps) directions.push_back(span);
        at = span.end;
    }
    return directions;
}

std::string readable_speaker(std::string_view name) {
    const std::string collapsed = collapse_spaces(name);
    bool has_lower = false;
    for (std::uint32_t at = 0; at < collapsed.size();) {
        const CodePoint c = decode_at(collapsed, at);
        has_lower = has_lower || is_lower(c.value);
        at += c.size;
    }
    if (has_lower) return collapsed;

    std::string out;
    out.reserve(collapsed.size());
    std::size_t word_start = 0;
    while (word_start <= collapsed.size()) {
        std::size_t word_end = collapsed.find(' ', word_start);
        if (word_end == std::string::npos) word_end = collapsed.size();
        const std::string_view word(collapsed.data() + word_start, word_end - word_start);
        const std::string folded = fold_case(word);
        if (!out.empty()) out.push_back(' ');
        if (word_start > 0 && contains(k_name_particles, folded)) {
            out += folded;
        } else {
            // Capital at the start of every letter run: "JEAN-PIERRE" → "Jean-Pierre", "O'BRIEN" → "O'Brien".
            bool run_start = true;
            for (std::uint32_t at = 0; at < word.size();) {
                const CodePoint c = decode_at(word, at);
                const auto cp = static_cast<UChar32>(c.value);
                if (is_letter(c.value)) {
                    append_utf8(out, run_start ? u_totitle(cp) : u_tolower(cp));
                    run_start = false;
                } else {
                    append_utf8(out, cp);
                    run_start = true;
                }
                at += c.size;
            }
        }
        word_start = word_end + 1;
    }
    return out;
}

}  // namespace dipdiff
