// End-to-end: the real lede-serve on the indexed corpus answers exactly what
// lede-search prints, and every error with the documented status and JSON.
#include "tests/serve/e2e/serve_fixture.h"

#include <boost/test/unit_test.hpp>

#include <nlohmann/json.hpp>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace {

using lede::testing::client_for;
using lede::testing::ProcessResult;
using lede::testing::run_process;
using lede::testing::served_corpus;
using lede::testing::ServeProcess;
using lede::testing::TempDir;
using Json = nlohmann::json;

std::string joined(const std::vector<std::string>& args) {
    std::string text;
    for (const std::string& arg : args) {
        text += (text.empty() ? "" : " ") + ("'" + arg + "'");
    }
    return text;
}

/// GETs `target` from the shared server; a failed connection fails the test here.
httplib::Result get(const std::string& target) {
    auto client = client_for(served_corpus().server->port());
    return client->Get(target.c_str());
}

/// Checks a JSON error answer: the status, the content type, an "error"
/// string and, when `position` is not -1, that position.
void check_error(const httplib::Result& result, int status, long position = -1) {
    BOOST_TEST_REQUIRE(static_cast<bool>(result));
    BOOST_TEST(result->status == status, result->body);
    BOOST_TEST(result->get_header_value("Content-Type") == "application/json");
    Json body;
    BOOST_REQUIRE_NO_THROW(body = Json::parse(result->body));
    BOOST_TEST(body.at("error").is_string(), result->body);
    if (position >= 0) {
        BOOST_TEST(body.at("position") == position, result->body);
    } else {
        BOOST_TEST(!body.contains("position"), result->body);
    }
}

} // namespace

BOOST_AUTO_TEST_SUITE(serve_api)

BOOST_AUTO_TEST_CASE(every_end_to_end_request_is_answered_with_the_bytes_lede_search_prints) {
    const auto& corpus = served_corpus();
    BOOST_TEST_REQUIRE(corpus.indexed.exit_code == 0, corpus.indexed);
    const auto rows = lede::testing::e2e_queries();
    BOOST_TEST_REQUIRE(rows.size() >= 25U);
    auto client = client_for(corpus.server->port());
    for (const std::vector<std::string>& args : rows) {
        std::vector<std::string> cli = {LEDE_SEARCH_EXE, "--db", corpus.db, "--format", "json"};
        cli.insert(cli.end(), args.begin(), args.end());
        const ProcessResult expected = run_process(cli);
        BOOST_TEST_REQUIRE(expected.exit_code == 0, expected);
        const std::string target = lede::testing::target_for(args);
        const httplib::Result got = client->Get(target.c_str());
        BOOST_TEST_REQUIRE(static_cast<bool>(got), target);
        BOOST_TEST(got->status == 200, target << ": " << got->body);
        BOOST_TEST(got->get_header_value("Content-Type") == "application/json", target);
        BOOST_TEST(got->body == expected.out, joined(args) << " as " << target);
    }
}

BOOST_AUTO_TEST_CASE(a_bad_query_is_a_400_with_the_message_and_byte_position_of_lede_search) {
    const httplib::Result result = get("/v1/search?q=title:(");
    check_error(result, 400, 6);
    const ProcessResult cli = run_process({LEDE_SEARCH_EXE, "--db", served_corpus().db, "title:("});
    BOOST_TEST(cli.err == "lede-search: " + Json::parse(result->body).at("error").get<std::string>() + "\n");
    check_error(get("/v1/search?q=date:2024-13"), 400, 5);
    check_error(get("/v1/figures?q=mentioned:abc"), 400, 10);
}

BOOST_AUTO_TEST_CASE(bad_parameters_are_400_without_a_position) {
    for (const char* target :
         {"/v1/search?q=x&limit=abc", "/v1/search?q=x&limit=100000", "/v1/search?q=x&sort=x",
          "/v1/search?q=x&nope=1", "/v1/search?q=%zz", "/v1/search?q=%ff", "/v1/search?q=a&q=b",
          "/v1/search?q=x&offset=9999&limit=10", "/v1/search?q=x&facets=yes", "/v1/search?q=x&deaths=abc",
          "/v1/search?q=x&from=2024-13", "/v1/search?q=x&lang=not-a-language", "/v1/search",
          "/v1/stats?x=1"}) {
        BOOST_TEST_CONTEXT(target) {
            check_error(get(target), 400);
        }
    }
}

BOOST_AUTO_TEST_CASE(an_unknown_path_is_a_404_and_another_method_on_a_known_path_a_405) {
    check_error(get("/nope"), 404);
    check_error(get("/v1/search/extra?q=x"), 404);
    auto client = client_for(served_corpus().server->port());
    for (const char* path : {"/v1/search?q=x", "/v1/stats", "/healthz", "/"}) {
        const httplib::Result posted = client->Post(path, "q=x", "application/x-www-form-urlencoded");
        check_error(posted, 405);
        BOOST_TEST(posted->get_header_value("Allow") == "GET, HEAD", path);
        check_error(client->Delete(path), 405);
    }
    check_error(client->Post("/nope", "", "text/plain"), 404);
}

BOOST_AUTO_TEST_CASE(issue_17_a_posted_batch_answers_what_lede_search_batch_prints) {
    const auto& corpus = served_corpus();
    const std::string batch = "{\"query\": \"crocus\", \"limit\": 2, \"facets\": true}\n"
                              "\n"
                              "{\"query\": \"title:(\"}\n"
                              "{\"query\": \"attack\", \"lang\": [\"EN\"], \"deaths\": \"100..\"}\n"
                              "not json\n"
                              "{\"query\": \"crocus\", \"figures\": true}\n"
                              "{\"query\": \"x\", \"deaths\": \"lots\"}";
    const ProcessResult cli = run_process({LEDE_SEARCH_EXE, "--db", corpus.db, "--batch", "-"}, {}, batch);
    BOOST_TEST_REQUIRE(cli.exit_code == 3, cli);
    auto client = client_for(corpus.server->port());
    const httplib::Result posted = client->Post("/v1/search/batch", batch, "application/x-ndjson");
    BOOST_TEST_REQUIRE(static_cast<bool>(posted));
    BOOST_TEST(posted->status == 200);
    BOOST_TEST(posted->get_header_value("Content-Type") == "application/x-ndjson");
    BOOST_TEST(posted->body == cli.out);
    BOOST_TEST(lede::testing::split_lines(posted->body).size() == 6U);

    std::string too_many;
    for (int i = 0; i < 1001; ++i) {
        too_many += "{\"query\": \"x\"}\n";
    }
    check_error(client->Post("/v1/search/batch", too_many, "application/x-ndjson"), 413);
    const httplib::Result got = client->Get("/v1/search/batch");
    check_error(got, 405);
    BOOST_TEST(got->get_header_value("Allow") == "POST");
}

BOOST_AUTO_TEST_CASE(health_and_the_embedded_page_are_served_with_their_headers) {
    const httplib::Result health = get("/healthz");
    BOOST_TEST_REQUIRE(static_cast<bool>(health));
    BOOST_TEST(health->status == 200);
    BOOST_TEST(health->body == "ok\n");
    const httplib::Result page = get("/");
    BOOST_TEST_REQUIRE(static_cast<bool>(page));
    BOOST_TEST(page->status == 200);
    BOOST_TEST(page->get_header_value("Content-Type") == "text/html; charset=utf-8");
    BOOST_TEST(page->get_header_value("Cache-Control") == "no-cache");
    BOOST_TEST(page->get_header_value("Content-Security-Policy").starts_with("default-src 'self'"));
    BOOST_TEST(page->body.find("<html") != std::string::npos);
    const httplib::Result head = client_for(served_corpus().server->port())->Head("/v1/search?q=crocus");
    BOOST_TEST_REQUIRE(static_cast<bool>(head));
    BOOST_TEST(head->status == 200);
    BOOST_TEST(head->body.empty());
}

BOOST_AUTO_TEST_CASE(without_a_database_the_api_is_a_503_until_one_appears_without_a_restart) {
    TempDir dir;
    const std::string db = dir / "later-db";
    ServeProcess server({"--db", db, "--threads", "2"}, dir / "serve.err");
    auto client = client_for(server.port());
    const ProcessResult cli = run_process({LEDE_SEARCH_EXE, "--db", db, "crocus"});
    BOOST_TEST_REQUIRE(cli.exit_code == 1, cli);
    for (const char* target : {"/v1/search?q=crocus", "/v1/stats", "/v1/figures?q=crocus"}) {
        const httplib::Result result = client->Get(target);
        check_error(result, 503);
        BOOST_TEST("lede-search: " + Json::parse(result->body).at("error").get<std::string>() + "\n" ==
                       cli.err,
                   target);
    }
    const httplib::Result health = client->Get("/healthz");
    BOOST_TEST_REQUIRE(static_cast<bool>(health));
    BOOST_TEST(health->status == 200); // the process is up; only the data is missing

    const ProcessResult indexed = run_process({LEDE_INDEX_EXE, "--db", db, lede::testing::corpus_dir()});
    BOOST_TEST_REQUIRE(indexed.exit_code == 0, indexed);
    // Both workers, whichever takes the request, open it now.
    for (int i = 0; i < 4; ++i) {
        const httplib::Result result = client->Get("/v1/search?q=crocus");
        BOOST_TEST_REQUIRE(static_cast<bool>(result));
        BOOST_TEST(result->status == 200, result->body);
    }
    BOOST_TEST(server.stop(SIGTERM) == 0);
}

BOOST_AUTO_TEST_CASE(a_database_of_another_kind_is_a_503_with_the_message_of_lede_search) {
    TempDir dir;
    const std::string db = dir / "not-a-db";
    std::filesystem::create_directories(db);
    { std::ofstream(db + "/iamglass") << "not really"; }
    ServeProcess server({"--db", db, "--threads", "1"}, dir / "serve.err");
    const ProcessResult cli = run_process({LEDE_SEARCH_EXE, "--db", db, "crocus"});
    const httplib::Result result = client_for(server.port())->Get("/v1/search?q=crocus");
    check_error(result, 503);
    BOOST_TEST("lede-search: " + Json::parse(result->body).at("error").get<std::string>() + "\n" == cli.err);
    BOOST_TEST(server.stop(SIGINT) == 0);
}

BOOST_AUTO_TEST_SUITE_END()
