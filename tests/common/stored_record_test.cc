// The stored record's codec: what the indexer encodes, the searcher reads back
// field for field, and a damaged or foreign record degrades field by field.
#include <lede/error.h>

#include "common/stored_record.h"

#include <boost/test/unit_test.hpp>

#include <nlohmann/json.hpp>

namespace sr = lede::stored_record;

namespace {

/// A record with every field set, unusual values included.
sr::Record full_record() {
    sr::Record record;
    record.id = "wire/ru-001 \"quoted\"";
    record.title = "Теракт в «Крокусе»: 133 погибших\tи \\ раненые";
    record.date = "2024-03-23";
    record.lang = "ru";
    record.lang_given = true;
    record.url = "https://example.org/a?b=1&c=<2>";
    record.source = "Вечерние вести";
    record.entities = {{"crocus-city-hall", "Crocus City Hall", "place", 2, {{1, 5}, {40, 57}}, false},
                       {"andrey-lebedev", "Андрей Лебедев", "person", 1, {}, true}};
    record.figures = {
        {"deaths", 133, 133, 133, "exact", false, false, 40, 43, 0, 80, "ru.num-trigger"},
        {"injured", 100, 101, std::nullopt, "more_than", false, true, 7, 20, 0, 30, "ru.title"},
        {"deaths", 334, 334, 334, "exact", true, false, 90, 99, 85, 120, "ru.hist"},
        {"deaths", 1000, 1001, std::nullopt, "more_than", false, false, 50, 60, 45, 70, "ru.toll", true},
        {"deaths", 18446744073709551615ULL, 0, 0, "", false, false, 0, 0, 0, 0, ""}};
    record.mentioned = {{"2024-03-22", false, 10, 20}, {"2004", true, 0, 4}};
    record.deaths = sr::ArticleFigure{133, 133, 133, "exact"};
    record.injured = sr::ArticleFigure{100, 101, std::nullopt, "more_than"};
    return record;
}

} // namespace

BOOST_AUTO_TEST_SUITE(stored_record)

BOOST_AUTO_TEST_CASE(a_record_reads_back_as_it_was_written) {
    sr::Reader reader;
    const sr::Record written = full_record();
    const sr::Record read = reader.read(sr::encode(written), "db: document 1");
    BOOST_TEST(read.id == written.id);
    BOOST_TEST(read.title == written.title);
    BOOST_TEST((read.entities == written.entities));
    BOOST_TEST((read.figures == written.figures));
    BOOST_TEST((read.mentioned == written.mentioned));
    BOOST_TEST((read.deaths == written.deaths));
    BOOST_TEST((read.injured == written.injured));
    BOOST_TEST((read == written));
}

BOOST_AUTO_TEST_CASE(an_empty_record_reads_back_empty) {
    sr::Reader reader;
    BOOST_TEST((reader.read(sr::encode(sr::Record{}), "db: document 2") == sr::Record{}));
    sr::Record only_injured;
    only_injured.id = "x";
    only_injured.injured = sr::ArticleFigure{3, 3, 3, "exact"};
    BOOST_TEST((reader.read(sr::encode(only_injured), "db: document 3") == only_injured));
}

BOOST_AUTO_TEST_CASE(the_encoding_is_json_with_the_documented_keys) {
    const nlohmann::json json = nlohmann::json::parse(sr::encode(full_record()));
    for (const char* key : {"id", "title", "date", "lang", "lang_given", "url", "source", "entities",
                            "figures", "mentioned", "casualties"}) {
        BOOST_TEST(json.contains(key), key);
    }
    BOOST_TEST(json["casualties"]["injured"]["high"].is_null()); // unbounded
    BOOST_TEST(json["entities"][1]["discovered"] == true);
    BOOST_TEST(!json["entities"][0].contains("discovered"));
}

BOOST_AUTO_TEST_CASE(invalid_utf8_in_a_field_is_replaced_not_an_error) {
    sr::Record record;
    record.title = "bad \xff byte";
    sr::Reader reader;
    const sr::Record read = reader.read(sr::encode(record), "db: document 4");
    BOOST_TEST(read.title == "bad \xEF\xBF\xBD byte");
}

BOOST_AUTO_TEST_CASE(fields_of_the_wrong_type_keep_their_defaults_and_the_rest_is_read) {
    sr::Reader reader;
    const sr::Record read = reader.read(
        R"({"id":7,"figures":[{"kind":"deaths","value":-1,"high":"x","low":5},3],"lang_given":"yes",)"
        R"("casualties":{"deaths":{"low":4},"injured":[1]},"entities":[{"spans":[[1],[2,3,4],[5,6]]}],)"
        R"("unknown":{"nested":[1,2]},"date":"2024-01-01"})",
        "db: document 5");
    BOOST_TEST(read.id.empty());
    BOOST_TEST(!read.lang_given);
    BOOST_TEST_REQUIRE(read.figures.size() == 1U);
    BOOST_TEST(read.figures[0].kind == "deaths");
    BOOST_TEST(read.figures[0].value == 0U);
    BOOST_TEST(read.figures[0].low == 5U);
    BOOST_TEST(!read.figures[0].high.has_value());
    BOOST_TEST(!read.deaths.has_value()); // a toll without its number is none
    BOOST_TEST(!read.injured.has_value());
    BOOST_TEST_REQUIRE(read.entities.size() == 1U);
    BOOST_TEST((read.entities[0].spans == std::vector<std::pair<std::uint64_t, std::uint64_t>>{{5, 6}}));
    BOOST_TEST(read.date == "2024-01-01");
}

BOOST_AUTO_TEST_CASE(a_record_that_is_no_object_is_an_index_error_naming_the_document) {
    sr::Reader reader;
    for (const std::string json : {"", "[1,2]", R"({"id":"a","title":)", "not json", "null"}) {
        BOOST_CHECK_EXCEPTION(
            (void)reader.read(json, "db: document 9"), lede::IndexError, [](const lede::IndexError& error) {
                return std::string(error.what()).starts_with("db: document 9: stored record");
            });
    }
}

BOOST_AUTO_TEST_SUITE_END()
