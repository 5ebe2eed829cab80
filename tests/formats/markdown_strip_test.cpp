#include "formats/markdown_strip.hpp"

#include <gtest/gtest.h>

#include <string>

namespace dipdiff {
namespace {

/// Every analysis text must map back in order, each byte to a byte of the
/// original; outside decoded entities and tags, to the same byte value.
void expect_valid_origin(const std::string& original, const AnalysisText& analysis, bool same_bytes) {
    if (analysis.origin.empty()) {
        EXPECT_EQ(analysis.text, original);
        return;
    }
    ASSERT_EQ(analysis.origin.size(), analysis.text.size());
    for (std::size_t i = 0; i < analysis.origin.size(); ++i) {
        ASSERT_LT(analysis.origin[i], original.size()) << i;
        if (i > 0) {
            EXPECT_LT(analysis.origin[i - 1], analysis.origin[i]) << "origin not increasing at " << i;
        }
        if (same_bytes) {
            EXPECT_EQ(analysis.text[i], original[analysis.origin[i]]) << "byte " << i;
        }
    }
}

struct StripCase {
    std::string markdown;
    std::string analysis;
};

TEST(MarkdownStripTest, RemovesMarkupAndKeepsText) {
    const StripCase cases[] = {
        {"Talks were **very** productive.", "Talks were very productive."},
        {"*a* and _b_ and __c__ and ~~d~~", "a and b and c and d"},
        {"***bold italic***", "bold italic"},
        {"the President's *remarks*.", "the President's remarks."},
        {"\\*not emphasis\\* and 1\\. item \\- dash \\[x\\]", "*not emphasis* and 1. item - dash [x]"},
        {"# Heading\n\nText", "Heading\n\nText"},
        {"## Heading ##\n", "Heading\n"},
        {"> quoted line\n> continues", "quoted line\ncontinues"},
        {"> > nested", "nested"},
        {"- item one\n- item two\n* item three\n+ four", "item one\nitem two\nitem three\nfour"},
        {"See [the text](https://example.org/a_b*c*) here", "See the text here"},
        {"See [**bold link**](https://example.org) here", "See bold link here"},
        {"![Flag of Varenia](img/flag_1.png)", "Flag of Varenia"},
        {"[ref text][1]\n\n[1]: https://example.org", "ref text\n\n"},
        {"Use `code_span *x*` now", "Use code_span *x* now"},
        {"Use ``a ` b`` now", "Use a ` b now"},
        {"<!-- comment -->Text", "Text"},
        {"Line one of a\nhard-wrapped **bold\nparagraph** ends.",
         "Line one of a\nhard-wrapped bold\nparagraph ends."},
        {"```\ncode **x**\n```\nafter", "\ncode **x**\n\nafter"},
        {"Text\n\n---\n\nMore", "Text\n\n\n\nMore"},
        {"Title\n=====\nText", "Title\n\nText"},
        {"<https://varenia.example/mfa>", "https://varenia.example/mfa"},
        {"word_with_underscore_ and _real emphasis_", "word_with_underscore_ and real emphasis"},
        {"line with hard break\\\nnext", "line with hard break\nnext"},
        {"CRLF **bold**\r\nline", "CRLF bold\r\nline"},
    };
    for (const auto& c : cases) {
        const AnalysisText analysis = strip_markdown(c.markdown);
        EXPECT_EQ(analysis.text, c.analysis) << c.markdown;
        expect_valid_origin(c.markdown, analysis, true);
    }
}

TEST(MarkdownStripTest, LeavesTextWithoutMarkupAloneWithIdentityOrigin) {
    const std::string texts[] = {
        "snake_case_name stays",
        "5 * 3 = 15 and 2 * 4",
        "**unclosed bold",
        "a < b and c > d",
        "Fees of 5% & more [sic] (approx.)",
        "1. The first point\n2. The second point",
        "~single tilde~ and ~~~three~~~",
    };
    for (const auto& text : texts) {
        const AnalysisText analysis = strip_markdown(text);
        EXPECT_EQ(analysis.text, text);
        EXPECT_TRUE(analysis.origin.empty()) << text;
    }
}

TEST(MarkdownStripTest, DecodesEntitiesMappingToTheEntity) {
    const std::string markdown = "AT&amp;T &nbsp;x Varenia&#8217;s &#x2019; &unknown; & alone &#0;";
    const AnalysisText analysis = strip_markdown(markdown);
    EXPECT_EQ(analysis.text, "AT&T \u00a0x Varenia\u2019s \u2019 &unknown; & alone &#0;");
    expect_valid_origin(markdown, analysis, false);
    // "&amp;" → '&', from the entity's first byte.
    EXPECT_EQ(analysis.origin[2], markdown.find("&amp;"));
    EXPECT_EQ(analysis.origin[3], markdown.find("T &nbsp;"));
    // A three-byte character: first byte from '&', last from ';', so the word
    // "Varenia’s" maps back to the whole "Varenia&#8217;s".
    const std::size_t word = analysis.text.find("Varenia");
    const Span original =
        analysis.to_original({static_cast<std::uint32_t>(word),
                              static_cast<std::uint32_t>(word + std::string("Varenia\u2019s").size())});
    EXPECT_EQ(original.of(markdown), "Varenia&#8217;s");
}

TEST(MarkdownStripTest, InlineTagsVanishAndBlockTagsBecomeLineBreaks) {
    const std::string markdown = "A<br>B <b>bold</b> <p>para</p><span class=\"x\">s</span>";
    const AnalysisText analysis = strip_markdown(markdown);
    EXPECT_EQ(analysis.text, "A\nB bold \npara\ns");
    expect_valid_origin(markdown, analysis, false);
    EXPECT_EQ(analysis.origin[1], markdown.find("<br>"));
}

TEST(MarkdownStripTest, MapsAnalysisSpansBackToTheOriginalBytes) {
    const std::string markdown =
        "> The minister called it **a step _forward_** in [the talks](https://x.org).";
    const AnalysisText analysis = strip_markdown(markdown);
    ASSERT_EQ(analysis.text, "The minister called it a step forward in the talks.");
    const auto span_of = [&](std::string_view word) {
        const auto at = static_cast<std::uint32_t>(analysis.text.find(word));
        return analysis.to_original({at, static_cast<std::uint32_t>(at + word.size())});
    };
    EXPECT_EQ(span_of("forward").of(markdown), "forward");
    EXPECT_EQ(span_of("a step forward").of(markdown), "a step _forward");
    EXPECT_EQ(span_of("the talks").of(markdown), "the talks");
    EXPECT_EQ(span_of("The").start, 2u);
}

TEST(MarkdownStripTest, CostsLinearTimeOnPathologicalInput) {
    // Thousands of unmatched openers: must finish at once and change nothing.
    std::string markdown = "`";
    for (int i = 0; i < 20000; ++i) markdown += "[x <a &x <!-- ";
    const AnalysisText analysis = strip_markdown(markdown);
    EXPECT_TRUE(analysis.text == markdown);  // not EXPECT_EQ: a failure would print 300 KB
    EXPECT_TRUE(analysis.origin.empty());
}

}  // namespace
}  // namespace dipdiff
