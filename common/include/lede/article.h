#pragma once

#include <string>

namespace lede {

/// One news article as read from input, after cleanup. Empty strings mean
/// "not given"; the indexer fills `lang` by detection and `title` from the
/// first sentence when they are empty.
struct Article {
    std::string id;     ///< unique id; from the record, else the path relative to the input root
    std::string title;  ///< headline
    std::string date;   ///< publication date, ISO 8601 `YYYY-MM-DD`, or empty
    std::string lang;   ///< ISO 639-1 code, or empty when unknown
    std::string body;   ///< cleaned text: valid UTF-8, no NUL or control characters but \n and \t
    std::string url;    ///< optional
    std::string source; ///< optional publisher name
};

} // namespace lede
