// lede-search --batch: one process answers many requests, each line exactly
// what the same request gives as its own lede-search run.
#include "tests/support/process.h"
#include "tests/support/temp_dir.h"

#include <boost/test/unit_test.hpp>

#include <nlohmann/json.hpp>

#include <fstream>
#include <string>
#include <vector>

namespace {

using lede::testing::ProcessResult;
using lede::testing::run_process;
using lede::testing::split_lines;
using lede::testing::TempDir;
using Json = nlohmann::json;

struct IndexedCorpus {
    TempDir dir;
    std::string db = dir / "db";
    IndexedCorpus() {
        const ProcessResult result = run_process({LEDE_INDEX_EXE, "--db", db, lede::testing::corpus_dir()});
        BOOST_TEST_REQUIRE(result.exit_code == 0, result);
    }
};

const IndexedCorpus& corpus() {
    static const IndexedCorpus instance;
    return instance;
}

ProcessResult batch(const std::string& lines, std::vector<std::string> extra = {}) {
    std::vector<std::string> args{LEDE_SEARCH_EXE, "--db", corpus().db, "--batch", "-"};
    args.insert(args.end(), extra.begin(), extra.end());
    return run_process(args, {}, lines);
}

/// A batch request and the lede-search arguments that ask the same.
struct Equivalent {
    Json request;
    std::vector<std::string> args;
};

} // namespace

BOOST_AUTO_TEST_SUITE(batch_mode)

BOOST_AUTO_TEST_CASE(issue_17_each_line_answers_what_its_own_run_prints) {
    const std::vector<Equivalent> cases = {
        {{{"query", "crocus"}}, {"crocus"}},
        {{{"query", "killing"}, {"limit", 3}, {"offset", 1}}, {"--limit", "3", "--offset", "1", "killing"}},
        {{{"query", ""}, {"lang", {"ru", "uk"}}, {"facets", true}, {"snippets", false}},
         {"--lang", "ru", "--lang", "uk", "--facets", "--no-snippets", ""}},
        {{{"query", "attack"}, {"entity", "Путин"}, {"sort", "-date"}},
         {"--entity", "Путин", "--sort", "-date", "attack"}},
        {{{"query", ""}, {"deaths", "100.."}, {"from", "2024-03"}, {"to", "2024"}, {"collapse", true}},
         {"--deaths", "100..", "--from", "2024-03", "--to", "2024", "--collapse", ""}},
        {{{"query", "\"Crocus City Hall\""}, {"mentioned", "2004"}},
         {"--mentioned", "2004", "\"Crocus City Hall\""}},
        {{{"query", "crocus"}, {"figures", true}}, {"--figures", "crocus"}},
    };
    std::string lines;
    for (const Equivalent& c : cases) {
        lines += c.request.dump() + "\n";
    }
    const ProcessResult result = batch(lines);
    BOOST_TEST_REQUIRE(result.exit_code == 0, result);
    BOOST_TEST(result.err.empty(), result);
    const std::vector<std::string> answers = split_lines(result.out);
    BOOST_TEST_REQUIRE(answers.size() == cases.size(), result);
    for (std::size_t i = 0; i < cases.size(); ++i) {
        std::vector<std::string> args{LEDE_SEARCH_EXE, "--db", corpus().db, "--format", "json"};
        args.insert(args.end(), cases[i].args.begin(), cases[i].args.end());
        const ProcessResult single = run_process(args);
        BOOST_TEST_REQUIRE(single.exit_code == 0, single);
        BOOST_TEST(answers[i] + "\n" == single.out, "line " << i + 1);
    }
}

BOOST_AUTO_TEST_CASE(issue_17_a_bad_line_answers_an_error_and_the_batch_goes_on) {
    const ProcessResult result = batch("{\"query\": \"title:(\"}\n"
                                       "\n"
                                       "not json\n"
                                       "{\"query\": \"crocus\", \"limit\": \"5\"}\n"
                                       "{\"query\": \"crocus\", \"colour\": true}\n"
                                       "{\"query\": \"crocus\", \"deaths\": \"lots\"}\n"
                                       "{\"query\": \"crocus\", \"limit\": 1, \"snippets\": false}\n");
    BOOST_TEST(result.exit_code == 3, result); // some requests failed, each answered
    const std::vector<std::string> answers = split_lines(result.out);
    BOOST_TEST_REQUIRE(answers.size() == 6U, result); // the blank line asks nothing
    const Json query_error = Json::parse(answers[0]);
    BOOST_TEST(query_error.at("line") == 1);
    BOOST_TEST(query_error.at("position") == 6);
    BOOST_TEST(query_error.at("error").get<std::string>().starts_with("query error at byte 6"));
    BOOST_TEST(Json::parse(answers[1]).at("line") == 3);
    BOOST_TEST(Json::parse(answers[2]).at("error") == "\"limit\" must be a non-negative integer");
    BOOST_TEST(Json::parse(answers[3]).at("error") == "unknown key \"colour\"");
    const Json bad_range = Json::parse(answers[4]);
    BOOST_TEST(bad_range.at("line") == 6);
    BOOST_TEST(bad_range.at("error").get<std::string>().starts_with("--deaths: invalid count range"));
    BOOST_TEST(!bad_range.contains("position"));
    BOOST_TEST(Json::parse(answers[5]).at("hits").size() == 1U);
}

BOOST_AUTO_TEST_CASE(issue_17_batch_usage_errors_are_one_line) {
    const ProcessResult with_query =
        run_process({LEDE_SEARCH_EXE, "--db", corpus().db, "--batch", "-", "crocus"});
    BOOST_TEST(with_query.exit_code == 2, with_query);
    BOOST_TEST(split_lines(with_query.err).size() == 1U, with_query);
    const ProcessResult missing =
        run_process({LEDE_SEARCH_EXE, "--db", corpus().db, "--batch", corpus().dir / "no-such-file"});
    BOOST_TEST(missing.exit_code == 1, missing);
    BOOST_TEST(missing.err.find("no-such-file") != std::string::npos, missing);
    const ProcessResult empty = batch("");
    BOOST_TEST(empty.exit_code == 0, empty);
    BOOST_TEST(empty.out.empty(), empty);
}

BOOST_AUTO_TEST_CASE(issue_17_a_batch_file_is_read_like_standard_input) {
    TempDir dir;
    const std::string file = dir / "requests.jsonl";
    std::ofstream(file)
        << "{\"query\": \"crocus\", \"limit\": 2}\r\n{\"query\": \"killing\", \"limit\": 2}\r\n";
    const ProcessResult result = run_process({LEDE_SEARCH_EXE, "--db", corpus().db, "--batch", file});
    BOOST_TEST_REQUIRE(result.exit_code == 0, result);
    const std::vector<std::string> answers = split_lines(result.out);
    BOOST_TEST_REQUIRE(answers.size() == 2U, result);
    BOOST_TEST(Json::parse(answers[1]).at("query") == "killing");
}

BOOST_AUTO_TEST_CASE(issue_17_parallel_jobs_answer_the_same_lines_in_the_same_order) {
    std::string lines;
    const std::vector<std::string> queries = {
        "crocus", "killing", "title:(", "",     "взрыв", "\"Crocus City Hall\"",
        "地震",   "attack",  "flood*",  "Putin"};
    for (int round = 0; round < 12; ++round) { // more lines than one chunk of 3 jobs
        for (const std::string& query : queries) {
            lines += Json{{"query", query}, {"limit", 3}, {"facets", round % 2 == 0}}.dump() + "\n";
        }
        lines += "\n";
    }
    const ProcessResult one = batch(lines);
    const ProcessResult three = batch(lines, {"--jobs", "3"});
    BOOST_TEST(one.exit_code == 3, one); // the title:( lines fail
    BOOST_TEST(three.exit_code == 3, three);
    BOOST_TEST(split_lines(three.out).size() == 120U);
    BOOST_TEST(three.out == one.out);
    const ProcessResult stray = run_process({LEDE_SEARCH_EXE, "--db", corpus().db, "--jobs", "2", "crocus"});
    BOOST_TEST(stray.exit_code == 2, stray);
}

BOOST_AUTO_TEST_SUITE_END()
