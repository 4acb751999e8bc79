// The stem → words table stands in for stem postings, so a pair the writer
// believes stored must be in the committed table: a cancelled batch must not
// be remembered, and a forgotten pair is only looked up again.
#include "common/stem_forms.h"

#include "indexer/stem_form_writer.h"
#include "tests/support/temp_dir.h"

#include <boost/test/unit_test.hpp>

#include <set>
#include <string>
#include <xapian.h>

namespace {

using Forms = std::vector<std::pair<std::string, std::string>>;

std::set<std::string> words_of(const Xapian::Database& db, const std::string& stem) {
    const std::vector<std::string> words = lede::stem_forms::read(db, lede::stem_forms::key(stem));
    return {words.begin(), words.end()};
}

} // namespace

BOOST_AUTO_TEST_SUITE(stem_form_writer)

BOOST_AUTO_TEST_CASE(a_committed_batch_stores_every_word_under_its_stem) {
    lede::testing::TempDir dir;
    Xapian::WritableDatabase db(dir / "db", Xapian::DB_CREATE_OR_OPEN | Xapian::DB_BACKEND_GLASS);
    lede::StemFormWriter writer;
    db.begin_transaction();
    writer.add({{"kill", "killed"}, {"kill", "kills"}, {"flood", "floods"}});
    writer.add({{"kill", "killed"}, {"kill", "killing"}});
    writer.write(db);
    db.commit_transaction();
    writer.committed();
    BOOST_TEST((words_of(db, "kill") == std::set<std::string>{"killed", "killing", "kills"}));
    BOOST_TEST((words_of(db, "flood") == std::set<std::string>{"floods"}));
}

BOOST_AUTO_TEST_CASE(a_cancelled_batch_is_written_again_by_the_next) {
    lede::testing::TempDir dir;
    Xapian::WritableDatabase db(dir / "db", Xapian::DB_CREATE_OR_OPEN | Xapian::DB_BACKEND_GLASS);
    lede::StemFormWriter writer;
    db.begin_transaction();
    writer.add({{"kill", "killed"}});
    writer.write(db);
    db.cancel_transaction();
    writer.cancelled();
    BOOST_TEST(words_of(db, "kill").empty());

    db.begin_transaction();
    writer.add({{"kill", "killed"}});
    writer.write(db);
    db.commit_transaction();
    writer.committed();
    BOOST_TEST((words_of(db, "kill") == std::set<std::string>{"killed"}));
}

BOOST_AUTO_TEST_CASE(words_stored_by_an_earlier_run_are_kept_and_not_repeated) {
    lede::testing::TempDir dir;
    {
        Xapian::WritableDatabase db(dir / "db", Xapian::DB_CREATE_OR_OPEN | Xapian::DB_BACKEND_GLASS);
        db.set_metadata(lede::stem_forms::key("kill"), lede::stem_forms::encode({"kills"}));
        db.commit();
    }
    Xapian::WritableDatabase db(dir / "db", Xapian::DB_OPEN | Xapian::DB_BACKEND_GLASS);
    lede::StemFormWriter writer; // a new process: it remembers nothing
    db.begin_transaction();
    writer.add({{"kill", "kills"}, {"kill", "killed"}});
    writer.write(db);
    db.commit_transaction();
    writer.committed();
    BOOST_TEST((words_of(db, "kill") == std::set<std::string>{"killed", "kills"}));
}

BOOST_AUTO_TEST_CASE(more_pairs_than_it_remembers_are_all_stored) {
    lede::testing::TempDir dir;
    Xapian::WritableDatabase db(dir / "db", Xapian::DB_CREATE_OR_OPEN | Xapian::DB_BACKEND_GLASS);
    lede::StemFormWriter writer;
    const std::size_t count = lede::StemFormWriter::kMaxRemembered + 10;
    for (int batch = 0; batch < 2; ++batch) {
        db.begin_transaction();
        Forms forms;
        for (std::size_t i = 0; i < count; i += 2) {
            forms.emplace_back("s" + std::to_string((i + batch) % 977), "w" + std::to_string(i + batch));
        }
        writer.add(forms);
        writer.write(db);
        db.commit_transaction();
        writer.committed();
    }
    std::size_t stored = 0;
    const std::string prefix = lede::stem_forms::key("");
    for (auto key = db.metadata_keys_begin(prefix); key != db.metadata_keys_end(prefix); ++key) {
        stored += lede::stem_forms::read(db, *key).size();
    }
    BOOST_TEST(stored == count + (count % 2 == 0 ? 0 : 1));
}

BOOST_AUTO_TEST_SUITE_END()
