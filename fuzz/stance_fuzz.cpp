// libFuzzer target: the stance lexicon reader and the stance scorer on
// arbitrary bytes. An odd first byte reads the rest as a lexicon file (it may
// be refused only through diagnostics) and, when it loads, scores a fixed
// readout with it; an even one scores the rest, read as a statement, with the
// built-in lexicon. Any exception, crash, leak or sanitizer report is a bug.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "engine/analyse.hpp"
#include "engine/stance.hpp"
#include "formats/lexicon_reader.hpp"

namespace {

constexpr std::string_view k_readout =
    "The talks were frank and candid, but not unconstructive. Varenia will not accept "
    "the so-called plan; it must be withdrawn. Should Talmar sign, we may welcome it? "
    "There was no hostility at all \xe2\x80\x94 \"quite the opposite,\" he said.";

void score(dipdiff::Segmenter& segmenter, const dipdiff::StanceScorer& scorer, std::string_view text) {
    dipdiff::Statement statement;
    statement.text.assign(text);
    statement.language = "en";
    dipdiff::use_plain_analysis_text(statement);
    const dipdiff::Document document = dipdiff::analyse_statement(segmenter, statement);
    const dipdiff::DocumentStance stances = scorer.score(document);
    if (stances.by_sentence.size() != document.sentences.size()) __builtin_trap();
    for (const dipdiff::SentenceStance& stance : stances.by_sentence) {
        if (!(stance.tone >= -1 && stance.tone <= 1)) __builtin_trap();
        for (const dipdiff::StanceCue& cue : stance.evidence)
            if (cue.span.end > statement.text.size() || cue.span.start > cue.span.end) __builtin_trap();
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const std::string_view rest(reinterpret_cast<const char*>(data) + 1, size - 1);
    try {
        if (data[0] & 1) {
            dipdiff::Diagnostics diagnostics;
            const dipdiff::Lexicon lexicon = dipdiff::parse_lexicon(rest, "fuzz.json", diagnostics);
            if (!dipdiff::has_errors(diagnostics)) {
                dipdiff::TermPool terms;
                dipdiff::Segmenter segmenter(terms);
                const dipdiff::StanceScorer scorer(lexicon, segmenter);
                score(segmenter, scorer, k_readout);
            }
        } else {
            // Built once: compiling the default lexicon would dominate every run.
            struct Default {
                dipdiff::Lexicon lexicon;
                dipdiff::TermPool terms;
                dipdiff::Segmenter segmenter{terms};
                std::unique_ptr<dipdiff::StanceScorer> scorer;
            };
            static Default* fixed = [] {
                auto* made = new Default;  // lives for the whole run, like the fuzzer itself
                dipdiff::Diagnostics diagnostics;
                made->lexicon = dipdiff::load_lexicon("", diagnostics);
                made->scorer = std::make_unique<dipdiff::StanceScorer>(made->lexicon, made->segmenter);
                return made;
            }();
            score(fixed->segmenter, *fixed->scorer, rest);
        }
    } catch (const dipdiff::InputError&) {
        // Texts over the segmenter's limit are refused this way.
    }
    return 0;
}
