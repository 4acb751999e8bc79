#include <lede/error.h>

#include "searcher/query/count_range.h"

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

namespace {

struct Row {
    std::string text;
    std::optional<std::uint64_t> low;
    std::optional<std::uint64_t> high;
};
std::ostream& operator<<(std::ostream& out, const Row& row) {
    return out << row.text;
}

const std::vector<Row> kValid = {
    {"100", 100, 100}, {"100..", 100, std::nullopt}, {"..40", std::nullopt, 40}, {"40..200", 40, 200},
    {"0", 0, 0},
};
const std::vector<std::string> kInvalid = {
    "", "..", "-5", "+5", "5 ", "a..b", "200..40", "1e3", "99999999999999999999"};

} // namespace

BOOST_AUTO_TEST_SUITE(count_range)

BOOST_DATA_TEST_CASE(ranges_parse_to_inclusive_bounds, boost::unit_test::data::make(kValid), row) {
    const auto range = lede::query::parse_count_range(row.text);
    BOOST_TEST((range.low == row.low));
    BOOST_TEST((range.high == row.high));
}

BOOST_DATA_TEST_CASE(bad_ranges_are_usage_errors, boost::unit_test::data::make(kInvalid), text) {
    BOOST_CHECK_THROW((void)lede::query::parse_count_range(text), lede::InvalidArgument);
}

BOOST_AUTO_TEST_SUITE_END()
