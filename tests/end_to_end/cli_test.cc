// End-to-end: the real lede-index and lede-search on the bundled corpus. The
// corpus is indexed once into a shared database; searches only read it.
#include "tests/support/process.h"
#include "tests/support/temp_dir.h"

#include <boost/test/unit_test.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <regex>
#include <set>
#include <string>
#include <vector>

namespace {

using lede::testing::ProcessResult;
using lede::testing::run_process;
using lede::testing::split_lines;
using lede::testing::TempDir;
using Json = nlohmann::json;

/// The corpus indexed twice into the same database: the second run is the
/// idempotence check, and both results are kept for the indexing tests.
struct IndexedCorpus {
    TempDir dir;
    std::string db = dir / "db";
    ProcessResult first = index();
    ProcessResult second = index();

    ProcessResult index() const {
        return run_process({LEDE_INDEX_EXE, "--db", db, lede::testing::corpus_dir()});
    }
};

const IndexedCorpus& corpus() {
    static const IndexedCorpus instance;
    return instance;
}

ProcessResult search(std::vector<std::string> args) {
    args.insert(args.begin(), {LEDE_SEARCH_EXE, "--db", corpus().db});
    return run_process(args);
}

/// Runs a search with `--format json` and parses it; a failed run or
/// invalid JSON fails the test here, with the output in the message.
Json search_json(std::vector<std::string> args) {
    args.insert(args.begin(), {"--format", "json"});
    const ProcessResult result = search(args);
    BOOST_TEST_REQUIRE(result.exit_code == 0, result);
    BOOST_TEST(result.err.empty(), result);
    Json json;
    BOOST_REQUIRE_NO_THROW(json = Json::parse(result.out));
    return json;
}

std::set<std::string> hit_ids(const Json& json) {
    std::set<std::string> ids;
    for (const Json& hit : json.at("hits")) {
        ids.insert(hit.at("id").get<std::string>());
    }
    return ids;
}

bool contains(const std::set<std::string>& ids, const std::string& id) {
    return ids.count(id) != 0;
}

bool is_string_or_null(const Json& value) {
    return value.is_string() || value.is_null();
}

} // namespace

BOOST_AUTO_TEST_SUITE(cli)

// ---- indexing --------------------------------------------------------------

BOOST_AUTO_TEST_CASE(indexing_the_corpus_adds_all_43_articles_and_prints_one_summary_line) {
    const ProcessResult& result = corpus().first;
    BOOST_TEST(result.exit_code == 0, result);
    BOOST_TEST(result.err.empty(), result);
    static const std::regex summary(
        R"(46 added, 0 replaced, 0 unchanged, 0 deleted, 0 rejected in [0-9.]+ s \(.*\)\n)");
    BOOST_TEST(std::regex_match(result.out, summary), result);
}

BOOST_AUTO_TEST_CASE(indexing_the_same_corpus_again_leaves_every_article_unchanged) {
    const ProcessResult& result = corpus().second;
    BOOST_TEST(result.exit_code == 0, result);
    BOOST_TEST(result.err.empty(), result);
    BOOST_TEST(result.out.starts_with("0 added, 0 replaced, 46 unchanged, 0 deleted, 0 rejected in "),
               result);
    BOOST_TEST(split_lines(result.out).size() == 1U, result);
}

// ---- output formats --------------------------------------------------------

BOOST_AUTO_TEST_CASE(json_output_follows_the_documented_contract) {
    const Json json = search_json({"--limit", "3", "Crocus"});
    for (const char* key : {"query", "total", "total_exact", "offset", "hits", "facets"}) {
        BOOST_TEST(json.contains(key), key);
    }
    BOOST_TEST(json.at("query") == "Crocus");
    BOOST_TEST(json.at("total").is_number_unsigned());
    BOOST_TEST(json.at("total_exact").is_boolean());
    BOOST_TEST(json.at("offset") == 0);
    BOOST_TEST(json.at("facets").is_object());
    const Json& hits = json.at("hits");
    BOOST_TEST_REQUIRE(hits.is_array());
    BOOST_TEST_REQUIRE(hits.size() == 3U, json.dump());
    BOOST_TEST(json.at("total").get<std::size_t>() >= hits.size());
    for (std::size_t i = 0; i < hits.size(); ++i) {
        const Json& hit = hits[i];
        const std::string context = hit.dump();
        BOOST_TEST(hit.at("id").is_string(), context);
        BOOST_TEST(hit.at("rank") == i + 1, context); // ranks are 1-based
        BOOST_TEST(hit.at("score").is_number(), context);
        BOOST_TEST(hit.at("title").is_string(), context);
        BOOST_TEST(is_string_or_null(hit.at("date")), context);
        BOOST_TEST(hit.at("lang").is_string(), context);
        BOOST_TEST(is_string_or_null(hit.at("url")), context);
        BOOST_TEST(is_string_or_null(hit.at("source")), context);
        BOOST_TEST(hit.at("snippet").is_string(), context);
        BOOST_TEST(hit.at("snippet").get<std::string>().find("<mark>") != std::string::npos, context);
        BOOST_TEST_REQUIRE(hit.at("entities").is_array(), context);
        for (const Json& entity : hit.at("entities")) {
            BOOST_TEST(entity.at("id").is_string(), context);
            BOOST_TEST(entity.at("name").is_string(), context);
            const std::string type = entity.at("type").get<std::string>();
            BOOST_TEST((type == "person" || type == "org" || type == "place" || type == "event"), context);
        }
        const Json& casualties = hit.at("casualties");
        BOOST_TEST((casualties.is_null() || (casualties.is_object() && casualties.contains("deaths") &&
                                             casualties.contains("injured"))),
                   context);
    }
}

BOOST_AUTO_TEST_CASE(jsonl_output_has_one_valid_object_per_hit) {
    const ProcessResult result = search({"--format", "jsonl", "--limit", "5", "Crocus"});
    BOOST_TEST_REQUIRE(result.exit_code == 0, result);
    const std::vector<std::string> lines = split_lines(result.out);
    BOOST_TEST_REQUIRE(lines.size() == 5U, result);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        Json hit;
        BOOST_REQUIRE_NO_THROW(hit = Json::parse(lines[i]));
        BOOST_TEST(hit.is_object(), lines[i]);
        BOOST_TEST(hit.at("rank") == i + 1, lines[i]);
        BOOST_TEST(hit.at("id").is_string(), lines[i]);
    }
}

BOOST_AUTO_TEST_CASE(facets_count_the_languages_of_every_match) {
    const Json json = search_json({"--facets", "--limit", "1", ""});
    BOOST_TEST(json.at("total") == 46);
    BOOST_TEST(json.at("facets_exact").is_boolean());
    std::size_t sum = 0;
    for (const Json& value : json.at("facets").at("lang")) {
        sum += value.at("count").get<std::size_t>();
    }
    BOOST_TEST(sum == 46U, json.dump());
    BOOST_TEST(!json.at("facets").at("date").empty(), json.dump());
}

BOOST_AUTO_TEST_CASE(stats_in_json_give_documents_languages_dates_and_size) {
    const Json json = search_json({"--stats"});
    BOOST_TEST(json.at("documents") == 46);
    const Json& languages = json.at("languages");
    BOOST_TEST_REQUIRE(languages.is_object(), json.dump());
    std::set<std::string> names;
    std::size_t sum = 0;
    for (const auto& [name, count] : languages.items()) {
        names.insert(name);
        sum += count.get<std::size_t>();
    }
    const std::set<std::string> expected = {"ar", "de", "en", "es", "fr", "ja", "ru", "th", "uk", "zh"};
    BOOST_TEST(names == expected, json.dump());
    BOOST_TEST(sum == 46U, json.dump());
    BOOST_TEST(json.at("date_min").is_string(), json.dump());
    BOOST_TEST(json.at("date_max").is_string(), json.dump());
    BOOST_TEST(json.at("date_min").get<std::string>() <= json.at("date_max").get<std::string>(), json.dump());
    BOOST_TEST(json.at("size_bytes").get<std::uint64_t>() > 0U, json.dump());
    // The last batch's last record: the corpus is read in sorted order, so the last seed ends it.
    BOOST_TEST(json.at("checkpoint").get<std::string>().ends_with("seeds/004_708629770d9b3668.txt:1"),
               json.dump());
}

BOOST_AUTO_TEST_CASE(stats_in_text_give_the_document_count) {
    const ProcessResult result = search({"--stats"});
    BOOST_TEST(result.exit_code == 0, result);
    BOOST_TEST(result.out.find("documents  46\n") != std::string::npos, result);
}

// ---- the issue's examples ----------------------------------------------------

BOOST_AUTO_TEST_CASE(chinese_word_finds_chinese_and_japanese_earthquake_articles) {
    const std::set<std::string> ids = hit_ids(search_json({"--limit", "50", "地震"}));
    for (const char* id : {"zh-001", "zh-002", "ja-001", "ja-002"}) {
        BOOST_TEST(contains(ids, id), id);
    }
}

// A query may begin with "-" (a negated word): after "--" it is the query, not options. Without it,
// "-http…" read as -h and printed the help (a hostile-queries seed found it).
BOOST_AUTO_TEST_CASE(a_query_that_begins_with_a_dash_is_searched_after_a_double_dash) {
    const Json json = search_json({"--limit", "50", "--", "-hxzzq crocus"});
    BOOST_TEST(contains(hit_ids(json), "seeds/001_fc2a1f6496cdb120"));
}

BOOST_AUTO_TEST_CASE(russian_word_finds_its_inflected_forms) {
    const std::set<std::string> ids = hit_ids(search_json({"--limit", "50", "взрыв"}));
    BOOST_TEST(contains(ids, "ru-001")); // взрыва
    BOOST_TEST(contains(ids, "ru-002")); // взрывом
}

BOOST_AUTO_TEST_CASE(english_word_finds_another_form_and_marks_it_in_the_snippet) {
    const Json json = search_json({"--limit", "50", "killing"});
    bool found = false;
    for (const Json& hit : json.at("hits")) {
        if (hit.at("id") == "samples/en/valencia-floods") {
            found = true;
            BOOST_TEST(hit.at("snippet").get<std::string>().find("<mark>killed</mark>") != std::string::npos,
                       hit.dump());
        }
    }
    BOOST_TEST(found, json.dump());
}

BOOST_AUTO_TEST_CASE(word_without_accents_finds_the_accented_spelling) {
    BOOST_TEST(contains(hit_ids(search_json({"--limit", "50", "zurich"})), "de-001")); // Zürich
    BOOST_TEST(contains(hit_ids(search_json({"--limit", "50", "Mbappe"})), "fr-002")); // Mbappé
}

BOOST_AUTO_TEST_CASE(quoted_phrase_finds_the_articles_that_name_the_hall) {
    const Json json = search_json({"--limit", "50", "\"Crocus City Hall\""});
    BOOST_TEST(json.at("hits").size() >= 5U, json.dump());
}

BOOST_AUTO_TEST_CASE(excluded_word_removes_hits) {
    const Json all = search_json({"--limit", "50", "Crocus"});
    const Json without = search_json({"--limit", "50", "Crocus -Putin"});
    BOOST_TEST(!all.at("hits").empty());
    BOOST_TEST(without.at("total").get<std::size_t>() < all.at("total").get<std::size_t>());
    for (const std::string& id : hit_ids(without)) {
        BOOST_TEST(contains(hit_ids(all), id), id); // exclusion only ever removes
    }
}

BOOST_AUTO_TEST_CASE(lang_field_alone_matches_every_article_in_that_language) {
    const Json json = search_json({"--limit", "50", "lang:ru"});
    BOOST_TEST(json.at("total") == 5);
    for (const Json& hit : json.at("hits")) {
        BOOST_TEST(hit.at("lang") == "ru", hit.dump());
    }
}

BOOST_AUTO_TEST_CASE(lang_option_with_an_empty_query_filters_by_language) {
    const Json json = search_json({"--lang", "uk", "--limit", "50", ""});
    BOOST_TEST(json.at("total") == 4);
    for (const Json& hit : json.at("hits")) {
        BOOST_TEST(hit.at("lang") == "uk", hit.dump());
    }
}

BOOST_AUTO_TEST_CASE(month_range_keeps_only_dates_in_that_month) {
    const Json json = search_json({"--from", "2024-01", "--to", "2024-01", "--limit", "50", ""});
    BOOST_TEST(!json.at("hits").empty(), json.dump());
    BOOST_TEST(json.at("total") == json.at("hits").size());
    for (const Json& hit : json.at("hits")) {
        BOOST_TEST((hit.at("date").is_string() && hit.at("date").get<std::string>().starts_with("2024-01-")),
                   hit.dump());
    }
}

BOOST_AUTO_TEST_CASE(descending_date_sort_puts_newer_articles_first) {
    const Json json = search_json({"--sort", "-date", "--limit", "50", ""});
    BOOST_TEST_REQUIRE(json.at("hits").size() == 46U);
    // Undated articles count as oldest: an empty date sorts last here.
    std::string previous = "9999-99-99";
    for (const Json& hit : json.at("hits")) {
        const std::string date = hit.at("date").is_null() ? "" : hit.at("date").get<std::string>();
        BOOST_TEST(date <= previous, hit.dump());
        previous = date;
    }
}

BOOST_AUTO_TEST_CASE(limit_and_offset_select_a_page_of_ranks) {
    const Json json = search_json({"--limit", "2", "--offset", "2", ""});
    BOOST_TEST(json.at("offset") == 2);
    BOOST_TEST_REQUIRE(json.at("hits").size() == 2U, json.dump());
    BOOST_TEST(json.at("hits")[0].at("rank") == 3);
    BOOST_TEST(json.at("hits")[1].at("rank") == 4);
}

// ---- colour ------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(text_output_into_a_pipe_has_no_ansi_escapes) {
    const ProcessResult result = search({"Crocus"});
    BOOST_TEST(result.exit_code == 0, result);
    BOOST_TEST(result.out.find("Crocus") != std::string::npos, result);
    BOOST_TEST(result.out.find('\x1b') == std::string::npos, result);
}

BOOST_AUTO_TEST_CASE(color_always_highlights_matches_with_ansi_codes) {
    const ProcessResult result = search({"--color", "always", "Crocus"});
    BOOST_TEST(result.exit_code == 0, result);
    static const std::regex highlighted("\x1b\\[1;33m[^\x1b]*\x1b\\[0m");
    BOOST_TEST(std::regex_search(result.out, highlighted), result);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(news_understanding_cli)

BOOST_AUTO_TEST_CASE(issue_2_an_option_value_never_swallows_the_query) {
    // `--lang en Crocus` used to read Crocus as a second language and then
    // complain that no QUERY was given.
    const ProcessResult result = search({"--format", "json", "--lang", "en", "--entity", "Moscow", "Crocus"});
    BOOST_TEST_REQUIRE(result.exit_code == 0, result);
    const Json json = Json::parse(result.out);
    BOOST_TEST(json.at("query") == "Crocus");
    BOOST_TEST(json.at("total").get<std::size_t>() >= 4U, result);
    for (const Json& hit : json.at("hits")) {
        BOOST_TEST(hit.at("lang") == "en");
    }
}

BOOST_AUTO_TEST_CASE(the_figures_view_reconciles_the_seed_tolls) {
    const ProcessResult result = search({"--figures", "--format", "json", "--lang", "en", "Crocus"});
    BOOST_TEST_REQUIRE(result.exit_code == 0, result);
    const Json json = Json::parse(result.out);
    BOOST_TEST_REQUIRE(!json.at("verdicts").empty(), result);
    BOOST_TEST(json.at("verdicts")[0].at("kind") == "deaths");
    BOOST_TEST(json.at("verdicts")[0].at("consistent") == true);
    BOOST_TEST(json.at("verdicts")[0].at("low") == 133);
    BOOST_TEST(json.at("figures").size() >= 5U);
}

BOOST_AUTO_TEST_CASE(bad_ranges_are_usage_errors_with_one_line) {
    const ProcessResult result = search({"--deaths", "abc", "Crocus"});
    BOOST_TEST(result.exit_code == 2, result);
    BOOST_TEST(split_lines(result.err).size() == 1U, result);
    BOOST_TEST(result.err.rfind("lede-search: --deaths: invalid count range", 0) == 0U, result);
}

BOOST_AUTO_TEST_CASE(mentioned_dates_are_a_filter_a_hit_field_and_a_facet) {
    const Json json = search_json({"--mentioned", "2004", "--facets", "--no-snippets", ""});
    BOOST_TEST_REQUIRE(json.at("hits").size() >= 6U, json.dump());
    for (const Json& hit : json.at("hits")) {
        const Json& mentioned = hit.at("mentioned");
        BOOST_TEST_REQUIRE(mentioned.is_array());
        BOOST_TEST((std::find(mentioned.begin(), mentioned.end(), "2004") != mentioned.end()), hit.dump());
    }
    const Json& facet = json.at("facets").at("mentioned");
    BOOST_TEST_REQUIRE(facet.is_array());
    bool found = false;
    for (const Json& value : facet) {
        found = found || (value.at("value") == "2004" && value.at("count") == json.at("total"));
    }
    BOOST_TEST(found, facet.dump());
    const ProcessResult bad = search({"--mentioned", "2004-13", "x"});
    BOOST_TEST(bad.exit_code == 2, bad);
    BOOST_TEST(split_lines(bad.err).size() == 1U, bad);
    const ProcessResult inline_bad = search({"mentioned:abc"});
    BOOST_TEST(inline_bad.exit_code == 2, inline_bad);
    BOOST_TEST(inline_bad.err.find("query error at byte 10") != std::string::npos, inline_bad);
}

BOOST_AUTO_TEST_SUITE_END()
