// The cluster file: one shard a line, HOST:PORT or an absolute path, with
// comments; every bad line is refused with its line number.
#include <lede/cluster.h>
#include <lede/error.h>

#include <boost/test/unit_test.hpp>

namespace {

std::string error_of(std::string_view text) {
    try {
        static_cast<void>(lede::parse_cluster(text, "c.txt"));
    } catch (const lede::InvalidArgument& error) {
        return error.what();
    }
    return "(accepted)";
}

} // namespace

BOOST_AUTO_TEST_SUITE(cluster_file)

BOOST_AUTO_TEST_CASE(remote_and_local_shards_with_comments_and_blank_lines) {
    const lede::Cluster cluster =
        lede::parse_cluster("# the archive\n\nsearch-1.example:7000\n  10.0.0.2:7001  # rack b\n"
                            "[::1]:7002\n/srv/lede/shard-3\r\n",
                            "c.txt");
    BOOST_TEST_REQUIRE(cluster.shards.size() == 4U);
    BOOST_TEST(cluster.shards[0].host == "search-1.example");
    BOOST_TEST(cluster.shards[0].port == 7000);
    BOOST_TEST(cluster.shards[0].line == 3U);
    BOOST_TEST(cluster.shards[1].name() == "10.0.0.2:7001");
    BOOST_TEST(cluster.shards[2].host == "::1");
    BOOST_TEST(cluster.shards[2].name() == "[::1]:7002");
    BOOST_TEST(!cluster.shards[3].remote());
    BOOST_TEST(cluster.shards[3].path == "/srv/lede/shard-3");
    BOOST_TEST(cluster.shards[3].line == 6U);
    BOOST_TEST(cluster.timeout.count() == 10000);
}

BOOST_AUTO_TEST_CASE(bad_lines_are_refused_with_their_number) {
    const std::pair<std::string_view, std::string> cases[] = {
        {"a:1\nshard-2\n", "c.txt:2: expected HOST:PORT or an absolute path, got \"shard-2\""},
        {"relative/db\n", "c.txt:1: expected HOST:PORT or an absolute path, got \"relative/db\""},
        {"a:0\n", "c.txt:1: port must be 1..65535, got \"0\""},
        {"a:70000\n", "c.txt:1: port must be 1..65535, got \"70000\""},
        {"a:7x\n", "c.txt:1: port must be 1..65535, got \"7x\""},
        {"a:\n", "c.txt:1: port must be 1..65535, got \"\""},
        {"::1:7000\n", "c.txt:1: write an IPv6 address as [ADDRESS]:PORT, got \"::1:7000\""},
        {"[]:7000\n", "c.txt:1: expected [IPv6]:PORT, got \"[]:7000\""},
        {"a:1 b:2\n", "c.txt:1: one shard a line, got \"a:1 b:2\""},
        {"a:1\n# again\na:1\n", "c.txt:3: a:1 is already listed on line 1"},
        {"/x\n/x\n", "c.txt:2: /x is already listed on line 1"},
        {"/srv/a/\n/srv//a\n", "c.txt:2: /srv/a is already listed on line 1"},
        {"# nothing\n\n", "c.txt: lists no shard"},
        {"", "c.txt: lists no shard"},
    };
    for (const auto& [text, message] : cases) {
        BOOST_TEST(error_of(text) == message, text);
    }
}

BOOST_AUTO_TEST_CASE(a_cluster_built_in_code_is_checked_as_a_file_is) {
    lede::Cluster cluster;
    BOOST_CHECK_THROW(lede::check_cluster(cluster), lede::InvalidArgument);
    lede::ShardAddress local;
    local.path = "/srv/a/";
    lede::ShardAddress same = local;
    same.path = "/srv/./a";
    cluster.shards = {local, same};
    BOOST_CHECK_THROW(lede::check_cluster(cluster), lede::InvalidArgument);
    cluster.shards = {local};
    BOOST_CHECK_NO_THROW(lede::check_cluster(cluster));
    lede::ShardAddress relative;
    relative.path = "srv/a";
    cluster.shards = {relative};
    BOOST_CHECK_THROW(lede::check_cluster(cluster), lede::InvalidArgument);
}

BOOST_AUTO_TEST_CASE(a_missing_file_is_an_io_error_naming_it) {
    BOOST_CHECK_EXCEPTION(
        static_cast<void>(lede::read_cluster_file("/nonexistent/cluster")), lede::IoError,
        [](const lede::IoError& error) {
            return std::string(error.what()).starts_with("/nonexistent/cluster: cannot read");
        });
}

BOOST_AUTO_TEST_SUITE_END()
