#include <lede/error.h>

#include "searcher/query/date_range.h"

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

namespace {

struct Row {
    std::string text;
    std::string low;
    std::string high;
};
std::ostream& operator<<(std::ostream& out, const Row& row) {
    return out << row.text;
}

const std::vector<Row> kValid = {
    {"2024", "20240101", "20241231"},
    {"2024-02", "20240201", "20240229"}, // leap year
    {"2023-02", "20230201", "20230228"},
    {"1900-02", "19000201", "19000228"}, // a century is not a leap year
    {"2000-02", "20000201", "20000229"}, // unless divisible by 400
    {"2024-03-23", "20240323", "20240323"},
    {"2024-03..2024-04", "20240301", "20240430"},
    {"2024..", "20240101", ""},
    {"..2023-06-30", "", "20230630"},
};

const std::vector<std::string> kInvalid = {
    "2024-13", "2024-00", "2023-02-29", "2024-04-31",          "24", "2024-1", "2024/03",
    "abcd",    "..",      "2025..2024", "99999999999999999999"};

} // namespace

BOOST_AUTO_TEST_SUITE(date_range)

BOOST_DATA_TEST_CASE(periods_and_ranges_expand_to_inclusive_days, boost::unit_test::data::make(kValid), row) {
    const lede::query::DateBounds bounds = lede::query::parse_date_filter(row.text);
    BOOST_TEST(bounds.low == row.low);
    BOOST_TEST(bounds.high == row.high);
}

BOOST_DATA_TEST_CASE(impossible_dates_are_refused, boost::unit_test::data::make(kInvalid), text) {
    BOOST_CHECK_THROW((void)lede::query::parse_date_filter(text), lede::InvalidArgument);
}

namespace {

std::vector<std::string> periods(const std::string& filter) {
    std::vector<std::string> out;
    for (const auto& period : lede::query::mentioned_periods(lede::query::parse_date_filter(filter))) {
        out.push_back(period.value);
    }
    return out;
}

} // namespace

BOOST_AUTO_TEST_CASE(mentioned_ranges_become_the_fewest_whole_periods) {
    using V = std::vector<std::string>;
    BOOST_TEST(periods("2004") == V{"2004"}, boost::test_tools::per_element());
    BOOST_TEST(periods("2024-03") == V{"202403"}, boost::test_tools::per_element());
    BOOST_TEST(periods("2024-02-29") == V{"20240229"}, boost::test_tools::per_element());
    BOOST_TEST(periods("2001..2003") == (V{"2001", "2002", "2003"}), boost::test_tools::per_element());
    BOOST_TEST(periods("2024-11..2025-02") == (V{"202411", "202412", "202501", "202502"}),
               boost::test_tools::per_element());
    BOOST_TEST(periods("2024-03-30..2024-05-02") ==
                   (V{"20240330", "20240331", "202404", "20240501", "20240502"}),
               boost::test_tools::per_element());
    const V open_low = periods("..1801-01");
    BOOST_TEST(open_low == (V{"1800", "180101"}), boost::test_tools::per_element());
    const V open_high = periods("2099-12-31..");
    BOOST_TEST(open_high == (V{"20991231", "2100"}), boost::test_tools::per_element());
    BOOST_TEST(periods("1500").empty());         // before the years the indexer keeps
    BOOST_TEST(periods("2024..").size() == 77U); // 2024 … 2100, one term a year
}

BOOST_AUTO_TEST_SUITE_END()
