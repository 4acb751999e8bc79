#include "searcher/result_facets.h"

#include "common/term_scheme.h"

#include <algorithm>
#include <charconv>
#include <map>
#include <optional>

namespace lede {
namespace ts = term_scheme;

namespace {

/// Buckets in the order of their counts' size, not alphabetically.
[[nodiscard]] std::vector<FacetValue> bucket_counts(const FacetCounts& counts) {
    std::vector<FacetValue> out;
    for (const std::string_view bucket : ts::kCountBuckets) {
        if (const auto found = counts.find(bucket); found != counts.end()) {
            out.push_back({std::string(bucket), found->second});
        }
    }
    return out;
}

} // namespace

FacetSpy::FacetSpy(const FacetColumn* column) : column_(column) {
    if (column_ != nullptr) {
        lang_by_ordinal_.resize(column_->langs().size());
        day_by_ordinal_.resize(column_->days().size());
        entity_by_ordinal_.resize(column_->entity_ids().size());
    }
}

void FacetSpy::operator()(const Xapian::Document& document, double) {
    if (column_ != nullptr) {
        ++seen_;
        count_column(document);
    } else {
        count_encoded(document.get_value(ts::kSlotFacets), 1);
    }
}

void FacetSpy::count_column(const Xapian::Document& document) {
    const FacetColumn::Fields* fields = column_->find(document.get_docid());
    if (fields == nullptr) {
        return;
    }
    if (fields->lang != FacetColumn::kNone) {
        ++lang_by_ordinal_[fields->lang];
    }
    if (fields->day != FacetColumn::kNone) {
        ++day_by_ordinal_[fields->day];
    }
    if (fields->deaths != FacetColumn::kNoBucket) {
        ++deaths_[fields->deaths];
    }
    if (fields->injured != FacetColumn::kNoBucket) {
        ++injured_[fields->injured];
    }
    for (const std::uint32_t entity : column_->entities_of(*fields)) {
        ++entity_by_ordinal_[entity];
    }
    for (const std::uint32_t year : column_->years_of(*fields)) {
        ++years_[year];
    }
}

void FacetSpy::count_encoded(std::string_view value, std::size_t times) {
    seen_ += times;
    const ts::FacetFieldsView fields = ts::decode_facet_fields(value);
    if (!fields.lang.empty()) {
        const auto found = std::find_if(lang_.begin(), lang_.end(),
                                        [&fields](const auto& entry) { return entry.first == fields.lang; });
        if (found != lang_.end()) {
            found->second += times;
        } else {
            lang_.emplace_back(std::string(fields.lang), times);
        }
    }
    if (const auto day = ts::facet_digits(fields.day, 8)) {
        day_[*day] += times;
    }
    count_bucket(deaths_, fields.deaths_bucket, times);
    count_bucket(injured_, fields.injured_bucket, times);
    ts::for_each_facet_line(fields.entities,
                            [this, times](std::string_view line) { count_entity(line, times); });
    ts::for_each_facet_line(fields.mentioned_years, [this, times](std::string_view year) {
        if (const auto number = ts::facet_digits(year, 4)) {
            years_[*number] += times;
        }
    });
}

void FacetSpy::count_bucket(BucketCounts& counts, std::string_view label, std::size_t times) {
    if (const std::size_t bucket = ts::count_bucket_index(label); bucket < kBuckets) {
        counts[bucket] += times;
    }
}

FacetCounts FacetSpy::bucket_map(const BucketCounts& counts) {
    FacetCounts out;
    for (std::size_t i = 0; i < kBuckets; ++i) {
        if (counts[i] != 0) {
            out.emplace(std::string(ts::kCountBuckets[i]), counts[i]);
        }
    }
    return out;
}

void FacetSpy::count_entity(std::string_view line, std::size_t times) {
    const ts::FacetEntityLine entity = ts::decode_facet_entity(line);
    if (entity.id.empty()) {
        return;
    }
    if (const auto found = entities_.find(entity.id); found != entities_.end()) {
        found->second += times;
        return;
    }
    entities_.emplace(std::string(entity.id), times);
    if (entity.discovered) {
        discovered_.emplace(
            std::string(entity.id),
            HitEntity{std::string(entity.id), std::string(entity.name), std::string(entity.type)});
    }
}

FacetCounts FacetSpy::lang() const {
    FacetCounts out(lang_.begin(), lang_.end());
    for (std::size_t ordinal = 0; ordinal < lang_by_ordinal_.size(); ++ordinal) {
        if (lang_by_ordinal_[ordinal] != 0) {
            out[column_->langs()[ordinal]] += lang_by_ordinal_[ordinal];
        }
    }
    return out;
}

FacetCounts FacetSpy::day() const {
    std::unordered_map<std::uint32_t, std::size_t> days = day_;
    for (std::size_t ordinal = 0; ordinal < day_by_ordinal_.size(); ++ordinal) {
        if (day_by_ordinal_[ordinal] != 0) {
            days[column_->days()[ordinal]] += day_by_ordinal_[ordinal];
        }
    }
    FacetCounts out;
    for (const auto& [day, count] : days) {
        std::string text = std::to_string(day);
        out.emplace(std::string(8 - std::min<std::size_t>(8, text.size()), '0') + text, count);
    }
    return out;
}

FacetCounts FacetSpy::entities() const {
    FacetCounts out = entities_;
    for (std::size_t ordinal = 0; ordinal < entity_by_ordinal_.size(); ++ordinal) {
        if (entity_by_ordinal_[ordinal] != 0) {
            out[column_->entity_ids()[ordinal]] += entity_by_ordinal_[ordinal];
        }
    }
    return out;
}

const std::unordered_map<std::string, HitEntity>& FacetSpy::discovered() const {
    return column_ != nullptr ? column_->discovered() : discovered_;
}

FacetCounts FacetSpy::deaths() const {
    return bucket_map(deaths_);
}

FacetCounts FacetSpy::injured() const {
    return bucket_map(injured_);
}

FacetCounts FacetSpy::mentioned_years() const {
    FacetCounts out;
    for (std::size_t year = 0; year < years_.size(); ++year) {
        if (years_[year] != 0) {
            std::string text = std::to_string(year);
            out.emplace(std::string(4 - text.size(), '0') + text, years_[year]);
        }
    }
    return out;
}

void FacetCounter::attach(Xapian::Enquire& enquire) {
    if (value_spy_) {
        enquire.add_matchspy(&*value_spy_);
    } else {
        enquire.add_matchspy(&spy_);
    }
}

Facets FacetCounter::collect(const Xapian::MSet& mset, const EntityTable& entities) {
    if (value_spy_ && !absorbed_) {
        absorbed_ = true;
        const Xapian::ValueCountMatchSpy& counted = *value_spy_;
        for (auto value = counted.values_begin(); value != counted.values_end(); ++value) {
            spy_.count_encoded(*value, value.get_termfreq());
        }
        // Documents without the value were seen too.
        const std::size_t with_value = spy_.documents_seen();
        if (counted.get_total() > with_value) {
            spy_.count_encoded({}, counted.get_total() - with_value);
        }
    }
    Facets facets;
    const FacetCounts days = spy_.day();
    const FacetCounts mentioned_years = spy_.mentioned_years();
    for (const auto& [lang, count] : spy_.lang()) {
        facets.lang.push_back({lang, count});
    }
    std::sort(facets.lang.begin(), facets.lang.end(), [](const FacetValue& a, const FacetValue& b) {
        return a.count != b.count ? a.count > b.count : a.value < b.value;
    });

    // The histogram's bucket follows the span: days within one month,
    // months within three years, years beyond.
    std::string low;
    std::string high;
    for (const auto& [date, count] : days) {
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
    for (const auto& [date, count] : days) {
        if (date.size() == 8) {
            buckets[date.substr(0, width)] += count;
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
    std::vector<std::pair<std::string, std::size_t>> years(mentioned_years.begin(), mentioned_years.end());
    std::sort(years.begin(), years.end(), [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    years.resize(std::min(years.size(), Facets::kMentionedYears));
    std::sort(years.begin(), years.end());
    for (auto& [year, count] : years) {
        facets.mentioned.push_back({std::move(year), count});
    }
    facets.deaths = bucket_counts(spy_.deaths());
    facets.injured = bucket_counts(spy_.injured());

    const FacetCounts entity_counts = spy_.entities();
    std::vector<std::pair<std::string, std::size_t>> ranked(entity_counts.begin(), entity_counts.end());
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
        } else if (const auto found = spy_.discovered().find(id); found != spy_.discovered().end()) {
            facets.entity.push_back({found->second, count});
        } else {
            facets.entity.push_back({HitEntity{id, id, std::string()}, count});
        }
    }
    facets.approximate = spy_.documents_seen() < mset.get_matches_estimated();
    return facets;
}

} // namespace lede
