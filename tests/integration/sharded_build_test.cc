// A sharded build (shards written in parallel, merged and compacted) must
// hold exactly what an in-place build of the same input holds, document by
// document, so that searchers cannot tell the two apart.
#include <lede/error.h>
#include <lede/indexer.h>
#include <lede/searcher.h>

#include "common/stem_forms.h"
#include "common/term_scheme.h"
#include "tests/support/temp_dir.h"

#include <boost/test/unit_test.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <xapian.h>

namespace {

using lede::testing::TempDir;

lede::IndexReport build(const std::string& db, const std::vector<std::string>& inputs, unsigned shards) {
    lede::IndexOptions options;
    options.db_path = db;
    options.shards = shards;
    options.batch_size = 4; // many batches, spread over every shard
    lede::Indexer indexer(options);
    return indexer.index(inputs);
}

// Everything a document holds but its docid, which compaction renumbers.
std::string describe(const Xapian::Document& document) {
    std::string text;
    for (auto term = document.termlist_begin(); term != document.termlist_end(); ++term) {
        text += *term + ":" + std::to_string(term.get_wdf());
        for (auto position = term.positionlist_begin(); position != term.positionlist_end(); ++position) {
            text += "," + std::to_string(*position);
        }
        text += " ";
    }
    for (auto value = document.values_begin(); value != document.values_end(); ++value) {
        text += "#" + std::to_string(value.get_valueno()) + "=" + *value + " ";
    }
    return text + document.get_data();
}

// The documents of a database by their id term.
std::map<std::string, std::string> contents(const std::string& path) {
    Xapian::Database db(path);
    std::map<std::string, std::string> documents;
    const std::string prefix(lede::term_scheme::kId);
    for (auto term = db.allterms_begin(prefix); term != db.allterms_end(prefix); ++term) {
        documents[*term] = describe(db.get_document(*db.postlist_begin(*term)));
    }
    return documents;
}

} // namespace

BOOST_AUTO_TEST_SUITE(sharded_build)

BOOST_AUTO_TEST_CASE(holds_the_same_documents_and_metadata_as_an_in_place_build) {
    TempDir dir;
    const auto in_place = build(dir / "in-place", {lede::testing::corpus_dir()}, 1);
    const auto sharded = build(dir / "sharded", {lede::testing::corpus_dir()}, 3);
    BOOST_TEST(sharded.added == in_place.added);
    BOOST_TEST(sharded.rejected == in_place.rejected);
    BOOST_TEST(sharded.added > 40U);

    const auto expected = contents(dir / "in-place");
    const auto actual = contents(dir / "sharded");
    BOOST_TEST(actual.size() == expected.size());
    for (const auto& [id_term, description] : expected) {
        const auto found = actual.find(id_term);
        BOOST_REQUIRE_MESSAGE(found != actual.end(), id_term << " missing from the sharded build");
        BOOST_CHECK_MESSAGE(found->second == description, id_term << " differs");
    }
    Xapian::Database a(dir / "in-place");
    Xapian::Database b(dir / "sharded");
    for (auto key = a.metadata_keys_begin(); key != a.metadata_keys_end(); ++key) {
        BOOST_CHECK_MESSAGE(a.get_metadata(*key) == b.get_metadata(*key), "metadata " << *key << " differs");
    }
    BOOST_TEST(b.get_doccount() == a.get_doccount());
    // The stem → word table that stands in for stem postings survives the merge.
    std::map<std::string, std::set<std::string>> stems_a;
    std::map<std::string, std::set<std::string>> stems_b;
    for (auto [db, stems] : {std::pair{&a, &stems_a}, std::pair{&b, &stems_b}}) {
        const std::string prefix = lede::stem_forms::key("");
        for (auto key = db->metadata_keys_begin(prefix); key != db->metadata_keys_end(prefix); ++key) {
            const std::vector<std::string> words = lede::stem_forms::read(*db, *key);
            (*stems)[*key] = {words.begin(), words.end()};
        }
    }
    BOOST_TEST(stems_a.size() > 1000U);
    BOOST_TEST((stems_a == stems_b));
    // No work directory is left beside the database.
    for (const auto& entry : std::filesystem::directory_iterator(dir.path())) {
        BOOST_TEST((entry.path().filename() == "in-place" || entry.path().filename() == "sharded"));
    }
}

BOOST_AUTO_TEST_CASE(searches_find_the_same_articles) {
    TempDir dir;
    (void)build(dir / "in-place", {lede::testing::corpus_dir()}, 1);
    (void)build(dir / "sharded", {lede::testing::corpus_dir()}, 2);
    lede::Searcher in_place(dir / "in-place");
    lede::Searcher sharded(dir / "sharded");
    for (const std::string query :
         {"crocus", "killing", "title:flood", "взрыв", "\"city hall\"", "Путин", "地震",
          "entity:\"Vladimir Putin\"", "deaths:100..", "flood OR quake", "lang:de"}) {
        lede::SearchRequest request;
        request.query = query;
        request.limit = 100;
        const auto expected = in_place.search(request);
        const auto actual = sharded.search(request);
        BOOST_TEST_CONTEXT(query) {
            BOOST_TEST(actual.total == expected.total);
            std::set<std::string> a;
            std::set<std::string> b;
            for (const auto& hit : expected.hits) {
                a.insert(hit.id);
            }
            for (const auto& hit : actual.hits) {
                b.insert(hit.id);
            }
            BOOST_TEST((a == b));
        }
    }
}

BOOST_AUTO_TEST_CASE(an_in_place_rerun_over_a_sharded_build_finds_everything_unchanged) {
    TempDir dir;
    const auto first = build(dir / "db", {lede::testing::corpus_dir()}, 2);
    const auto rerun = build(dir / "db", {lede::testing::corpus_dir()}, 1);
    BOOST_TEST(rerun.added == 0U);
    BOOST_TEST(rerun.replaced == 0U);
    BOOST_TEST(rerun.unchanged == first.added);
}

BOOST_AUTO_TEST_CASE(refuses_a_database_that_exists) {
    TempDir dir;
    (void)build(dir / "db", {lede::testing::corpus_dir()}, 1);
    const auto before = contents(dir / "db");
    BOOST_CHECK_THROW(build(dir / "db", {lede::testing::corpus_dir()}, 2), lede::InvalidArgument);
    BOOST_TEST((contents(dir / "db") == before)); // untouched
}

BOOST_AUTO_TEST_CASE(bad_records_are_rejected_and_the_rest_indexed) {
    TempDir dir;
    const std::string feed = dir / "feed.jsonl";
    {
        std::ofstream out(feed);
        out << R"({"id": "a", "lang": "en", "body": "alpha quake"})"
            << "\n"
            << R"({"id": "b", "lang": "en"})"
            << "\n"
            << "not json\n"
            << R"({"id": "c", "lang": "en", "body": "gamma fire"})"
            << "\n";
    }
    const auto report = build(dir / "db", {feed}, 2);
    BOOST_TEST(report.added == 2U);
    BOOST_TEST(report.rejected == 2U);
    BOOST_TEST(Xapian::Database(dir / "db").get_doccount() == 2U);
}

BOOST_AUTO_TEST_SUITE_END()
