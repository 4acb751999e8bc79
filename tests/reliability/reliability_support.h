#pragma once

#include "tests/support/process.h"
#include "tests/support/temp_dir.h"

#include "common/term_scheme.h"
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <random>
#include <string>

#include <algorithm>
#include <xapian.h>

namespace lede::testing {

/// The seed of a randomised test: LEDE_TEST_SEED if set, else a fresh one.
/// Printed, so that a failure can be replayed.
inline std::uint64_t test_seed() {
    const char* given = std::getenv("LEDE_TEST_SEED");
    const std::uint64_t seed = given != nullptr ? std::strtoull(given, nullptr, 10) : std::random_device{}();
    std::cout << "LEDE_TEST_SEED=" << seed << std::endl;
    return seed;
}

/// `count` small articles with unique canary words (`zqcanary00042`), one
/// JSON object per line, in id order.
inline void write_articles(const std::string& path, int count, const std::string& variant = "") {
    std::ofstream out(path);
    for (int i = 0; i < count; ++i) {
        char canary[32];
        std::snprintf(canary, sizeof canary, "zqcanary%05d", i);
        out << R"({"id": "doc-)" << i << R"(", "lang": "en", "date": "2024-03-23", "title": "Report )" << i
            << R"(", "body": "Rescue teams searched the rubble on Saturday. )" << canary << ' ' << variant
            << R"( Officials said more updates would follow later in the day."})" << '\n';
    }
}

/// Number of documents, or -1 when there is no database (yet).
inline long document_count(const std::string& db) {
    try {
        return static_cast<long>(Xapian::Database(db, Xapian::DB_BACKEND_GLASS).get_doccount());
    } catch (const Xapian::DatabaseOpeningError&) {
        return -1;
    }
}

/// Ids and stored data of every document, sorted: equal for equal contents.
inline std::string signature(const std::string& db) {
    Xapian::Database database(db, Xapian::DB_BACKEND_GLASS);
    std::vector<std::string> entries;
    for (auto id = database.postlist_begin(""); id != database.postlist_end(""); ++id) {
        const Xapian::Document document = database.get_document(*id);
        entries.push_back(document.get_value(lede::term_scheme::kSlotId) + '\t' +
                          document.get_value(lede::term_scheme::kSlotRecord) + '\t' + document.get_data());
    }
    std::sort(entries.begin(), entries.end());
    std::string all;
    for (const std::string& entry : entries) {
        all += entry + '\n';
    }
    return std::to_string(entries.size()) + ":" + std::to_string(std::hash<std::string>{}(all));
}

} // namespace lede::testing
