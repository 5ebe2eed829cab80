#include "engine/speech_verbs.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "engine/quote_scanner.hpp"

namespace dipdiff {
namespace {

// "name: Marek", "pronoun", "role: the ministry" or "none" for the first reported speech of a one-paragraph
// text.
std::string reported(const std::string& text) {
    const Span all{0, static_cast<std::uint32_t>(text.size())};
    const std::vector<Span> quotes = find_quote_regions(text, {{all, 0}});
    std::vector<ClauseItem> items;
    split_clause(text, all, quotes, {}, items);
    const auto speech = find_reported_speech(text, items);
    if (!speech) return "none";
    std::string words;
    for (std::string_view w : speech->words) words += (words.empty() ? "" : " ") + std::string(w);
    switch (speech->kind) {
        case SubjectKind::name:
            return "name: " + words;
        case SubjectKind::person_pronoun:
            return "pronoun";
        case SubjectKind::role:
            return "role: " + words;
    }
    return "?";
}

struct SpeechCase {
    std::string text;
    std::string expected;
};

TEST(SpeechVerbsTest, FindsTheSubjectOfTheFirstSpeechVerb) {
    const std::vector<SpeechCase> cases{
        {"Marek also said the talks went well.", "name: Marek"},
        {"President Aldo Marek of Varenia reported that talks would resume.",
         "name: President Aldo Marek of Varenia"},
        {"Marek, like Brandt, emphasized the point.", "name: Marek"},
        {"Asked about the border, Marek replied: no.", "name: Marek"},
        {"\u201CWe agreed,\u201D said Foreign Minister Lena Varga.", "name: Foreign Minister Lena Varga"},
        {"\u201CWe agreed,\u201D Varga said.", "name: Varga"},
        {"The talks went well, he said.", "pronoun"},
        {"\u201CThey said no,\u201D the envoy replied.", "role: envoy"},
        {"The Kestrel Foreign Ministry said talks would resume.", "name: Kestrel Foreign Ministry"},
        {"Officials said talks resumed.", "role: Officials"},
        {"The two leaders said talks resumed.", "role: two leaders"},
        {"Talks resumed, said the ministry.", "role: ministry"},
        {"The ministry pointed out that exports rose.", "role: ministry"},
        {"According to Varenian officials, the draft is ready.", "role: Varenian officials"},
        {"According to a statement from the Kestrel Foreign Ministry, talks resumed.",
         "name: Kestrel Foreign Ministry"},
        {"According to him, the draft is ready.", "pronoun"},
        {"In Marek's view, the draft is ready.", "name: Marek's"},
        {"In his words, the draft is ready.", "pronoun"},
        {"In the words of President Brandt, the river unites us.", "name: President Brandt"},
        {"They said the talks went well, Marek added.", "name: Marek"},
        {"President Marek welcomed the progress and said talks would go on.", "name: President Marek"},
        {"The President welcomed the progress and said talks would go on.", "role: President"},
        {"He welcomed the progress but warned against haste.", "pronoun"},
        {"The two sides agreed on quotas and stressed the need for patience.", "role: two sides"},
        {"Kestrel officials met the envoy and said little.", "role: Kestrel officials"},
        {"Asked about it, the envoy smiled and said nothing.", "none"},
    };
    for (const SpeechCase& c : cases) EXPECT_EQ(reported(c.text), c.expected) << c.text;
}

TEST(SpeechVerbsTest, IgnoresWhatIsNotReportedSpeech) {
    const std::vector<SpeechCase> cases{
        {"They said the talks went well.", "none"},
        {"We noted the build-up with concern.", "none"},
        {"It was reported that talks resumed.", "none"},
        {"The said treaty remains in force.", "none"},
        {"The so-called corridor plan failed.", "none"},
        {"The summit in Port Alden reported progress.", "none"},
        {"The ministry pointed at the map.", "none"},
        {"He told me \u201CMarek said no\u201D and left.", "pronoun"},
        {"\u201CMarek said no.\u201D", "none"},
        {"Said to be close, the deal slipped.", "none"},
    };
    for (const SpeechCase& c : cases) EXPECT_EQ(reported(c.text), c.expected) << c.text;
}

TEST(SpeechVerbsTest, FindsRussianAndChineseSubjects) {
    const std::vector<SpeechCase> cases{
        {"\u0411\u0440\u0430\u043D\u0434\u0442 \u0437\u0430\u044F\u0432\u0438\u043B\u0430, "
         "\u0447\u0442\u043E "
         "\u0442\u043E\u0440\u0433\u043E\u0432\u043B\u044F \u0440\u0430\u0441\u0442\u0451\u0442.",
         "name: \u0411\u0440\u0430\u043D\u0434\u0442"},
        {"\u00AB\u0414\u0430\u00BB, \u2014 \u0441\u043A\u0430\u0437\u0430\u043B "
         "\u041C\u0430\u0440\u0435\u043A.",
         "name: \u041C\u0430\u0440\u0435\u043A"},
        {"\u00AB\u0414\u0430\u00BB, \u2014 \u0441\u043A\u0430\u0437\u0430\u043B \u043E\u043D.", "pronoun"},
        {"\u041F\u043E \u0441\u043B\u043E\u0432\u0430\u043C \u041C\u0430\u0440\u0435\u043A\u0430, "
         "\u0441\u0442\u043E\u0440\u043E\u043D\u044B "
         "\u0434\u043E\u0433\u043E\u0432\u043E\u0440\u0438\u043B\u0438\u0441\u044C.",
         "name: \u041C\u0430\u0440\u0435\u043A\u0430"},
        {"\u5916\u4EA4\u90E8\u53D1\u8A00\u4EBA\u6797\u6D77\u8868\u793A\uFF0C\u53CC\u65B9\u540C\u610F\u3002",
         "name: \u6797\u6D77"},
        {"\u738B\u660E\u5728\u4F1A\u8C08\u4E2D\u6307\u51FA\uFF0C\u5408\u4F5C\u6709\u76CA\u3002",
         "name: \u738B\u660E"},
        {"\u738B\u660E\u8BF4\uFF1A\u201C\u6211\u4EEC\u540C\u610F\u3002\u201D", "name: \u738B\u660E"},
        {"\u4ED6\u5F3A\u8C03\uFF0C\u8FB9\u5883\u5E94\u4FDD\u6301\u7A33\u5B9A\u3002", "pronoun"},
        {"\u4E2D\u65B9\u5BF9\u6B64\u8868\u793A\u6B22\u8FCE\u3002", "name: \u4E2D\u65B9"},
        {"\u8FD9\u90E8\u5C0F\u8BF4\uFF0C\u5F88\u53D7\u6B22\u8FCE\u3002", "none"},
        {"\u6211\u4EEC\u8868\u793A\u6B22\u8FCE\u3002", "none"},
    };
    for (const SpeechCase& c : cases) EXPECT_EQ(reported(c.text), c.expected) << c.text;
}

TEST(SpeechVerbsTest, ColonIntroducerIsTheNameOpeningTheClause) {
    const std::string text = "Asked about the border, Brandt was firm: \u201CNo.\u201D";
    const Span all{0, static_cast<std::uint32_t>(text.size())};
    std::vector<ClauseItem> items;
    split_clause(text, all, find_quote_regions(text, {{all, 0}}), {}, items);
    std::uint32_t colon = 0;
    while (colon < items.size() && items[colon].kind != ClauseItemKind::colon) ++colon;
    const auto speech = find_colon_introducer(text, items, colon);
    ASSERT_TRUE(speech.has_value());
    EXPECT_EQ(speech->kind, SubjectKind::name);
    EXPECT_EQ(speech->words, (std::vector<std::string_view>{"Brandt"}));
    EXPECT_FALSE(find_colon_introducer(text, items, 0).has_value());  // "Asked" is no colon
    EXPECT_FALSE(find_colon_introducer(text, items, 999).has_value());
}

TEST(SpeechVerbsTest, CollectsTitledNamePhrases) {
    const std::string text =
        "President Aldo Marek of Varenia met Kestrel Foreign Minister Lena Varga and Brandt.";
    std::vector<ClauseItem> items;
    split_clause(text, {0, static_cast<std::uint32_t>(text.size())}, {}, {}, items);
    const auto phrases = titled_name_phrases(text, items);
    ASSERT_EQ(phrases.size(), 2u);
    EXPECT_EQ(phrases[0], (std::vector<std::string_view>{"President", "Aldo", "Marek", "of", "Varenia"}));
    EXPECT_EQ(phrases[1], (std::vector<std::string_view>{"Kestrel", "Foreign", "Minister", "Lena", "Varga"}));
}

}  // namespace
}  // namespace dipdiff
