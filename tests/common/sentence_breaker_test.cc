#include "common/analysis/sentence_breaker.h"

#include <boost/test/unit_test.hpp>

#include <string>

BOOST_AUTO_TEST_SUITE(sentence_breaker)

BOOST_AUTO_TEST_CASE(sentences_cover_the_text_and_abbreviations_end_none) {
    lede::SentenceBreaker breaker;
    const std::string text = "Mr. Smith spoke in the U.S. on Friday. Then he left! 地震が起きた。Ещё одно.";
    const auto bounds = breaker.split(text);
    BOOST_TEST_REQUIRE(bounds.size() == 4U);
    BOOST_TEST(text.substr(bounds[0].first, bounds[0].second) == "Mr. Smith spoke in the U.S. on Friday. ");
    std::size_t cursor = 0;
    for (const auto& [begin, end] : bounds) {
        BOOST_TEST(begin == cursor);
        BOOST_TEST(end > begin);
        cursor = end;
    }
    BOOST_TEST(cursor == text.size());
    BOOST_TEST(breaker.split("").empty());
}

BOOST_AUTO_TEST_SUITE_END()
