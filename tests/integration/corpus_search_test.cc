// Index the bundled corpus once, then check what searches find: the
// examples of the foundation issue (#2) across scripts and languages.
#include <lede/error.h>
#include <lede/indexer.h>
#include <lede/render.h>
#include <lede/searcher.h>

#include "tests/support/temp_dir.h"

#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <functional>
#include <set>
#include <string>
#include <vector>

namespace {

using lede::testing::TempDir;

struct IndexedCorpus {
    TempDir dir;
    std::string db = dir / "db";
    lede::IndexReport report;

    IndexedCorpus() {
        lede::IndexOptions options;
        options.db_path = db;
        options.jobs = 2;
        lede::Indexer indexer(options);
        report = indexer.index({lede::testing::corpus_dir()});
    }
};

IndexedCorpus& corpus() {
    static IndexedCorpus instance;
    return instance;
}

lede::SearchResult search(const std::string& query, std::size_t limit = 50) {
    lede::Searcher searcher(corpus().db);
    lede::SearchRequest request;
    request.query = query;
    request.limit = limit;
    return searcher.search(request);
}

std::set<std::string> ids(const lede::SearchResult& result) {
    std::set<std::string> out;
    for (const lede::Hit& hit : result.hits) {
        out.insert(hit.id);
    }
    return out;
}

bool has(const std::set<std::string>& found, const std::string& id) {
    return found.count(id) != 0;
}

} // namespace

BOOST_AUTO_TEST_SUITE(corpus_search)

BOOST_AUTO_TEST_CASE(the_whole_corpus_is_indexed_without_rejections) {
    BOOST_TEST(corpus().report.added == 46U); // 5 seeds + 39 JSONL samples + 2 English .txt samples
    BOOST_TEST(corpus().report.rejected == 0U);
}

BOOST_AUTO_TEST_CASE(chinese_query_finds_unspaced_chinese_and_japanese) {
    const auto found = ids(search("地震"));
    for (const char* id : {"zh-001", "zh-002", "ja-001", "ja-002"}) {
        BOOST_TEST(has(found, id), id);
    }
}

BOOST_AUTO_TEST_CASE(russian_stem_finds_inflected_forms) {
    const auto found = ids(search("взрыв"));
    BOOST_TEST(has(found, "ru-001")); // взрыва
    BOOST_TEST(has(found, "ru-002")); // взрывом
}

BOOST_AUTO_TEST_CASE(killing_finds_killed) {
    BOOST_TEST(has(ids(search("killing")), "samples/en/valencia-floods"));
}

BOOST_AUTO_TEST_CASE(unaccented_words_find_accented_text) {
    BOOST_TEST(has(ids(search("zurich")), "de-001"));
    BOOST_TEST(has(ids(search("Mbappe")), "fr-002"));
}

BOOST_AUTO_TEST_CASE(accented_query_words_stay_exact) {
    BOOST_TEST(has(ids(search("Zürich")), "de-001"));
}

BOOST_AUTO_TEST_CASE(unvocalised_arabic_finds_vocalised_text) {
    const auto found = ids(search("زلزال"));
    BOOST_TEST(has(found, "ar-001")); // only vocalised forms there
    BOOST_TEST(has(found, "ar-002"));
}

BOOST_AUTO_TEST_CASE(phrases_need_the_words_in_order) {
    const auto forward = search("\"Crocus City Hall\"");
    BOOST_TEST(forward.total >= 5U);
    BOOST_TEST(search("\"Hall City Crocus\"").total == 0U);
}

BOOST_AUTO_TEST_CASE(negation_removes_matches) {
    const auto with = ids(search("Crocus"));
    const auto without = ids(search("Crocus -Putin"));
    BOOST_TEST(without.size() < with.size());
    for (const std::string& id : without) {
        BOOST_TEST(!has(ids(search("Putin Crocus")), id));
    }
}

BOOST_AUTO_TEST_CASE(or_widens_and_narrows) {
    const auto either = search("zurich OR mbappe");
    const auto both = search("zurich AND mbappe");
    BOOST_TEST(either.total >= 2U);
    BOOST_TEST(both.total == 0U);
}

BOOST_AUTO_TEST_CASE(filters_alone_are_a_query) {
    const auto russian = search("lang:ru");
    BOOST_TEST(russian.total == 5U);
    for (const lede::Hit& hit : russian.hits) {
        BOOST_TEST(hit.lang == "ru");
        BOOST_TEST(hit.score == 0.0);
    }
}

BOOST_AUTO_TEST_CASE(date_filters_use_the_publication_date) {
    const auto result = search("date:2024-01-01..2024-01-31");
    BOOST_TEST(result.total >= 1U);
    for (const lede::Hit& hit : result.hits) {
        BOOST_TEST((hit.date >= "2024-01-01" && hit.date <= "2024-01-31"), hit.id << " " << hit.date);
    }
    BOOST_TEST(search("date:1999").total == 0U);
}

BOOST_AUTO_TEST_CASE(wildcards_expand_prefixes) {
    BOOST_TEST(has(ids(search("kill*")), "samples/en/valencia-floods"));
}

BOOST_AUTO_TEST_CASE(a_title_word_finds_other_forms_of_it_in_titles) {
    BOOST_TEST(has(ids(search("title:flood")), "samples/en/valencia-floods"));
    BOOST_TEST(has(ids(search("title:rising")), "samples/en/noto-earthquake-2024-01-02"));
    BOOST_TEST(
        !has(ids(search("title:torrent")), "samples/en/valencia-floods")); // "torrential" is in the body
}

BOOST_AUTO_TEST_CASE(title_field_searches_titles_only) {
    const auto in_titles = search("title:Crocus");
    const auto anywhere = search("Crocus");
    BOOST_TEST(in_titles.total >= 1U);
    BOOST_TEST(in_titles.total <= anywhere.total);
}

BOOST_AUTO_TEST_CASE(snippets_mark_the_stemmed_match) {
    const auto result = search("killing", 1);
    BOOST_TEST_REQUIRE(!result.hits.empty());
    const std::string html = lede::snippet_html(result.hits[0].snippet);
    BOOST_TEST(html.find("<mark>killed</mark>") != std::string::npos, html);
}

BOOST_AUTO_TEST_CASE(snippets_mark_cjk_words_as_one_run) {
    const auto result = search("地震", 1);
    BOOST_TEST_REQUIRE(!result.hits.empty());
    const std::string html = lede::snippet_html(result.hits[0].snippet);
    BOOST_TEST(html.find("<mark>地震</mark>") != std::string::npos, html);
}

BOOST_AUTO_TEST_CASE(sorting_by_date_orders_hits) {
    lede::Searcher searcher(corpus().db);
    lede::SearchRequest request;
    request.query = "";
    request.limit = 100;
    request.sort = lede::SortOrder::date_descending;
    const auto result = searcher.search(request);
    BOOST_TEST(result.total == 46U);
    for (std::size_t i = 1; i < result.hits.size(); ++i) {
        BOOST_TEST(result.hits[i - 1].date >= result.hits[i].date);
    }
}

BOOST_AUTO_TEST_CASE(offset_and_limit_page_through_results) {
    lede::Searcher searcher(corpus().db);
    lede::SearchRequest request;
    request.query = "Crocus";
    request.limit = 2;
    const auto first = searcher.search(request);
    request.offset = 2;
    const auto second = searcher.search(request);
    BOOST_TEST_REQUIRE(first.hits.size() == 2U);
    BOOST_TEST_REQUIRE(!second.hits.empty());
    BOOST_TEST(second.hits[0].rank == 3U);
    BOOST_TEST(first.hits[0].id != second.hits[0].id);
}

BOOST_AUTO_TEST_CASE(language_facets_count_all_matches) {
    lede::Searcher searcher(corpus().db);
    lede::SearchRequest request;
    request.query = "";
    request.limit = 1;
    request.facets = true;
    const auto result = searcher.search(request);
    BOOST_TEST_REQUIRE(result.facets.has_value());
    std::size_t sum = 0;
    for (const auto& value : result.facets->lang) {
        sum += value.count;
    }
    BOOST_TEST(sum == 46U);
    BOOST_TEST(!result.facets->approximate);
}

BOOST_AUTO_TEST_CASE(languages_are_detected_when_not_given) {
    for (const lede::Hit& hit : search("Mirzoev").hits) {
        BOOST_TEST(hit.lang == "en"); // the seeds state no language
    }
    BOOST_TEST(search("lang:uk").total == 4U);
}

BOOST_AUTO_TEST_CASE(every_title_queried_as_a_phrase_finds_its_article) {
    // Round trip through one analyser: whatever the script, the words of a
    // stored title, quoted, must find the article they came from.
    lede::Searcher searcher(corpus().db);
    lede::SearchRequest all;
    all.limit = 100;
    all.snippets = false;
    for (const lede::Hit& hit : searcher.search(all).hits) {
        std::string title = hit.title;
        std::replace(title.begin(), title.end(), '"', ' ');
        lede::SearchRequest request;
        request.query = "\"" + title + "\"";
        request.limit = 100;
        request.snippets = false;
        BOOST_TEST(has(ids(searcher.search(request)), hit.id), hit.id << ": " << title);
    }
}

/// What a result shows a reader, without the query text it echoes.
std::vector<std::string> shown(const lede::SearchResult& result) {
    std::vector<std::string> lines{std::to_string(result.total)};
    for (const lede::Hit& hit : result.hits) {
        lines.push_back(hit.id + " " + lede::snippet_html(hit.snippet));
    }
    return lines;
}

BOOST_AUTO_TEST_CASE(issue_15_request_options_filter_exactly_as_their_query_fields) {
    struct Case {
        const char* words;
        const char* field_query;
        std::function<void(lede::SearchRequest&)> set_option;
    };
    const std::vector<Case> cases = {
        {"attack", "lang:EN", [](lede::SearchRequest& r) { r.langs = {"EN"}; }},
        {"", "lang:ru,uk",
         [](lede::SearchRequest& r) {
             r.langs = {"ru", "UK"};
         }},
        {"attack", "date:2024-03..2024-03", [](lede::SearchRequest& r) { r.from = r.to = "2024-03"; }},
        {"", "date:..2023", [](lede::SearchRequest& r) { r.to = "2023"; }},
        {"attack", "entity:Путин", [](lede::SearchRequest& r) { r.entities = {"Путин"}; }},
        {"attack", "deaths:100..", [](lede::SearchRequest& r) { r.deaths = "100.."; }},
        {"attack", "injured:..150", [](lede::SearchRequest& r) { r.injured = "..150"; }},
        {"", "mentioned:2004", [](lede::SearchRequest& r) { r.mentioned = "2004"; }},
    };
    lede::Searcher searcher(corpus().db);
    for (const Case& c : cases) {
        lede::SearchRequest by_field;
        by_field.query = std::string(c.words) + " " + c.field_query;
        by_field.limit = 50;
        lede::SearchRequest by_option;
        by_option.query = c.words;
        by_option.limit = 50;
        c.set_option(by_option);
        const lede::SearchResult field_result = searcher.search(by_field);
        BOOST_TEST_CONTEXT(c.field_query) {
            BOOST_TEST(!field_result.hits.empty());
            BOOST_TEST(shown(searcher.search(by_option)) == shown(field_result),
                       boost::test_tools::per_element());
        }
    }
}

BOOST_AUTO_TEST_CASE(issue_15_a_bad_option_names_the_option) {
    struct Case {
        const char* message_start;
        std::function<void(lede::SearchRequest&)> set_option;
    };
    const std::vector<Case> cases = {
        {"--lang: invalid language code \"x1\"",
         [](lede::SearchRequest& r) {
             r.langs = {"en", "x1"};
         }},
        {"--lang: invalid language code \"\"", [](lede::SearchRequest& r) { r.langs = {""}; }},
        {"--from/--to: date range", [](lede::SearchRequest& r) { r.from = "2025", r.to = "2024"; }},
        {"--from: a date, not a range", [](lede::SearchRequest& r) { r.from = "2024..2025"; }},
        {"--deaths: invalid count range", [](lede::SearchRequest& r) { r.deaths = "abc"; }},
        {"--mentioned: ", [](lede::SearchRequest& r) { r.mentioned = "2024-13"; }},
    };
    lede::Searcher searcher(corpus().db);
    for (const Case& c : cases) {
        lede::SearchRequest request;
        request.query = "attack";
        c.set_option(request);
        BOOST_TEST_CONTEXT(c.message_start) {
            BOOST_CHECK_EXCEPTION((void)searcher.search(request), lede::InvalidArgument,
                                  [&](const lede::InvalidArgument& error) {
                                      return std::string(error.what()).rfind(c.message_start, 0) == 0;
                                  });
        }
    }
}

BOOST_AUTO_TEST_SUITE_END()
