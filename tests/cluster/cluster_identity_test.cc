// A cluster answers exactly as one database holding the same articles: the
// e2e requests (tests/data/e2e_queries.tsv) through lede-serve over one
// database, and over 1, 2 and 3 shards (one of them empty), local and served
// by stock xapian-tcpsrv on 127.0.0.1, give the same bytes: hits and their
// order (ties included), scores, totals, facets, snippets, figures,
// collapse, deep offsets.
#include "tests/cluster/cluster_fixture.h"
#include "tests/serve/e2e/serve_fixture.h"

#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <xapian.h>

using lede::testing::ProcessResult;
using lede::testing::run_process;

namespace {

std::string joined(const std::vector<std::string>& args) {
    std::string text;
    for (const std::string& arg : args) {
        text += (text.empty() ? "" : " ") + (arg.empty() ? std::string("\"\"") : arg);
    }
    return text;
}

/// Statistics about files are not the archive's: the bytes on disk and the
/// last checkpoint are each shard's own.
std::string comparable(const std::string& target, const std::string& body) {
    if (!target.starts_with("/v1/stats")) {
        return body;
    }
    nlohmann::json stats = nlohmann::json::parse(body);
    stats.erase("size_bytes");
    stats.erase("checkpoint");
    return stats.dump();
}

} // namespace

BOOST_AUTO_TEST_SUITE(cluster_identity)

BOOST_AUTO_TEST_CASE(every_e2e_request_gets_the_bytes_of_one_database_from_every_split) {
    const lede::testing::ShardedCorpus& corpus = lede::testing::sharded_corpus();
    const auto rows = lede::testing::e2e_queries();
    BOOST_TEST_REQUIRE(rows.size() >= 25U);

    lede::testing::ServeProcess whole({"--db", corpus.whole, "--threads", "2"}, corpus.dir / "whole.err");
    auto expected_client = lede::testing::client_for(whole.port());
    std::vector<std::pair<std::string, std::string>> expected;
    for (const std::vector<std::string>& args : rows) {
        const std::string target = lede::testing::target_for(args);
        const httplib::Result got = expected_client->Get(target.c_str());
        BOOST_TEST_REQUIRE(static_cast<bool>(got), target);
        BOOST_TEST_REQUIRE(got->status == 200, target << ": " << got->body);
        expected.emplace_back(target, comparable(target, got->body));
    }

    for (const auto& [name, file] : corpus.clusters) {
        BOOST_TEST_CONTEXT(name) {
            lede::testing::ServeProcess served({"--cluster", file, "--threads", "2"},
                                               corpus.dir / (name + ".err"));
            auto client = lede::testing::client_for(served.port());
            for (std::size_t i = 0; i < rows.size(); ++i) {
                const auto& [target, body] = expected[i];
                const httplib::Result got = client->Get(target.c_str());
                BOOST_TEST_REQUIRE(static_cast<bool>(got), target);
                BOOST_TEST(got->status == 200, target << ": " << got->body);
                BOOST_TEST(comparable(target, got->body) == body, joined(rows[i]) << " as " << target);
            }
        }
    }
}

BOOST_AUTO_TEST_CASE(lede_search_takes_the_cluster_from_the_option_or_the_environment) {
    const lede::testing::ShardedCorpus& corpus = lede::testing::sharded_corpus();
    const std::string file = corpus.clusters.at("3 remote");
    for (const std::vector<std::string>& args : std::vector<std::vector<std::string>>{
             {"--facets", "Crocus"}, {"--figures", "Crocus"}, {"killing"}}) {
        std::vector<std::string> one = {LEDE_SEARCH_EXE, "--db", corpus.whole, "--format", "json"};
        std::vector<std::string> cluster = {LEDE_SEARCH_EXE, "--cluster", file, "--format", "json"};
        std::vector<std::string> by_env = {LEDE_SEARCH_EXE, "--format", "json"};
        for (auto* argv : {&one, &cluster, &by_env}) {
            argv->insert(argv->end(), args.begin(), args.end());
        }
        const ProcessResult expected = run_process(one);
        BOOST_TEST_REQUIRE(expected.exit_code == 0, expected);
        const ProcessResult got = run_process(cluster);
        BOOST_TEST(got.exit_code == 0, got);
        BOOST_TEST(got.out == expected.out, joined(args));
        const ProcessResult env = run_process(by_env, {{"LEDE_CLUSTER", file}, {"-LEDE_DB", ""}});
        BOOST_TEST(env.exit_code == 0, env);
        BOOST_TEST(env.out == expected.out, joined(args));
    }
    // A database and a cluster at once is a usage error, whichever way they are named.
    const ProcessResult both = run_process({LEDE_SEARCH_EXE, "--db", corpus.whole, "--cluster", file, "x"});
    BOOST_TEST(both.exit_code == 2, both);
    const ProcessResult both_env =
        run_process({LEDE_SEARCH_EXE, "x"}, {{"LEDE_CLUSTER", file}, {"LEDE_DB", corpus.whole}});
    BOOST_TEST(both_env.exit_code == 2, both_env);
    BOOST_TEST(both_env.err.find("LEDE_CLUSTER") != std::string::npos, both_env);
}

BOOST_AUTO_TEST_CASE(a_bad_cluster_file_is_a_usage_error_naming_its_line) {
    const lede::testing::ShardedCorpus& corpus = lede::testing::sharded_corpus();
    const std::string file = corpus.dir / "bad-cluster";
    std::ofstream(file) << "# shards\n" << corpus.half[0] << "\nrelative/path\n";
    const ProcessResult result = run_process({LEDE_SEARCH_EXE, "--cluster", file, "x"});
    BOOST_TEST(result.exit_code == 2, result);
    BOOST_TEST(result.err == "lede-search: " + file + ":3: expected HOST:PORT or an absolute path, got " +
                                 "\"relative/path\"\n",
               result);
}

BOOST_AUTO_TEST_CASE(a_shard_of_another_format_is_refused_by_name) {
    const lede::testing::ShardedCorpus& corpus = lede::testing::sharded_corpus();
    const std::string file = corpus.dir / "foreign-cluster";
    const std::string foreign = corpus.dir / "not-lede";
    {
        // A Xapian database that lede did not write.
        Xapian::WritableDatabase other(foreign, Xapian::DB_CREATE_OR_OPEN | Xapian::DB_BACKEND_GLASS);
        other.add_document(Xapian::Document());
        other.commit();
    }
    std::ofstream(file) << corpus.half[0] << "\n" << foreign << "\n";
    const ProcessResult result = run_process({LEDE_SEARCH_EXE, "--cluster", file, "x"});
    BOOST_TEST(result.exit_code == 1, result);
    BOOST_TEST(result.err ==
                   "lede-search: " + foreign + " is not a lede database (no lede:format metadata)\n",
               result);
}

BOOST_AUTO_TEST_SUITE_END()
