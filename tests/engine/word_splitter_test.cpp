#include "engine/word_splitter.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace dipdiff {
namespace {

using ::testing::ElementsAre;

struct Piece {
    std::string text;
    TokenKind kind;
    friend bool operator==(const Piece&, const Piece&) = default;
    friend std::ostream& operator<<(std::ostream& out, const Piece& p) {
        return out << '"' << p.text << "\"/" << static_cast<int>(p.kind);
    }
};

std::vector<Piece> split(WordSplitter& splitter, std::string_view text,
                         WordSplitter::Path path = WordSplitter::Path::fastest) {
    std::vector<TokenPiece> pieces;
    splitter.split(text, pieces, path);
    std::vector<Piece> out;
    for (const TokenPiece& p : pieces)
        out.push_back({std::string(text.substr(p.start, p.end - p.start)), p.kind});
    return out;
}

constexpr TokenKind W = TokenKind::word;
constexpr TokenKind N = TokenKind::number;
constexpr TokenKind P = TokenKind::punctuation;
constexpr TokenKind S = TokenKind::symbol;

TEST(WordSplitterTest, KeepsAbbreviationsContractionsAndNumbersWhole) {
    WordSplitter splitter("en");
    EXPECT_THAT(
        split(splitter, "The U.S. don't pay 2,400 or 3.5 at 18.30."),
        ElementsAre(Piece{"The", W}, Piece{"U.S.", W}, Piece{"don't", W}, Piece{"pay", W}, Piece{"2,400", N},
                    Piece{"or", W}, Piece{"3.5", N}, Piece{"at", W}, Piece{"18.30", N}, Piece{".", P}));
}

TEST(WordSplitterTest, SplitsHyphensAndEveryPunctuationMarkButKeepsRuns) {
    WordSplitter splitter("en");
    EXPECT_THAT(split(splitter, "well-known -- (yes)... $5%"),
                ElementsAre(Piece{"well", W}, Piece{"-", P}, Piece{"known", W}, Piece{"--", P}, Piece{"(", P},
                            Piece{"yes", W}, Piece{")", P}, Piece{"...", P}, Piece{"$", S}, Piece{"5", N},
                            Piece{"%", P}));
}

TEST(WordSplitterTest, NonAsciiTextGoesThroughIcu) {
    WordSplitter splitter("en");
    EXPECT_THAT(
        split(splitter, "Varenia\u2019s \u00ABtalks\u00BB \u2014\u2014 caf\u0065\u0301 \u2026\u2026"),
        ElementsAre(Piece{"Varenia\u2019s", W}, Piece{"\u00AB", P}, Piece{"talks", W}, Piece{"\u00BB", P},
                    Piece{"\u2014\u2014", P}, Piece{"caf\u0065\u0301", W}, Piece{"\u2026\u2026", P}));
}

TEST(WordSplitterTest, InvisibleCharactersAreNoTokensAndMarksStayWithTheirBase) {
    WordSplitter splitter("en");
    EXPECT_THAT(split(splitter, "a\u200B \u00A0!\u0301 \u00A9"),
                ElementsAre(Piece{"a", W}, Piece{"!\u0301", P}, Piece{"\u00A9", S}));
}

TEST(WordSplitterTest, ChineseWordsComeFromTheDictionary) {
    WordSplitter splitter("zh");
    EXPECT_THAT(
        split(splitter, "双方进行了会谈。"),
        ElementsAre(Piece{"双方", W}, Piece{"进行", W}, Piece{"了", W}, Piece{"会谈", W}, Piece{"。", P}));
}

// The fast path must give exactly what ICU gives, on text made to hit every
// rule: letters, digits, underscores, the marks between them and the
// typographic marks it handles itself (and one it leaves to ICU: é).
TEST(WordSplitterTest, FastPathAgreesWithIcu) {
    WordSplitter splitter("en");
    std::mt19937 random(20211207);
    const std::vector<std::string> alphabet{
        "a",      "Z",      "0",      "9",      "_",      ".",      "'",      ",",      ";",
        ":",      "-",      " ",      " ",      "\t",     "\n",     "\r",     "$",      "%",
        "(",      ")",      "\"",     "!",      "?",      "~",      "\u00AB", "\u00BB", "\u00A0",
        "\u2013", "\u2014", "\u2018", "\u2019", "\u201C", "\u201D", "\u2026", "\u00E9"};
    std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1);
    std::uniform_int_distribution<int> length(1, 24);
    for (int round = 0; round < 20000; ++round) {
        std::string text;
        for (int i = length(random); i > 0; --i) text += alphabet[pick(random)];
        ASSERT_EQ(split(splitter, text, WordSplitter::Path::fastest),
                  split(splitter, text, WordSplitter::Path::icu_only))
            << "text: [" << text << "]";
    }
}

TEST(WordSplitterTest, EmptyAndWhiteSentencesHaveNoTokens) {
    WordSplitter splitter("en");
    EXPECT_TRUE(split(splitter, "").empty());
    EXPECT_TRUE(split(splitter, " \t\u3000").empty());
}

}  // namespace
}  // namespace dipdiff
