#pragma once

#include <string>
#include <xapian.h>

namespace lede::detail {

/// Refuses a database this lede cannot read: one without `lede:format` (not
/// a lede database), or one of another index format or analyser version.
/// The same rule for the writer and the searcher. Throws IndexError.
void check_database_versions(const Xapian::Database& db, const std::string& path);

} // namespace lede::detail
