// R3-style: searches running while the index is rewritten never fail; the
// searcher reopens and retries when the writer has moved on.
#include "tests/reliability/reliability_support.h"

#include <lede/searcher.h>

#include <boost/test/unit_test.hpp>

#include <atomic>
#include <thread>

namespace {
using namespace lede::testing;
}

BOOST_AUTO_TEST_SUITE(readers_during_writes)

BOOST_AUTO_TEST_CASE(searches_during_a_reindex_never_fail_and_always_see_every_article) {
    constexpr int kArticles = 1500;
    const TempDir dir;
    const std::string db = dir / "db";
    write_articles(dir / "first.jsonl", kArticles, "alphaversion");
    write_articles(dir / "second.jsonl", kArticles, "betaversion");
    BOOST_TEST_REQUIRE(
        run_process({LEDE_INDEX_EXE, "--db", db, "--progress", "never", dir / "first.jsonl"}).exit_code == 0);

    std::atomic<bool> done{false};
    ProcessResult writer;
    std::thread rewrite([&] {
        // Small batches: many commits, so a reader's revision goes stale often.
        writer = run_process(
            {LEDE_INDEX_EXE, "--db", db, "--batch-size", "10", "--progress", "never", dir / "second.jsonl"});
        done = true;
    });

    lede::Searcher searcher(db);
    int searches = 0;
    int failures = 0;
    while (!done || searches < 200) {
        lede::SearchRequest request;
        request.query = "zqcanary" + std::string(5 - std::to_string(searches % kArticles).size(), '0') +
                        std::to_string(searches % kArticles);
        try {
            const lede::SearchResult result = searcher.search(request);
            if (result.total != 1 || result.hits.size() != 1) {
                ++failures;
            }
        } catch (const std::exception& error) {
            BOOST_TEST_MESSAGE("search " << searches << " failed: " << error.what());
            ++failures;
        }
        ++searches;
    }
    rewrite.join();
    BOOST_TEST(writer.exit_code == 0, writer);
    BOOST_TEST_MESSAGE(searches << " searches during the rewrite");
    BOOST_TEST(searches >= 200);
    BOOST_TEST(failures == 0);
}

BOOST_AUTO_TEST_SUITE_END()
