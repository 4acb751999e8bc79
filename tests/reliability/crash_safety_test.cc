// R1: a crash at any point leaves a valid index holding whole batches, and a
// rerun converges to the contents of an uninterrupted run.
#include "tests/reliability/reliability_support.h"

#include <boost/test/unit_test.hpp>

#include <chrono>
#include <xapian.h>

namespace {

using namespace lede::testing;

constexpr int kArticles = 1000;
constexpr int kBatch = 50;
constexpr int kKills = 20;

ProcessResult index_for(const std::string& db, const std::string& input, double seconds) {
    std::vector<std::string> argv;
    if (seconds > 0) {
        char delay[32];
        std::snprintf(delay, sizeof delay, "%.3f", seconds);
        argv = {"timeout", "-s", "KILL", delay};
    }
    for (const std::string& arg :
         {std::string(LEDE_INDEX_EXE), std::string("--db"), db, std::string("--batch-size"),
          std::to_string(kBatch), std::string("--jobs"), std::string("2"), std::string("--progress"),
          std::string("never"), input}) {
        argv.push_back(arg);
    }
    return run_process(argv);
}

/// How many of doc-0, doc-1, … hold `marker` in their stored text, checking
/// that they form a prefix of the input (batches commit in input order).
int changed_prefix(const std::string& db, const std::string& marker) {
    Xapian::Database database(db, Xapian::DB_BACKEND_GLASS);
    int prefix = 0;
    bool gap = false;
    for (int i = 0; i < kArticles; ++i) {
        auto posting = database.postlist_begin("Qdoc-" + std::to_string(i));
        const bool changed = posting != database.postlist_end("Qdoc-" + std::to_string(i)) &&
                             database.get_document(*posting).get_data().find(marker) != std::string::npos;
        if (changed && gap) {
            return -1; // a later batch is there without an earlier one
        }
        if (changed) {
            ++prefix;
        } else {
            gap = true;
        }
    }
    return prefix;
}

} // namespace

BOOST_AUTO_TEST_SUITE(crash_safety)

BOOST_AUTO_TEST_CASE(a_killed_indexer_leaves_whole_batches_and_a_rerun_converges) {
    std::mt19937_64 random(test_seed());
    const TempDir dir;
    const std::string first = dir / "first.jsonl";
    const std::string second = dir / "second.jsonl";
    write_articles(first, kArticles, "alphaversion");
    write_articles(second, kArticles, "betaversion");

    // Clean runs give the time scale and the signatures to converge to.
    const auto started = std::chrono::steady_clock::now();
    BOOST_TEST_REQUIRE(index_for(dir / "clean-first", first, 0).exit_code == 0);
    const double clean_seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    BOOST_TEST_REQUIRE(index_for(dir / "clean-second", second, 0).exit_code == 0);
    const std::string first_signature = signature(dir / "clean-first");
    const std::string second_signature = signature(dir / "clean-second");

    int kills = 0;
    for (int round = 0; round < kKills; ++round) {
        // Even rounds build a fresh database; odd ones rewrite every article
        // of a complete one. Most delays span the run, some the first 100 ms
        // in which the database is created.
        const bool fresh = round % 2 == 0;
        const std::string db = dir / ("db" + std::to_string(round));
        if (!fresh) {
            BOOST_TEST_REQUIRE(index_for(db, first, 0).exit_code == 0);
        }
        std::uniform_real_distribution<double> span(0.0, random() % 5 == 0 ? 0.1 : 1.1 * clean_seconds);
        const double delay = span(random) + 0.001;
        const ProcessResult killed = index_for(db, fresh ? first : second, delay);
        BOOST_TEST_CONTEXT("round " << round << ", killed after " << delay << " s") {
            if (killed.exit_code == 137) {
                ++kills;
            } else {
                BOOST_TEST(killed.exit_code == 0, killed);
            }
            const long documents = document_count(db);
            if (documents >= 0) {
                const ProcessResult check = run_process({"xapian-check", db});
                BOOST_TEST(check.exit_code == 0, check);
                if (fresh) {
                    BOOST_TEST((documents % kBatch == 0 || documents == kArticles), documents);
                    BOOST_TEST(changed_prefix(db, "alphaversion") == documents);
                } else {
                    BOOST_TEST(documents == kArticles);
                    const int changed = changed_prefix(db, "betaversion");
                    BOOST_TEST((changed >= 0 && (changed % kBatch == 0 || changed == kArticles)), changed);
                }
            } else {
                BOOST_TEST(fresh); // only a fresh run can die before its database exists
            }
            const ProcessResult rerun = index_for(db, fresh ? first : second, 0);
            BOOST_TEST(rerun.exit_code == 0, rerun);
            BOOST_TEST(signature(db) == (fresh ? first_signature : second_signature));
        }
    }
    BOOST_TEST_MESSAGE("kills that landed during a run: " << kills << " of " << kKills);
    BOOST_TEST(kills >= kKills / 2); // the delays must mostly hit a running indexer
}

BOOST_AUTO_TEST_SUITE_END()
