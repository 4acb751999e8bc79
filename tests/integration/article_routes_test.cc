// One article, two routes in: read from a JSON Lines file and handed to
// Indexer::index_articles. Both must store the same document, so that a
// program that embeds the indexer and a feed on disk never disagree.
#include <lede/article.h>
#include <lede/indexer.h>
#include <lede/limits.h>

#include "common/term_scheme.h"
#include "tests/support/temp_dir.h"

#include <boost/test/unit_test.hpp>

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>
#include <xapian.h>

namespace {

namespace ts = lede::term_scheme;
using lede::testing::TempDir;

/// Everything stored for the only document of `db` except where it came from
/// (the input file and the digest that covers it, slots 16 and 17).
struct StoredDocument {
    std::string data;
    std::map<Xapian::valueno, std::string> values;
    std::vector<std::string> terms;
};

StoredDocument stored(const std::string& db_path) {
    Xapian::Database db(db_path);
    BOOST_TEST_REQUIRE(db.get_doccount() == 1U);
    const Xapian::Document document = db.get_document(*db.postlist_begin(""));
    StoredDocument result;
    result.data = document.get_data();
    for (auto value = document.values_begin(); value != document.values_end(); ++value) {
        if (value.get_valueno() != ts::kSlotDigest && value.get_valueno() != ts::kSlotOrigin) {
            result.values[value.get_valueno()] = *value;
        }
    }
    for (auto term = document.termlist_begin(); term != document.termlist_end(); ++term) {
        result.terms.push_back(*term);
    }
    return result;
}

/// An article as a careless feed sends it: padded fields, a headline broken
/// over lines, a datetime, an upper-case language tag, a control character.
lede::Article messy_article() {
    lede::Article article;
    article.id = "  wire/2024-0323-crocus \t";
    article.title = "  Gunmen attack\n concert   hall ";
    article.date = "2024-03-23T21:15:00+03:00";
    article.lang = "EN-gb";
    article.body =
        "\n  Gunmen opened fire at Crocus City Hall near Moscow; at least 40 people were killed.\x01\n"
        "Officials later said 133 people died.  \n";
    article.url = "  https://example.org/crocus  ";
    article.source = " Wire   Service ";
    return article;
}

} // namespace

BOOST_AUTO_TEST_SUITE(article_routes)

BOOST_AUTO_TEST_CASE(issue_15_an_article_by_file_and_by_index_articles_is_stored_alike) {
    TempDir dir;
    const lede::Article article = messy_article();
    const std::string feed = dir / "feed.jsonl";
    {
        const nlohmann::json record = {{"id", article.id},        {"title", article.title},
                                       {"date", article.date},    {"lang", article.lang},
                                       {"body", article.body},    {"url", article.url},
                                       {"source", article.source}};
        std::ofstream(feed) << record.dump() << '\n';
    }
    lede::IndexOptions from_file;
    from_file.db_path = dir / "from-file";
    std::size_t rejected = 0;
    from_file.on_rejected = [&](const lede::InputProblem&) { ++rejected; };
    BOOST_TEST(lede::Indexer(from_file).index({feed}).added == 1U);

    lede::IndexOptions from_memory = from_file;
    from_memory.db_path = dir / "from-memory";
    BOOST_TEST(lede::Indexer(from_memory).index_articles({article}).added == 1U);
    BOOST_TEST(rejected == 0U);

    const StoredDocument file_document = stored(from_file.db_path);
    const StoredDocument memory_document = stored(from_memory.db_path);
    BOOST_TEST(file_document.data == memory_document.data);
    BOOST_TEST(file_document.terms == memory_document.terms, boost::test_tools::per_element());
    BOOST_TEST(file_document.values == memory_document.values);
    // And the normalisation happened: the stored record has the clean fields.
    const auto record = nlohmann::json::parse(memory_document.values.at(ts::kSlotRecord));
    BOOST_TEST(record.at("id").get<std::string>() == "wire/2024-0323-crocus");
    BOOST_TEST(record.at("title").get<std::string>() == "Gunmen attack concert hall");
    BOOST_TEST(record.at("date").get<std::string>() == "2024-03-23");
    BOOST_TEST(record.at("lang").get<std::string>() == "en");
    BOOST_TEST(record.at("url").get<std::string>() == "https://example.org/crocus");
    BOOST_TEST(record.at("source").get<std::string>() == "Wire Service");
    BOOST_TEST(memory_document.data.find('\x01') == std::string::npos);
    BOOST_TEST(memory_document.data.front() == 'G');
}

BOOST_AUTO_TEST_CASE(issue_15_index_articles_rejects_and_truncates_as_files_do) {
    TempDir dir;
    lede::IndexOptions options;
    options.db_path = dir / "db";
    std::vector<std::string> rejected;
    std::vector<std::string> warned;
    options.on_rejected = [&](const lede::InputProblem& problem) { rejected.push_back(problem.reason); };
    options.on_warning = [&](const lede::InputProblem& problem) { warned.push_back(problem.reason); };
    lede::Article blank_id;
    blank_id.id = " \t ";
    blank_id.body = "text";
    lede::Article blank_body;
    blank_body.id = "b";
    blank_body.body = "  \n ";
    lede::Article bad_date;
    bad_date.id = "c";
    bad_date.body = "text";
    bad_date.date = "2024-02-30";
    lede::Article huge;
    huge.id = "d";
    huge.body = std::string(lede::limits::kMaxRecordBytes + 10, 'a');
    const lede::IndexReport report =
        lede::Indexer(options).index_articles({blank_id, blank_body, bad_date, huge});
    BOOST_TEST(report.added == 1U);
    BOOST_TEST(rejected == (std::vector<std::string>{"empty \"id\"", "missing or empty \"body\"",
                                                     "invalid date \"2024-02-30\""}),
               boost::test_tools::per_element());
    BOOST_TEST(warned.size() == 1U);
    BOOST_TEST(Xapian::Database(options.db_path).get_document(1).get_data().size() <=
               lede::limits::kMaxRecordBytes);
}

BOOST_AUTO_TEST_SUITE_END()
