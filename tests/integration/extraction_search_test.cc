// Entities and casualty figures as facets and filters over the bundled
// corpus (issue #3): names in any script find the same articles, figures
// filter and facet, and the figures view reconciles the seeds' tolls.
#include <lede/error.h>
#include <lede/indexer.h>
#include <lede/render.h>
#include <lede/searcher.h>

#include "tests/support/temp_dir.h"

#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

namespace {

using lede::testing::TempDir;

struct IndexedCorpus {
    TempDir dir;
    std::string db = dir / "db";
    IndexedCorpus() {
        lede::IndexOptions options;
        options.db_path = db;
        lede::Indexer indexer(options);
        (void)indexer.index({lede::testing::corpus_dir()});
    }
};

const std::string& corpus_db() {
    static IndexedCorpus corpus;
    return corpus.db;
}

lede::SearchResult search(lede::SearchRequest request) {
    request.limit = 100;
    lede::Searcher searcher(corpus_db());
    return searcher.search(request);
}

std::set<std::string> ids_for_entity(const std::string& name) {
    lede::SearchRequest request;
    request.entities = {name};
    std::set<std::string> ids;
    for (const lede::Hit& hit : search(request).hits) {
        ids.insert(hit.id);
    }
    return ids;
}

const lede::Hit* find_hit(const lede::SearchResult& result, const std::string& id) {
    for (const lede::Hit& hit : result.hits) {
        if (hit.id == id) {
            return &hit;
        }
    }
    return nullptr;
}

} // namespace

BOOST_AUTO_TEST_SUITE(extraction_search)

BOOST_AUTO_TEST_CASE(one_entity_is_found_by_its_name_in_any_script) {
    const auto by_english = ids_for_entity("Vladimir Putin");
    BOOST_TEST(by_english.count("seeds/001_fc2a1f6496cdb120") == 1U);
    BOOST_TEST(by_english.count("zh-003") == 1U); // 普京
    BOOST_TEST(by_english.count("ja-003") == 1U); // プーチン
    BOOST_TEST(by_english.count("uk-002") == 1U); // Путін
    BOOST_TEST(by_english.count("ru-004") == 1U); // Путин, Путина
    for (const char* name : {"Путин", "普京", "putin", "vladimir-putin"}) {
        BOOST_TEST(ids_for_entity(name) == by_english, name);
    }
}

BOOST_AUTO_TEST_CASE(an_unknown_entity_is_simply_no_hits) {
    BOOST_TEST(ids_for_entity("Nobody Inparticular").empty());
}

BOOST_AUTO_TEST_CASE(hits_carry_their_entities_and_casualties) {
    lede::SearchRequest request;
    request.query = "Crocus";
    const lede::SearchResult result = search(request);
    const lede::Hit* seed = find_hit(result, "seeds/001_fc2a1f6496cdb120");
    BOOST_TEST_REQUIRE(seed != nullptr);
    std::set<std::string> entities;
    for (const lede::HitEntity& entity : seed->entities) {
        entities.insert(entity.id);
    }
    BOOST_TEST(entities.count("crocus-city-hall") == 1U);
    BOOST_TEST(entities.count("moscow") == 1U);
    BOOST_TEST_REQUIRE(seed->casualties.has_value());
    BOOST_TEST((seed->casualties->deaths == std::optional<std::uint64_t>(133)));
}

BOOST_AUTO_TEST_CASE(deaths_ranges_filter_on_the_per_article_figure) {
    lede::SearchRequest request;
    request.deaths = "100..";
    const lede::SearchResult many = search(request);
    BOOST_TEST(find_hit(many, "seeds/004_708629770d9b3668") != nullptr); // 133
    BOOST_TEST(find_hit(many, "seeds/003_e900a577a499e98e") == nullptr); // at least 40
    for (const lede::Hit& hit : many.hits) {
        BOOST_TEST_REQUIRE(hit.casualties.has_value(), hit.id);
        BOOST_TEST(*hit.casualties->deaths >= 100U, hit.id);
    }
    request.deaths = "..50";
    BOOST_TEST(find_hit(search(request), "seeds/003_e900a577a499e98e") != nullptr);
}

BOOST_AUTO_TEST_CASE(inline_filters_match_the_option_forms) {
    lede::SearchRequest inline_form;
    inline_form.query = "entity:\"Islamic State\" deaths:100..";
    lede::SearchRequest option_form;
    option_form.entities = {"ИГИЛ"};
    option_form.deaths = "100..";
    BOOST_TEST(search(inline_form).total == search(option_form).total);
    BOOST_TEST(search(inline_form).total >= 1U);
}

BOOST_AUTO_TEST_CASE(facets_count_entities_and_casualty_buckets) {
    lede::SearchRequest request;
    request.query = "Crocus";
    request.facets = true;
    const lede::SearchResult result = search(request);
    BOOST_TEST_REQUIRE(result.facets.has_value());
    bool venue = false;
    for (const auto& value : result.facets->entity) {
        venue = venue || (value.entity.id == "crocus-city-hall" && value.count >= 5);
    }
    BOOST_TEST(venue);
    std::size_t bucketed = 0;
    for (const auto& value : result.facets->deaths) {
        bucketed += value.count;
    }
    BOOST_TEST(bucketed >= 4U);
}

// de-002 names an analyst and his consultancy that no table knows; ru-003
// an economist in Cyrillic.
BOOST_AUTO_TEST_CASE(names_in_no_table_are_entities_found_by_name_or_id) {
    BOOST_TEST(ids_for_entity("Markus Feldhaus") == std::set<std::string>{"de-002"});
    BOOST_TEST(ids_for_entity("markus-feldhaus") == std::set<std::string>{"de-002"});
    BOOST_TEST(ids_for_entity("Андрей Лебедев") == std::set<std::string>{"ru-003"});
    BOOST_TEST(ids_for_entity("Andrey Lebedev") == std::set<std::string>{"ru-003"});

    lede::SearchRequest request;
    request.entities = {"Mainblick Research"};
    request.facets = true;
    request.facet_entities = 100;
    const lede::SearchResult result = search(request);
    BOOST_TEST_REQUIRE(result.hits.size() == 1U);
    bool analyst = false;
    for (const lede::HitEntity& entity : result.hits[0].entities) {
        analyst = analyst || (entity.id == "markus-feldhaus" && entity.type == "person" &&
                              entity.name == "Markus Feldhaus");
    }
    BOOST_TEST(analyst);
    BOOST_TEST_REQUIRE(result.facets.has_value());
    bool facet = false;
    for (const auto& value : result.facets->entity) {
        facet = facet || (value.entity.id == "mainblick-research" && value.entity.type == "org" &&
                          value.entity.name == "Mainblick Research" && value.count == 1U);
    }
    BOOST_TEST(facet);
    const std::string html = lede::snippet_html(result.hits[0].snippet);
    BOOST_TEST(html.find("<mark>Mainblick</mark> <mark>Research</mark>") != std::string::npos, html);
}

BOOST_AUTO_TEST_CASE(an_entity_filter_highlights_its_aliases) {
    lede::SearchRequest request;
    request.entities = {"Vladimir Putin"};
    request.langs = {"ru"};
    const lede::SearchResult result = search(request);
    BOOST_TEST_REQUIRE(!result.hits.empty());
    const std::string html = lede::snippet_html(result.hits[0].snippet);
    BOOST_TEST(html.find("<mark>Путин") != std::string::npos, html);
}

BOOST_AUTO_TEST_CASE(the_figures_view_shows_the_early_and_the_late_toll_and_agrees_on_133) {
    lede::Searcher searcher(corpus_db());
    lede::SearchRequest request;
    request.query = "Crocus";
    request.langs = {"en"};
    const lede::FiguresReport report = searcher.figures(request);
    std::set<std::uint64_t> deaths;
    for (const lede::StatedFigure& figure : report.figures) {
        if (figure.kind == "deaths") {
            deaths.insert(figure.value);
        }
        BOOST_TEST(!figure.sentence.empty());
    }
    BOOST_TEST(deaths.count(40) == 1U);
    BOOST_TEST(deaths.count(133) == 1U);
    BOOST_TEST_REQUIRE(!report.verdicts.empty());
    BOOST_TEST(report.verdicts[0].kind == "deaths");
    BOOST_TEST(report.verdicts[0].consistent);
    BOOST_TEST(report.verdicts[0].low == 133U);
}

BOOST_AUTO_TEST_CASE(a_mentioned_year_finds_the_reports_recalling_beslan) {
    lede::SearchRequest request;
    request.query = "mentioned:2004";
    std::set<std::string> ids;
    for (const lede::Hit& hit : search(request).hits) {
        ids.insert(hit.id);
        BOOST_TEST((std::find(hit.mentioned.begin(), hit.mentioned.end(), "2004") != hit.mentioned.end()),
                   hit.id);
    }
    // The seeds' 1999/2002/2004 list, and the Russian, German, Arabic, Chinese and Japanese reports.
    for (const char* id : {"seeds/004_708629770d9b3668", "ru-001", "de-003", "ar-003", "zh-003", "ja-003"}) {
        BOOST_TEST(ids.count(id) == 1U, id);
    }
    // Published in 2024, not mentioning 2004: the publication date is another facet.
    BOOST_TEST(ids.count("uk-002") == 0U);
}

BOOST_AUTO_TEST_CASE(mentioned_periods_and_ranges_match_days_inside_them) {
    lede::SearchRequest request;
    request.mentioned = "2024-03-15..2024-03-17";
    const lede::SearchResult result = search(request);
    BOOST_TEST_REQUIRE(result.hits.size() == 1U);
    BOOST_TEST(result.hits[0].id == "ru-004"); // "прошедших 15–17 марта"

    request.mentioned.clear();
    request.query = "mentioned:2029-06"; // "jusqu'en juin 2029"
    const lede::SearchResult month = search(request);
    BOOST_TEST_REQUIRE(month.hits.size() == 1U);
    BOOST_TEST(month.hits[0].id == "fr-002");

    request.query = "mentioned:2029"; // the month rolls up into its year
    BOOST_TEST(search(request).hits.size() == 1U);
    request.query = "mentioned:2029-07"; // but not into another month
    BOOST_TEST(search(request).hits.empty());
    request.query = "mentioned:1500"; // before the years the indexer keeps
    BOOST_TEST(search(request).hits.empty());
}

BOOST_AUTO_TEST_CASE(the_mentioned_facet_counts_years_over_all_matches) {
    lede::SearchRequest request;
    request.query = "entity:beslan";
    request.facets = true;
    const lede::SearchResult result = search(request);
    BOOST_TEST_REQUIRE(result.facets.has_value());
    std::map<std::string, std::size_t> years;
    for (const lede::FacetValue& value : result.facets->mentioned) {
        years[value.value] = value.count;
    }
    BOOST_TEST(years["2004"] == result.total); // every report naming Beslan recalls 2004
    BOOST_TEST(years.count("2002") == 1U);
    // In time order.
    BOOST_TEST(std::is_sorted(result.facets->mentioned.begin(), result.facets->mentioned.end(),
                              [](const auto& a, const auto& b) { return a.value < b.value; }));
}

BOOST_AUTO_TEST_CASE(a_bad_mentioned_range_is_an_invalid_argument) {
    lede::SearchRequest request;
    request.mentioned = "2024-13";
    BOOST_CHECK_THROW(search(request), lede::InvalidArgument);
    request.mentioned.clear();
    request.query = "mentioned:20x";
    BOOST_CHECK_THROW(search(request), lede::QueryError);
}

// Issue #14: a projected toll is listed, marked, and never counts.
BOOST_AUTO_TEST_CASE(a_projected_toll_is_listed_as_hypothetical_and_never_filters_or_resolves) {
    TempDir dir;
    {
        std::ofstream out(dir / "articles.jsonl");
        out << R"({"id": "quake-1", "title": "Quake kills 40", "date": "2024-03-23", "lang": "en", )"
            << R"("body": "At least 40 people were killed in the quake. Officials fear the toll could rise to 100."})"
            << '\n';
    }
    lede::IndexOptions options;
    options.db_path = dir / "db";
    {
        lede::Indexer indexer(options);
        (void)indexer.index({dir / "articles.jsonl"});
    }
    lede::Searcher searcher(options.db_path);
    lede::SearchRequest request;
    const lede::FiguresReport report = searcher.figures(request);
    const auto projected = std::find_if(report.figures.begin(), report.figures.end(),
                                        [](const lede::StatedFigure& f) { return f.value == 100U; });
    BOOST_TEST_REQUIRE((projected != report.figures.end()));
    BOOST_TEST(projected->hypothetical);
    BOOST_TEST(projected->kind == "deaths");
    std::ostringstream text, json;
    lede::render_figures_text(text, report, lede::TextStyle{});
    lede::render_figures_json(json, report);
    BOOST_TEST(text.str().find("(exact, hypothetical, means 100)") != std::string::npos, text.str());
    BOOST_TEST(json.str().find(R"("hypothetical":true)") != std::string::npos, json.str());
    BOOST_TEST(json.str().find(R"("hypothetical":false)") != std::string::npos, json.str());

    request.deaths = "100";
    BOOST_TEST(searcher.search(request).hits.empty());
    request.deaths = "40";
    const lede::SearchResult hits = searcher.search(request);
    BOOST_TEST_REQUIRE(hits.hits.size() == 1U);
    BOOST_TEST_REQUIRE(hits.hits[0].casualties.has_value());
    BOOST_TEST((hits.hits[0].casualties->deaths == std::optional<std::uint64_t>(40)));
}

BOOST_AUTO_TEST_SUITE_END()
