// scripts/reindex --rebuild switches a fresh database in atomically:
// searchers running during rebuilds always see a complete index.
#include "tests/reliability/reliability_support.h"

#include <boost/test/unit_test.hpp>

#include <atomic>
#include <nlohmann/json.hpp>
#include <thread>

namespace {
using namespace lede::testing;
const std::string kReindex = std::string(LEDE_SOURCE_DIR) + "/scripts/reindex";
} // namespace

BOOST_AUTO_TEST_SUITE(atomic_rebuild)

BOOST_AUTO_TEST_CASE(searches_during_rebuilds_always_see_a_complete_index) {
    const TempDir dir;
    const std::string db = dir / "db";
    const std::string input = dir / "feed.jsonl";
    write_articles(input, 300);
    const std::map<std::string, std::string> env = {{"LEDE_INDEX_EXE", LEDE_INDEX_EXE}};
    BOOST_TEST_REQUIRE(run_process({kReindex, "--rebuild", db, input}, env).exit_code == 0);

    std::atomic<bool> done{false};
    std::vector<ProcessResult> rebuilds;
    std::thread writer([&] {
        for (int i = 0; i < 4; ++i) {
            rebuilds.push_back(run_process({kReindex, "--rebuild", "--wait", db, input}, env));
        }
        done = true;
    });
    int searches = 0;
    int incomplete = 0;
    while (!done || searches < 20) {
        const ProcessResult result =
            run_process({LEDE_SEARCH_EXE, "--db", db, "--format", "json", "--limit", "0", ""});
        const auto json = nlohmann::json::parse(result.out, nullptr, false);
        if (result.exit_code != 0 || json.is_discarded() || json.value("total", 0) != 300) {
            ++incomplete;
            BOOST_TEST_MESSAGE("search " << searches << ": " << result);
        }
        ++searches;
    }
    writer.join();
    for (const ProcessResult& rebuild : rebuilds) {
        BOOST_TEST(rebuild.exit_code == 0, rebuild);
    }
    BOOST_TEST(incomplete == 0, incomplete << " of " << searches << " searches saw no or a partial index");
    // Only the current generation is left behind.
    int generations = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dir.path())) {
        generations += entry.path().filename().string().starts_with("db.gen-") ? 1 : 0;
    }
    BOOST_TEST(generations == 1);
}

BOOST_AUTO_TEST_SUITE_END()
