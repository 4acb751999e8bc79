// Security checklist items that a test can hold: a database path can never
// make Xapian start a program, and ids cannot write outside the database.
#include "tests/reliability/reliability_support.h"

#include <boost/test/unit_test.hpp>

#include <filesystem>

namespace {
using namespace lede::testing;
}

BOOST_AUTO_TEST_SUITE(security)

BOOST_AUTO_TEST_CASE(a_stub_database_file_never_starts_a_program) {
    // Xapian reads "remote :program" from a stub file and would run it; lede
    // opens every path with the glass backend only.
    const TempDir dir;
    const std::string marker = dir / "started";
    for (const std::string& stub : {dir / "stub", dir / "stubdir"}) {
        std::string path = stub;
        if (stub.ends_with("stubdir")) {
            std::filesystem::create_directories(stub);
            path = stub + "/XAPIANDB";
        }
        std::ofstream(path) << "remote :touch " << marker << "\n";
        const ProcessResult searched = run_process({LEDE_SEARCH_EXE, "--db", stub, "crocus"});
        BOOST_TEST(searched.exit_code == 1, searched);
        const ProcessResult indexed =
            run_process({LEDE_INDEX_EXE, "--db", stub, corpus_dir() + "/samples/en/valencia-floods.txt"});
        // A stub file is refused; a directory holding one gets a glass
        // database beside the stub, which is never read.
        BOOST_TEST((indexed.exit_code == 1 || stub.ends_with("stubdir")), indexed);
        BOOST_TEST(!std::filesystem::exists(marker));
    }
}

BOOST_AUTO_TEST_CASE(ids_that_look_like_paths_write_nothing_outside_the_database) {
    const TempDir dir;
    const std::string feed = dir / "feed.jsonl";
    std::ofstream(feed) << R"({"id": "../../escaped", "body": "path traversal attempt"})" << '\n'
                        << R"({"id": "/tmp/absolute", "body": "absolute path id"})" << '\n';
    const ProcessResult result = run_process({LEDE_INDEX_EXE, "--db", dir / "db", feed});
    BOOST_TEST(result.exit_code == 0, result);
    BOOST_TEST(!std::filesystem::exists(dir.path().parent_path() / "escaped"));
    BOOST_TEST(document_count(dir / "db") == 2);
}

BOOST_AUTO_TEST_SUITE_END()
