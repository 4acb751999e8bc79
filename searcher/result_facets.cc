#include "searcher/result_facets.h"

#include <lede/term_scheme.h>

#include <algorithm>
#include <map>

namespace lede {
namespace ts = term_scheme;

namespace {

/// Buckets in the order of their counts' size, not alphabetically.
[[nodiscard]] std::vector<FacetValue> bucket_counts(const Xapian::ValueCountMatchSpy& spy) {
    static const std::vector<std::string> kOrder = {"0", "1..9", "10..99", "100..999", "1000.."};
    std::map<std::string, std::size_t> counts;
    for (auto value = spy.values_begin(); value != spy.values_end(); ++value) {
        counts[*value] = value.get_termfreq();
    }
    std::vector<FacetValue> out;
    for (const std::string& bucket : kOrder) {
        if (const auto found = counts.find(bucket); found != counts.end()) {
            out.push_back({bucket, found->second});
        }
    }
    return out;
}

} // namespace

void EntityCountSpy::operator()(const Xapian::Document& document, double) {
    for (std::string& line : ts::split_list(document.get_value(ts::kSlotEntities), '\n')) {
        const std::size_t tab = line.find('\t');
        if (tab == std::string::npos) {
            ++counts_[std::move(line)];
            continue;
        }
        // A discovered name: `id<TAB>type<TAB>name`.
        std::string id = line.substr(0, tab);
        if (!discovered_.contains(id)) {
            const std::size_t second = line.find('\t', tab + 1);
            const std::string type =
                line.substr(tab + 1, second == std::string::npos ? std::string::npos : second - tab - 1);
            const std::string name = second == std::string::npos ? id : line.substr(second + 1);
            discovered_.emplace(id, HitEntity{id, name, type});
        }
        ++counts_[std::move(id)];
    }
}

void MentionedYearSpy::operator()(const Xapian::Document& document, double) {
    for (std::string& year : ts::split_list(document.get_value(ts::kSlotMentionedYears), '\n')) {
        ++counts_[std::move(year)];
    }
}

FacetCounter::FacetCounter(std::size_t top_entities)
    : top_entities_(top_entities), lang_(std::make_unique<Xapian::ValueCountMatchSpy>(ts::kSlotLang)),
      date_(std::make_unique<Xapian::ValueCountMatchSpy>(ts::kSlotDate)),
      deaths_(std::make_unique<Xapian::ValueCountMatchSpy>(ts::kSlotDeathsBucket)),
      injured_(std::make_unique<Xapian::ValueCountMatchSpy>(ts::kSlotInjuredBucket)),
      entity_(std::make_unique<EntityCountSpy>()), mentioned_(std::make_unique<MentionedYearSpy>()) {}

void FacetCounter::attach(Xapian::Enquire& enquire) {
    enquire.add_matchspy(lang_.get());
    enquire.add_matchspy(date_.get());
    enquire.add_matchspy(deaths_.get());
    enquire.add_matchspy(injured_.get());
    enquire.add_matchspy(entity_.get());
    enquire.add_matchspy(mentioned_.get());
}

Facets FacetCounter::collect(const Xapian::MSet& mset, const EntityTable& entities) const {
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
    std::vector<std::pair<std::string, std::size_t>> years(mentioned_->counts().begin(),
                                                           mentioned_->counts().end());
    std::sort(years.begin(), years.end(), [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    years.resize(std::min(years.size(), Facets::kMentionedYears));
    std::sort(years.begin(), years.end());
    for (auto& [year, count] : years) {
        facets.mentioned.push_back({std::move(year), count});
    }
    facets.deaths = bucket_counts(*deaths_);
    facets.injured = bucket_counts(*injured_);

    std::vector<std::pair<std::string, std::size_t>> ranked(entity_->counts().begin(),
                                                            entity_->counts().end());
    std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    for (const auto& [id, count] : ranked) {
        if (facets.entity.size() >= top_entities_) {
            break;
        }
        if (const Entity* entity = entities.find(id); entity != nullptr) {
            facets.entity.push_back(
                {HitEntity{id, entity->name, std::string(entity_type_name(entity->type))}, count});
        } else if (const auto found = entity_->discovered().find(id); found != entity_->discovered().end()) {
            facets.entity.push_back({found->second, count});
        } else {
            facets.entity.push_back({HitEntity{id, id, std::string()}, count});
        }
    }
    facets.approximate = lang_->get_total() < mset.get_matches_estimated();
    return facets;
}

} // namespace lede
