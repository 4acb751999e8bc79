#include <lede/error.h>
#include <lede/render.h>

#include <boost/test/unit_test.hpp>

#include <nlohmann/json.hpp>
#include <sstream>

namespace {

lede::SearchResult sample_result() {
    lede::SearchResult result;
    result.query = "crocus";
    result.total = 1;
    lede::Hit hit;
    hit.id = "a<1>";
    hit.rank = 1;
    hit.score = 3.21;
    hit.title = "Attack at \"Crocus\"";
    hit.date = "2024-03-23";
    hit.lang = "en";
    hit.snippet = {{"Gunmen at ", false}, {"Crocus", true}, {" & <script>", false}};
    result.hits.push_back(hit);
    return result;
}

} // namespace

BOOST_AUTO_TEST_SUITE(render)

BOOST_AUTO_TEST_CASE(snippets_escape_html_and_mark_matches) {
    const std::vector<lede::SnippetPart> parts = {{"a < b & 'c' \"d\" ", false}, {"x>y", true}};
    BOOST_TEST(lede::snippet_html(parts) == "a &lt; b &amp; &#39;c&#39; &quot;d&quot; <mark>x&gt;y</mark>");
}

BOOST_AUTO_TEST_CASE(json_output_follows_the_contract) {
    std::ostringstream out;
    lede::render_json(out, sample_result());
    const auto json = nlohmann::json::parse(out.str());
    BOOST_TEST(json["query"] == "crocus");
    BOOST_TEST(json["total"] == 1);
    BOOST_TEST(json["offset"] == 0);
    BOOST_TEST(json["facets"].is_object());
    const auto& hit = json["hits"][0];
    BOOST_TEST(hit["id"] == "a<1>");
    BOOST_TEST(hit["rank"] == 1);
    BOOST_TEST(hit["score"] == 3.21);
    BOOST_TEST(hit["date"] == "2024-03-23");
    BOOST_TEST(hit["url"].is_null()); // absent fields are null, never ""
    BOOST_TEST(hit["snippet"] == "Gunmen at <mark>Crocus</mark> &amp; &lt;script&gt;");
    BOOST_TEST(hit["entities"].is_array());
    BOOST_TEST(hit["casualties"].is_null());
}

BOOST_AUTO_TEST_CASE(entities_casualties_and_facets_follow_the_contract) {
    lede::SearchResult result = sample_result();
    result.hits[0].entities = {{"vladimir-putin", "Vladimir Putin", "person"}};
    result.hits[0].casualties = lede::HitCasualties{133, std::nullopt};
    lede::Facets facets;
    facets.entity = {{{"moscow", "Moscow", "place"}, 4}};
    facets.date = {{"2024-03", 5}};
    facets.deaths = {{"100..999", 3}};
    facets.lang = {{"en", 5}};
    result.facets = facets;
    std::ostringstream out;
    lede::render_json(out, result);
    const auto json = nlohmann::json::parse(out.str());
    const auto& hit = json["hits"][0];
    BOOST_TEST(hit["entities"][0]["id"] == "vladimir-putin");
    BOOST_TEST(hit["entities"][0]["type"] == "person");
    BOOST_TEST(hit["casualties"]["deaths"] == 133);
    BOOST_TEST(hit["casualties"]["injured"].is_null());
    BOOST_TEST(json["facets"]["entity"][0]["count"] == 4);
    BOOST_TEST(json["facets"]["entity"][0]["name"] == "Moscow");
    BOOST_TEST(json["facets"]["date"][0]["value"] == "2024-03");
    BOOST_TEST(json["facets"]["deaths"][0]["range"] == "100..999");
    BOOST_TEST(json["facets"]["lang"][0]["value"] == "en");
}

BOOST_AUTO_TEST_CASE(jsonl_output_is_one_hit_per_line) {
    std::ostringstream out;
    lede::SearchResult result = sample_result();
    result.hits.push_back(result.hits.front());
    lede::render_jsonl(out, result);
    std::istringstream lines(out.str());
    std::string line;
    int count = 0;
    while (std::getline(lines, line)) {
        BOOST_TEST(nlohmann::json::parse(line)["id"] == "a<1>");
        ++count;
    }
    BOOST_TEST(count == 2);
}

BOOST_AUTO_TEST_CASE(text_output_colours_only_when_asked) {
    std::ostringstream plain;
    lede::render_text(plain, sample_result(), {false});
    BOOST_TEST(plain.str().find('\x1b') == std::string::npos);
    BOOST_TEST(plain.str().find("*Crocus*") != std::string::npos);
    std::ostringstream colour;
    lede::render_text(colour, sample_result(), {true});
    BOOST_TEST(colour.str().find("\x1b[1;33mCrocus\x1b[0m") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(unknown_formats_are_usage_errors) {
    BOOST_CHECK((lede::parse_output_format("jsonl") == lede::OutputFormat::jsonl));
    BOOST_CHECK_THROW((void)lede::parse_output_format("xml"), lede::InvalidArgument);
}

BOOST_AUTO_TEST_CASE(stats_json_has_the_contract_fields) {
    lede::Stats stats;
    stats.documents = 2;
    stats.languages = {{"en", 1}, {"ru", 1}};
    stats.size_bytes = 10;
    std::ostringstream out;
    lede::render_stats_json(out, stats);
    const auto json = nlohmann::json::parse(out.str());
    BOOST_TEST(json["documents"] == 2);
    BOOST_TEST(json["languages"]["ru"] == 1);
    BOOST_TEST(json["date_min"].is_null());
    BOOST_TEST(json["size_bytes"] == 10);
}

BOOST_AUTO_TEST_SUITE_END()
