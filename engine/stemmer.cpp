#include "engine/stemmer.hpp"

#include <libstemmer.h>

#include <utility>

namespace dipdiff {
namespace {

struct Algorithm {
    std::string_view iso;
    std::string_view snowball;
};

// The Snowball stemmers Debian's libstemmer ships, by ISO 639-1 code ("porter" is
// an older English one and not used).
constexpr Algorithm k_algorithms[] = {
    {"ar", "arabic"},    {"ca", "catalan"},    {"da", "danish"},     {"de", "german"},   {"el", "greek"},
    {"en", "english"},   {"es", "spanish"},    {"eu", "basque"},     {"fi", "finnish"},  {"fr", "french"},
    {"ga", "irish"},     {"hi", "hindi"},      {"hu", "hungarian"},  {"hy", "armenian"}, {"id", "indonesian"},
    {"it", "italian"},   {"lt", "lithuanian"}, {"nb", "norwegian"},  {"ne", "nepali"},   {"nl", "dutch"},
    {"nn", "norwegian"}, {"no", "norwegian"},  {"pt", "portuguese"}, {"ro", "romanian"}, {"ru", "russian"},
    {"sr", "serbian"},   {"sv", "swedish"},    {"ta", "tamil"},      {"tr", "turkish"},  {"yi", "yiddish"},
};

}  // namespace

std::string_view primary_language(std::string_view language, char (&buffer)[8]) {
    std::size_t length = 0;
    for (const char c : language) {
        if (c == '-' || c == '_' || length + 1 >= sizeof buffer) break;
        buffer[length++] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    buffer[length] = '\0';
    return {buffer, length};
}

std::string_view snowball_algorithm(std::string_view language) {
    char buffer[8];
    const std::string_view iso = primary_language(language, buffer);
    for (const Algorithm& a : k_algorithms)
        if (a.iso == iso) return a.snowball;
    return {};
}

SnowballStemmer::SnowballStemmer(std::string_view language) {
    const std::string_view algorithm = snowball_algorithm(language);
    // The names in k_algorithms are string literals: NUL-terminated.
    if (!algorithm.empty()) m_stemmer = sb_stemmer_new(algorithm.data(), "UTF_8");
}

SnowballStemmer::~SnowballStemmer() {
    if (m_stemmer != nullptr) sb_stemmer_delete(m_stemmer);
}

SnowballStemmer::SnowballStemmer(SnowballStemmer&& other) noexcept
    : m_stemmer(std::exchange(other.m_stemmer, nullptr)) {}

SnowballStemmer& SnowballStemmer::operator=(SnowballStemmer&& other) noexcept {
    if (this != &other) {
        if (m_stemmer != nullptr) sb_stemmer_delete(m_stemmer);
        m_stemmer = std::exchange(other.m_stemmer, nullptr);
    }
    return *this;
}

std::string_view SnowballStemmer::stem(std::string_view word) {
    if (m_stemmer == nullptr || word.empty() || word.size() > k_max_stem_bytes) return word;
    const sb_symbol* result = sb_stemmer_stem(m_stemmer, reinterpret_cast<const sb_symbol*>(word.data()),
                                              static_cast<int>(word.size()));
    if (result == nullptr) return word;
    return {reinterpret_cast<const char*>(result), static_cast<std::size_t>(sb_stemmer_length(m_stemmer))};
}

}  // namespace dipdiff
