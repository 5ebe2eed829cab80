#include "engine/phrase_stems.hpp"

namespace dipdiff {

void PhraseStemmer::stems(std::string_view phrase, std::string_view language, std::vector<TermId>& out) {
    stems_and_norms(phrase, language, out, m_norms);
}

void PhraseStemmer::stems_and_norms(std::string_view phrase, std::string_view language, std::vector<TermId>& out,
                                    std::vector<TermId>& norms) {
    out.clear();
    norms.clear();
    m_statement.text.assign(phrase);
    m_statement.language.assign(language);
    use_plain_analysis_text(m_statement);
    SegmentOptions options;
    options.detect_turns = false;  // "Q:" or "NOTE:" in a phrase is words, not a speaker label
    const Document document = m_segmenter.segment(m_statement, options);
    for (const Token& token : document.tokens)
        if (is_matched_token(token.kind)) {
            out.push_back(token.stem);
            norms.push_back(token.norm);
        }
}

std::string joined_stems(const std::vector<TermId>& stems, const TermPool& terms) {
    std::string out;
    for (const TermId stem : stems) {
        if (!out.empty()) out += ' ';
        out += terms.text(stem);
    }
    return out;
}

}  // namespace dipdiff
