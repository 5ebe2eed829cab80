#include "engine/clause_words.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dipdiff {
namespace {

// Items as "kind:text" for readable comparisons.
std::vector<std::string> describe(const std::string& text, const std::vector<Span>& quotes = {},
                                  const std::vector<Span>& skipped = {}) {
    std::vector<ClauseItem> items;
    split_clause(text, {0, static_cast<std::uint32_t>(text.size())}, quotes, skipped, items);
    std::vector<std::string> out;
    for (const ClauseItem& item : items) {
        std::string kind;
        switch (item.kind) {
            case ClauseItemKind::word:
                kind = item.han ? "han" : (item.capitalized ? "Word" : "word");
                break;
            case ClauseItemKind::comma:
                kind = "comma";
                break;
            case ClauseItemKind::colon:
                kind = "colon";
                break;
            case ClauseItemKind::dash:
                kind = "dash";
                break;
            case ClauseItemKind::quote:
                kind = "quote";
                break;
            case ClauseItemKind::open_paren:
                kind = "open";
                break;
            case ClauseItemKind::close_paren:
                kind = "close";
                break;
            case ClauseItemKind::stop:
                kind = "stop";
                break;
        }
        out.push_back(kind + ":" + std::string(item.span.of(text)));
    }
    return out;
}

using Strings = std::vector<std::string>;

TEST(ClauseWordsTest, KeepsApostrophesHyphensAndAbbreviationsInWords) {
    EXPECT_EQ(describe("Mr. Marek\u2019s so-called plan (U.S. style) - done."),
              (Strings{"Word:Mr.", "Word:Marek\u2019s", "word:so-called", "word:plan", "open:(", "Word:U.S",
                       "stop:.", "word:style", "close:)", "dash:-", "word:done", "stop:."}));
}

TEST(ClauseWordsTest, InitialsKeepTheirDot) {
    EXPECT_EQ(describe("Aldo F. Marek said"), (Strings{"Word:Aldo", "Word:F.", "Word:Marek", "word:said"}));
}

TEST(ClauseWordsTest, QuoteRegionsBecomeOneItemAndStageDirectionsVanish) {
    const std::string text = "He said \u201Cwe agreed, fully\u201D (Laughter.) today.";
    const auto open = static_cast<std::uint32_t>(text.find("we"));
    const auto close = static_cast<std::uint32_t>(text.find("\u201D"));
    const auto stage = static_cast<std::uint32_t>(text.find('('));
    EXPECT_EQ(
        describe(text, {{open, close}}, {{stage, stage + 11}}),
        (Strings{"Word:He", "word:said", "quote:\u201Cwe agreed, fully\u201D", "word:today", "stop:."}));
}

TEST(ClauseWordsTest, HanRunsAndFullWidthPunctuation) {
    EXPECT_EQ(describe("\u738B\u660E\u8BF4\uFF1A\u53CC\u65B9\uFF0C\u540C\u610F\u3002"),
              (Strings{"han:\u738B\u660E\u8BF4", "colon:\uFF1A", "han:\u53CC\u65B9", "comma:\uFF0C",
                       "han:\u540C\u610F", "stop:\u3002"}));
}

TEST(ClauseWordsTest, SpanBeyondTheTextIsClamped) {
    std::vector<ClauseItem> items{{{0, 1}, ClauseItemKind::stop}};
    split_clause("Yes", {1, 99}, {}, {}, items);
    ASSERT_EQ(items.size(), 1u);
    EXPECT_EQ(items[0].span, (Span{1, 3}));
}

TEST(ClauseWordsTest, FoldsCaseAcrossScripts) {
    std::string buffer;
    EXPECT_EQ(fold_word("Minister", buffer), "minister");
    EXPECT_EQ(fold_word("\u041F\u0443\u0442\u044C", buffer), "\u043F\u0443\u0442\u044C");
    EXPECT_EQ(fold_word("\u738B", buffer), "\u738B");
    const FoldedWordSet set{"said", "told", "said"};
    EXPECT_TRUE(set.contains("told"));
    EXPECT_FALSE(set.contains("Told"));
}

}  // namespace
}  // namespace dipdiff
