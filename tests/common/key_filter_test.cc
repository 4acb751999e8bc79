#include "common/key_filter.h"

#include <boost/test/unit_test.hpp>

#include <string>

BOOST_AUTO_TEST_SUITE(key_filter)

BOOST_AUTO_TEST_CASE(the_key_filter_never_misses_a_key_it_holds_and_rarely_claims_one_it_does_not) {
    constexpr int kKeys = 100'000; // more than the layer's and the table's word keys together
    lede::detail::KeyFilter filter(kKeys);
    for (int i = 0; i < kKeys; ++i) {
        filter.add("key" + std::to_string(i));
    }
    for (int i = 0; i < kKeys; ++i) {
        BOOST_TEST_REQUIRE(filter.may_contain("key" + std::to_string(i)));
    }
    int false_positives = 0;
    for (int i = 0; i < kKeys; ++i) {
        false_positives += filter.may_contain("kez" + std::to_string(i)) ? 1 : 0;
    }
    BOOST_TEST(false_positives < kKeys / 50); // about 1 % expected
    BOOST_TEST(!lede::detail::KeyFilter(10).may_contain("key0"));
}

BOOST_AUTO_TEST_CASE(a_small_table_gets_a_small_filter_that_still_never_misses) {
    lede::detail::KeyFilter filter(3);
    for (const char* key : {"killed", "dead", "injured"}) {
        filter.add(key);
    }
    for (const char* key : {"killed", "dead", "injured"}) {
        BOOST_TEST(filter.may_contain(key));
        BOOST_TEST(filter.may_contain_hash(lede::detail::KeyFilter::hash_of(key)));
    }
    int claimed = 0;
    for (int i = 0; i < 1000; ++i) {
        claimed += filter.may_contain("word" + std::to_string(i)) ? 1 : 0;
    }
    BOOST_TEST(claimed < 20);
}

BOOST_AUTO_TEST_SUITE_END()
