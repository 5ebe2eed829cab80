// Attribution on arbitrary bytes: paragraphs at blank lines, sentences at ". ", the odd
// paragraph in a turn. Must never crash, read out of range or loop.
#include <cstddef>
#include <cstdint>
#include <string>

#include "engine/attribution.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace dipdiff;
    Statement statement;
    statement.text.assign(reinterpret_cast<const char*>(data), size);
    statement.genre = size % 2 ? Genre::article : Genre::readout;
    use_plain_analysis_text(statement);
    Document document;
    document.statement = &statement;
    document.turns.push_back(Turn{{}, {}, "Q", true});
    const std::string& text = statement.text;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find("\n\n", start);
        if (end == std::string::npos) end = text.size();
        Paragraph paragraph;
        paragraph.span = {static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end)};
        paragraph.turn = document.paragraphs.size() % 5 == 4 ? 0 : -1;
        const int index = static_cast<int>(document.paragraphs.size());
        document.paragraphs.push_back(paragraph);
        std::size_t sentence_start = start;
        while (sentence_start < end) {
            std::size_t stop = text.find(". ", sentence_start);
            if (stop == std::string::npos || stop >= end)
                stop = end;
            else
                stop += 1;
            Sentence sentence;
            sentence.span = {static_cast<std::uint32_t>(sentence_start), static_cast<std::uint32_t>(stop)};
            sentence.paragraph = index;
            document.sentences.push_back(sentence);
            sentence_start = stop < end ? stop + 1 : end;
        }
        start = end + 2;
    }
    if (size > 3) document.stage_directions.push_back({{1, static_cast<std::uint32_t>(size / 2)}});
    attribute_sentences(document);
    return 0;
}
