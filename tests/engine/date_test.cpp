#include "engine/date.hpp"

#include <gtest/gtest.h>

#include <string>

namespace dipdiff {
namespace {

struct AcceptedCase {
    std::string input;
    std::string iso;
};

TEST(DateTest, AcceptsTheSpellingsAnalystsMeet) {
    const AcceptedCase cases[] = {
        {"2021-06-16", "2021-06-16"},
        {"  2021-06-16 \r\n", "2021-06-16"},
        {"2021-06-16T18:05", "2021-06-16T18:05:00"},
        {"2021-06-16T18:05:00", "2021-06-16T18:05:00"},
        {"2021-06-16T18:05:00Z", "2021-06-16T18:05:00+00:00"},
        {"2021-06-16T18:05:00+02:00", "2021-06-16T18:05:00+02:00"},
        {"2021-06-16T18:05:00.250-05:30", "2021-06-16T18:05:00-05:30"},
        {"2021-06-16 18:05:00 +0200", "2021-06-16T18:05:00+02:00"},
        {"2021-06-16 18:05", "2021-06-16T18:05:00"},
        {"2021-06-16T19:30:00+02", "2021-06-16T19:30:00+02:00"},
        {"June 16, 2021", "2021-06-16"},
        {"june 16 2021", "2021-06-16"},
        {"Jun. 16, 2021", "2021-06-16"},
        {"Jun 16 2021", "2021-06-16"},
        {"Sept. 7, 2021", "2021-09-07"},
        {"Sep 7, 2021", "2021-09-07"},
        {"June 16th, 2021", "2021-06-16"},
        {"16 June 2021", "2021-06-16"},
        {"16th of June, 2021", "2021-06-16"},
        {"7 Dec. 2021", "2021-12-07"},
        {"2021/06/16", "2021-06-16"},
        {"16.06.2021", "2021-06-16"},
        {"1.6.2021", "2021-06-01"},
        {"13/06/2021", "2021-06-13"},
        {"06/13/2021", "2021-06-13"},
        {"06/06/2021", "2021-06-06"},
        {"Wednesday, June 16, 2021", "2021-06-16"},
        {"Wed. 16 June 2021", "2021-06-16"},
        {"June\u00a016, 2021", "2021-06-16"},
        {"February 29, 2024", "2024-02-29"},
    };
    for (const auto& c : cases) {
        const DateParseResult result = parse_date(c.input);
        ASSERT_TRUE(result) << c.input << ": " << (result.failure ? result.failure->message : "");
        EXPECT_FALSE(result.failure.has_value()) << c.input;
        EXPECT_EQ(result.date->iso(), c.iso) << c.input;
    }
}

TEST(DateTest, KeepsTimeAndOffsetAsGiven) {
    const DateParseResult result = parse_date("2021-06-16T18:05:07-04:00");
    ASSERT_TRUE(result);
    EXPECT_EQ(result.date->day, boost::gregorian::date(2021, 6, 16));
    ASSERT_TRUE(result.date->time_of_day.has_value());
    EXPECT_EQ(*result.date->time_of_day, boost::posix_time::time_duration(18, 5, 7));
    EXPECT_EQ(result.date->utc_offset_minutes, -240);

    const DateParseResult plain = parse_date("2021-06-16");
    ASSERT_TRUE(plain);
    EXPECT_FALSE(plain.date->time_of_day.has_value());
    EXPECT_FALSE(plain.date->utc_offset_minutes.has_value());

    const DateParseResult zulu = parse_date("2021-06-16T18:05:00Z");
    ASSERT_TRUE(zulu);
    EXPECT_EQ(zulu.date->utc_offset_minutes, 0);
}

struct RefusedCase {
    std::string input;
    std::string id;
    std::string message;
    std::string expected;
};

TEST(DateTest, RefusesImpossibleAmbiguousAndUnknownDatesSayingWhy) {
    const RefusedCase cases[] = {
        {"June 31, 2021", "date.impossible", "'June 31, 2021' is not a day of June", "June has 30 days"},
        {"2021-02-30", "date.impossible", "'2021-02-30' is not a day of February",
         "February 2021 has 28 days"},
        {"2021-06-00", "date.impossible", "'2021-06-00' is not a day of June", "June has 30 days"},
        {"2021-13-01", "date.impossible", "'2021-13-01' names month 13", "a month from 1 to 12"},
        {"0999-01-01", "date.impossible", "'0999-01-01' has the year 999", "a year from 1400 to 9999"},
        {"2021-06-16T25:00", "date.impossible", "'2021-06-16T25:00' has no time of day 25:00:00",
         "a time from 00:00:00 to 23:59:59"},
        {"2021-06-16T10:00+15:00", "date.impossible",
         "'2021-06-16T10:00+15:00' has a UTC offset of 15:00 hours", "an offset from -14:00 to +14:00"},
        {"13/14/2021", "date.impossible", "'13/14/2021' names no month: 13 and 14 are both above 12",
         "a date such as 2021-06-16 (ISO 8601)"},
        {"06/07/2021", "date.ambiguous",
         "'06/07/2021' could be 6 July 2021 (day first) or June 7, 2021 (month first)",
         "write the date as ISO 8601, e.g. 2021-06-07"},
        {"Tuesday, June 16, 2021", "date.wrong-weekday",
         "'Tuesday, June 16, 2021': June 16, 2021 was a Wednesday",
         "the weekday that matches the date, or no weekday"},
        {"June 16", "date.unrecognised", "'June 16' is not a date dipdiff can read",
         "a date such as 2021-06-16 (ISO 8601) or June 16, 2021"},
        {"2021-06-16 in the evening", "date.unrecognised",
         "'2021-06-16 in the evening' is not a date dipdiff can read",
         "a date such as 2021-06-16 (ISO 8601) or June 16, 2021"},
        {"Smarch 3, 2021", "date.unrecognised", "'Smarch 3, 2021' is not a date dipdiff can read",
         "a date such as 2021-06-16 (ISO 8601) or June 16, 2021"},
        {"21-06-16", "date.unrecognised", "'21-06-16' is not a date dipdiff can read",
         "a date such as 2021-06-16 (ISO 8601) or June 16, 2021"},
        {"", "date.unrecognised", "the date is empty", "a date such as 2021-06-16 (ISO 8601)"},
    };
    for (const auto& c : cases) {
        const DateParseResult result = parse_date(c.input);
        EXPECT_FALSE(result) << c.input;
        ASSERT_TRUE(result.failure.has_value()) << c.input;
        EXPECT_EQ(result.failure->id, c.id) << c.input;
        EXPECT_EQ(result.failure->message, c.message) << c.input;
        EXPECT_EQ(result.failure->expected, c.expected) << c.input;
    }
}

TEST(DateTest, ShortensALongValueInTheMessage) {
    const std::string prose(200, 'x');
    const DateParseResult result = parse_date(prose);
    ASSERT_TRUE(result.failure.has_value());
    EXPECT_EQ(result.failure->message, "'" + std::string(60, 'x') + "\u2026' is not a date dipdiff can read");
}

TEST(DateTest, IsoOfADefaultDateIsEmpty) { EXPECT_EQ(StatementDate{}.iso(), ""); }

TEST(DateTest, IsoWritesNegativeOffsetsWithMinutes) {
    StatementDate date;
    date.day = boost::gregorian::date(2021, 6, 16);
    date.time_of_day = boost::posix_time::time_duration(7, 3, 0);
    date.utc_offset_minutes = -(9 * 60 + 30);
    EXPECT_EQ(date.iso(), "2021-06-16T07:03:00-09:30");
}

}  // namespace
}  // namespace dipdiff
