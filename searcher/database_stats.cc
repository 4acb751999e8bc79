#include "searcher/database_stats.h"

#include "common/term_scheme.h"

#include <filesystem>

namespace lede {
namespace ts = term_scheme;
namespace {

[[nodiscard]] std::string iso_date(const std::string& compact) {
    if (compact.size() != 8) {
        return {};
    }
    return compact.substr(0, 4) + "-" + compact.substr(4, 2) + "-" + compact.substr(6, 2);
}

} // namespace

Stats database_stats(const Xapian::Database& db, const std::vector<std::string>& directories) {
    Stats stats;
    stats.documents = db.get_doccount();
    const std::string lang_prefix(ts::kLang);
    for (auto term = db.allterms_begin(lang_prefix); term != db.allterms_end(lang_prefix); ++term) {
        stats.languages[(*term).substr(lang_prefix.size())] = term.get_termfreq();
    }
    // The first and last publication days from the day terms of the first
    // and last year: a few hundred terms instead of every document's date
    // value (5 ms at 100k articles), and exact after deletions, which
    // Xapian's value bounds are not.
    const std::string year_prefix(ts::kYear);
    std::vector<std::string> years;
    for (auto term = db.allterms_begin(year_prefix); term != db.allterms_end(year_prefix); ++term) {
        years.push_back((*term).substr(year_prefix.size()));
    }
    std::string low;
    std::string high;
    if (!years.empty()) {
        const std::string first_days = std::string(ts::kDay) + years.front();
        if (auto term = db.allterms_begin(first_days); term != db.allterms_end(first_days)) {
            low = (*term).substr(ts::kDay.size());
        }
        const std::string last_days = std::string(ts::kDay) + years.back();
        for (auto term = db.allterms_begin(last_days); term != db.allterms_end(last_days); ++term) {
            high = (*term).substr(ts::kDay.size());
        }
    }
    stats.checkpoint = db.get_metadata(std::string(ts::kMetaCheckpoint));
    stats.date_min = iso_date(low);
    stats.date_max = iso_date(high);
    for (const std::string& directory : directories) {
        std::error_code error;
        for (const auto& entry : std::filesystem::directory_iterator(directory, error)) {
            std::error_code size_error;
            if (entry.is_regular_file(size_error)) {
                const auto size = entry.file_size(size_error);
                if (!size_error) {
                    stats.size_bytes += size;
                }
            }
        }
    }
    return stats;
}

} // namespace lede
