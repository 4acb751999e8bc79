#pragma once

#include <lede/searcher.h>

#include <string>
#include <vector>
#include <xapian.h>

namespace lede {

/// The statistics of `db` (one database or the shards combined); the size is
/// that of the files in `directories` (a cluster's remote shards have none here).
[[nodiscard]] Stats database_stats(const Xapian::Database& db, const std::vector<std::string>& directories);

} // namespace lede
