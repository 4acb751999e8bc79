// A searcher counts facets from each match's value on the first faceted
// search of a revision and from a facet column after: both must give the
// same result, and a new revision must not be counted from an old column.
#include <lede/indexer.h>
#include <lede/render.h>
#include <lede/searcher.h>

#include "tests/support/temp_dir.h"

#include <boost/test/unit_test.hpp>

#include <fstream>
#include <sstream>

namespace {

using lede::testing::TempDir;

std::string as_json(const lede::SearchResult& result) {
    std::ostringstream out;
    lede::render_json(out, result);
    return out.str();
}

lede::SearchRequest faceted(const std::string& query) {
    lede::SearchRequest request;
    request.query = query;
    request.facets = true;
    request.facet_entities = 50;
    return request;
}

std::size_t lang_count(const lede::SearchResult& result, const std::string& lang) {
    for (const lede::FacetValue& value : result.facets->lang) {
        if (value.value == lang) {
            return value.count;
        }
    }
    return 0;
}

} // namespace

BOOST_AUTO_TEST_SUITE(facet_column_search)

BOOST_AUTO_TEST_CASE(every_faceted_search_of_a_searcher_gives_what_the_first_gave) {
    TempDir dir;
    lede::IndexOptions options;
    options.db_path = dir / "db";
    options.jobs = 2;
    lede::Indexer indexer(options);
    (void)indexer.index({lede::testing::corpus_dir()});

    std::vector<lede::SearchRequest> requests;
    for (const std::string query : {"killed", "Putin", "earthquake OR 地震", "entity:putin", "взрыв",
                                    "attack", "\"crocus city hall\"", "flood", "people"}) {
        requests.push_back(faceted(query));
    }
    lede::SearchRequest everything = faceted("");
    everything.langs = {"en", "ru", "de", "fr", "ja", "zh", "es", "ar", "uk", "it"};
    requests.push_back(everything);
    lede::SearchRequest deadly = faceted("attack");
    deadly.deaths = "10..";
    requests.push_back(deadly);

    lede::Searcher searcher(dir / "db");
    std::vector<std::string> first;
    for (const lede::SearchRequest& request : requests) {
        first.push_back(as_json(searcher.search(request))); // the first faceted search counts from values
    }
    std::size_t with_entities = 0;
    for (std::size_t i = 0; i < requests.size(); ++i) {
        BOOST_TEST_CONTEXT(requests[i].query) {
            const lede::SearchResult again = searcher.search(requests[i]); // from the column
            BOOST_TEST(as_json(again) == first[i]);
            with_entities += again.facets && !again.facets->entity.empty() ? 1 : 0;
        }
    }
    BOOST_TEST(with_entities >= 8U);
}

BOOST_AUTO_TEST_CASE(articles_added_after_the_column_was_read_are_counted) {
    TempDir dir;
    const auto write = [&dir](const std::string& name, const std::string& id, const std::string& lang) {
        std::ofstream out(dir / name, std::ios::binary);
        out << R"({"id": ")" << id << R"(", "title": "Flood )" << id
            << R"(", "date": "2024-03-23", "lang": ")" << lang
            << R"(", "body": "The flood reached the old town."})" << '\n';
    };
    const auto index = [&dir](const std::string& name) {
        lede::IndexOptions options;
        options.db_path = dir / "db";
        lede::Indexer indexer(options);
        (void)indexer.index({dir / name});
    };
    write("a.jsonl", "a", "en");
    index("a.jsonl");
    lede::Searcher searcher(dir / "db");
    (void)searcher.search(faceted("flood"));
    const lede::SearchResult before = searcher.search(faceted("flood")); // reads the column
    BOOST_TEST_REQUIRE(before.facets.has_value());
    BOOST_TEST(lang_count(before, "en") == 1U);
    BOOST_TEST(lang_count(before, "de") == 0U);

    write("b.jsonl", "b", "de");
    index("b.jsonl");
    for (int search = 0; search < 3; ++search) {
        const lede::SearchResult after = searcher.search(faceted("flood"));
        BOOST_TEST_REQUIRE(after.facets.has_value());
        BOOST_TEST(after.total == 2U);
        BOOST_TEST(lang_count(after, "en") == 1U);
        BOOST_TEST(lang_count(after, "de") == 1U);
    }
}

BOOST_AUTO_TEST_CASE(issue_15_searchers_sharing_a_cache_read_the_column_once_and_count_alike) {
    TempDir dir;
    lede::IndexOptions options;
    options.db_path = dir / "db";
    options.jobs = 2;
    (void)lede::Indexer(options).index({lede::testing::corpus_dir()});
    lede::Searcher alone(options.db_path);
    lede::SearcherCache cache;
    std::vector<lede::Searcher> workers;
    for (int i = 0; i < 3; ++i) {
        workers.emplace_back(options.db_path, cache);
    }
    const std::vector<std::string> queries = {"killed", "Putin", "attack", "\"crocus city hall\"", "people"};
    for (std::size_t round = 0; round < 3; ++round) {
        for (std::size_t q = 0; q < queries.size(); ++q) {
            const std::string expected = as_json(alone.search(faceted(queries[q])));
            lede::Searcher& worker = workers[(round + q) % workers.size()];
            BOOST_TEST(as_json(worker.search(faceted(queries[q]))) == expected, queries[q]);
        }
    }
    // The first faceted search of the revision counted from values, the second read the column for all.
    BOOST_TEST(cache.columns_read() == 1U);

    // A new revision is read once more, and counted from.
    std::ofstream(dir / "more.jsonl")
        << R"({"id": "more", "lang": "de", "body": "People fled the flood."})" << '\n';
    (void)lede::Indexer(options).index({dir / "more.jsonl"});
    for (lede::Searcher& worker : workers) {
        const lede::SearchResult result = worker.search(faceted("people"));
        BOOST_TEST(as_json(result) == as_json(alone.search(faceted("people"))));
    }
    BOOST_TEST(cache.columns_read() == 2U);
}

BOOST_AUTO_TEST_SUITE_END()
