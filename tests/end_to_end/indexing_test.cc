// End-to-end: lede-index on inputs that change, on bad records, and the
// database location rule ($LEDE_DB, ./lede-db) shared with lede-search.
// Every test writes its own database.
#include "tests/support/process.h"
#include "tests/support/temp_dir.h"

#include <boost/test/unit_test.hpp>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {

using lede::testing::ProcessResult;
using lede::testing::run_process;
using lede::testing::split_lines;
using lede::testing::TempDir;
using Json = nlohmann::json;
using Env = std::map<std::string, std::string>;

ProcessResult lede_index(std::vector<std::string> args, const Env& env = {}, const std::string& cwd = "") {
    args.insert(args.begin(), LEDE_INDEX_EXE);
    return run_process(args, env, "", cwd);
}

/// Hit ids of a JSON search; a failed run fails the test here.
std::set<std::string> search_ids(std::vector<std::string> args, const Env& env = {},
                                 const std::string& cwd = "") {
    args.insert(args.begin(), {LEDE_SEARCH_EXE, "--format", "json", "--limit", "100"});
    const ProcessResult result = run_process(args, env, "", cwd);
    BOOST_TEST_REQUIRE(result.exit_code == 0, result);
    std::set<std::string> ids;
    Json json;
    BOOST_REQUIRE_NO_THROW(json = Json::parse(result.out));
    for (const Json& hit : json.at("hits")) {
        ids.insert(hit.at("id").get<std::string>());
    }
    return ids;
}

std::vector<std::string> read_lines(const std::string& path) {
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    return split_lines(text.str());
}

void write_lines(const std::string& path, const std::vector<std::string>& lines) {
    std::ofstream out(path, std::ios::trunc);
    for (const std::string& line : lines) {
        out << line << '\n';
    }
    BOOST_TEST_REQUIRE(static_cast<bool>(out.flush()), path);
}

/// The counts of a summary line, up to " in ": the time after it varies.
std::string counts(const ProcessResult& result) {
    return result.out.substr(0, result.out.find(" in "));
}

std::string th_samples() {
    return lede::testing::corpus_dir() + "/samples/th.jsonl";
}

} // namespace

BOOST_AUTO_TEST_SUITE(indexing)

BOOST_AUTO_TEST_CASE(changed_records_are_replaced_and_removed_ones_deleted_only_with_prune) {
    const TempDir dir;
    const std::string db = dir / "db";
    std::filesystem::create_directories(dir / "in");
    const std::string input = dir / "in/de.jsonl";
    std::filesystem::copy_file(lede::testing::corpus_dir() + "/samples/de.jsonl", input);
    std::vector<std::string> lines = read_lines(input);
    BOOST_TEST_REQUIRE(lines.size() == 4U);

    const ProcessResult first = lede_index({"--db", db, dir / "in"});
    BOOST_TEST(first.exit_code == 0, first);
    BOOST_TEST(counts(first) == "4 added, 0 replaced, 0 unchanged, 0 deleted, 0 rejected", first);

    // A word found nowhere else marks the record, so that a search can tell
    // whether it is still in the database.
    Json record = Json::parse(lines[1]);
    BOOST_TEST_REQUIRE(record.at("id") == "de-002");
    record["body"] = record.at("body").get<std::string>() + "\n\nQuorblaxion.";
    lines[1] = record.dump();
    write_lines(input, lines);
    const ProcessResult changed = lede_index({"--db", db, dir / "in"});
    BOOST_TEST(changed.exit_code == 0, changed);
    BOOST_TEST(counts(changed) == "0 added, 1 replaced, 3 unchanged, 0 deleted, 0 rejected", changed);
    BOOST_TEST(search_ids({"--db", db, "quorblaxion"}) == std::set<std::string>{"de-002"});

    lines.erase(lines.begin() + 1);
    write_lines(input, lines);
    const ProcessResult kept = lede_index({"--db", db, dir / "in"});
    BOOST_TEST(kept.exit_code == 0, kept);
    BOOST_TEST(counts(kept) == "0 added, 0 replaced, 3 unchanged, 0 deleted, 0 rejected", kept);
    BOOST_TEST(search_ids({"--db", db, "quorblaxion"}) == std::set<std::string>{"de-002"});

    const ProcessResult pruned = lede_index({"--db", db, "--prune", dir / "in"});
    BOOST_TEST(pruned.exit_code == 0, pruned);
    BOOST_TEST(counts(pruned) == "0 added, 0 replaced, 3 unchanged, 1 deleted, 0 rejected", pruned);
    BOOST_TEST(search_ids({"--db", db, "quorblaxion"}).empty());
}

BOOST_AUTO_TEST_CASE(bad_records_are_reported_one_line_each_and_good_ones_still_indexed) {
    const TempDir dir;
    const std::string input = dir / "mixed.jsonl";
    write_lines(
        input,
        {
            R"({"id": "good-1", "title": "First", "date": "2024-05-01", "lang": "en", "body": "The zanzibarite quarry reopened."})",
            R"({"id": "cut", "title": "Cut", "body": "the line ends insi)",
            R"({"id": "number", "title": "Number", "body": 5})",
            R"({"id": "no-body", "title": "No body"})",
            R"({"id": "bad-date", "title": "Bad date", "date": "2024-02-30", "body": "A day that never was."})",
            R"({"id": "good-2", "title": "Second", "date": "2024-05-02", "lang": "en", "body": "The quixotrel festival began."})",
        });
    const std::string db = dir / "db";
    const ProcessResult result = lede_index({"--db", db, input});
    BOOST_TEST(result.exit_code == 3, result);
    BOOST_TEST(counts(result) == "2 added, 0 replaced, 0 unchanged, 0 deleted, 4 rejected", result);
    const std::vector<std::string> messages = split_lines(result.err);
    BOOST_TEST_REQUIRE(messages.size() == 4U, result);
    for (std::size_t i = 0; i < messages.size(); ++i) {
        const std::string prefix =
            input + ":" + std::to_string(i + 2) + ": "; // lines 2 to 5 are the bad ones
        BOOST_TEST(messages[i].starts_with(prefix), prefix << result);
        BOOST_TEST(messages[i].size() > prefix.size(), result); // a reason follows
    }
    BOOST_TEST(search_ids({"--db", db, "zanzibarite OR quixotrel"}) ==
               (std::set<std::string>{"good-1", "good-2"}));
}

BOOST_AUTO_TEST_CASE(lede_db_names_the_database_of_both_tools_when_db_is_not_given) {
    const TempDir dir;
    const std::string db = dir / "from-env";
    const Env env = {{"LEDE_DB", db}};
    const ProcessResult result = lede_index({th_samples()}, env, dir.path().string());
    BOOST_TEST(result.exit_code == 0, result);
    BOOST_TEST(std::filesystem::is_directory(db));
    BOOST_TEST(!std::filesystem::exists(dir / "lede-db"));
    BOOST_TEST(search_ids({"lang:th"}, env, dir.path().string()).size() == 4U);
    // --db wins over $LEDE_DB.
    BOOST_TEST(search_ids({"--db", db, "lang:th"}, {{"LEDE_DB", dir / "elsewhere"}}).size() == 4U);
}

BOOST_AUTO_TEST_CASE(without_db_or_lede_db_both_tools_use_lede_db_in_the_working_directory) {
    const TempDir dir;
    const std::string cwd = dir.path().string();
    const ProcessResult result = lede_index({th_samples()}, {{"-LEDE_DB", ""}}, cwd);
    BOOST_TEST(result.exit_code == 0, result);
    BOOST_TEST(std::filesystem::is_directory(dir / "lede-db"));
    BOOST_TEST(search_ids({"lang:th"}, {{"-LEDE_DB", ""}}, cwd).size() == 4U);
    // An empty $LEDE_DB counts as unset.
    BOOST_TEST(search_ids({"lang:th"}, {{"LEDE_DB", ""}}, cwd).size() == 4U);
}

// #16 item 1: scripts/reindex --shard K/N, in place and rebuilt, splits the
// corpus between two databases that together answer as one.
BOOST_AUTO_TEST_CASE(reindex_per_shard_splits_the_corpus_between_the_shards) {
    const TempDir dir;
    const std::string reindex = std::string(LEDE_SOURCE_DIR) + "/scripts/reindex";
    const Env env = {{"LEDE_INDEX_EXE", LEDE_INDEX_EXE}, {"LEDE_SHARDS", "2"}};
    const std::string corpus = lede::testing::corpus_dir();
    const ProcessResult first = run_process({reindex, "--shard", "0/2", dir / "shard0", corpus}, env);
    const ProcessResult second =
        run_process({reindex, "--rebuild", "--shard", "1/2", dir / "shard1", corpus}, env);
    BOOST_TEST_REQUIRE(first.exit_code == 0, first);
    BOOST_TEST_REQUIRE(second.exit_code == 0, second);
    BOOST_TEST(first.out.find(" on other shards in ") != std::string::npos, first);
    const ProcessResult whole = lede_index({"--db", dir / "whole", "--progress", "never", corpus});
    BOOST_TEST_REQUIRE(whole.exit_code == 0, whole);
    const std::set<std::string> all = search_ids({"--db", dir / "whole", ""});
    BOOST_TEST(all.size() == 46U);
    std::set<std::string> together;
    for (const std::string db : {"shard0", "shard1"}) {
        for (const std::string& id : search_ids({"--db", dir / db, ""})) {
            BOOST_TEST(together.insert(id).second, id << " is in one shard only");
        }
    }
    BOOST_TEST((together == all));
    const ProcessResult again = run_process({reindex, "--shard", "0/2", dir / "shard0", corpus}, env);
    BOOST_TEST(again.exit_code == 0, again);
    BOOST_TEST(again.out.starts_with("0 added, 0 replaced, "), again);
}

BOOST_AUTO_TEST_SUITE_END()
