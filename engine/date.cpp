#include "engine/date.hpp"

#include <array>
#include <boost/date_time/gregorian/gregorian_types.hpp>
#include <cstdio>
#include <cstdlib>
#include <exception>

#include "engine/date_scan.hpp"

namespace dipdiff {
namespace {

constexpr std::array<std::string_view, 12> k_month_names{"January",   "February", "March",    "April",
                                                         "May",       "June",     "July",     "August",
                                                         "September", "October",  "November", "December"};
constexpr std::array<std::string_view, 7> k_weekday_names{"Sunday",   "Monday", "Tuesday", "Wednesday",
                                                          "Thursday", "Friday", "Saturday"};

struct NamedNumber {
    std::string_view word;  // lower case
    int value;
};

constexpr std::array<NamedNumber, 24> k_month_words{{
    {"january", 1},  {"jan", 1},    {"february", 2},  {"feb", 2},       {"march", 3},     {"mar", 3},
    {"april", 4},    {"apr", 4},    {"may", 5},       {"june", 6},      {"jun", 6},       {"july", 7},
    {"jul", 7},      {"august", 8}, {"aug", 8},       {"september", 9}, {"sept", 9},      {"sep", 9},
    {"october", 10}, {"oct", 10},   {"november", 11}, {"nov", 11},      {"december", 12}, {"dec", 12},
}};

// Values as Boost numbers them: Sunday is 0.
constexpr std::array<NamedNumber, 17> k_weekday_words{{
    {"sunday", 0},
    {"sun", 0},
    {"monday", 1},
    {"mon", 1},
    {"tuesday", 2},
    {"tues", 2},
    {"tue", 2},
    {"wednesday", 3},
    {"wed", 3},
    {"thursday", 4},
    {"thurs", 4},
    {"thur", 4},
    {"thu", 4},
    {"friday", 5},
    {"fri", 5},
    {"saturday", 6},
    {"sat", 6},
}};

constexpr std::size_t k_max_quoted_bytes = 60;
constexpr int k_max_offset_hours = 14;

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_alnum(char c) { return is_digit(c) || is_alpha(c); }
bool is_space(char c) { return c == ' ' || c == '\t'; }
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool equals_ignoring_case(std::string_view word, std::string_view lower_word) {
    if (word.size() != lower_word.size()) return false;
    for (std::size_t i = 0; i < word.size(); ++i)
        if (lower(word[i]) != lower_word[i]) return false;
    return true;
}

template <std::size_t N>
std::optional<int> lookup(std::string_view word, const std::array<NamedNumber, N>& table) {
    for (const auto& entry : table)
        if (equals_ignoring_case(word, entry.word)) return entry.value;
    return std::nullopt;
}

/// A cursor over ASCII date text; every `take` either consumes or leaves the position alone.
class Scanner {
public:
    explicit Scanner(std::string_view text) : m_text(text) {}

    std::size_t position() const { return m_pos; }
    void reset(std::size_t position) { m_pos = position; }
    char peek(std::size_t ahead = 0) const {
        return m_pos + ahead < m_text.size() ? m_text[m_pos + ahead] : '\0';
    }
    bool take(char c) {
        if (m_pos >= m_text.size() || m_text[m_pos] != c) return false;
        ++m_pos;
        return true;
    }
    /// Spaces, tabs and no-break spaces (U+00A0, which "&nbsp;" in a page becomes).
    std::size_t take_spaces() {
        const std::size_t start = m_pos;
        while (m_pos < m_text.size()) {
            if (is_space(m_text[m_pos])) {
                ++m_pos;
            } else if (m_text[m_pos] == '\xC2' && peek(1) == '\xA0') {
                m_pos += 2;
            } else {
                break;
            }
        }
        return m_pos - start;
    }
    /// Between min_digits and max_digits digits, not followed by another digit.
    std::optional<int> take_number(std::size_t min_digits, std::size_t max_digits) {
        std::size_t end = m_pos;
        while (end < m_text.size() && is_digit(m_text[end]) && end - m_pos <= max_digits) ++end;
        const std::size_t count = end - m_pos;
        if (count < min_digits || count > max_digits) return std::nullopt;
        int value = 0;
        for (std::size_t i = m_pos; i < end; ++i) value = value * 10 + (m_text[i] - '0');
        m_pos = end;
        return value;
    }
    std::size_t take_digits() {
        const std::size_t start = m_pos;
        while (m_pos < m_text.size() && is_digit(m_text[m_pos])) ++m_pos;
        return m_pos - start;
    }
    std::string_view take_letters() {
        const std::size_t start = m_pos;
        while (m_pos < m_text.size() && is_alpha(m_text[m_pos])) ++m_pos;
        return m_text.substr(start, m_pos - start);
    }

private:
    std::string_view m_text;
    std::size_t m_pos = 0;
};

/// What a date shape says, before validation.
struct Shape {
    int year = 0;
    int month = 0;
    int day = 0;
    bool has_time = false;
    int hour = 0;
    int minute = 0;
    int second = 0;
    bool has_offset = false;
    int offset_minutes = 0;  // signed
    int offset_hours_written = 0;
    int offset_minutes_written = 0;
    // A numeric day/month order that cannot be told: month/day holds the month-first reading.
    bool ambiguous = false;
    bool no_month = false;  // 13/14/2021: neither number can be the month
};

void take_ordinal_suffix(Scanner& scanner) {
    const std::size_t start = scanner.position();
    const std::string_view suffix = scanner.take_letters();
    for (std::string_view ordinal : {"st", "nd", "rd", "th"})
        if (equals_ignoring_case(suffix, ordinal)) return;
    scanner.reset(start);
}

void take_utc_offset(Scanner& scanner, Shape& shape) {
    const std::size_t start = scanner.position();
    scanner.take_spaces();  // "2021-06-16 18:05:00 +0200"
    if ((scanner.peek() == 'Z' || scanner.peek() == 'z') && !is_alnum(scanner.peek(1))) {
        scanner.take(scanner.peek());
        shape.has_offset = true;
        shape.offset_minutes = 0;
        return;
    }
    const char sign = scanner.peek();
    if ((sign != '+' && sign != '-') || !is_digit(scanner.peek(1))) {
        scanner.reset(start);
        return;
    }
    scanner.take(sign);
    const std::size_t digits_start = scanner.position();
    const auto hours = scanner.take_number(2, 4);  // "+02", "+0200"
    const std::size_t digit_count = scanner.position() - digits_start;
    if (!hours || digit_count == 3) {
        scanner.reset(start);
        return;
    }
    int h = *hours, m = 0;
    if (digit_count == 4) {  // +HHMM
        m = h % 100;
        h /= 100;
    } else if (scanner.peek() == ':' && is_digit(scanner.peek(1))) {
        scanner.take(':');
        const auto minutes = scanner.take_number(2, 2);
        if (!minutes) {
            scanner.reset(start);
            return;
        }
        m = *minutes;
    }
    shape.has_offset = true;
    shape.offset_hours_written = h;
    shape.offset_minutes_written = m;
    shape.offset_minutes = (sign == '-' ? -1 : 1) * (h * 60 + m);
}

/// "T18:05", " 18:05:00", "T18:05:00.250Z", "T18:05:00+02:00" after an ISO day.
void take_time_and_offset(Scanner& scanner, Shape& shape) {
    const std::size_t start = scanner.position();
    const bool t_separator = (scanner.peek() == 'T' || scanner.peek() == 't') && is_digit(scanner.peek(1));
    const bool space_separator = scanner.peek() == ' ' && is_digit(scanner.peek(1)) &&
                                 is_digit(scanner.peek(2)) && scanner.peek(3) == ':';
    if (!t_separator && !space_separator) return;
    scanner.reset(start + 1);
    const auto hour = scanner.take_number(2, 2);
    if (!hour || !scanner.take(':')) {
        scanner.reset(start);
        return;
    }
    const auto minute = scanner.take_number(2, 2);
    if (!minute) {
        scanner.reset(start);
        return;
    }
    shape.has_time = true;
    shape.hour = *hour;
    shape.minute = *minute;
    const std::size_t after_minutes = scanner.position();
    if (scanner.take(':')) {
        const auto second = scanner.take_number(2, 2);
        if (!second) {
            scanner.reset(after_minutes);
        } else {
            shape.second = *second;
            // Fractions of a second are read and dropped: statements are dated to the second at best.
            if ((scanner.peek() == '.' || scanner.peek() == ',') && is_digit(scanner.peek(1))) {
                scanner.take(scanner.peek());
                scanner.take_digits();
            }
        }
    }
    take_utc_offset(scanner, shape);
}

/// 2021-06-16 (with time and offset), 2021/06/16.
std::optional<Shape> read_year_first(Scanner& scanner) {
    const auto year = scanner.take_number(4, 4);
    if (!year) return std::nullopt;
    const char separator = scanner.peek();
    if (separator != '-' && separator != '/') return std::nullopt;
    scanner.take(separator);
    const auto month = scanner.take_number(1, 2);
    if (!month || !scanner.take(separator)) return std::nullopt;
    const auto day = scanner.take_number(1, 2);
    if (!day) return std::nullopt;
    Shape shape;
    shape.year = *year;
    shape.month = *month;
    shape.day = *day;
    if (separator == '-') take_time_and_offset(scanner, shape);
    return shape;
}

/// 16.06.2021 (always day first), 06/16/2021 and 16-06-2021 (order from the numbers).
std::optional<Shape> read_numeric_day_month(Scanner& scanner) {
    const auto first = scanner.take_number(1, 2);
    if (!first) return std::nullopt;
    const char separator = scanner.peek();
    if (separator != '.' && separator != '/' && separator != '-') return std::nullopt;
    scanner.take(separator);
    const auto second = scanner.take_number(1, 2);
    if (!second || !scanner.take(separator)) return std::nullopt;
    const auto year = scanner.take_number(4, 4);
    if (!year) return std::nullopt;
    Shape shape;
    shape.year = *year;
    const int a = *first, b = *second;
    if (separator == '.' || (a > 12 && b <= 12)) {
        shape.day = a;
        shape.month = b;
    } else {
        shape.month = a;
        shape.day = b;
        // Equal numbers read the same either way; a zero is refused by validation.
        if (a > 12 && b > 12) {
            shape.no_month = true;
        } else if (a <= 12 && b <= 12 && a != b && a != 0 && b != 0) {
            shape.ambiguous = true;
        }
    }
    return shape;
}

/// The end both spelled-month readers share: a comma and/or spaces, then a
/// four-digit year ("…, 2021" or "… 2021").
std::optional<Shape> finish_with_year(Scanner& scanner, int month, int day) {
    const bool comma = scanner.take(',');
    if (scanner.take_spaces() == 0 && !comma) return std::nullopt;
    const auto year = scanner.take_number(4, 4);
    if (!year) return std::nullopt;
    Shape shape;
    shape.year = *year;
    shape.month = month;
    shape.day = day;
    return shape;
}

/// June 16, 2021 / Jun. 16 2021 / Sept. 7, 2021 / June 16th, 2021.
std::optional<Shape> read_month_first(Scanner& scanner) {
    const auto month = lookup(scanner.take_letters(), k_month_words);
    if (!month) return std::nullopt;
    scanner.take('.');
    if (scanner.take_spaces() == 0) return std::nullopt;
    const auto day = scanner.take_number(1, 2);
    if (!day) return std::nullopt;
    take_ordinal_suffix(scanner);
    return finish_with_year(scanner, *month, *day);
}

/// 16 June 2021 / 16th of June, 2021 / 7 Sept. 2021.
std::optional<Shape> read_day_first(Scanner& scanner) {
    const auto day = scanner.take_number(1, 2);
    if (!day) return std::nullopt;
    take_ordinal_suffix(scanner);
    if (scanner.take_spaces() == 0) return std::nullopt;
    std::string_view word = scanner.take_letters();
    if (equals_ignoring_case(word, "of")) {
        if (scanner.take_spaces() == 0) return std::nullopt;
        word = scanner.take_letters();
    }
    const auto month = lookup(word, k_month_words);
    if (!month) return std::nullopt;
    scanner.take('.');
    return finish_with_year(scanner, *month, *day);
}

/// "'June 31, 2021'", shortened when a whole field of prose was given as a date.
std::string quote(std::string_view text) {
    if (text.size() <= k_max_quoted_bytes) return "'" + std::string(text) + "'";
    std::size_t cut = k_max_quoted_bytes;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    return "'" + std::string(text.substr(0, cut)) + "\u2026'";
}

std::string two_digits(int value) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%02d", value);
    return buffer;
}

std::string iso_day(int year, int month, int day) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
    return buffer;
}

DateParseFailure failure(std::string id, std::string message, std::string expected) {
    return DateParseFailure{std::move(id), std::move(message), std::move(expected)};
}

DateParseFailure impossible(std::string message, std::string expected) {
    return failure("date.impossible", std::move(message), std::move(expected));
}

/// Turns a shape into a date, or says why it is none.
DateParseResult validate(const Shape& shape, std::string_view written, std::optional<int> weekday) {
    DateParseResult result;
    const std::string quoted = quote(written);
    if (shape.no_month) {
        result.failure = impossible(quoted + " names no month: " + std::to_string(shape.month) + " and " +
                                        std::to_string(shape.day) + " are both above 12",
                                    "a date such as 2021-06-16 (ISO 8601)");
        return result;
    }
    if (shape.ambiguous) {
        const auto& month_first = k_month_names[static_cast<std::size_t>(shape.month - 1)];
        const auto& day_first = k_month_names[static_cast<std::size_t>(shape.day - 1)];
        result.failure =
            failure("date.ambiguous",
                    quoted + " could be " + std::to_string(shape.month) + " " + std::string(day_first) + " " +
                        std::to_string(shape.year) + " (day first) or " + std::string(month_first) + " " +
                        std::to_string(shape.day) + ", " + std::to_string(shape.year) + " (month first)",
                    "write the date as ISO 8601, e.g. " + iso_day(shape.year, shape.month, shape.day));
        return result;
    }
    if (shape.year < 1400 || shape.year > 9999) {
        result.failure =
            impossible(quoted + " has the year " + std::to_string(shape.year), "a year from 1400 to 9999");
        return result;
    }
    if (shape.month < 1 || shape.month > 12) {
        result.failure =
            impossible(quoted + " names month " + std::to_string(shape.month), "a month from 1 to 12");
        return result;
    }
    const std::string month_name(k_month_names[static_cast<std::size_t>(shape.month - 1)]);
    const int days_in_month = boost::gregorian::gregorian_calendar::end_of_month_day(
        static_cast<unsigned short>(shape.year), static_cast<unsigned short>(shape.month));
    if (shape.day < 1 || shape.day > days_in_month) {
        const std::string which =
            shape.month == 2 ? month_name + " " + std::to_string(shape.year) : month_name;
        result.failure = impossible(quoted + " is not a day of " + month_name,
                                    which + " has " + std::to_string(days_in_month) + " days");
        return result;
    }
    if (shape.has_time && (shape.hour > 23 || shape.minute > 59 || shape.second > 59)) {
        result.failure = impossible(quoted + " has no time of day " + two_digits(shape.hour) + ":" +
                                        two_digits(shape.minute) + ":" + two_digits(shape.second),
                                    "a time from 00:00:00 to 23:59:59");
        return result;
    }
    if (shape.has_offset &&
        (shape.offset_hours_written > k_max_offset_hours || shape.offset_minutes_written > 59 ||
         std::abs(shape.offset_minutes) > k_max_offset_hours * 60)) {
        result.failure =
            impossible(quoted + " has a UTC offset of " + two_digits(shape.offset_hours_written) + ":" +
                           two_digits(shape.offset_minutes_written) + " hours",
                       "an offset from -14:00 to +14:00");
        return result;
    }
    StatementDate date;
    try {
        date.day = boost::gregorian::date(static_cast<unsigned short>(shape.year),
                                          static_cast<unsigned short>(shape.month),
                                          static_cast<unsigned short>(shape.day));
    } catch (const std::exception& e) {
        // Checked above; kept so that no Boost exception can leave the parser.
        result.failure = impossible(quoted + " is not a date: " + e.what(), "a date such as 2021-06-16");
        return result;
    }
    if (weekday && date.day.day_of_week().as_number() != *weekday) {
        const std::string actual(k_weekday_names[date.day.day_of_week().as_number()]);
        result.failure = failure("date.wrong-weekday",
                                 quoted + ": " + month_name + " " + std::to_string(shape.day) + ", " +
                                     std::to_string(shape.year) + " was a " + actual,
                                 "the weekday that matches the date, or no weekday");
        return result;
    }
    if (shape.has_time)
        date.time_of_day = boost::posix_time::time_duration(shape.hour, shape.minute, shape.second);
    if (shape.has_offset) date.utc_offset_minutes = shape.offset_minutes;
    result.date = date;
    return result;
}

std::string_view trim(std::string_view text) {
    const auto is_blank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    while (!text.empty() && is_blank(text.front())) text.remove_prefix(1);
    while (!text.empty() && is_blank(text.back())) text.remove_suffix(1);
    return text;
}

}  // namespace

namespace detail {

DateMatch match_date_prefix(std::string_view text) {
    Scanner scanner(text);
    std::optional<int> weekday = lookup(scanner.take_letters(), k_weekday_words);
    if (weekday) {
        scanner.take('.');
        const bool comma = scanner.take(',');
        if (scanner.take_spaces() == 0 && !comma) return {};
    } else {
        scanner.reset(0);
    }
    const std::size_t start = scanner.position();
    using Reader = std::optional<Shape> (*)(Scanner&);
    for (Reader read : {Reader{read_year_first}, Reader{read_numeric_day_month}, Reader{read_month_first},
                        Reader{read_day_first}}) {
        scanner.reset(start);
        const std::optional<Shape> shape = read(scanner);
        if (!shape) continue;
        // "2021-06-16x" or "16 June 20211" is not a date followed by something.
        if (is_alnum(scanner.peek())) continue;
        DateMatch match;
        match.length = scanner.position();
        match.result = validate(*shape, text.substr(0, match.length), weekday);
        return match;
    }
    return {};
}

}  // namespace detail

std::string StatementDate::iso() const {
    if (day.is_special()) return {};
    const auto ymd = day.year_month_day();
    std::string out =
        iso_day(static_cast<int>(ymd.year), static_cast<int>(ymd.month), static_cast<int>(ymd.day));
    if (time_of_day) {
        char buffer[32];
        std::snprintf(
            buffer, sizeof buffer, "T%02lld:%02lld:%02lld", static_cast<long long>(time_of_day->hours()),
            static_cast<long long>(time_of_day->minutes()), static_cast<long long>(time_of_day->seconds()));
        out += buffer;
    }
    if (utc_offset_minutes) {
        const int offset = *utc_offset_minutes;
        const int magnitude = offset < 0 ? -offset : offset;
        out += offset < 0 ? '-' : '+';
        out += two_digits(magnitude / 60) + ":" + two_digits(magnitude % 60);
    }
    return out;
}

DateParseResult parse_date(std::string_view text) {
    const std::string_view trimmed = trim(text);
    DateParseResult result;
    if (trimmed.empty()) {
        result.failure =
            failure("date.unrecognised", "the date is empty", "a date such as 2021-06-16 (ISO 8601)");
        return result;
    }
    const detail::DateMatch match = detail::match_date_prefix(trimmed);
    if (match.length != 0 && match.length == trimmed.size()) return match.result;
    result.failure = failure("date.unrecognised", quote(trimmed) + " is not a date dipdiff can read",
                             "a date such as 2021-06-16 (ISO 8601) or June 16, 2021");
    return result;
}

}  // namespace dipdiff
