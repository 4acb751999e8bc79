// A facet column read from a database counts, through the facet spy, exactly
// what the spy counts from each match's value.
#include "common/term_scheme.h"

#include "searcher/facet_column.h"
#include "searcher/result_facets.h"
#include "tests/support/temp_dir.h"

#include <boost/test/unit_test.hpp>

#include <map>
#include <xapian.h>

namespace {

namespace ts = lede::term_scheme;

Xapian::Document article(const std::string& term, const std::string& lang, const std::string& day,
                         const std::string& deaths, const std::string& injured, const std::string& entities,
                         const std::string& years) {
    ts::FacetFields fields{lang, day, deaths, injured, entities, years};
    Xapian::Document document;
    document.add_boolean_term(term);
    document.add_value(ts::kSlotFacets, ts::encode_facet_fields(fields));
    return document;
}

/// Every count of a spy, keyed by facet and value, so two spies compare whole.
std::map<std::string, std::size_t> counts_of(const lede::FacetSpy& spy) {
    std::map<std::string, std::size_t> all;
    const auto add = [&all](const std::string& facet, const lede::FacetCounts& counts) {
        for (const auto& [value, count] : counts) {
            all[facet + ":" + value] = count;
        }
    };
    add("lang", spy.lang());
    add("day", spy.day());
    add("deaths", spy.deaths());
    add("injured", spy.injured());
    add("entity", spy.entities());
    add("year", spy.mentioned_years());
    for (const auto& [id, entity] : spy.discovered()) {
        if (spy.entities().contains(id)) {
            all["named:" + id + "=" + entity.type + "/" + entity.name] = 1;
        }
    }
    all["seen"] = spy.documents_seen();
    return all;
}

struct Articles {
    lede::testing::TempDir dir;
    Xapian::WritableDatabase db{dir / "db", Xapian::DB_CREATE_OR_OVERWRITE | Xapian::DB_BACKEND_GLASS};

    Articles() {
        db.add_document(article("Ta", "en", "20240322", "100..999", "1..9",
                                "vladimir-putin\ncrocus-city-hall", "2004\n2024"));
        db.add_document(article("Ta", "ru", "20240323", "100..999", "", "vladimir-putin", "2024"));
        db.add_document(
            article("Tb", "en", "00990101", "0", "1000..", "ivan-petrov\tperson\tIvan Petrov", "0800"));
        db.add_document(
            article("Tb", "de", "", "", "", "ivan-petrov\tperson\tIvan Petrov\nvladimir-putin", ""));
        db.add_document(article("Ta", "en", "2024-03-22", "lots", "", "\n\n", "24\nabcd")); // not counted
        Xapian::Document without_value;
        without_value.add_boolean_term("Tb");
        db.add_document(without_value);
        const Xapian::docid deleted =
            db.add_document(article("Ta", "fr", "20240101", "0", "0", "gone", "1999"));
        db.add_document(article("Ta", "en", "20240322", "10..99", "10..99", "crocus-city-hall", "2024"));
        db.delete_document(deleted);
        db.commit();
    }
};

/// Counts the matches of `query` with a spy from values and one from `column`.
std::pair<std::map<std::string, std::size_t>, std::map<std::string, std::size_t>>
both_ways(const Xapian::Database& db, const lede::FacetColumn& column, const Xapian::Query& query) {
    lede::FacetSpy from_values;
    lede::FacetSpy from_column(&column);
    Xapian::Enquire enquire(db);
    enquire.set_query(query);
    enquire.add_matchspy(&from_values);
    enquire.add_matchspy(&from_column);
    (void)enquire.get_mset(0, 10, db.get_doccount());
    return {counts_of(from_values), counts_of(from_column)};
}

} // namespace

BOOST_AUTO_TEST_SUITE(facet_column)

BOOST_AUTO_TEST_CASE(counts_from_the_column_are_the_counts_from_the_values) {
    const Articles articles;
    const Xapian::Database db(articles.dir / "db");
    const lede::FacetColumn column(db);
    for (const Xapian::Query& query : {Xapian::Query::MatchAll, Xapian::Query("Ta"), Xapian::Query("Tb")}) {
        BOOST_TEST_CONTEXT(query.get_description()) {
            const auto [from_values, from_column] = both_ways(db, column, query);
            BOOST_TEST(from_values == from_column);
        }
    }
    const auto [all, unused] = both_ways(db, column, Xapian::Query::MatchAll);
    BOOST_TEST(all.at("seen") == 7U); // the deleted article is not seen
    BOOST_TEST(all.at("entity:vladimir-putin") == 3U);
    BOOST_TEST(all.at("named:ivan-petrov=person/Ivan Petrov") == 1U);
    BOOST_TEST(all.at("injured:1000..") == 1U);
    BOOST_TEST(all.at("day:00990101") == 1U);
    BOOST_TEST(all.at("year:2024") == 3U);
    BOOST_TEST(!all.contains("entity:gone"));
    BOOST_TEST(!all.contains("lang:fr"));
}

BOOST_AUTO_TEST_CASE(the_column_knows_the_database_and_revision_it_read) {
    Articles articles;
    const lede::FacetColumn column{Xapian::Database(articles.dir / "db")};
    BOOST_TEST(column.reads(Xapian::Database(articles.dir / "db")));
    BOOST_TEST(column.find(1) != nullptr);
    BOOST_TEST(column.find(7) == nullptr); // deleted
    BOOST_TEST(column.find(100) == nullptr);

    // Another database at the same revision.
    {
        Xapian::WritableDatabase other(articles.dir / "other", Xapian::DB_CREATE | Xapian::DB_BACKEND_GLASS);
        other.add_document(article("Ta", "en", "", "", "", "", ""));
        other.commit();
    }
    const Xapian::Database other(articles.dir / "other");
    BOOST_TEST_REQUIRE(other.get_revision() == Xapian::Database(articles.dir / "db").get_revision());
    BOOST_TEST(!column.reads(other));

    articles.db.add_document(article("Ta", "en", "20240324", "", "", "", ""));
    articles.db.commit();
    BOOST_TEST(!column.reads(Xapian::Database(articles.dir / "db")));
}

BOOST_AUTO_TEST_SUITE_END()
