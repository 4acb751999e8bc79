#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>
#include <xapian.h>

/// The stem → words table (term_scheme::kStemForms) as user metadata: key
/// `Z` + stem, value the words joined by NUL, sorted. It was Xapian's synonym
/// table until lede searched shards over Xapian's remote backend, which in
/// 1.4 does not serve synonyms; metadata it serves, one key a round trip.
namespace lede::stem_forms {

[[nodiscard]] std::string key(std::string_view stem);
[[nodiscard]] std::string encode(const std::set<std::string>& words);
/// Adds the words of an encoded value to `words`.
void decode_into(std::string_view value, std::set<std::string>& words);
/// The words stored under `entry` (a key) in one database (a single shard:
/// on a combined database Xapian reads the first shard's metadata only).
[[nodiscard]] std::vector<std::string> read(const Xapian::Database& db, const std::string& entry);

} // namespace lede::stem_forms
