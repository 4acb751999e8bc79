// Snippets found from a hit's position lists and its stored sentence starts
// (the searcher's path) must be the snippets an analysis of the whole text
// gives: the same sentence chosen, the same words marked.
#include <lede/analyzer.h>
#include <lede/indexer.h>
#include <lede/limits.h>
#include <lede/render.h>
#include <lede/searcher.h>

#include "common/entities/entity_table.h"
#include "common/stem_forms.h"
#include "common/term_scheme.h"
#include "searcher/highlighter.h"
#include "searcher/passage_locator.h"
#include "searcher/query/ast.h"
#include "searcher/query/query_builder.h"
#include "tests/support/temp_dir.h"

#include <boost/test/unit_test.hpp>
#include <fstream>
#include <xapian.h>

namespace ts = lede::term_scheme;

namespace {

struct IndexedCorpus {
    lede::testing::TempDir dir;
    std::string db = dir / "db";

    IndexedCorpus() {
        lede::IndexOptions options;
        options.db_path = db;
        options.jobs = 2;
        lede::Indexer indexer(options);
        (void)indexer.index({lede::testing::corpus_dir()});
    }
};

std::vector<std::pair<std::size_t, std::size_t>> bounds_of(const std::vector<ts::SentenceStart>& starts,
                                                           std::size_t text_size) {
    std::vector<std::pair<std::size_t, std::size_t>> bounds;
    for (std::size_t s = 0; s < starts.size(); ++s) {
        bounds.emplace_back(starts[s].byte, s + 1 < starts.size() ? starts[s + 1].byte : text_size);
    }
    return bounds;
}

} // namespace

BOOST_AUTO_TEST_SUITE(snippet_passage)

BOOST_AUTO_TEST_CASE(stored_sentences_and_positions_give_the_snippet_a_full_analysis_gives) {
    static const IndexedCorpus corpus;
    const Xapian::Database db(corpus.db);
    lede::Analyzer analyzer;
    lede::Highlighter highlighter(analyzer);
    lede::SentenceBreaker sentences;
    const lede::EntityTable entities = lede::EntityTable::builtin();
    const std::vector<std::string> langs = ts::split_list(db.get_metadata(std::string(ts::kMetaLangs)), ',');

    std::size_t hits = 0;
    std::size_t located = 0;
    std::size_t compared = 0;
    for (const std::string query :
         {"killed", "attack concert", "\"crocus city hall\"", "Putin", "moscow OR москва", "взрыв", "地震",
          "kill*", "title:attack", "entity:putin", "wounded injured", "earthquake NEAR/3 noto", "flood",
          "tsunami warning", "people", "police said", "earthquake", "fire", "dead OR died"}) {
        BOOST_TEST_CONTEXT(query) {
            lede::query::QueryBuilder builder(
                analyzer, langs, [&](const std::string& entry) { return lede::stem_forms::read(db, entry); },
                entities);
            const lede::query::BuiltQuery built = builder.build(lede::query::parse(query));
            const lede::PassageLocator locator(built.highlight);
            Xapian::Enquire enquire(db);
            enquire.set_query(built.query);
            const Xapian::MSet mset = enquire.get_mset(0, 20);
            BOOST_TEST(mset.size() > 0U);
            for (auto item = mset.begin(); item != mset.end(); ++item) {
                ++hits;
                const Xapian::Document document = item.get_document();
                const std::string text = document.get_data();
                const auto starts =
                    ts::decode_sentence_starts(document.get_value(ts::kSlotSentences), text.size());
                // The stored starts are those of the sentences the highlighter cuts on.
                const auto bounds = bounds_of(starts, text.size());
                BOOST_TEST((bounds == sentences.split(text)));
                const auto best = locator.best_sentence(db, document.get_docid(), document, starts, {});
                if (!best) {
                    continue;
                }
                ++located;
                const std::string full = lede::snippet_html(highlighter.snippet(text, built.highlight, 160));
                const std::string fast =
                    lede::snippet_html(highlighter.snippet_at(text, bounds, *best, built.highlight, 160));
                BOOST_TEST(fast == full, "article " << document.get_value(ts::kSlotId));
                ++compared;
            }
        }
    }
    // Most hits are located from positions; the rest fall back to analysis.
    BOOST_TEST_MESSAGE(located << " of " << hits << " hits located from positions");
    BOOST_TEST(located * 4 >= hits * 3);
    BOOST_TEST(compared == located);
}

BOOST_AUTO_TEST_CASE(a_match_deep_in_a_long_article_is_shown) {
    // Analysing a whole body reads only its first kMaxSnippetInput bytes; the
    // stored sentence starts reach every sentence.
    const lede::testing::TempDir dir;
    std::string body;
    while (body.size() < lede::limits::kMaxSnippetInput + 1000) {
        body += "The council met again on Tuesday and adjourned without a vote. ";
    }
    body += "Late that night the harbour crane collapsed onto the pier.";
    {
        std::ofstream feed(dir / "feed.jsonl");
        feed << R"({"id": "long-1", "title": "Council notes", "lang": "en", "body": ")" << body << "\"}\n";
    }
    lede::IndexOptions options;
    options.db_path = dir / "db";
    lede::Indexer indexer(options);
    BOOST_TEST_REQUIRE(indexer.index({dir / "feed.jsonl"}).added == 1U);

    lede::Searcher searcher(dir / "db");
    lede::SearchRequest request;
    request.query = "crane";
    const lede::SearchResult result = searcher.search(request);
    BOOST_TEST_REQUIRE(result.hits.size() == 1U);
    const std::string html = lede::snippet_html(result.hits.front().snippet);
    BOOST_TEST(html == "Late that night the harbour <mark>crane</mark> collapsed onto the pier.");
}

BOOST_AUTO_TEST_SUITE_END()
