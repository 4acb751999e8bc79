// The access log's line format: one JSON object per request.
#include "searcher/serve/access_log.h"

#include <boost/test/unit_test.hpp>

#include <nlohmann/json.hpp>

#include <sstream>

BOOST_AUTO_TEST_SUITE(access_log)

BOOST_AUTO_TEST_CASE(times_are_iso_8601_utc_with_milliseconds) {
    const auto time = std::chrono::system_clock::time_point(std::chrono::milliseconds(1711177509042));
    BOOST_TEST(lede::serve::iso8601_utc(time) == "2024-03-23T07:05:09.042Z");
    BOOST_TEST(lede::serve::iso8601_utc(std::chrono::system_clock::time_point()) ==
               "1970-01-01T00:00:00.000Z");
}

BOOST_AUTO_TEST_CASE(each_record_is_one_line_of_json_with_every_field) {
    std::ostringstream out;
    lede::serve::AccessLog log(out);
    lede::serve::AccessRecord record;
    record.time = std::chrono::system_clock::time_point(std::chrono::milliseconds(1711177509042));
    record.method = "GET";
    record.path = "/v1/search\n\xff"; // hostile bytes stay on one line, and valid JSON
    record.status = 200;
    record.bytes = 1050;
    record.ms = 2.5;
    record.remote = "127.0.0.1";
    log.write(record);
    log.write(record);
    const std::string text = out.str();
    BOOST_TEST(std::count(text.begin(), text.end(), '\n') == 2);
    const nlohmann::json line = nlohmann::json::parse(text.substr(0, text.find('\n')));
    BOOST_TEST(line.at("time") == "2024-03-23T07:05:09.042Z");
    BOOST_TEST(line.at("method") == "GET");
    BOOST_TEST(line.at("path").get<std::string>().starts_with("/v1/search\n"));
    BOOST_TEST(line.at("status") == 200);
    BOOST_TEST(line.at("bytes") == 1050);
    BOOST_TEST(line.at("ms") == 2.5);
    BOOST_TEST(line.at("remote") == "127.0.0.1");
}

BOOST_AUTO_TEST_SUITE_END()
