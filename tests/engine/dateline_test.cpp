#include <gtest/gtest.h>

#include <string>

#include "engine/date.hpp"

namespace dipdiff {
namespace {

struct DatelineCase {
    std::string text;
    std::string date_text;  // the bytes the dateline's offset/length must cover
    std::string iso;
};

TEST(DatelineTest, FindsTheDatelineSpellings) {
    const DatelineCase cases[] = {
        {"June 16, 2021 (VNA)\u2014The President of Varenia met ...", "June 16, 2021", "2021-06-16"},
        {"WASHINGTON, Dec. 7, 2021 \u2014 President Brandt spoke ...", "Dec. 7, 2021", "2021-12-07"},
        {"NEW VARENGRAD, 16 June 2021 (Kestrel News) - Talks ...", "16 June 2021", "2021-06-16"},
        {"16 June 2021\n\nThe ministers met.", "16 June 2021", "2021-06-16"},
        {"Joint statement of the two presidents\n\n2021-06-16\n\nThe sides ...", "2021-06-16", "2021-06-16"},
        {"Issued on 2021-06-16\nThe ministry said ...", "2021-06-16", "2021-06-16"},
        {"Published: Wednesday, June 16, 2021\nText", "Wednesday, June 16, 2021", "2021-06-16"},
        {"   Wednesday, June 16, 2021\r\nText", "Wednesday, June 16, 2021", "2021-06-16"},
        {"June 16, 2021.\nThe talks ...", "June 16, 2021", "2021-06-16"},
        {"Date: 16.06.2021\nThe talks ...", "16.06.2021", "2021-06-16"},
        {"2021-06-16T19:30:00+02:00 | Ministry of Foreign Affairs", "2021-06-16T19:30:00+02:00",
         "2021-06-16T19:30:00+02:00"},
    };
    for (const auto& c : cases) {
        const DatelineSearch search = find_dateline(c.text);
        ASSERT_TRUE(search.dateline.has_value()) << c.text;
        EXPECT_FALSE(search.failure.has_value()) << c.text;
        EXPECT_EQ(c.text.substr(search.dateline->offset, search.dateline->length), c.date_text) << c.text;
        EXPECT_EQ(search.dateline->date.iso(), c.iso) << c.text;
    }
}

TEST(DatelineTest, IgnoresDatesInProseAndDatelinesWithoutYear) {
    const std::string texts[] = {
        "MOSCOW, June 16 (Kestrel News) - The two presidents met.",
        "The two leaders met on June 16, 2021 in Varengrad.",
        "June 16, 2021 was a day of long talks in the capital.",
        "On 16 June 2021 the ministers met.",
        "Dateline 16 June 2021 is a film.",
        "Mr. Marek, June 16, 2021, said nothing.",  // not an ALL-CAPS place
        "",
        "\n\n\n",
    };
    for (const auto& text : texts) {
        const DatelineSearch search = find_dateline(text);
        EXPECT_FALSE(search.dateline.has_value()) << text;
        EXPECT_FALSE(search.failure.has_value()) << text;
    }
}

TEST(DatelineTest, SkipsALineWithoutYearAndFindsTheNextDateline) {
    const std::string text =
        "MOSCOW, June 16 (Kestrel News) -\nVARENGRAD, June 17, 2021 \u2014 Talks resumed.";
    const DatelineSearch search = find_dateline(text);
    ASSERT_TRUE(search.dateline.has_value());
    EXPECT_EQ(search.dateline->offset, text.find("June 17"));
    EXPECT_EQ(search.dateline->length, std::string("June 17, 2021").size());
}

TEST(DatelineTest, LooksOnlyAtTheFirstNonEmptyLines) {
    const std::string text = "one\n\ntwo\n\nthree\n\nfour\n\nfive\n\n16 June 2021\n";
    EXPECT_FALSE(find_dateline(text).dateline.has_value());
    EXPECT_TRUE(find_dateline(text, 6).dateline.has_value());
    EXPECT_FALSE(find_dateline("16 June 2021", 0).dateline.has_value());
}

TEST(DatelineTest, ReportsAnImpossibleDatelineWithItsOffset) {
    const std::string text = "Title line\nVARENGRAD, June 31, 2021 \u2014 Talks resumed.";
    const DatelineSearch search = find_dateline(text);
    EXPECT_FALSE(search.dateline.has_value());
    ASSERT_TRUE(search.failure.has_value());
    EXPECT_EQ(search.failure->id, "date.impossible");
    EXPECT_EQ(search.failure->message, "'June 31, 2021' is not a day of June");
    EXPECT_EQ(search.failure_offset, text.find("June 31"));
}

}  // namespace
}  // namespace dipdiff
