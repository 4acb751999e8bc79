#pragma once

#include <cstddef>

namespace lede::limits {

/// Documented defaults that keep hostile input and queries bounded. Each is
/// enforced where the input enters lede and reported as a one-line error.
inline constexpr std::size_t kMaxQueryBytes = 4096;        ///< query text
inline constexpr std::size_t kMaxQueryDepth = 32;          ///< nested parentheses / NOT
inline constexpr std::size_t kMaxQueryTerms = 256;         ///< leaf terms after analysis
inline constexpr std::size_t kMaxWildcardExpansion = 1000; ///< terms one `foo*` may expand to
inline constexpr std::size_t kMaxStemForms = 4096; ///< indexed forms the stems of a query's words expand to
inline constexpr std::size_t kMaxLimit = 1000;     ///< hits per page
inline constexpr std::size_t kMaxOffsetPlusLimit = 10000;  ///< deepest page
inline constexpr std::size_t kMaxSnippetInput = 64 * 1024; ///< bytes of a document the highlighter reads
inline constexpr std::size_t kMaxRecordBytes =
    8 * 1024 * 1024;                             ///< one article's text (body truncated beyond)
inline constexpr std::size_t kMaxJsonDepth = 64; ///< nesting in JSON input
inline constexpr std::size_t kMaxTermBytes = 64; ///< longer tokens are not indexed (URLs, debris)
inline constexpr std::size_t kMaxIdBytes = 200;  ///< longer ids are stored hashed in the Q term
/// Shards one cluster file may list: a search holds a connection to each.
inline constexpr std::size_t kMaxShards = 256;

} // namespace lede::limits
