// The HTTP API's request targets: names, values, escapes and every way a
// client can get them wrong, without a socket.
#include "common/analysis/text_cleanup.h"
#include "searcher/serve/request_parser.h"

#include <lede/error.h>

#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

namespace {

using lede::serve::ApiRequest;
using lede::serve::Endpoint;
using lede::serve::parse_request_target;

/// The message of the InvalidArgument `target` throws, or "" when it parses.
std::string error_of(const std::string& target) {
    try {
        (void)parse_request_target(target);
    } catch (const lede::InvalidArgument& error) {
        return error.what();
    }
    return "";
}

} // namespace

BOOST_AUTO_TEST_SUITE(request_parser)

BOOST_AUTO_TEST_CASE(a_search_target_sets_every_field_lede_search_would) {
    const ApiRequest api = parse_request_target(
        "/v1/"
        "search?q=%22Crocus+City+Hall%22&lang=en&lang=ru&entity=Moscow&entity=vladimir-putin&mentioned=2004"
        "&deaths=100..&injured=..40&from=2024-01&to=2024-12-31&limit=5&offset=10&sort=-date&facets=1"
        "&collapse=true&snippets=0");
    BOOST_TEST((api.endpoint == Endpoint::search));
    BOOST_TEST(api.search.query == "\"Crocus City Hall\"");
    BOOST_TEST(api.search.langs == (std::vector<std::string>{"en", "ru"}), boost::test_tools::per_element());
    BOOST_TEST(api.search.entities == (std::vector<std::string>{"Moscow", "vladimir-putin"}),
               boost::test_tools::per_element());
    BOOST_TEST(api.search.mentioned == "2004");
    BOOST_TEST(api.search.deaths == "100..");
    BOOST_TEST(api.search.injured == "..40");
    BOOST_TEST(api.search.from == "2024-01");
    BOOST_TEST(api.search.to == "2024-12-31");
    BOOST_TEST(api.search.limit == 5U);
    BOOST_TEST(api.search.offset == 10U);
    BOOST_TEST((api.search.sort == lede::SortOrder::date_descending));
    BOOST_TEST(api.search.facets);
    BOOST_TEST(api.search.collapse);
    BOOST_TEST(!api.search.snippets);
}

BOOST_AUTO_TEST_CASE(defaults_are_those_of_lede_search) {
    const ApiRequest api = parse_request_target("/v1/search?q=");
    const lede::SearchRequest defaults;
    BOOST_TEST(api.search.query.empty());
    BOOST_TEST(api.search.limit == defaults.limit);
    BOOST_TEST(api.search.offset == 0U);
    BOOST_TEST((api.search.sort == lede::SortOrder::relevance));
    BOOST_TEST(!api.search.facets);
    BOOST_TEST(!api.search.collapse);
    BOOST_TEST(api.search.snippets);
}

BOOST_AUTO_TEST_CASE(paths_name_their_endpoints_and_other_paths_ignore_the_query_string) {
    BOOST_TEST((parse_request_target("/v1/figures?q=crocus").endpoint == Endpoint::figures));
    BOOST_TEST((parse_request_target("/v1/stats").endpoint == Endpoint::stats));
    BOOST_TEST((parse_request_target("/healthz?anything").endpoint == Endpoint::health));
    const ApiRequest page = parse_request_target("/page.js?v=%zz-is-not-ours-to-judge");
    BOOST_TEST((page.endpoint == Endpoint::other));
    BOOST_TEST(page.path == "/page.js");
    BOOST_TEST((parse_request_target("/v1/search/?q=x").endpoint == Endpoint::other));
}

BOOST_AUTO_TEST_CASE(plus_and_percent_escapes_decode_to_utf8) {
    BOOST_TEST(parse_request_target("/v1/search?q=%D0%B2%D0%B7%D1%80%D1%8B%D0%B2+%E5%9C%B0").search.query ==
               "взрыв 地");
    BOOST_TEST(parse_request_target("/v1/search?q=a%2Bb%26c%3Dd").search.query == "a+b&c=d");
    BOOST_TEST(parse_request_target("/v1/search?q=title:(moscow OR kyiv)").search.query ==
               "title:(moscow OR kyiv)");
    // A percent-escaped path is the same path.
    BOOST_TEST((parse_request_target("/v1/%73earch?q=x").endpoint == Endpoint::search));
}

BOOST_AUTO_TEST_CASE(empty_pieces_are_skipped_and_a_bare_name_has_an_empty_value) {
    const ApiRequest api = parse_request_target("/v1/search?&&q&&lang=en&");
    BOOST_TEST(api.search.query.empty());
    BOOST_TEST(api.search.langs.size() == 1U);
}

BOOST_AUTO_TEST_CASE(booleans_accept_one_zero_true_and_false_only) {
    BOOST_TEST(parse_request_target("/v1/search?q=x&facets=true").search.facets);
    BOOST_TEST(!parse_request_target("/v1/search?q=x&facets=false").search.facets);
    BOOST_TEST(!parse_request_target("/v1/search?q=x&snippets=0").search.snippets);
    BOOST_TEST(error_of("/v1/search?q=x&facets=yes").find("facets must be 1, 0, true or false") !=
               std::string::npos);
    BOOST_TEST(!error_of("/v1/search?q=x&facets=").empty());
    BOOST_TEST(!error_of("/v1/search?q=x&collapse=TRUE").empty());
}

BOOST_AUTO_TEST_CASE(counts_are_plain_decimal_numbers) {
    BOOST_TEST(error_of("/v1/search?q=x&limit=abc") == "parameter limit must be a whole number, not \"abc\"");
    for (const char* bad : {"-1", "+1", " 1", "1 ", "1e3", "", "0x10", "99999999999999999999999"}) {
        BOOST_TEST(!error_of(std::string("/v1/search?q=x&offset=") + bad).empty(), bad);
    }
    // Range checks are the Searcher's, as for --limit: 100000 parses here.
    BOOST_TEST(parse_request_target("/v1/search?q=x&limit=100000").search.limit == 100000U);
}

BOOST_AUTO_TEST_CASE(an_unknown_sort_is_refused_with_the_names_lede_search_uses) {
    BOOST_TEST(error_of("/v1/search?q=x&sort=x") == "unknown sort \"x\" (expected relevance, date or -date)");
}

BOOST_AUTO_TEST_CASE(an_unknown_parameter_is_refused_and_named) {
    const std::string message = error_of("/v1/search?q=x&format=json");
    BOOST_TEST(message.starts_with("unknown parameter \"format\" (expected q, lang, entity"), message);
    BOOST_TEST(error_of("/v1/stats?q=x") == "unknown parameter \"q\" (/v1/stats takes none)");
}

BOOST_AUTO_TEST_CASE(a_repeated_single_parameter_is_refused_but_lang_and_entity_repeat) {
    BOOST_TEST(error_of("/v1/search?q=a&q=b") == "parameter q given more than once");
    BOOST_TEST(error_of("/v1/search?q=a&limit=1&limit=1") == "parameter limit given more than once");
    BOOST_TEST(error_of("/v1/search?q=a&lang=en&lang=en&entity=a&entity=b").empty());
}

BOOST_AUTO_TEST_CASE(the_query_parameter_is_required) {
    BOOST_TEST(error_of("/v1/search").starts_with("parameter q (the query) is required"));
    BOOST_TEST(error_of("/v1/figures?lang=en").starts_with("parameter q (the query) is required"));
}

BOOST_AUTO_TEST_CASE(malformed_escapes_and_invalid_utf8_are_refused) {
    for (const char* bad : {"/v1/search?q=%zz", "/v1/search?q=%", "/v1/search?q=%4", "/v1/search?q=a%2",
                            "/v1/search?q%zz=1", "/v1/%zzsearch?q=x"}) {
        BOOST_TEST(error_of(bad).starts_with("malformed percent-escape"), bad);
    }
    for (const char* bad : {"/v1/search?q=%ff", "/v1/search?q=%C0%AF", "/v1/search?q=%ED%A0%80",
                            "/v1/search?q=%F4%90%80%80", "/v1/search?q=%E5%9C", "/v1/search?q=\xff"}) {
        BOOST_TEST(error_of(bad) == "the request target is not valid UTF-8 once percent-decoded", bad);
    }
}

BOOST_AUTO_TEST_CASE(too_many_parameters_or_too_long_a_target_are_refused) {
    std::string many = "/v1/search?q=x";
    for (int i = 0; i < 70; ++i) {
        many += "&lang=en";
    }
    BOOST_TEST(error_of(many).starts_with("too many parameters"));
    BOOST_TEST(!error_of("/v1/search?q=" + std::string(9000, 'a')).empty());
}

BOOST_AUTO_TEST_CASE(utf8_validation_follows_the_standard) {
    // The parser uses the analyser's own validation (common/analysis/text_cleanup.h).
    using lede::is_valid_utf8;
    BOOST_TEST(is_valid_utf8(""));
    BOOST_TEST(is_valid_utf8("plain ascii"));
    BOOST_TEST(is_valid_utf8("Zürich, 北京, 🙂"));
    BOOST_TEST(!is_valid_utf8("\x80"));
    BOOST_TEST(!is_valid_utf8("\xC3"));
    BOOST_TEST(!is_valid_utf8("\xE0\x80\x80")); // overlong
    BOOST_TEST(!is_valid_utf8("\xF8\x88\x80\x80\x80"));
    BOOST_TEST(!is_valid_utf8("\xED\xA0\x80")); // a surrogate
    BOOST_TEST(!error_of("/v1/search?q=%ED%A0%80").empty());
}

BOOST_AUTO_TEST_SUITE_END()
