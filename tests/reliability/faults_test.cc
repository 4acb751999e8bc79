// R: disk full and unwritable paths end in one line and exit 1, and leave the
// database intact and searchable. The disk is a small tmpfs mounted for the
// test (the suite runs as root, as CI does; a mount that fails fails the test).
#include "tests/reliability/reliability_support.h"

#include <boost/test/unit_test.hpp>

#include <filesystem>
#include <fstream>

namespace {

using namespace lede::testing;

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = text.find('\n', start);
        lines.push_back(text.substr(start, end == std::string::npos ? std::string::npos : end - start));
        start = end == std::string::npos ? text.size() : end + 1;
    }
    return lines;
}

/// A tmpfs of `size` at `path`, unmounted when the object goes.
class SmallDisk {
public:
    SmallDisk(std::string path, const std::string& size) : path_(std::move(path)) {
        std::filesystem::create_directories(path_);
        const ProcessResult mounted =
            run_process({"mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", path_});
        BOOST_TEST_REQUIRE(mounted.exit_code == 0, "cannot mount a tmpfs (run as root): " << mounted);
    }
    ~SmallDisk() { (void)run_process({"umount", "-l", path_}); }
    SmallDisk(const SmallDisk&) = delete;
    SmallDisk& operator=(const SmallDisk&) = delete;

    void remount(const std::string& options) const {
        const ProcessResult done = run_process({"mount", "-o", "remount," + options, path_});
        BOOST_TEST_REQUIRE(done.exit_code == 0, done);
    }

private:
    std::string path_;
};

ProcessResult index(const std::string& db, const std::string& input) {
    return run_process(
        {LEDE_INDEX_EXE, "--db", db, "--batch-size", "100", "--no-extract", "--progress", "never", input});
}

std::size_t hits(const std::string& db, const std::string& query) {
    const ProcessResult result = run_process({LEDE_SEARCH_EXE, "--db", db, "--format", "json", query});
    BOOST_TEST_REQUIRE(result.exit_code == 0, result);
    const auto at = result.out.find("\"total\":");
    BOOST_TEST_REQUIRE(at != std::string::npos, result);
    return std::stoul(result.out.substr(at + 8));
}

} // namespace

BOOST_AUTO_TEST_SUITE(faults)

BOOST_AUTO_TEST_CASE(a_full_disk_ends_in_one_line_and_the_database_stays_searchable) {
    const TempDir dir;
    const SmallDisk disk(dir / "disk", "2m");
    const std::string db = dir / "disk/db";
    const std::string small = dir / "small.jsonl";
    const std::string large = dir / "large.jsonl";
    write_articles(small, 50, "firstbatch");
    {
        // Different words in every article, so the index outgrows the disk.
        std::ofstream out(large);
        for (int i = 0; i < 4000; ++i) {
            out << R"({"id": "big-)" << i << R"(", "lang": "en", "body": ")";
            for (int w = 0; w < 40; ++w) {
                out << "w" << i << "x" << w << ' ';
            }
            out << "\"}\n";
        }
    }
    BOOST_TEST_REQUIRE(index(db, small).exit_code == 0);
    const std::string before = signature(db);

    const ProcessResult full = index(db, large);
    BOOST_TEST(full.exit_code == 1, full);
    const std::vector<std::string> errors = lines_of(full.err);
    BOOST_TEST_REQUIRE(errors.size() == 1U, full);
    BOOST_TEST(errors[0].find("disk full") != std::string::npos, full);

    // What was committed is intact: it checks, it is whole batches, the first
    // articles are unchanged and a search still finds them.
    BOOST_TEST(run_process({"xapian-check", db}).exit_code == 0);
    const long documents = document_count(db);
    BOOST_TEST((documents >= 50 && (documents - 50) % 100 == 0), documents);
    BOOST_TEST(hits(db, "zqcanary00007") == 1U);
    if (documents == 50) {
        BOOST_TEST(signature(db) == before);
    }

    // With room again, a rerun completes the run.
    disk.remount("size=64m");
    const ProcessResult rerun = index(db, large);
    BOOST_TEST(rerun.exit_code == 0, rerun);
    BOOST_TEST(document_count(db) == 4050);
}

BOOST_AUTO_TEST_CASE(a_read_only_disk_ends_in_one_line_and_the_database_stays_searchable) {
    const TempDir dir;
    const SmallDisk disk(dir / "disk", "8m");
    const std::string db = dir / "disk/db";
    const std::string feed = dir / "feed.jsonl";
    write_articles(feed, 30, "readonly");
    BOOST_TEST_REQUIRE(index(db, feed).exit_code == 0);
    disk.remount("ro");

    const ProcessResult update = index(db, feed);
    BOOST_TEST(update.exit_code == 1, update);
    BOOST_TEST_REQUIRE(lines_of(update.err).size() == 1U, update);
    // Not "locked by another writer": the reason is the disk.
    BOOST_TEST(update.err.find("Read-only file system") != std::string::npos, update);
    BOOST_TEST(hits(db, "zqcanary00003") == 1U);

    const ProcessResult create = index(dir / "disk/new-db", feed);
    BOOST_TEST(create.exit_code == 1, create);
    BOOST_TEST(lines_of(create.err).size() == 1U, create);
    BOOST_TEST(!std::filesystem::exists(dir / "disk/new-db"));
}

BOOST_AUTO_TEST_CASE(a_database_path_under_a_file_ends_in_one_line) {
    const TempDir dir;
    const std::string feed = dir / "feed.jsonl";
    write_articles(feed, 3, "underfile");
    const ProcessResult result = index(feed + "/db", feed);
    BOOST_TEST(result.exit_code == 1, result);
    BOOST_TEST(lines_of(result.err).size() == 1U, result);
    BOOST_TEST(std::filesystem::is_regular_file(feed)); // the input is untouched
}

// A directory with Xapian's tables but no revision file is what an older
// creator left when killed mid-creation; it holds nothing and Xapian can
// neither open nor recreate it, so lede says so instead of a Xapian trace.
BOOST_AUTO_TEST_CASE(an_incomplete_database_directory_ends_in_one_line_that_says_so) {
    const TempDir dir;
    const std::string feed = dir / "feed.jsonl";
    write_articles(feed, 3, "incomplete");
    std::filesystem::create_directories(dir / "db");
    std::ofstream(dir / "db/postlist.glass") << "";
    const ProcessResult result = index(dir / "db", feed);
    BOOST_TEST(result.exit_code == 1, result);
    BOOST_TEST(lines_of(result.err).size() == 1U, result);
    BOOST_TEST(result.err.find("incomplete database") != std::string::npos, result);
}

BOOST_AUTO_TEST_SUITE_END()
