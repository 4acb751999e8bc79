// The one table of request options by name: every long option of lede-search
// is there, and each sets the field it names.
#include <lede/error.h>

#include "searcher/request_options.h"

#include <boost/test/unit_test.hpp>

BOOST_AUTO_TEST_SUITE(request_options)

BOOST_AUTO_TEST_CASE(every_option_sets_its_own_field) {
    BOOST_TEST(lede::request_option_names() == "lang, entity, mentioned, deaths, injured, from, to, limit, "
                                               "offset, sort, facets, collapse, snippets, partial");
    lede::SearchRequest request;
    const auto option = [](std::string_view name) {
        const lede::RequestOption* found = lede::find_request_option(name);
        BOOST_TEST_REQUIRE(found != nullptr, name);
        return *found;
    };
    for (const char* name : {"mentioned", "deaths", "injured", "from", "to"}) {
        lede::set_text_option(request, option(name), std::string(name) + "-value");
    }
    lede::set_text_option(request, option("lang"), "en");
    lede::set_text_option(request, option("lang"), "ru");
    lede::set_text_option(request, option("entity"), "putin");
    lede::set_text_option(request, option("sort"), "-date");
    lede::set_count_option(request, option("limit"), 7);
    lede::set_count_option(request, option("offset"), 3);
    lede::set_flag_option(request, option("facets"), true);
    lede::set_flag_option(request, option("collapse"), true);
    lede::set_flag_option(request, option("snippets"), false);
    lede::set_flag_option(request, option("partial"), true);
    BOOST_TEST(request.mentioned == "mentioned-value");
    BOOST_TEST(request.deaths == "deaths-value");
    BOOST_TEST(request.injured == "injured-value");
    BOOST_TEST(request.from == "from-value");
    BOOST_TEST(request.to == "to-value");
    BOOST_TEST((request.langs == std::vector<std::string>{"en", "ru"}));
    BOOST_TEST((request.entities == std::vector<std::string>{"putin"}));
    BOOST_TEST((request.sort == lede::SortOrder::date_descending));
    BOOST_TEST(request.limit == 7U);
    BOOST_TEST(request.offset == 3U);
    BOOST_TEST(request.facets);
    BOOST_TEST(request.collapse);
    BOOST_TEST(!request.snippets);
    BOOST_TEST(request.partial);
    BOOST_TEST(lede::find_request_option("q") == nullptr);
    BOOST_CHECK_THROW(lede::set_text_option(request, option("sort"), "newest"), lede::InvalidArgument);
}

BOOST_AUTO_TEST_SUITE_END()
