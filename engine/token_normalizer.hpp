#pragma once
/// The normal form of a token: what makes "Talks", "talks" and "ＴＡＬＫＳ", or
/// ’ and ', or — and -, compare equal.
#include <memory>
#include <string>
#include <string_view>

namespace dipdiff {

class TokenNormalizer {
public:
    /// Loads ICU's NFKC_Casefold data; throws std::runtime_error when ICU's
    /// data is missing (a broken installation, not bad input).
    TokenNormalizer();
    ~TokenNormalizer();
    TokenNormalizer(const TokenNormalizer&) = delete;
    TokenNormalizer& operator=(const TokenNormalizer&) = delete;

    /// Writes the normal form of `token` to `out` (replacing its content):
    /// curly and angle quotes → ' or ", the dash family → -, then NFKC with
    /// case folding ("ﬁ" → "fi", "…" → "...", "Talks" → "talks"). Pure ASCII
    /// takes a fast path (lower-casing only). Ill-formed UTF-8 becomes U+FFFD.
    void normalize(std::string_view token, std::string& out);

private:
    struct State;  // the ICU normalizer and strings reused so that warm calls do not allocate
    std::unique_ptr<State> m_state;
};

}  // namespace dipdiff
