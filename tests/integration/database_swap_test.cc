// A long-lived Searcher (a server's) follows the database its path names:
// after scripts/reindex --rebuild swaps the link, or a directory is renamed
// into place, the next search answers from the new database.
#include <lede/article.h>
#include <lede/indexer.h>
#include <lede/searcher.h>

#include "tests/support/temp_dir.h"

#include <boost/test/unit_test.hpp>

#include <filesystem>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;
using lede::testing::TempDir;

void build(const std::string& db, const std::string& id, const std::string& body) {
    lede::IndexOptions options;
    options.db_path = db;
    lede::Article article;
    article.id = id;
    article.lang = "en";
    article.body = body;
    BOOST_TEST_REQUIRE(lede::Indexer(options).index_articles({article}).added == 1U);
}

std::vector<std::string> ids(lede::Searcher& searcher, const std::string& query) {
    lede::SearchRequest request;
    request.query = query;
    request.facets = true; // the facet caches must follow too
    std::vector<std::string> found;
    for (const lede::Hit& hit : searcher.search(request).hits) {
        found.push_back(hit.id);
    }
    return found;
}

} // namespace

BOOST_AUTO_TEST_SUITE(database_swap)

BOOST_AUTO_TEST_CASE(issue_15_a_searcher_follows_a_rebuild_that_swaps_the_link) {
    TempDir dir;
    build(dir / "db.gen-1", "first", "Floods hit the valley.");
    fs::create_directory_symlink("db.gen-1", dir / "db");
    lede::Searcher searcher(dir / "db");
    BOOST_TEST(ids(searcher, "floods") == std::vector<std::string>{"first"});
    BOOST_TEST(ids(searcher, "floods") == std::vector<std::string>{"first"}); // the facet column is read

    build(dir / "db.gen-2", "second", "Floods and a landslide hit the valley.");
    fs::create_directory_symlink("db.gen-2", dir / "db.link");
    fs::rename(dir / "db.link", dir / "db"); // what scripts/reindex --rebuild does
    fs::remove_all(dir / "db.gen-1");
    BOOST_TEST(ids(searcher, "floods") == std::vector<std::string>{"second"});
    BOOST_TEST(ids(searcher, "landslide") == std::vector<std::string>{"second"});
}

BOOST_AUTO_TEST_CASE(issue_15_a_searcher_follows_a_directory_renamed_into_place) {
    TempDir dir;
    build(dir / "db", "first", "Floods hit the valley.");
    lede::Searcher searcher(dir / "db");
    BOOST_TEST(ids(searcher, "floods") == std::vector<std::string>{"first"});
    build(dir / "db.new", "second", "Floods hit the coast.");
    fs::rename(dir / "db", dir / "db.old");
    fs::rename(dir / "db.new", dir / "db");
    fs::remove_all(dir / "db.old");
    BOOST_TEST(ids(searcher, "coast") == std::vector<std::string>{"second"});
}

BOOST_AUTO_TEST_CASE(issue_15_a_searcher_keeps_answering_while_its_path_names_nothing) {
    TempDir dir;
    build(dir / "db", "first", "Floods hit the valley.");
    lede::Searcher searcher(dir / "db");
    fs::rename(dir / "db", dir / "db.moved"); // between the two renames of a swap
    BOOST_TEST(ids(searcher, "floods") == std::vector<std::string>{"first"});
}

BOOST_AUTO_TEST_SUITE_END()
