// A phrase of frequent words is answered from word-pair terms instead of
// position lists: it must match exactly the articles, in the same order, that
// Xapian's positional phrase over the same words matches.
#include <lede/analyzer.h>
#include <lede/indexer.h>
#include <lede/searcher.h>

#include "common/term_scheme.h"
#include "tests/support/temp_dir.h"

#include <boost/test/unit_test.hpp>

#include <fstream>
#include <set>
#include <xapian.h>

namespace {

namespace ts = lede::term_scheme;
using lede::testing::TempDir;

/// The ids Xapian's OP_PHRASE over the phrase's analysed words matches, best first.
std::vector<std::string> positional_phrase_ids(const std::string& db_path, const std::string& phrase) {
    lede::Analyzer analyzer;
    std::vector<std::string> words;
    for (const lede::Token& token : analyzer.analyze(phrase)) {
        words.push_back(token.term);
    }
    Xapian::Database db(db_path);
    Xapian::Enquire enquire(db);
    enquire.set_query(Xapian::Query(Xapian::Query::OP_PHRASE, words.begin(), words.end(),
                                    static_cast<Xapian::termcount>(words.size())));
    std::vector<std::string> ids;
    const Xapian::MSet matches = enquire.get_mset(0, db.get_doccount());
    for (auto match = matches.begin(); match != matches.end(); ++match) {
        ids.push_back(match.get_document().get_value(ts::kSlotId));
    }
    return ids;
}

std::vector<std::string> lede_ids(lede::Searcher& searcher, const std::string& query) {
    lede::SearchRequest request;
    request.query = query;
    request.limit = 1000;
    std::vector<std::string> ids;
    for (const lede::Hit& hit : searcher.search(request).hits) {
        ids.push_back(hit.id);
    }
    return ids;
}

std::set<std::string> terms_of(const std::string& db_path, const std::string& id) {
    Xapian::Database db(db_path);
    const std::string id_term = ts::id_term(id);
    const Xapian::docid docid = *db.postlist_begin(id_term);
    std::set<std::string> terms;
    for (auto term = db.termlist_begin(docid); term != db.termlist_end(docid); ++term) {
        if ((*term).starts_with(ts::kWordPair)) {
            terms.insert(*term);
        }
    }
    return terms;
}

} // namespace

BOOST_AUTO_TEST_SUITE(word_pair_phrase)

BOOST_AUTO_TEST_CASE(phrases_match_what_positions_match_over_the_corpus) {
    const TempDir dir;
    lede::IndexOptions options;
    options.db_path = dir / "db";
    lede::Indexer indexer(options);
    (void)indexer.index({lede::testing::corpus_dir()});
    lede::Searcher searcher(dir / "db");

    std::size_t matched = 0;
    for (const std::string phrase :
         {"more than", "at least", "of the", "in the", "said the", "de la", "in der", "have been", "the city",
          "people were", "than more", "of the city", "at least people", "more than people were"}) {
        const std::vector<std::string> expected = positional_phrase_ids(dir / "db", phrase);
        BOOST_TEST_CONTEXT("\"" << phrase << "\"") {
            BOOST_TEST(lede_ids(searcher, "\"" + phrase + "\"") == expected,
                       boost::test_tools::per_element());
        }
        matched += expected.size();
    }
    // The comparison means something only if the phrases occur.
    BOOST_TEST(matched >= 30U);
}

BOOST_AUTO_TEST_CASE(a_pair_is_written_for_adjacent_words_of_one_field_only) {
    const TempDir dir;
    {
        std::ofstream feed(dir / "feed.jsonl");
        feed << R"({"id": "adjacent", "title": "Flood report", "lang": "en", )"
             << R"("body": "Rescuers said more than forty people were killed."})"
             << "\n"
             << R"({"id": "across-fields", "title": "Why we need more", "lang": "en", )"
             << R"("body": "Than ever, the harbour is busy."})"
             << "\n"
             << R"({"id": "apart", "title": "Notes", "lang": "en", )"
             << R"("body": "More rain fell than forecast, and people say they were not killed."})"
             << "\n";
    }
    lede::IndexOptions options;
    options.db_path = dir / "db";
    lede::Indexer indexer(options);
    BOOST_TEST_REQUIRE(indexer.index({dir / "feed.jsonl"}).added == 3U);

    const std::set<std::string> adjacent = terms_of(dir / "db", "adjacent");
    BOOST_TEST(adjacent.count("XBsaid more") == 1U);
    BOOST_TEST(adjacent.count("XBmore than") == 1U);
    BOOST_TEST(adjacent.count("XBpeople were") == 1U);
    BOOST_TEST(adjacent.count("XBthan forty") == 0U); // "forty" is not a pair word
    BOOST_TEST(terms_of(dir / "db", "across-fields").count("XBmore than") == 0U);
    BOOST_TEST(terms_of(dir / "db", "apart").count("XBmore than") == 0U);

    lede::Searcher searcher(dir / "db");
    BOOST_TEST(lede_ids(searcher, "\"more than\"") == std::vector<std::string>{"adjacent"},
               boost::test_tools::per_element());
    BOOST_TEST(lede_ids(searcher, "\"people were killed\"") == std::vector<std::string>{"adjacent"},
               boost::test_tools::per_element());
    // Title words keep their own scope: no pair terms, positions as before.
    BOOST_TEST(lede_ids(searcher, "title:\"need more\"") == std::vector<std::string>{"across-fields"},
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()
