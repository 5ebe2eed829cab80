#include "engine/token_normalizer.hpp"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <stdexcept>

namespace dipdiff {
namespace {

// The single replacement for a quotation mark or dash, 0 when there is none.
char16_t unified_punctuation(char16_t c) {
    switch (c) {
        case u'\u2018':
        case u'\u2019':
        case u'\u201A':
        case u'\u201B':
        case u'\u2032':
        case u'\uFF07':
            return u'\'';
        case u'\u201C':
        case u'\u201D':
        case u'\u201E':
        case u'\u201F':
        case u'\u00AB':
        case u'\u00BB':
        case u'\u2033':
        case u'\uFF02':
            return u'"';
        case u'\u2010':
        case u'\u2011':
        case u'\u2012':
        case u'\u2013':
        case u'\u2014':
        case u'\u2015':
        case u'\u2212':
        case u'\uFE58':
        case u'\uFE63':
        case u'\uFF0D':
            return u'-';
        default:
            return 0;
    }
}

void map_punctuation(icu::UnicodeString& text) {
    const std::int32_t length = text.length();
    for (std::int32_t i = 0; i < length; ++i) {
        const char16_t replacement = unified_punctuation(text.charAt(i));
        if (replacement != 0) text.setCharAt(i, replacement);
    }
}

}  // namespace

struct TokenNormalizer::State {
    const icu::Normalizer2* nfkc_casefold = nullptr;  // owned by ICU
    icu::UnicodeString source;
    icu::UnicodeString result;
};

TokenNormalizer::TokenNormalizer() : m_state(std::make_unique<State>()) {
    UErrorCode status = U_ZERO_ERROR;
    m_state->nfkc_casefold = icu::Normalizer2::getNFKCCasefoldInstance(status);
    if (U_FAILURE(status) || m_state->nfkc_casefold == nullptr)
        throw std::runtime_error(std::string("ICU NFKC_Casefold data is missing: ") + u_errorName(status));
}

TokenNormalizer::~TokenNormalizer() = default;

void TokenNormalizer::normalize(std::string_view token, std::string& out) {
    out.clear();
    bool ascii = true;
    for (const char c : token) {
        if (static_cast<unsigned char>(c) >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii) {
        out.assign(token);
        for (char& c : out)
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        return;
    }
    icu::UnicodeString& source = m_state->source;
    icu::UnicodeString& result = m_state->result;
    source =
        icu::UnicodeString::fromUTF8(icu::StringPiece(token.data(), static_cast<std::int32_t>(token.size())));
    // Before NFKC, which would turn ″ into two primes; and after, for marks NFKC produces.
    map_punctuation(source);
    UErrorCode status = U_ZERO_ERROR;
    m_state->nfkc_casefold->normalize(source, result, status);
    if (U_FAILURE(status)) result = source;
    map_punctuation(result);
    result.toUTF8String(out);
}

}  // namespace dipdiff
