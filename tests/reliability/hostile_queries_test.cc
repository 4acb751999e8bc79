// R7: any query gets a well-formed answer. Generated and mutated queries go
// through the library (10,000) and the executable (a few hundred): each ends
// in results or a one-line usage error, never a crash or another error.
#include "tests/reliability/reliability_support.h"

#include <lede/error.h>
#include <lede/searcher.h>

#include <boost/test/unit_test.hpp>

#include <nlohmann/json.hpp>

namespace {

using namespace lede::testing;

const std::vector<std::string> kPieces = {
    "crocus",
    "killed",
    "Putin",
    "взрыв",
    "Києві",
    "地震",
    "北京地震",
    "الزلزال",
    "น้ำท่วม",
    "Zürich",
    "ISIS-K",
    "U.S.",
    "AND",
    "OR",
    "NOT",
    "NEAR",
    "NEAR/3",
    "NEAR/0",
    "NEAR/99999",
    "and",
    "(",
    ")",
    "((",
    "))",
    "\"",
    "\"heavy rains\"",
    "“quoted”",
    "«",
    "»",
    "-",
    "+",
    "-flood",
    "+quake",
    "kill*",
    "*",
    "a*b",
    "**",
    "title:",
    "title:crocus",
    "title:(moscow OR kyiv)",
    "lang:ru",
    "lang:",
    "lang:r2",
    "lang:ru,uk",
    "date:2024",
    "date:2024-13",
    "date:2024-02-30",
    "date:..",
    "date:2024..2023",
    "date:2024-03..",
    "source:\"Times\"",
    "entity:Putin",
    "deaths:100..",
    "injured:..5",
    "deaths:x",
    "foo:bar",
    "http://x.org/a?b=c",
    ":",
    "::",
    "..",
    "\\",
    "'",
    "don't",
    "Mbappé",
    "ＡＢＣ",
    "\xC3\x28",
    "\xFF",
    "\x01",
    "\t",
    "\xE2\x80\x8B",
    std::string(70, 'x'),
    "🙂",
    "0",
    "133",
    "3,000.50",
    "-0",
    "NOT NOT",
    "OR OR",
    "AND(",
    "\"\"",
    "\" \"",
    "title:\"\"",
};

std::string generate(std::mt19937_64& random) {
    std::string query;
    const std::size_t pieces = 1 + random() % 8;
    for (std::size_t i = 0; i < pieces; ++i) {
        if (!query.empty() && random() % 4 != 0) {
            query += ' ';
        }
        query += kPieces[random() % kPieces.size()];
    }
    // Mutations: random bytes inserted, deleted or replaced.
    const std::size_t mutations = random() % 3;
    for (std::size_t i = 0; i < mutations && !query.empty(); ++i) {
        const std::size_t at = random() % query.size();
        switch (random() % 3) {
        case 0:
            query.insert(at, 1, static_cast<char>(random() % 256));
            break;
        case 1:
            query.erase(at, 1);
            break;
        default:
            query[at] = static_cast<char>(random() % 256);
            break;
        }
    }
    if (random() % 200 == 0) {
        query = std::string(1 + random() % 5000, '(') + query; // deep or over-long
    }
    return query;
}

const std::string& fixture_db() {
    static const TempDir dir;
    static const std::string db = [] {
        const std::string path = dir / "db";
        const ProcessResult result =
            run_process({LEDE_INDEX_EXE, "--db", path, "--progress", "never", corpus_dir()});
        BOOST_TEST_REQUIRE(result.exit_code == 0, result);
        return path;
    }();
    return db;
}

} // namespace

BOOST_AUTO_TEST_SUITE(hostile_queries)

BOOST_AUTO_TEST_CASE(ten_thousand_generated_queries_end_in_results_or_a_usage_error) {
    std::mt19937_64 random(test_seed());
    lede::Searcher searcher(fixture_db());
    int answered = 0;
    int refused = 0;
    for (int i = 0; i < 10000; ++i) {
        lede::SearchRequest request;
        request.query = generate(random);
        request.limit = 5;
        try {
            const lede::SearchResult result = searcher.search(request);
            BOOST_TEST(result.hits.size() <= 5U);
            ++answered;
        } catch (const lede::UsageError& error) {
            const std::string message = error.what();
            BOOST_TEST(!message.empty());
            ++refused;
        } catch (const std::exception& error) {
            BOOST_TEST(false, "query " << i << " failed with another error: " << error.what());
        }
    }
    BOOST_TEST_MESSAGE(answered << " answered, " << refused << " refused as usage errors");
    BOOST_TEST(answered > 1000);
    BOOST_TEST(refused > 1000);
}

BOOST_AUTO_TEST_CASE(generated_queries_through_the_executable_exit_0_or_2_with_one_line) {
    std::mt19937_64 random(test_seed());
    for (int i = 0; i < 300; ++i) {
        const std::string query = generate(random);
        const ProcessResult result = run_process(
            {LEDE_SEARCH_EXE, "--db", fixture_db(), "--format", "json", "--limit", "3", "--", query});
        BOOST_TEST_CONTEXT("query " << i << ": " << query) {
            BOOST_TEST((result.exit_code == 0 || result.exit_code == 2), result);
            if (result.exit_code == 2) {
                const auto lines = split_lines(result.err);
                BOOST_TEST(lines.size() == 1U, result);
                BOOST_TEST(result.err.rfind("lede-search: ", 0) == 0U, result);
                BOOST_TEST(result.err.size() <= 310U);
                BOOST_TEST(result.out.empty());
            } else if (result.exit_code == 0) {
                const auto json = nlohmann::json::parse(result.out, nullptr, false);
                BOOST_TEST(!json.is_discarded(), result);
                BOOST_TEST(json.contains("hits"));
            }
        }
    }
}

BOOST_AUTO_TEST_SUITE_END()
