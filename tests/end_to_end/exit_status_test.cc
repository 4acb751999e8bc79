// End-to-end: exit statuses and messages of lede-index and lede-search, and
// what they do when their output pipe is closed. A message is one line on
// stderr, "program: ...", with nothing on stdout.
#include "tests/support/process.h"
#include "tests/support/temp_dir.h"

#include <boost/test/unit_test.hpp>

#include <filesystem>
#include <string>
#include <vector>

#include <sys/stat.h>

namespace {

using lede::testing::ProcessResult;
using lede::testing::run_process;
using lede::testing::split_lines;
using lede::testing::TempDir;

/// A small input: the four Thai samples are enough for errors that need a
/// database, and fast to index.
std::string small_input() {
    return lede::testing::corpus_dir() + "/samples/th.jsonl";
}

/// A database for the query errors: lede-search opens the database before it
/// parses the query, so those need a real one.
const std::string& small_db() {
    static const TempDir dir;
    static const std::string db = [] {
        const std::string path = dir / "db";
        const ProcessResult result = run_process({LEDE_INDEX_EXE, "--db", path, small_input()});
        BOOST_TEST_REQUIRE(result.exit_code == 0, result);
        return path;
    }();
    return db;
}

ProcessResult search(std::vector<std::string> args) {
    args.insert(args.begin(), {LEDE_SEARCH_EXE, "--db", small_db()});
    return run_process(args);
}

/// The run failed with `status`, printed nothing on stdout and exactly one
/// line on stderr, which starts with `prefix`.
void check_one_line_error(const ProcessResult& result, int status, const std::string& prefix) {
    BOOST_TEST(result.exit_code == status, result);
    BOOST_TEST(result.out.empty(), result);
    BOOST_TEST(split_lines(result.err).size() == 1U, result);
    BOOST_TEST(result.err.ends_with('\n'), result);
    BOOST_TEST(result.err.starts_with(prefix), result);
}

} // namespace

BOOST_AUTO_TEST_SUITE(exit_status)

BOOST_AUTO_TEST_CASE(unclosed_quote_is_a_query_error_at_byte_0) {
    check_one_line_error(search({"\"unclosed"}), 2, "lede-search: query error at byte 0:");
}

BOOST_AUTO_TEST_CASE(invalid_month_in_a_date_field_is_a_query_error_at_its_byte) {
    const ProcessResult result = search({"date:2024-13"});
    check_one_line_error(result, 2, "lede-search: query error at byte 5:");
}

BOOST_AUTO_TEST_CASE(unknown_option_is_a_usage_error) {
    check_one_line_error(search({"--no-such-option", "x"}), 2, "lede-search: ");
}

BOOST_AUTO_TEST_CASE(unknown_format_is_a_usage_error) {
    const ProcessResult result = search({"--format", "xml", "x"});
    check_one_line_error(result, 2, "lede-search: ");
    BOOST_TEST(result.err.find("xml") != std::string::npos, result);
}

BOOST_AUTO_TEST_CASE(limit_over_the_maximum_is_a_usage_error) {
    const ProcessResult result = search({"--limit", "5000", "x"});
    check_one_line_error(result, 2, "lede-search: ");
    BOOST_TEST(result.err.find("5000") != std::string::npos, result);
}

BOOST_AUTO_TEST_CASE(search_without_a_query_is_a_usage_error) {
    check_one_line_error(search({}), 2, "lede-search: ");
}

BOOST_AUTO_TEST_CASE(missing_database_is_a_failure_with_status_1) {
    const TempDir dir;
    const ProcessResult result = run_process({LEDE_SEARCH_EXE, "--db", dir / "no-such-db", "x"});
    check_one_line_error(result, 1, "lede-search: ");
    // Searching must not create what it did not find.
    BOOST_TEST(!std::filesystem::exists(dir / "no-such-db"));
}

BOOST_AUTO_TEST_CASE(help_and_version_succeed_on_stdout) {
    const ProcessResult help = run_process({LEDE_SEARCH_EXE, "--help"});
    BOOST_TEST(help.exit_code == 0, help);
    BOOST_TEST(help.out.find("--format") != std::string::npos, help);
    BOOST_TEST(help.err.empty(), help);

    const ProcessResult version = run_process({LEDE_SEARCH_EXE, "--version"});
    BOOST_TEST(version.exit_code == 0, version);
    BOOST_TEST(version.out == "lede-search 0.1.0\n", version);

    const ProcessResult index_version = run_process({LEDE_INDEX_EXE, "--version"});
    BOOST_TEST(index_version.exit_code == 0, index_version);
    BOOST_TEST(index_version.out == "lede-index 0.1.0\n", index_version);
}

BOOST_AUTO_TEST_CASE(indexing_a_missing_input_is_a_failure_with_status_1) {
    const TempDir dir;
    const ProcessResult result = run_process({LEDE_INDEX_EXE, "--db", dir / "db", dir / "no-such-input"});
    check_one_line_error(result, 1, "lede-index: cannot read " + (dir / "no-such-input"));
}

BOOST_AUTO_TEST_CASE(issue_2_a_missing_input_creates_no_database) {
    // It used to leave an empty database behind, which lede-search then took
    // for a real one ("documents 0") instead of saying none was built.
    const TempDir dir;
    (void)run_process({LEDE_INDEX_EXE, "--db", dir / "db", dir / "no-such-input"});
    BOOST_TEST(!std::filesystem::exists(dir / "db"));
}

BOOST_AUTO_TEST_CASE(indexing_without_an_input_is_a_usage_error) {
    const TempDir dir;
    check_one_line_error(run_process({LEDE_INDEX_EXE, "--db", dir / "db"}), 2, "lede-index: ");
}

BOOST_AUTO_TEST_CASE(a_shard_outside_its_count_is_a_usage_error_and_a_good_one_says_what_it_skipped) {
    const TempDir dir;
    for (const char* bad : {"3/3", "1/0", "1/", "/3", "a/3", "-1/3", "1/3/4", "1/2000"}) {
        check_one_line_error(
            run_process({LEDE_INDEX_EXE, "--db", dir / "db", "--shard", bad, small_input()}), 2,
            std::string("lede-index: --shard: expected K/N with 0 <= K < N <= 1024, got \"") + bad + "\"");
    }
    BOOST_TEST(!std::filesystem::exists(dir / "db"));
    const ProcessResult good = run_process(
        {LEDE_INDEX_EXE, "--db", dir / "db", "--shard", "1/2", "--progress", "never", small_input()});
    BOOST_TEST(good.exit_code == 0, good);
    BOOST_TEST(good.out.find(" on other shards in ") != std::string::npos, good);
    const ProcessResult other = run_process(
        {LEDE_INDEX_EXE, "--db", dir / "db", "--shard", "0/2", "--progress", "never", small_input()});
    check_one_line_error(other, 2, "lede-index: " + (dir / "db") + ": holds shard 1/2 of a split feed");
}

BOOST_AUTO_TEST_CASE(writing_into_a_closed_pipe_is_an_error_not_a_sigpipe_death) {
    // The reader closes its end and only then lets the writer start, through
    // a FIFO, so the write always meets a pipe without readers. bash passes
    // on the writer's status: 141 would be a death by SIGPIPE.
    const TempDir dir;
    const std::string fifo = dir / "go";
    BOOST_TEST_REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    const std::string script = R"(set -o pipefail
fifo=$1; shift
{ read -r _ < "$fifo"; exec "$@"; } | { exec <&-; echo go > "$fifo"; }
)";
    const ProcessResult searched = run_process(
        {"bash", "-c", script, "bash", fifo, LEDE_SEARCH_EXE, "--db", small_db(), "--limit", "50", ""});
    check_one_line_error(searched, 1, "lede-search: cannot write to standard output");

    const ProcessResult indexed =
        run_process({"bash", "-c", script, "bash", fifo, LEDE_INDEX_EXE, "--db", dir / "db", small_input()});
    check_one_line_error(indexed, 1, "lede-index: cannot write to standard output");
}

BOOST_AUTO_TEST_SUITE_END()
