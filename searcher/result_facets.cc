#include "searcher/result_facets.h"

#include <lede/term_scheme.h>

#include <algorithm>
#include <map>

namespace lede {
namespace ts = term_scheme;

FacetCounter::FacetCounter()
    : lang_(std::make_unique<Xapian::ValueCountMatchSpy>(ts::kSlotLang)),
      date_(std::make_unique<Xapian::ValueCountMatchSpy>(ts::kSlotDate)) {}

void FacetCounter::attach(Xapian::Enquire& enquire) {
    enquire.add_matchspy(lang_.get());
    enquire.add_matchspy(date_.get());
}

Facets FacetCounter::collect(const Xapian::MSet& mset) const {
    Facets facets;
    for (auto value = lang_->values_begin(); value != lang_->values_end(); ++value) {
        facets.lang.push_back({*value, value.get_termfreq()});
    }
    std::stable_sort(facets.lang.begin(), facets.lang.end(),
                     [](const FacetValue& a, const FacetValue& b) { return a.count > b.count; });

    // The histogram's bucket follows the span: days within one month,
    // months within three years, years beyond.
    std::string low;
    std::string high;
    for (auto value = date_->values_begin(); value != date_->values_end(); ++value) {
        const std::string date = *value;
        if (low.empty() || date < low) {
            low = date;
        }
        high = std::max(high, date);
    }
    std::size_t width = 4;
    if (!low.empty()) {
        const int low_year = std::stoi(low.substr(0, 4));
        const int high_year = std::stoi(high.substr(0, 4));
        if (low.substr(0, 6) == high.substr(0, 6)) {
            width = 8;
        } else if (high_year - low_year <= 2) {
            width = 6;
        }
    }
    std::map<std::string, std::size_t> buckets;
    for (auto value = date_->values_begin(); value != date_->values_end(); ++value) {
        const std::string date = *value;
        if (date.size() == 8) {
            buckets[date.substr(0, width)] += value.get_termfreq();
        }
    }
    for (const auto& [bucket, count] : buckets) {
        std::string label = bucket.substr(0, 4);
        if (bucket.size() >= 6) {
            label += "-" + bucket.substr(4, 2);
        }
        if (bucket.size() == 8) {
            label += "-" + bucket.substr(6, 2);
        }
        facets.date.push_back({std::move(label), count});
    }
    facets.approximate = lang_->get_total() < mset.get_matches_estimated();
    return facets;
}

} // namespace lede
