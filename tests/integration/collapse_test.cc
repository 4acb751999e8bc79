// --collapse folds lightly reworded copies of one report, but never a copy
// that states a different figure (issue #3, near-duplicates).
#include <lede/indexer.h>
#include <lede/searcher.h>

#include "common/near_duplicate.h"
#include "tests/support/temp_dir.h"

#include <boost/test/unit_test.hpp>

namespace {

const std::string kReport =
    "Rescue workers in the northern province searched through the night for survivors after a powerful "
    "earthquake flattened dozens of homes in mountain villages on Tuesday. Officials said 48 people were "
    "killed and the regional hospital was treating the injured in tents set up in its car park. Roads into "
    "the "
    "valley were blocked by landslides, and aid convoys waited at the river crossing until engineers cleared "
    "a "
    "single lane. The governor appealed for blankets, water and generators as night temperatures fell below "
    "freezing.";

std::string replace(std::string text, const std::string& from, const std::string& to) {
    text.replace(text.find(from), from.size(), to);
    return text;
}

} // namespace

BOOST_AUTO_TEST_SUITE(collapse)

BOOST_AUTO_TEST_CASE(reworded_copies_fold_but_a_different_toll_stays_visible) {
    lede::testing::TempDir dir;
    lede::IndexOptions options;
    options.db_path = dir / "db";
    lede::Indexer indexer(options);
    const std::string reworded =
        replace(replace(kReport, "on Tuesday", "late on Tuesday"), "The governor", "The provincial governor");
    const std::string other_toll = replace(kReport, "48 people", "62 people");
    (void)indexer.index_articles({
        {"original", "Quake kills 48 in mountain villages", "2024-01-02", "en", kReport, "", "Wire A"},
        {"reworded", "Quake kills 48 in mountain villages", "2024-01-02", "en", reworded, "", "Wire B"},
        {"updated", "Quake kills 62 in mountain villages", "2024-01-03", "en", other_toll, "", "Wire C"},
        {"unrelated", "Floods in the south", "2024-01-03", "en",
         "Heavy rain flooded the southern coast, where rivers burst their banks and thousands were evacuated "
         "from low-lying districts overnight.",
         "", ""},
    });
    lede::Searcher searcher(options.db_path);
    lede::SearchRequest request;
    request.query = "earthquake OR rain";
    const auto plain = searcher.search(request);
    BOOST_TEST(plain.total == 4U);
    request.collapse = true;
    const auto collapsed = searcher.search(request);
    BOOST_TEST(collapsed.total == 3U);
    std::size_t folded = 0;
    for (const lede::Hit& hit : collapsed.hits) {
        folded += hit.duplicates.size();
        if (!hit.duplicates.empty()) {
            BOOST_TEST((hit.id == "original" || hit.id == "reworded"), hit.id);
            BOOST_TEST((hit.duplicates[0] == "original" || hit.duplicates[0] == "reworded"));
        }
        if (hit.id == "updated") {
            BOOST_TEST(hit.duplicates.empty()); // its toll differs
        }
    }
    BOOST_TEST(folded == 1U);
}

BOOST_AUTO_TEST_CASE(signatures_estimate_overlap) {
    lede::Analyzer analyzer;
    const std::string a = lede::near_duplicate_signature(analyzer.analyze(kReport));
    const std::string b =
        lede::near_duplicate_signature(analyzer.analyze(replace(kReport, "Tuesday", "Monday")));
    const std::string c = lede::near_duplicate_signature(
        analyzer.analyze("Completely different words about a football match in a stadium far away tonight."));
    BOOST_TEST(lede::near_duplicate_similarity(a, a) == 1.0);
    BOOST_TEST(lede::near_duplicate_similarity(a, b) > 0.6);
    BOOST_TEST(lede::near_duplicate_similarity(a, c) < 0.2);
    BOOST_TEST(lede::near_duplicate_signature(analyzer.analyze("too short")).empty());
}

BOOST_AUTO_TEST_SUITE_END()
