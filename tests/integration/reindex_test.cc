// Reindexing is idempotent: unchanged articles are skipped, changed ones
// replaced, vanished ones pruned, and nothing else in the database moves.
#include <lede/error.h>
#include <lede/indexer.h>
#include <lede/searcher.h>

#include "common/term_scheme.h"
#include "tests/integration/feed_records.h"
#include "tests/support/temp_dir.h"

#include <boost/test/unit_test.hpp>

#include <fstream>
#include <xapian.h>

namespace {

using lede::testing::TempDir;

using lede::testing::record;
using lede::testing::write_file;

lede::IndexReport index(const std::string& db, const std::vector<std::string>& inputs, bool prune = false) {
    lede::IndexOptions options;
    options.db_path = db;
    options.prune = prune;
    options.batch_size = 2; // several transactions even for a handful of articles
    lede::Indexer indexer(options);
    return indexer.index(inputs);
}

std::size_t hits(const std::string& db, const std::string& query) {
    lede::Searcher searcher(db);
    lede::SearchRequest request;
    request.query = query;
    return searcher.search(request).total;
}

Xapian::rev revision(const std::string& db) {
    return Xapian::Database(db).get_revision();
}

} // namespace

BOOST_AUTO_TEST_SUITE(reindex)

BOOST_AUTO_TEST_CASE(a_rerun_on_unchanged_input_changes_nothing) {
    TempDir dir;
    const std::string feed = dir / "feed.jsonl";
    write_file(feed, record("a", "alpha quake") + record("b", "beta flood") + record("c", "gamma fire"));
    const auto first = index(dir / "db", {feed});
    BOOST_TEST(first.added == 3U);
    const Xapian::rev before = revision(dir / "db");
    const auto second = index(dir / "db", {feed});
    BOOST_TEST(second.added == 0U);
    BOOST_TEST(second.replaced == 0U);
    BOOST_TEST(second.unchanged == 3U);
    BOOST_TEST(revision(dir / "db") == before); // no empty commit
}

BOOST_AUTO_TEST_CASE(a_changed_article_replaces_the_old_version) {
    TempDir dir;
    const std::string feed = dir / "feed.jsonl";
    write_file(feed, record("a", "alpha quake") + record("b", "beta flood"));
    (void)index(dir / "db", {feed});
    write_file(feed, record("a", "alpha tsunami") + record("b", "beta flood"));
    const auto report = index(dir / "db", {feed});
    BOOST_TEST(report.replaced == 1U);
    BOOST_TEST(report.unchanged == 1U);
    BOOST_TEST(hits(dir / "db", "quake") == 0U);
    BOOST_TEST(hits(dir / "db", "tsunami") == 1U);
    BOOST_TEST(Xapian::Database(dir / "db").get_doccount() == 2U);
}

BOOST_AUTO_TEST_CASE(prune_removes_only_vanished_articles_of_the_given_inputs) {
    TempDir dir;
    std::filesystem::create_directories(dir / "in");
    std::filesystem::create_directories(dir / "other");
    write_file(dir / "in/feed.jsonl", record("a", "alpha") + record("b", "beta"));
    write_file(dir / "other/keep.jsonl", record("k", "kappa"));
    (void)index(dir / "db", {dir / "in", dir / "other"});
    write_file(dir / "in/feed.jsonl", record("a", "alpha"));

    const auto without_prune = index(dir / "db", {dir / "in"});
    BOOST_TEST(without_prune.deleted == 0U);
    BOOST_TEST(hits(dir / "db", "beta") == 1U);

    const auto pruned = index(dir / "db", {dir / "in"}, true);
    BOOST_TEST(pruned.deleted == 1U);
    BOOST_TEST(hits(dir / "db", "beta") == 0U);
    BOOST_TEST(hits(dir / "db", "kappa") == 1U); // outside the pruned input
}

BOOST_AUTO_TEST_CASE(duplicate_ids_keep_the_first_and_report_the_rest) {
    TempDir dir;
    const std::string feed = dir / "feed.jsonl";
    write_file(feed, record("a", "first") + record("a", "second"));
    std::vector<lede::InputProblem> problems;
    lede::IndexOptions options;
    options.db_path = dir / "db";
    options.on_rejected = [&problems](const lede::InputProblem& problem) { problems.push_back(problem); };
    lede::Indexer indexer(options);
    const auto report = indexer.index({feed});
    BOOST_TEST(report.added == 1U);
    BOOST_TEST(report.rejected == 1U);
    BOOST_TEST_REQUIRE(problems.size() == 1U);
    BOOST_TEST(problems[0].line == 2U);
    BOOST_TEST(problems[0].reason.find("duplicate id \"a\"") != std::string::npos, problems[0].reason);
    BOOST_TEST(hits(dir / "db", "first") == 1U);
}

BOOST_AUTO_TEST_CASE(results_do_not_depend_on_the_number_of_jobs) {
    TempDir dir;
    std::vector<std::string> ids;
    for (const unsigned jobs : {1U, 4U}) {
        lede::IndexOptions options;
        options.db_path = dir / ("db" + std::to_string(jobs));
        options.jobs = jobs;
        options.batch_size = 7;
        lede::Indexer indexer(options);
        (void)indexer.index({lede::testing::corpus_dir()});
        Xapian::Database db(options.db_path);
        std::string order;
        for (Xapian::docid id = 1; id <= db.get_lastdocid(); ++id) {
            order += db.get_document(id).get_value(lede::term_scheme::kSlotId) + "\n";
        }
        ids.push_back(order);
    }
    BOOST_TEST(ids[0] == ids[1]);
}

BOOST_AUTO_TEST_CASE(embedded_articles_follow_the_file_rules) {
    TempDir dir;
    lede::IndexOptions options;
    options.db_path = dir / "db";
    lede::Indexer indexer(options);
    const auto report = indexer.index_articles({
        {"ok", "", "2024-03-23", "en", "Gunmen attacked a concert hall. Many were hurt.", "", ""},
        {"bad-date", "", "2024-02-30", "en", "text", "", ""},
        {"", "", "", "", "no id", "", ""},
    });
    BOOST_TEST(report.added == 1U);
    BOOST_TEST(report.rejected == 2U);
    lede::Searcher searcher(dir / "db");
    lede::SearchRequest request;
    request.query = "concert";
    const auto result = searcher.search(request);
    BOOST_TEST_REQUIRE(result.hits.size() == 1U);
    BOOST_TEST(result.hits[0].title == "Gunmen attacked a concert hall"); // first sentence
}

BOOST_AUTO_TEST_CASE(switching_extraction_on_reindexes_every_article) {
    TempDir dir;
    const std::string input = lede::testing::corpus_dir() + "/seeds";
    lede::IndexOptions options;
    options.db_path = dir / "db";
    options.extract = false;
    {
        lede::Indexer indexer(options);
        BOOST_TEST(indexer.index({input}).added == 5U);
    }
    lede::SearchRequest request;
    request.entities = {"Moscow"};
    BOOST_TEST(lede::Searcher(options.db_path).search(request).total == 0U); // text only
    options.extract = true;
    {
        lede::Indexer indexer(options);
        BOOST_TEST(indexer.index({input}).replaced == 5U);
    }
    BOOST_TEST(lede::Searcher(options.db_path).search(request).total == 5U);
}

BOOST_AUTO_TEST_CASE(a_database_of_another_analyser_version_is_refused) {
    TempDir dir;
    (void)index(dir / "db", {lede::testing::corpus_dir() + "/samples/ru.jsonl"});
    {
        Xapian::WritableDatabase db(dir / "db");
        db.set_metadata(std::string(lede::term_scheme::kMetaAnalyzer), "999");
        db.commit();
    }
    BOOST_CHECK_THROW(lede::Searcher searcher(dir / "db"), lede::IndexError);
    lede::IndexOptions options;
    options.db_path = dir / "db";
    BOOST_CHECK_THROW(lede::Indexer indexer(options), lede::IndexError);
}

BOOST_AUTO_TEST_CASE(a_second_writer_is_refused_while_the_first_holds_the_lock) {
    TempDir dir;
    lede::IndexOptions options;
    options.db_path = dir / "db";
    lede::Indexer first(options);
    try {
        lede::Indexer second(options);
        BOOST_FAIL("a second writer opened the database");
    } catch (const lede::IndexError& error) {
        BOOST_TEST(std::string(error.what()).find("locked") != std::string::npos, error.what());
    }
}

BOOST_AUTO_TEST_CASE(a_missing_database_is_a_clear_error) {
    TempDir dir;
    BOOST_CHECK_THROW(lede::Searcher searcher(dir / "nothing-here"), lede::IndexError);
}

BOOST_AUTO_TEST_CASE(issue_17_stats_give_the_first_and_last_day_of_the_articles_that_remain) {
    TempDir dir;
    const std::string feed = dir / "feed.jsonl";
    const auto dated = [](const std::string& id, const std::string& date) {
        return R"({"id": ")" + id + R"(", "date": ")" + date + R"(", "body": "text )" + id + "\"}\n";
    };
    write_file(feed, dated("a", "2020-01-05") + dated("b", "2022-06-01") + dated("c", "2022-11-30") +
                         dated("d", "2024-03-23") + R"({"id": "e", "body": "undated"})" + "\n");
    (void)index(dir / "db", {feed});
    lede::Stats stats = lede::Searcher(dir / "db").stats();
    BOOST_TEST(stats.date_min == "2020-01-05");
    BOOST_TEST(stats.date_max == "2024-03-23");
    write_file(feed, dated("b", "2022-06-01") + dated("c", "2022-11-30") +
                         R"({"id": "e", "body": "undated"})" + "\n");
    BOOST_TEST(index(dir / "db", {feed}, true).deleted == 2U);
    stats = lede::Searcher(dir / "db").stats();
    BOOST_TEST(stats.date_min == "2022-06-01");
    BOOST_TEST(stats.date_max == "2022-11-30");
    write_file(feed, R"({"id": "e", "body": "undated"})"
                     "\n");
    (void)index(dir / "db", {feed}, true);
    stats = lede::Searcher(dir / "db").stats();
    BOOST_TEST(stats.date_min.empty());
    BOOST_TEST(stats.date_max.empty());
}

BOOST_AUTO_TEST_SUITE_END()
