#pragma once

// Shared pieces of lede-serve's end-to-end tests: the corpus indexed once,
// one server on it for the tests that only read, and an HTTP client.
#include "tests/serve/e2e/serve_process.h"
#include "tests/support/process.h"
#include "tests/support/temp_dir.h"

#include <httplib.h>

#include <memory>
#include <string>
#include <vector>

namespace lede::testing {

/// corpus/ indexed by the real lede-index into a database only read after.
struct ServedCorpus {
    TempDir dir;
    std::string db = dir / "db";
    ProcessResult indexed = run_process({LEDE_INDEX_EXE, "--db", db, corpus_dir()});
    std::unique_ptr<ServeProcess> server = std::make_unique<ServeProcess>(
        std::vector<std::string>{"--db", db, "--threads", "4"}, dir / "serve.err");
};

inline ServedCorpus& served_corpus() {
    static ServedCorpus instance;
    return instance;
}

/// A client with generous timeouts: a sanitizer build is slow, and tests never assert timings.
inline std::unique_ptr<httplib::Client> client_for(int port) {
    auto client = std::make_unique<httplib::Client>("127.0.0.1", port);
    client->set_connection_timeout(30, 0);
    client->set_read_timeout(60, 0);
    client->set_write_timeout(30, 0);
    return client;
}

/// `lede-search` arguments (as in tests/data/e2e_queries.tsv) as the HTTP
/// request target that asks for the same thing.
std::string target_for(const std::vector<std::string>& args);

/// The rows of tests/data/e2e_queries.tsv.
std::vector<std::vector<std::string>> e2e_queries();

} // namespace lede::testing
