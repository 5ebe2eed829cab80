#include "engine/word_splitter.hpp"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

#include <algorithm>
#include <stdexcept>
#include <string>

#include "engine/utf8_text.hpp"

namespace dipdiff {
namespace {

void check_icu(UErrorCode status, const char* what) {
    if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU ") + what + ": " + u_errorName(status));
}

// Whether `token` is a run of `c`. Runs only ever grow by `c`, so their first and
// last characters tell; reading the whole token would make long runs quadratic.
bool is_run_of(std::string_view sentence, const TokenPiece& token, char32_t c) {
    return decode_at(sentence, token.start).value == c && decode_before(sentence, token.end).value == c;
}

// Characters whose runs make one token: "...", "--", "……".
bool joins_run(char32_t c) { return c == U'.' || c == U'-' || c == U'\u2026' || c == U'\u2014'; }

bool is_invisible(char32_t c) {
    const auto type = u_charType(static_cast<UChar32>(c));
    return type == U_CONTROL_CHAR || type == U_FORMAT_CHAR || type == U_UNASSIGNED;
}

bool extends_previous(char32_t c) {
    return (U_GET_GC_MASK(static_cast<UChar32>(c)) & U_GC_M_MASK) != 0 || c == U'\u200D';
}

// Splits the text between two words into tokens: one per punctuation mark or
// symbol, runs of joins_run characters kept together, white space dropped.
void split_between_words(std::string_view sentence, std::uint32_t start, std::uint32_t end,
                         std::vector<TokenPiece>& out) {
    std::uint32_t at = start;
    while (at < end) {
        const auto byte = static_cast<unsigned char>(sentence[at]);
        TokenPiece* last = out.empty() || out.back().end != at ? nullptr : &out.back();
        if (byte < 0x80) {  // the common case, without ICU property lookups
            const std::uint32_t next = at + 1;
            if (byte <= ' ' || byte == 0x7F) {
                // white space and control characters are no tokens
            } else if (last != nullptr && (byte == '.' || byte == '-') && is_run_of(sentence, *last, byte)) {
                last->end = next;
            } else {
                const bool symbol =
                    std::string_view("$+<=>^`|~").find(static_cast<char>(byte)) != std::string_view::npos;
                out.push_back({at, next, symbol ? TokenKind::symbol : TokenKind::punctuation});
            }
            at = next;
            continue;
        }
        const CodePoint c = decode_at(sentence, at);
        const std::uint32_t next = std::min(at + c.size, end);
        if (is_white_space(c.value)) {
            // dropped
        } else if (last != nullptr && last->kind != TokenKind::word && extends_previous(c.value)) {
            last->end = next;
        } else if (last != nullptr && joins_run(c.value) && is_run_of(sentence, *last, c.value)) {
            last->end = next;
        } else if (!is_invisible(c.value)) {
            const bool punctuation = u_ispunct(static_cast<UChar32>(c.value));
            out.push_back({at, next, punctuation ? TokenKind::punctuation : TokenKind::symbol});
        }
        at = next;
    }
}

enum class Content { letters, digits_only, neither };

Content content_of(std::string_view text) {
    Content content = Content::neither;
    for (std::uint32_t at = 0; at < text.size();) {
        const CodePoint c = decode_at(text, at);
        if (is_letter(c.value)) return Content::letters;
        if (is_digit(c.value)) content = Content::digits_only;
        at += c.size;
    }
    return content;
}

// Adds the word-like segment [start, end) of `sentence`; returns where the next token may start.
std::uint32_t add_word(std::string_view sentence, std::uint32_t start, std::uint32_t end,
                       std::vector<TokenPiece>& out) {
    const std::string_view text = sentence.substr(start, end - start);
    const Content content = content_of(text);
    if (content == Content::neither) {  // "__": ICU joins underscores, but they are no word
        split_between_words(sentence, start, end, out);
        return end;
    }
    // ICU ends "U.S." before its last period: give it back (not to numbers: "18.30." ends a sentence).
    if (content == Content::letters && text.find('.') != std::string_view::npos && end < sentence.size() &&
        sentence[end] == '.' && (end + 1 == sentence.size() || sentence[end + 1] != '.'))
        ++end;
    out.push_back({start, end, content == Content::letters ? TokenKind::word : TokenKind::number});
    return end;
}

// The fast path reads ASCII and the typographic marks statements are full of;
// it gives up (and ICU runs) on any other character. Classes are UAX #29's as
// ICU uses them: ICU drops ':' from MidLetter; ‘ and ’ are MidNumLet like '.'.
enum class WordClass : std::uint8_t { other, letter, digit, extend_num_let, mid_num_let, mid_num };

struct Unit {
    WordClass word_class = WordClass::other;
    std::uint32_t size = 1;
};

constexpr WordClass classify_ascii(unsigned c) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return WordClass::letter;
    if (c >= '0' && c <= '9') return WordClass::digit;
    if (c == '_') return WordClass::extend_num_let;
    if (c == '.' || c == '\'') return WordClass::mid_num_let;
    if (c == ',' || c == ';') return WordClass::mid_num;
    return WordClass::other;
}

struct AsciiClasses {
    WordClass of[256] = {};
    constexpr AsciiClasses() {
        for (unsigned c = 0; c < 128; ++c) of[c] = classify_ascii(c);
    }
};
constexpr AsciiClasses k_ascii_classes;

// The class of a byte; bytes of multi-byte characters are `other`.
constexpr WordClass ascii_class(char c) { return k_ascii_classes.of[static_cast<unsigned char>(c)]; }

// The size of the typographic mark at `at` that the fast path knows, 0 for others:
// « » no-break space (2 bytes); – — ‘ ’ “ ” … (3 bytes).
std::uint32_t typographic_mark_size(std::string_view text, std::size_t at) {
    const auto byte = [&](std::size_t i) {
        return i < text.size() ? static_cast<unsigned char>(text[i]) : 0u;
    };
    const unsigned lead = byte(at);
    if (lead == 0xC2) {
        const unsigned second = byte(at + 1);
        return second == 0xAB || second == 0xBB || second == 0xA0 ? 2 : 0;
    }
    if (lead == 0xE2 && byte(at + 1) == 0x80) {
        const unsigned third = byte(at + 2);
        return third == 0x93 || third == 0x94 || third == 0x98 || third == 0x99 || third == 0x9C ||
                       third == 0x9D || third == 0xA6
                   ? 3
                   : 0;
    }
    return 0;
}

bool fits_fast_path(std::string_view text) {
    for (std::size_t at = 0; at < text.size();) {
        if (static_cast<unsigned char>(text[at]) < 0x80) {
            ++at;
            continue;
        }
        const std::uint32_t size = typographic_mark_size(text, at);
        if (size == 0) return false;
        at += size;
    }
    return true;
}

inline Unit unit_at(std::string_view text, std::uint32_t at) {
    if (at >= text.size()) return {WordClass::other, 0};
    const char c = text[at];
    if (static_cast<unsigned char>(c) < 0x80) return {ascii_class(c), 1};
    const std::uint32_t size = typographic_mark_size(text, at);
    const bool single_quote = size == 3 && (text[at + 2] == '\x98' || text[at + 2] == '\x99');
    return {single_quote ? WordClass::mid_num_let : WordClass::other, size};
}

constexpr bool is_word_part(WordClass c) {
    return c == WordClass::letter || c == WordClass::digit || c == WordClass::extend_num_let;
}

// The end of the word run starting at `at` (WB5–WB13b).
std::uint32_t fast_word_end(std::string_view text, std::uint32_t at) {
    const auto size = static_cast<std::uint32_t>(text.size());
    while (true) {
        // Letters, digits and '_' are single bytes: the common case needs no unit decoding.
        while (at + 1 < size && is_word_part(ascii_class(text[at + 1]))) ++at;
        const WordClass here = ascii_class(text[at]);
        const std::uint32_t next_at = at + 1;
        const Unit next = unit_at(text, next_at);
        const std::uint32_t after_at = next_at + next.size;
        const WordClass after = unit_at(text, after_at).word_class;
        const bool letters = here == WordClass::letter && next.word_class == WordClass::mid_num_let &&
                             after == WordClass::letter;
        const bool digits =
            here == WordClass::digit &&
            (next.word_class == WordClass::mid_num_let || next.word_class == WordClass::mid_num) &&
            after == WordClass::digit;
        if (!letters && !digits) return next_at;
        at = after_at;
    }
}

}  // namespace

struct WordSplitter::Impl {
    std::unique_ptr<icu::BreakIterator> words;
    UText text = UTEXT_INITIALIZER;

    ~Impl() { utext_close(&text); }

    void split_icu(std::string_view sentence, std::vector<TokenPiece>& out) {
        UErrorCode status = U_ZERO_ERROR;
        utext_openUTF8(&text, sentence.data(), static_cast<std::int64_t>(sentence.size()), &status);
        check_icu(status, "cannot open UTF-8 text");
        words->setText(&text, status);
        check_icu(status, "cannot set word break text");
        std::uint32_t consumed = 0;
        std::int32_t start = words->first();
        for (std::int32_t end = words->next(); end != icu::BreakIterator::DONE;
             start = end, end = words->next()) {
            const auto from = std::max(static_cast<std::uint32_t>(start), consumed);
            const auto to = static_cast<std::uint32_t>(end);
            if (from >= to) continue;
            if (words->getRuleStatus() < UBRK_WORD_NONE_LIMIT)
                split_between_words(sentence, from, to, out);
            else
                consumed = add_word(sentence, from, to, out);
        }
    }

    static void split_fast(std::string_view sentence, std::vector<TokenPiece>& out) {
        const auto size = static_cast<std::uint32_t>(sentence.size());
        std::uint32_t at = 0;
        while (at < size) {
            if (!is_word_part(ascii_class(sentence[at]))) {
                std::uint32_t end = at;
                while (end < size && !is_word_part(ascii_class(sentence[end])))
                    end += unit_at(sentence, end).size;
                split_between_words(sentence, at, end, out);
                at = end;
                continue;
            }
            at = add_word(sentence, at, fast_word_end(sentence, at), out);
        }
    }
};

WordSplitter::WordSplitter(std::string_view language) : m_impl(std::make_unique<Impl>()) {
    const std::string code(language);
    UErrorCode status = U_ZERO_ERROR;
    m_impl->words.reset(icu::BreakIterator::createWordInstance(icu::Locale(code.c_str()), status));
    check_icu(status, "cannot create a word break iterator");
}

WordSplitter::~WordSplitter() = default;

void WordSplitter::split(std::string_view sentence, std::vector<TokenPiece>& out, Path path) {
    out.clear();
    if (path == Path::fastest && fits_fast_path(sentence))
        Impl::split_fast(sentence, out);
    else
        m_impl->split_icu(sentence, out);
}

}  // namespace dipdiff
