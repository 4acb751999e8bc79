#include "common/database_format.h"

#include <lede/analyzer.h>
#include <lede/error.h>
#include <lede/version.h>

#include "common/term_scheme.h"

#include <charconv>

namespace lede::detail {
namespace {

[[nodiscard]] int parse_version(const std::string& text) {
    int value = -1;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    return error == std::errc() && end == text.data() + text.size() ? value : -1;
}

} // namespace

void check_database_versions(const Xapian::Database& db, const std::string& path) {
    namespace ts = term_scheme;
    const std::string format = db.get_metadata(std::string(ts::kMetaFormat));
    if (format.empty()) {
        throw IndexError(path + " is not a lede database (no lede:format metadata)");
    }
    if (parse_version(format) != kIndexFormatVersion) {
        throw IndexError(path + ": database format " + format + " is not this lede's format " +
                         std::to_string(kIndexFormatVersion) + "; reindex into a new database");
    }
    const std::string analyzer = db.get_metadata(std::string(ts::kMetaAnalyzer));
    if (parse_version(analyzer) != kAnalyzerVersion) {
        throw IndexError(path + ": database built with analyzer version " + analyzer + ", this lede has " +
                         std::to_string(kAnalyzerVersion) + "; reindex into a new database");
    }
}

} // namespace lede::detail
