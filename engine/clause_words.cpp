#include "engine/clause_words.hpp"

#include <unicode/uchar.h>

#include <algorithm>

#include "engine/utf8_text.hpp"

namespace dipdiff {
namespace {

bool is_apostrophe(char32_t c) { return c == '\'' || c == U'\u2019'; }
bool is_hyphen(char32_t c) { return c == '-' || c == U'\u2010' || c == U'\u2011'; }
bool is_dash_mark(char32_t c) { return c >= U'\u2012' && c <= U'\u2015'; }

bool is_quote_mark(char32_t c) {
    return c == '"' || c == '\'' || (c >= U'\u2018' && c <= U'\u201F') || c == U'\u00AB' || c == U'\u00BB' ||
           (c >= U'\u300C' && c <= U'\u300F');
}

ClauseItemKind punctuation_kind(char32_t c) {
    switch (c) {
        case ',':
        case U'\uFF0C':
        case U'\u3001':
            return ClauseItemKind::comma;
        case ':':
        case U'\uFF1A':
            return ClauseItemKind::colon;
        case '(':
        case '[':
        case U'\uFF08':
            return ClauseItemKind::open_paren;
        case ')':
        case ']':
        case U'\uFF09':
            return ClauseItemKind::close_paren;
        default:
            break;
    }
    if (is_dash_mark(c)) return ClauseItemKind::dash;
    if (is_quote_mark(c)) return ClauseItemKind::quote;
    return ClauseItemKind::stop;
}

// Short words that end with a dot which is part of them.
bool is_abbreviation(std::string_view word) {
    static const FoldedWordSet k_abbreviations{"mr", "mrs", "ms", "dr", "gen", "sen",  "rep", "gov", "prof",
                                               "jr", "sr",  "st", "lt", "col", "capt", "sgt", "amb", "г-н"};
    if (word.size() == 1) return word[0] >= 'A' && word[0] <= 'Z';  // an initial: "Aldo F. Marek"
    if (word.size() > 6) return false;
    thread_local std::string buffer;
    return k_abbreviations.contains(fold_word(word, buffer));
}

// Advances a cursor over sorted, non-overlapping spans to the first that ends after `at`.
const Span* covering(const std::vector<Span>& spans, std::size_t& cursor, std::uint32_t at) {
    while (cursor < spans.size() && spans[cursor].end <= at) ++cursor;
    if (cursor < spans.size() && spans[cursor].start <= at) return &spans[cursor];
    return nullptr;
}

std::size_t first_ending_after(const std::vector<Span>& spans, std::uint32_t at) {
    return static_cast<std::size_t>(
        std::partition_point(spans.begin(), spans.end(), [at](const Span& s) { return s.end <= at; }) -
        spans.begin());
}

}  // namespace

void split_clause(std::string_view text, Span span, const std::vector<Span>& quote_regions,
                  const std::vector<Span>& skipped, std::vector<ClauseItem>& items) {
    items.clear();
    const auto size = static_cast<std::uint32_t>(text.size());
    const std::uint32_t end = std::min(span.end, size);
    std::uint32_t i = std::min(span.start, end);
    std::size_t quote_cursor = first_ending_after(quote_regions, i);
    std::size_t skip_cursor = first_ending_after(skipped, i);
    while (i < end) {
        if (const Span* skip = covering(skipped, skip_cursor, i)) {
            i = std::min(skip->end, end);
            continue;
        }
        if (const Span* quote = covering(quote_regions, quote_cursor, i)) {
            const std::uint32_t quote_end = std::min(quote->end, end);
            if (!items.empty() && items.back().kind == ClauseItemKind::quote && items.back().span.end == i)
                items.back().span.end = quote_end;
            else
                items.push_back({{i, quote_end}, ClauseItemKind::quote});
            i = quote_end;
            continue;
        }
        const CodePoint cp = decode_at(text, i);
        if (is_white_space(cp.value)) {
            i += cp.size;
            continue;
        }
        if (is_han(cp.value)) {
            std::uint32_t j = i + cp.size;
            while (j < end && is_han(decode_at(text, j).value)) j += decode_at(text, j).size;
            items.push_back({{i, j}, ClauseItemKind::word, false, true});
            i = j;
            continue;
        }
        if (is_letter_or_digit(cp.value)) {
            std::uint32_t j = i + cp.size;
            while (j < end) {
                const CodePoint next = decode_at(text, j);
                if (is_han(next.value)) break;
                if (is_letter_or_digit(next.value) || is_combining_mark(next.value)) {
                    j += next.size;
                    continue;
                }
                // Inner apostrophes, hyphens and dots ("Varenia’s", "so-called", "U.S") stay in the word.
                const bool joiner = is_apostrophe(next.value) || is_hyphen(next.value) || next.value == '.';
                if (joiner && j + next.size < end &&
                    is_letter_or_digit(decode_at(text, j + next.size).value)) {
                    j += next.size;
                    continue;
                }
                break;
            }
            if (j < end && text[j] == '.' && is_abbreviation(text.substr(i, j - i))) ++j;
            items.push_back({{i, j}, ClauseItemKind::word, is_upper(cp.value), false});
            i = j;
            continue;
        }
        ClauseItemKind kind = punctuation_kind(cp.value);
        // A hyphen standing between spaces is a dash.
        if (is_hyphen(cp.value) && (i == 0 || is_white_space(decode_before(text, i).value)) &&
            (i + cp.size >= end || is_white_space(decode_at(text, i + cp.size).value)))
            kind = ClauseItemKind::dash;
        if (kind == ClauseItemKind::quote && !items.empty() && items.back().kind == ClauseItemKind::quote &&
            items.back().span.end == i)
            items.back().span.end = i + cp.size;  // the marks and the passage are one item
        else
            items.push_back({{i, i + cp.size}, kind});
        i += cp.size;
    }
}

std::string_view fold_word(std::string_view word, std::string& buffer) {
    buffer.clear();
    for (std::uint32_t i = 0; i < word.size();) {
        const CodePoint cp = decode_at(word, i);
        if (cp.value < 0x80) {
            char c = static_cast<char>(cp.value);
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
            buffer.push_back(c);
        } else if (cp.value == 0xFFFD && cp.size == 1) {
            buffer.push_back(word[i]);
        } else {
            const auto folded =
                static_cast<std::uint32_t>(u_foldCase(static_cast<UChar32>(cp.value), U_FOLD_CASE_DEFAULT));
            // Encode as UTF-8.
            if (folded < 0x800) {
                buffer.push_back(static_cast<char>(0xC0 | (folded >> 6)));
                buffer.push_back(static_cast<char>(0x80 | (folded & 0x3F)));
            } else if (folded < 0x10000) {
                buffer.push_back(static_cast<char>(0xE0 | (folded >> 12)));
                buffer.push_back(static_cast<char>(0x80 | ((folded >> 6) & 0x3F)));
                buffer.push_back(static_cast<char>(0x80 | (folded & 0x3F)));
            } else {
                buffer.push_back(static_cast<char>(0xF0 | (folded >> 18)));
                buffer.push_back(static_cast<char>(0x80 | ((folded >> 12) & 0x3F)));
                buffer.push_back(static_cast<char>(0x80 | ((folded >> 6) & 0x3F)));
                buffer.push_back(static_cast<char>(0x80 | (folded & 0x3F)));
            }
        }
        i += cp.size;
    }
    return buffer;
}

FoldedWordSet::FoldedWordSet(std::initializer_list<std::string_view> words)
    : m_words(words.begin(), words.end(), words.size() * 2) {}

bool FoldedWordSet::contains(std::string_view folded) const { return m_words.count(folded) != 0; }

}  // namespace dipdiff
