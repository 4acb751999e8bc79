// The facet spy counts what kSlotFacets holds, one per document per value,
// and turns its compact counts back into the values facets show.
#include "common/term_scheme.h"

#include "searcher/result_facets.h"

#include <boost/test/unit_test.hpp>

#include <xapian.h>

namespace {

namespace ts = lede::term_scheme;

Xapian::Document article(const std::string& lang, const std::string& day, const std::string& deaths,
                         const std::string& entities, const std::string& years) {
    ts::FacetFields fields;
    fields.lang = lang;
    fields.day = day;
    fields.deaths_bucket = deaths;
    fields.entities = entities;
    fields.mentioned_years = years;
    Xapian::Document document;
    document.add_value(ts::kSlotFacets, ts::encode_facet_fields(fields));
    return document;
}

std::size_t count_of(const lede::FacetCounts& counts, const std::string& key) {
    const auto found = counts.find(key);
    return found == counts.end() ? 0 : found->second;
}

} // namespace

BOOST_AUTO_TEST_SUITE(facet_spy)

BOOST_AUTO_TEST_CASE(counts_each_field_once_per_document) {
    lede::FacetSpy spy;
    spy(article("en", "20240322", "100..999", "vladimir-putin\ncrocus-city-hall", "2004\n2024"), 1.0);
    spy(article("ru", "20240323", "100..999", "vladimir-putin", "2024"), 1.0);
    spy(article("en", "00990101", "1..9", "", "0800"), 1.0);
    spy(Xapian::Document(), 1.0); // an article without the value still counts as seen
    BOOST_TEST(spy.documents_seen() == 4U);
    BOOST_TEST(count_of(spy.lang(), "en") == 2U);
    BOOST_TEST(count_of(spy.lang(), "ru") == 1U);
    BOOST_TEST(count_of(spy.day(), "20240322") == 1U);
    BOOST_TEST(count_of(spy.day(), "00990101") == 1U); // leading zeros kept
    BOOST_TEST(count_of(spy.deaths(), "100..999") == 2U);
    BOOST_TEST(count_of(spy.deaths(), "1..9") == 1U);
    BOOST_TEST(spy.injured().empty());
    BOOST_TEST(count_of(spy.entities(), "vladimir-putin") == 2U);
    BOOST_TEST(count_of(spy.entities(), "crocus-city-hall") == 1U);
    BOOST_TEST(count_of(spy.mentioned_years(), "2024") == 2U);
    BOOST_TEST(count_of(spy.mentioned_years(), "0800") == 1U);
    BOOST_TEST(spy.mentioned_years().size() == 3U);
}

BOOST_AUTO_TEST_CASE(a_discovered_name_keeps_the_name_and_type_it_was_written_with) {
    lede::FacetSpy spy;
    spy(article("en", "", "", "ivan-petrov\tperson\tIvan Petrov", ""), 1.0);
    spy(article("en", "", "", "ivan-petrov\tperson\tIvan Petrov\nvladimir-putin", ""), 1.0);
    BOOST_TEST(count_of(spy.entities(), "ivan-petrov") == 2U);
    BOOST_REQUIRE(spy.discovered().contains("ivan-petrov"));
    BOOST_TEST(spy.discovered().at("ivan-petrov").name == "Ivan Petrov");
    BOOST_TEST(spy.discovered().at("ivan-petrov").type == "person");
    BOOST_TEST(!spy.discovered().contains("vladimir-putin"));
}

BOOST_AUTO_TEST_CASE(values_of_another_shape_are_not_counted) {
    lede::FacetSpy spy;
    spy(article("en", "2024-03-22", "lots", "\n\n", "24\nabcd"), 1.0);
    BOOST_TEST(spy.day().empty());
    BOOST_TEST(spy.deaths().empty());
    BOOST_TEST(spy.entities().empty());
    BOOST_TEST(spy.mentioned_years().empty());
    BOOST_TEST(count_of(spy.lang(), "en") == 1U);
}

BOOST_AUTO_TEST_SUITE_END()
