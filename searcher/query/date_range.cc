#include "searcher/query/date_range.h"

#include <lede/error.h>

#include <charconv>
#include <string>

namespace lede::query {
namespace {

[[nodiscard]] bool parse_digits(std::string_view text, int& value) {
    if (text.empty()) {
        return false;
    }
    for (char c : text) {
        if (c < '0' || c > '9') {
            return false;
        }
    }
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    return error == std::errc() && end == text.data() + text.size();
}

[[nodiscard]] int days_in_month(int year, int month) {
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : kDays[month - 1];
}

[[noreturn]] void invalid(std::string_view text) {
    throw InvalidArgument("invalid date \"" + std::string(text.substr(0, 40)) +
                          "\" (expected YYYY, YYYY-MM or YYYY-MM-DD)");
}

[[nodiscard]] std::string two_digits(int value) {
    return std::string(1, static_cast<char>('0' + value / 10)) + static_cast<char>('0' + value % 10);
}

} // namespace

std::string date_bound(std::string_view text, bool upper) {
    int year = 0;
    int month = upper ? 12 : 1;
    int day = 0;
    if (text.size() < 4 || !parse_digits(text.substr(0, 4), year) || year < 1) {
        invalid(text);
    }
    if (text.size() == 4) {
        day = upper ? 31 : 1;
    } else if (text.size() == 7 && text[4] == '-') {
        if (!parse_digits(text.substr(5, 2), month) || month < 1 || month > 12) {
            invalid(text);
        }
        day = upper ? days_in_month(year, month) : 1;
    } else if (text.size() == 10 && text[4] == '-' && text[7] == '-') {
        if (!parse_digits(text.substr(5, 2), month) || month < 1 || month > 12 ||
            !parse_digits(text.substr(8, 2), day) || day < 1 || day > days_in_month(year, month)) {
            invalid(text);
        }
    } else {
        invalid(text);
    }
    return std::string(text.substr(0, 4)) + two_digits(month) + two_digits(day);
}

DateBounds parse_date_filter(std::string_view text) {
    const std::size_t dots = text.find("..");
    if (dots == std::string_view::npos) {
        return {date_bound(text, false), date_bound(text, true)};
    }
    const std::string_view low = text.substr(0, dots);
    const std::string_view high = text.substr(dots + 2);
    if (low.empty() && high.empty()) {
        throw InvalidArgument("date range \"..\" needs at least one end");
    }
    DateBounds bounds;
    if (!low.empty()) {
        bounds.low = date_bound(low, false);
    }
    if (!high.empty()) {
        bounds.high = date_bound(high, true);
    }
    if (!bounds.low.empty() && !bounds.high.empty() && bounds.low > bounds.high) {
        throw InvalidArgument("date range \"" + std::string(text.substr(0, 40)) + "\" ends before it starts");
    }
    return bounds;
}

std::vector<MentionedPeriod> covering_periods(std::string_view low, std::string_view high) {
    std::vector<MentionedPeriod> periods;
    int year = std::stoi(std::string(low.substr(0, 4)));
    int month = std::stoi(std::string(low.substr(4, 2)));
    int day = std::stoi(std::string(low.substr(6, 2)));
    const auto compact = [](int y, int m, int d) {
        return std::to_string(y) + two_digits(m) + two_digits(d);
    };
    while (compact(year, month, day) <= high) {
        if (month == 1 && day == 1 && compact(year, 12, 31) <= high) {
            periods.push_back({std::to_string(year)});
            ++year;
        } else if (day == 1 && compact(year, month, days_in_month(year, month)) <= high) {
            periods.push_back({std::to_string(year) + two_digits(month)});
            month = month == 12 ? (++year, 1) : month + 1;
        } else {
            periods.push_back({compact(year, month, day)});
            if (day < days_in_month(year, month)) {
                ++day;
            } else {
                day = 1;
                month = month == 12 ? (++year, 1) : month + 1;
            }
        }
    }
    return periods;
}

std::vector<MentionedPeriod> mentioned_periods(const DateBounds& bounds) {
    const std::string low = bounds.low.empty() || bounds.low < "18000101" ? "18000101" : bounds.low;
    const std::string high = bounds.high.empty() || bounds.high > "21001231" ? "21001231" : bounds.high;
    return covering_periods(low, high);
}

} // namespace lede::query
