// A feed split across machines (lede-index --shard K/N, #16): each database
// holds the articles whose id hashes to it, the shards together hold exactly
// what one database would, an updated or vanished article is handled by the
// shard that holds it, and a database keeps one partition for good.
#include <lede/error.h>
#include <lede/indexer.h>

#include "common/term_scheme.h"
#include "tests/integration/feed_records.h"
#include "tests/support/temp_dir.h"

#include <boost/test/unit_test.hpp>

#include <array>
#include <fstream>
#include <set>
#include <string>
#include <vector>
#include <xapian.h>

namespace {

using lede::testing::TempDir;

using lede::testing::record;
using lede::testing::write_file;

std::string feed_of(int articles, const std::string& changed_id = "", const std::string& missing_id = "") {
    std::string feed;
    for (int i = 0; i < articles; ++i) {
        const std::string id = "art-" + std::to_string(i);
        if (id != missing_id) {
            feed += record(id, id == changed_id ? "the toll rose in the flood" : "a quiet day in the city");
        }
    }
    return feed;
}

lede::IndexReport index(const std::string& db, const std::vector<std::string>& inputs,
                        lede::Partition partition, bool prune = false, unsigned shards = 1) {
    lede::IndexOptions options;
    options.db_path = db;
    options.partition = partition;
    options.prune = prune;
    options.shards = shards;
    options.extract = false; // the split does not depend on extraction
    lede::Indexer indexer(options);
    return indexer.index(inputs);
}

/// The article ids a database holds (its Q terms).
std::set<std::string> ids(const std::string& db) {
    std::set<std::string> out;
    const Xapian::Database database(db);
    for (auto term = database.allterms_begin("Q"); term != database.allterms_end("Q"); ++term) {
        out.insert(*term);
    }
    return out;
}

} // namespace

BOOST_AUTO_TEST_SUITE(partition)

// The documented recipe, with values computed by `printf %s ID | sha256sum`.
BOOST_AUTO_TEST_CASE(the_shard_of_an_id_is_its_sha256_prefix_modulo_the_count) {
    BOOST_TEST(lede::shard_of("ru-001", 3) == 0U); // 733d38339f565b9b
    BOOST_TEST(lede::shard_of("ru-001", 2) == 1U);
    BOOST_TEST(lede::shard_of("crocus-2024", 7) == 1U); // 95bbf4020d35db72
    BOOST_TEST(lede::shard_of("d00000000", 7) == 2U);   // ab96844f8ef79a81
    BOOST_TEST(lede::shard_of("", 3) == 1U);            // e3b0c44298fc1c14
    BOOST_TEST(lede::shard_of("anything", 1) == 0U);
    BOOST_CHECK_THROW((void)lede::shard_of("x", 0), lede::InvalidArgument);
}

BOOST_AUTO_TEST_CASE(ids_spread_evenly_over_the_shards) {
    std::array<int, 3> counts{};
    for (int i = 0; i < 30'000; ++i) {
        ++counts[lede::shard_of("d" + std::to_string(i), 3)];
    }
    for (const int count : counts) {
        BOOST_TEST(count > 9'500);
        BOOST_TEST(count < 10'500);
    }
}

BOOST_AUTO_TEST_CASE(three_shards_hold_exactly_what_one_database_holds) {
    const TempDir dir;
    const std::string feed = dir / "feed.jsonl";
    write_file(feed, feed_of(60));
    const auto whole = index(dir / "whole", {feed}, {});
    BOOST_TEST(whole.added == 60U);
    BOOST_TEST(whole.elsewhere == 0U);
    std::set<std::string> together;
    for (unsigned k = 0; k < 3; ++k) {
        const std::string db = dir / ("shard" + std::to_string(k));
        const auto report = index(db, {feed}, {k, 3});
        BOOST_TEST(report.added + report.elsewhere == 60U);
        BOOST_TEST(report.added > 0U);
        for (const std::string& id : ids(db)) {
            BOOST_TEST(lede::shard_of(id.substr(1), 3) == k, id << " belongs to shard " << k);
            BOOST_TEST(together.insert(id).second, id << " is held by one shard only");
        }
        BOOST_TEST(Xapian::Database(db).get_metadata(std::string(lede::term_scheme::kMetaPartition)) ==
                   std::to_string(k) + "/3");
        const auto again = index(db, {feed}, {k, 3});
        BOOST_TEST(again.added == 0U); // idempotent per shard
        BOOST_TEST(again.unchanged == report.added);
    }
    BOOST_TEST((together == ids(dir / "whole")));
}

BOOST_AUTO_TEST_CASE(an_updated_or_vanished_article_is_handled_by_the_shard_that_holds_it) {
    const TempDir dir;
    const std::string feed = dir / "feed.jsonl";
    write_file(feed, feed_of(30));
    for (unsigned k = 0; k < 3; ++k) {
        (void)index(dir / ("shard" + std::to_string(k)), {feed}, {k, 3});
    }
    const unsigned changed_home = lede::shard_of("art-7", 3);
    const unsigned missing_home = lede::shard_of("art-12", 3);
    write_file(feed, feed_of(30, "art-7", "art-12"));
    for (unsigned k = 0; k < 3; ++k) {
        const std::string db = dir / ("shard" + std::to_string(k));
        const auto report = index(db, {feed}, {k, 3}, /*prune=*/true);
        BOOST_TEST_CONTEXT("shard " << k) {
            BOOST_TEST(report.replaced == (k == changed_home ? 1U : 0U));
            BOOST_TEST(report.deleted == (k == missing_home ? 1U : 0U)); // never another shard's articles
            BOOST_TEST(report.added == 0U);
            BOOST_TEST(!ids(db).contains(lede::term_scheme::id_term("art-12")));
        }
    }
}

BOOST_AUTO_TEST_CASE(a_database_keeps_the_partition_it_was_built_with) {
    const TempDir dir;
    const std::string feed = dir / "feed.jsonl";
    write_file(feed, feed_of(12));
    (void)index(dir / "shard1", {feed}, {1, 3});
    const auto message = [&](lede::Partition partition, const std::string& db) {
        try {
            (void)index(db, {feed}, partition);
        } catch (const lede::InvalidArgument& error) {
            return std::string(error.what());
        }
        return std::string("no error");
    };
    BOOST_TEST(message({2, 3}, dir / "shard1") ==
               dir / "shard1" + ": holds shard 1/3 of a split feed; index it with --shard 1/3");
    BOOST_TEST(message({}, dir / "shard1") ==
               dir / "shard1" + ": holds shard 1/3 of a split feed; index it with --shard 1/3");
    (void)index(dir / "whole", {feed}, {});
    BOOST_TEST(message({0, 2}, dir / "whole") ==
               dir / "whole" +
                   ": holds every article (built without --shard); index shard 0/2 into a new database");
    BOOST_TEST(message({3, 3}, dir / "new") == "shard 3/3: expected K/N with 0 <= K < N");
    BOOST_TEST(ids(dir / "whole").size() == 12U); // nothing indexed is lost by a refused run
}

BOOST_AUTO_TEST_CASE(a_parallel_build_of_a_shard_remembers_its_partition_too) {
    const TempDir dir;
    const std::string feed = dir / "feed.jsonl";
    write_file(feed, feed_of(40));
    const auto built = index(dir / "shard0", {feed}, {0, 2}, false, /*shards=*/2);
    BOOST_TEST(built.added + built.elsewhere == 40U);
    const auto update = index(dir / "shard0", {feed}, {0, 2});
    BOOST_TEST(update.unchanged == built.added);
    BOOST_TEST(update.added == 0U);
}

BOOST_AUTO_TEST_SUITE_END()
