#include "engine/quote_scanner.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dipdiff {
namespace {

// Paragraphs are separated by a blank line; each is trimmed, all in group 0.
std::vector<QuoteParagraph> paragraphs_of(const std::string& text) {
    std::vector<QuoteParagraph> out;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t blank = text.find("\n\n", start);
        const std::size_t end = blank == std::string::npos ? text.size() : blank;
        std::size_t a = start, b = end;
        while (a < b && (text[a] == ' ' || text[a] == '\n')) ++a;
        while (b > a && (text[b - 1] == ' ' || text[b - 1] == '\n')) --b;
        if (a < b) out.push_back({{static_cast<std::uint32_t>(a), static_cast<std::uint32_t>(b)}, 0});
        if (blank == std::string::npos) break;
        start = blank + 2;
    }
    return out;
}

std::vector<std::string> quoted(const std::string& text) {
    std::vector<std::string> out;
    for (const Span& s : find_quote_regions(text, paragraphs_of(text))) out.emplace_back(s.of(text));
    return out;
}

using Strings = std::vector<std::string>;

struct QuoteCase {
    const char* name;
    std::string text;
    Strings expected;
};

TEST(QuoteScannerTest, FindsTheTextBetweenQuotationMarks) {
    const std::vector<QuoteCase> cases{
        {"curly", "He said \u201Cwe agreed\u201D today.", {"we agreed"}},
        {"nested single inside double",
         "\u201CHe told me \u2018never again\u2019 and left,\u201D she said.",
         {"He told me \u2018never again\u2019 and left,"}},
        {"british single", "\u2018We agreed,\u2019 he said.", {"We agreed,"}},
        {"apostrophe inside a single quote",
         "\u2018We don\u2019t agree,\u2019 he said.",
         {"We don\u2019t agree,"}},
        {"straight", "He said \"yes\" and then \"no\".", {"yes", "no"}},
        {"straight single", "'We agreed,' he said.", {"We agreed,"}},
        {"guillemets with inner low quotes",
         "\u00AB\u041E\u043D \u201E\u043D\u0435\u0442\u201C \u0441\u043A\u0430\u0437\u0430\u043B\u00BB, "
         "\u2014 "
         "\u043E\u0442\u043C\u0435\u0442\u0438\u043B \u043E\u043D.",
         {"\u041E\u043D \u201E\u043D\u0435\u0442\u201C \u0441\u043A\u0430\u0437\u0430\u043B"}},
        {"german low-high", "Er sagte \u201Eja\u201C dazu.", {"ja"}},
        {"corner brackets",
         "\u4ED6\u8BF4\u300C\u6211\u4EEC\u540C\u610F\u300D\u3002",
         {"\u6211\u4EEC\u540C\u610F"}},
        {"straight quotes in Chinese",
         "\u4ED6\u8BF4\"\u6211\u4EEC\u540C\u610F\"\u3002",
         {"\u6211\u4EEC\u540C\u610F"}},
        {"swedish right-right", "Han sa \u201Dja\u201D igen.", {"ja"}},
        {"left mark typed as the closer", "\u201CYes,\u201C he said.", {"Yes,"}},
        {"empty quote", "He said \u201C\u201D and left.", {}},
    };
    for (const QuoteCase& c : cases) EXPECT_EQ(quoted(c.text), c.expected) << c.name;
}

TEST(QuoteScannerTest, ApostrophesAndStrayMarksOpenNothing) {
    const std::vector<QuoteCase> cases{
        {"apostrophes", "Varenia\u2019s view: don\u2019t wait for the \u201990s. Let\u2019s see.", {}},
        {"left single without a closer", "The \u2018draft never closes in this paragraph.", {}},
        {"plural possessive", "The leaders\u2019 mandate and the states' interests.", {}},
        {"inches", "A 12\" pipe and a 3\" bolt.", {}},
        {"stray right double", "The end\u201D of it.", {}},
        {"stray right guillemet", "\u0422\u0435\u043A\u0441\u0442\u00BB \u0431\u0435\u0437.", {}},
    };
    for (const QuoteCase& c : cases) EXPECT_EQ(quoted(c.text), c.expected) << c.name;
}

TEST(QuoteScannerTest, QuoteContinuesIntoParagraphThatOpensWithAMark) {
    const std::string text = "\u201CFirst part.\n\n\u201CSecond part.\u201D He left.";
    EXPECT_EQ(quoted(text), (Strings{"First part.\n\n\u201CSecond part."}));
    const std::vector<Span> regions = find_quote_regions(text, paragraphs_of(text));
    ASSERT_EQ(regions.size(), 1u);
    EXPECT_EQ(regions[0], (Span{3, static_cast<std::uint32_t>(text.find("\u201D He"))}));
}

TEST(QuoteScannerTest, UnclosedQuoteEndsAtItsParagraph) {
    EXPECT_EQ(quoted("He said \u201Cunclosed here.\n\nNext paragraph \u201Cquoted\u201D."),
              (Strings{"unclosed here.", "quoted"}));
    EXPECT_EQ(quoted("He said \"unclosed here.\n\nNext paragraph."), (Strings{"unclosed here."}));
}

TEST(QuoteScannerTest, QuoteDoesNotContinueIntoAnotherTurn) {
    const std::string text = "\u201CFirst part.\n\n\u201CSecond part.\u201D";
    std::vector<QuoteParagraph> paragraphs = paragraphs_of(text);
    ASSERT_EQ(paragraphs.size(), 2u);
    paragraphs[1].group = 1;
    std::vector<Strings::value_type> got;
    for (const Span& s : find_quote_regions(text, paragraphs)) got.emplace_back(s.of(text));
    EXPECT_EQ(got, (Strings{"First part.", "Second part."}));
}

TEST(QuoteScannerTest, MalformedBytesAndOutOfRangeParagraphsAreSafe) {
    const std::string text =
        "\xFF\u201C"
        "a\xFE\u201D \xE2\x80";
    EXPECT_EQ(quoted(text), (Strings{"a\xFE"}));
    const std::vector<QuoteParagraph> beyond{{{1, 500}, 0}, {{400, 900}, 0}};
    EXPECT_EQ(find_quote_regions(text, beyond).size(), 1u);
}

}  // namespace
}  // namespace dipdiff
