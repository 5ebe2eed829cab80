#pragma once
/// Snowball stemmers (libstemmer) for the languages of statements.
#include <string_view>

struct sb_stemmer;

namespace dipdiff {

/// The Snowball algorithm name for an ISO 639-1 code or a tag that starts
/// with one ("en", "en-GB", "RU" → "english", "english", "russian"); "" when
/// Snowball has no stemmer for the language (Chinese, Japanese, unknown).
std::string_view snowball_algorithm(std::string_view language);

/// The primary language subtag, lower-cased: "en-GB" → "en", "ZH_Hans" → "zh".
std::string_view primary_language(std::string_view language, char (&buffer)[8]);

/// One Snowball stemmer. Owns its libstemmer state; movable, not copyable,
/// not thread-safe (libstemmer keeps per-stemmer buffers).
class SnowballStemmer {
public:
    /// A stemmer for `language` (ISO 639-1); one that returns words unchanged
    /// when there is no Snowball algorithm for it.
    explicit SnowballStemmer(std::string_view language);
    ~SnowballStemmer();
    SnowballStemmer(SnowballStemmer&& other) noexcept;
    SnowballStemmer& operator=(SnowballStemmer&& other) noexcept;
    SnowballStemmer(const SnowballStemmer&) = delete;
    SnowballStemmer& operator=(const SnowballStemmer&) = delete;

    bool available() const { return m_stemmer != nullptr; }

    /// The stem of a normalized (lower-case, UTF-8) word. The view is valid
    /// until the next call; it is `word` itself without a stemmer, for words
    /// longer than k_max_stem_bytes, or when libstemmer runs out of memory.
    std::string_view stem(std::string_view word);

    static constexpr std::size_t k_max_stem_bytes = 256;

private:
    sb_stemmer* m_stemmer = nullptr;
};

}  // namespace dipdiff
