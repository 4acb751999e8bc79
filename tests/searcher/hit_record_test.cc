// A hit's fields come from the stored record as the indexer writes it; a
// field of the wrong type is left empty and a record that is no JSON object
// is an IndexError naming the document.
#include <lede/error.h>

#include "searcher/hit_record.h"

#include <boost/test/unit_test.hpp>

BOOST_AUTO_TEST_SUITE(hit_record)

BOOST_AUTO_TEST_CASE(every_field_a_hit_shows_is_read) {
    const std::string record =
        R"({"casualties":{"deaths":{"value":133,"low":133},"injured":{"value":145}},"date":"2024-03-22",)"
        R"("entities":[{"id":"crocus-city-hall","mentions":2,"name":"Crocus City Hall","spans":[[1,5]],"type":"place"},)"
        R"({"id":"x-y","name":"X \"Y\" \u00e9","type":"person","discovered":true}],)"
        R"("figures":[{"kind":"deaths","value":133,"begin":40,"end":43},{"kind":"injured","begin":7}],)"
        R"("id":"ru-001","lang":"ru","lang_given":true,)"
        R"("mentioned":[{"value":"2024-03-22"},{"value":"2004"},{"value":"2024-03-22"}],)"
        R"("source":"Вечерние вести","title":"Теракт в «Крокусе»","url":"https://example.org/a"})";
    lede::stored_record::Reader reader;
    lede::Hit hit;
    std::vector<std::pair<std::size_t, std::size_t>> spans;
    lede::hit_from_record(reader.read(record, "db: document 1"), hit, &spans);
    BOOST_TEST(hit.id == "ru-001");
    BOOST_TEST(hit.title == "Теракт в «Крокусе»");
    BOOST_TEST(hit.date == "2024-03-22");
    BOOST_TEST(hit.lang == "ru");
    BOOST_TEST(hit.url == "https://example.org/a");
    BOOST_TEST(hit.source == "Вечерние вести");
    BOOST_TEST_REQUIRE(hit.entities.size() == 2U);
    BOOST_TEST(hit.entities[0].id == "crocus-city-hall");
    BOOST_TEST(hit.entities[0].name == "Crocus City Hall");
    BOOST_TEST(hit.entities[0].type == "place");
    BOOST_TEST(hit.entities[1].name == "X \"Y\" é"); // escapes decoded
    BOOST_TEST_REQUIRE(hit.casualties.has_value());
    BOOST_TEST(hit.casualties->deaths.value_or(0) == 133U);
    BOOST_TEST(hit.casualties->injured.value_or(0) == 145U);
    BOOST_TEST((hit.mentioned == std::vector<std::string>{"2024-03-22", "2004"}));
    // The second figure has no end: no span.
    BOOST_TEST((spans == std::vector<std::pair<std::size_t, std::size_t>>{{40, 43}}));
}

BOOST_AUTO_TEST_CASE(fields_of_the_wrong_type_are_left_empty) {
    lede::stored_record::Reader reader;
    lede::Hit hit;
    lede::hit_from_record(
        reader.read(R"({"id":7,"title":null,"entities":{"id":"a"},"casualties":{"deaths":{"value":-3}},)"
                    R"("mentioned":["2004"],"date":"2024-01-01"})",
                    "db: document 2"),
        hit);
    BOOST_TEST(hit.id.empty());
    BOOST_TEST(hit.title.empty());
    BOOST_TEST(hit.entities.empty());
    BOOST_TEST(!hit.casualties.has_value());
    BOOST_TEST(hit.mentioned.empty());
    BOOST_TEST(hit.date == "2024-01-01"); // read after the fields it skipped
}

BOOST_AUTO_TEST_CASE(a_record_that_is_no_object_names_the_document) {
    lede::stored_record::Reader reader;
    for (const std::string record : {"", "[1,2]", R"({"id":"a","title":)", "not json"}) {
        lede::Hit hit;
        try {
            (void)reader.read(record, "db: document 9");
            BOOST_ERROR("no error for " << record);
        } catch (const lede::IndexError& error) {
            BOOST_TEST(std::string(error.what()).starts_with("db: document 9: stored record"), error.what());
        }
    }
}

BOOST_AUTO_TEST_SUITE_END()
