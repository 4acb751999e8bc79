// R4/R5: a dirty corpus. Every bad record is reported as one `path:line:
// reason` line, every good record is indexed, and hostile sizes stay bounded.
#include "tests/reliability/reliability_support.h"

#include <boost/test/unit_test.hpp>

#include <filesystem>
#include <sys/stat.h>
#include <unistd.h>

namespace {

using namespace lede::testing;

void write(const std::string& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary);
    out << bytes;
}

std::string good_record(const std::string& id) {
    return R"({"id": ")" + id + R"(", "lang": "en", "body": "A good record )" + id + R"( about floods."})";
}

} // namespace

BOOST_AUTO_TEST_SUITE(dirty_corpus)

BOOST_AUTO_TEST_CASE(every_bad_record_is_reported_and_every_good_one_indexed) {
    const TempDir dir;
    const std::filesystem::path in = dir.path() / "in";
    std::filesystem::create_directories(in);
    int good = 0;
    int bad = 0;

    // One feed mixing good lines with one record of each bad kind.
    std::string feed;
    const auto add_good = [&](const std::string& id) {
        feed += good_record(id) + "\n";
        ++good;
    };
    const auto add_bad = [&](const std::string& line) {
        feed += line + "\n";
        ++bad;
    };
    for (int i = 0; i < 500; ++i) {
        add_good("g" + std::to_string(i));
    }
    add_bad(R"({"id": "t1", "body": "truncated)");                 // truncated JSON
    add_bad(R"({"id": "t2", "title": 5, "body": "x"})");           // wrong type
    add_bad(R"({"id": "t3"})");                                    // missing body
    add_bad(R"({"id": "t4", "body": "   "})");                     // empty body
    add_bad(R"({"id": "t5", "date": "2024-02-30", "body": "x"})"); // impossible date
    add_bad(R"({"id": "t6", "lang": "english!", "body": "x"})");   // bad language
    add_bad(R"({"id": "", "body": "x"})");                         // empty id
    add_bad(R"([1, 2, 3])");                                       // not an object
    add_bad(std::string(100000, '[') + std::string(100000, ']'));  // nesting 100,000 deep
    add_bad(good_record("g7"));                                    // duplicate id
    add_bad(R"({"id": "t8", "body": null})");                      // null body
    add_bad(R"({"id": {"x": 1}, "body": "x"})");                   // id of the wrong type
    add_good(R"(nul-\u0000-inside)");                              // NUL escape: stripped
    feed +=
        R"({"id": "bad-utf8", "body": "caf)" + std::string("\xC3\x28") + R"( floods"})" + "\n"; // repaired
    ++good;
    add_good(std::string(300, 'L')); // an id over 245 bytes
    write((in / "feed.jsonl").string(), feed);

    write((in / "bom-crlf.jsonl").string(),
          "\xEF\xBB\xBF" + good_record("crlf1") + "\r\n" + good_record("crlf2") + "\r\n");
    good += 2;
    write((in / "empty.txt").string(), "");
    ++bad;
    write((in / "image.txt").string(),
          std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16) + std::string(200, '\0'));
    ++bad;
    write((in / "nothing.json").string(), "[]");
    write((in / "broken.json").string(), "[" + good_record("j1") + ", {\"id\": \"j2\"");
    ++good; // j1 is read before the cut
    ++bad;
    BOOST_TEST_REQUIRE(::mkfifo((in / "pipe.jsonl").c_str(), 0600) == 0);
    ++bad;
    std::filesystem::create_directories(in / "loop");
    std::filesystem::create_directory_symlink("..", in / "loop" / "up");
    ++bad;
    write((in / "article.txt").string(),
          "date 2024-03-23\n\nA plain text report about floods.\n\nAdvertisment\n");
    ++good;

    const ProcessResult result =
        run_process({LEDE_INDEX_EXE, "--db", dir / "db", "--progress", "never", in.string()});
    BOOST_TEST(result.exit_code == 3, result); // some rejected, all others indexed
    std::size_t problems = 0;
    std::size_t warnings = 0;
    for (const std::string& line : split_lines(result.err)) {
        const bool warning = line.ends_with("(warning)");
        (warning ? warnings : problems) += 1;
        BOOST_TEST(line.find(in.string()) == 0U, line); // every line names the file
    }
    BOOST_TEST(problems == static_cast<std::size_t>(bad), result.err);
    BOOST_TEST(warnings >= 1U, result.err); // the repaired UTF-8
    BOOST_TEST(document_count(dir / "db") == good);
    BOOST_TEST(result.out.find(std::to_string(bad) + " rejected") != std::string::npos, result.out);
}

BOOST_AUTO_TEST_CASE(a_huge_line_is_rejected_and_the_rest_of_the_file_indexed) {
    const TempDir dir;
    const std::string feed = dir / "huge.jsonl";
    {
        std::ofstream out(feed, std::ios::binary);
        out << R"({"id": "huge", "body": ")" << std::string(20 * 1024 * 1024, 'a') << "\"}\n";
        out << good_record("after") << '\n';
    }
    const ProcessResult result =
        run_process({LEDE_INDEX_EXE, "--db", dir / "db", "--progress", "never", feed});
    BOOST_TEST(result.exit_code == 3, result);
    BOOST_TEST(split_lines(result.err).size() == 1U, result.err);
    BOOST_TEST(result.err.find("huge.jsonl:1:") != std::string::npos, result.err);
    BOOST_TEST(document_count(dir / "db") == 1);
}

BOOST_AUTO_TEST_SUITE_END()
