#pragma once

// The small JSON Lines feeds the reindexing tests write and rewrite.

#include <fstream>
#include <string>

namespace lede::testing {

inline void write_file(const std::string& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
}

/// One English record dated 2024-03-23, titled "T <id>".
inline std::string record(const std::string& id, const std::string& body) {
    return R"({"id": ")" + id + R"(", "title": "T )" + id +
           R"(", "date": "2024-03-23", "lang": "en", "body": ")" + body + "\"}\n";
}

} // namespace lede::testing
