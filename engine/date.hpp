#pragma once
/// Statement dates: a calendar day (Boost.Gregorian) with an optional time of
/// day and UTC offset, and the parsers for the spellings analysts meet.
#include <boost/date_time/gregorian/gregorian_types.hpp>
#include <boost/date_time/posix_time/posix_time_types.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace dipdiff {

struct StatementDate {
    boost::gregorian::date day;
    std::optional<boost::posix_time::time_duration> time_of_day;
    std::optional<int> utc_offset_minutes;  ///< set only when the source gave one ("Z" is 0)

    /// ISO 8601: "2021-06-16", "2021-06-16T18:05:00", "2021-06-16T18:05:00+02:00".
    std::string iso() const;
    friend bool operator==(const StatementDate&, const StatementDate&) = default;
};

/// Why a date string was refused; the caller adds file, line and field.
struct DateParseFailure {
    std::string id;        ///< "date.impossible", "date.ambiguous", "date.unrecognised"
    std::string message;   ///< e.g. "'June 31, 2021' is not a day of June"
    std::string expected;  ///< e.g. "a date such as 2021-06-16 (ISO 8601)"
};

/// Result of parsing: a date, or the reason it was refused.
struct DateParseResult {
    std::optional<StatementDate> date;
    std::optional<DateParseFailure> failure;
    explicit operator bool() const { return date.has_value(); }
};

/// Parses a whole date field. Accepts ISO 8601 dates and datetimes with
/// offsets, "June 16, 2021", "Jun. 16, 2021", "16 June 2021", "2021/06/16",
/// "16.06.2021". An ambiguous numeric date (06/07/2021) is refused with a hint
/// to write ISO; an impossible one (June 31, 2021) is refused saying why.
DateParseResult parse_date(std::string_view text);

/// A dateline found in the first lines of a statement's text.
struct Dateline {
    StatementDate date;
    std::size_t offset = 0;  ///< byte offset of the date in the searched text
    std::size_t length = 0;  ///< its length in bytes
};

/// Looks for a dateline in the first few lines of a text: "June 16, 2021
/// (AGENCY)—", "WASHINGTON, Dec. 7, 2021 —", "16 June 2021". Returns nothing
/// when there is none; an impossible date in a dateline is reported through
/// `failure` so the reader can name the line.
struct DatelineSearch {
    std::optional<Dateline> dateline;
    std::optional<DateParseFailure> failure;
    std::size_t failure_offset = 0;
};
DatelineSearch find_dateline(std::string_view text, int max_lines = 5);

}  // namespace dipdiff
