#include "searcher/facet_column.h"

#include <lede/error.h>

#include "common/term_scheme.h"

#include <limits>
#include <string_view>

namespace lede {
namespace ts = term_scheme;

namespace {

[[nodiscard]] std::uint8_t bucket(std::string_view label) {
    const std::size_t index = ts::count_bucket_index(label);
    return index < ts::kCountBuckets.size() ? static_cast<std::uint8_t>(index) : FacetColumn::kNoBucket;
}

/// Hands out ordinals for the distinct values of one field.
template <typename Value> class Ordinals {
public:
    explicit Ordinals(std::vector<Value>& values) : values_(values) {}
    template <typename Key> [[nodiscard]] std::uint32_t of(const Key& key) {
        const auto found = index_.find(key);
        if (found != index_.end()) {
            return found->second;
        }
        const auto ordinal = static_cast<std::uint32_t>(values_.size());
        values_.emplace_back(key);
        index_.emplace(Value(key), ordinal);
        return ordinal;
    }

private:
    std::vector<Value>& values_;
    std::unordered_map<Value, std::uint32_t> index_;
};

} // namespace

FacetColumn::FacetColumn(const Xapian::Database& db) : revision_(db.get_revision()), uuid_(db.get_uuid()) {
    fields_.resize(static_cast<std::size_t>(db.get_lastdocid()) + 1);
    Ordinals<std::string> langs(langs_);
    Ordinals<std::uint32_t> days(days_);
    Ordinals<std::string> entities(entity_ids_);
    for (auto value = db.valuestream_begin(ts::kSlotFacets); value != db.valuestream_end(ts::kSlotFacets);
         ++value) {
        const Xapian::docid docid = value.get_docid();
        if (docid >= fields_.size()) {
            fields_.resize(static_cast<std::size_t>(docid) + 1);
        }
        const std::string encoded = *value;
        const ts::FacetFieldsView view = ts::decode_facet_fields(encoded);
        Fields& fields = fields_[docid];
        fields.present = true;
        if (!view.lang.empty()) {
            fields.lang = langs.of(std::string(view.lang));
        }
        if (const auto day = ts::facet_digits(view.day, 8)) {
            fields.day = days.of(*day);
        }
        fields.deaths = bucket(view.deaths_bucket);
        fields.injured = bucket(view.injured_bucket);
        if (pool_.size() > std::numeric_limits<std::uint32_t>::max() - 0x20000U) {
            throw IndexError("more entity mentions and years than a facet column holds");
        }
        fields.first = static_cast<std::uint32_t>(pool_.size());
        ts::for_each_facet_line(view.entities, [&](std::string_view line) {
            const ts::FacetEntityLine entity = ts::decode_facet_entity(line);
            const std::string id(entity.id);
            if (id.empty() || fields.entities == std::numeric_limits<std::uint16_t>::max()) {
                return;
            }
            if (entity.discovered && !discovered_.contains(id)) {
                discovered_.emplace(id, HitEntity{id, std::string(entity.name), std::string(entity.type)});
            }
            pool_.push_back(entities.of(id));
            ++fields.entities;
        });
        ts::for_each_facet_line(view.mentioned_years, [&](std::string_view line) {
            if (const auto year = ts::facet_digits(line, 4);
                year && fields.years != std::numeric_limits<std::uint16_t>::max()) {
                pool_.push_back(*year);
                ++fields.years;
            }
        });
    }
}

bool FacetColumn::reads(const Xapian::Database& db) const {
    return db.get_revision() == revision_ && db.get_uuid() == uuid_;
}

std::size_t FacetColumn::bytes() const noexcept {
    return fields_.capacity() * sizeof(Fields) + pool_.capacity() * sizeof(std::uint32_t) +
           days_.capacity() * sizeof(std::uint32_t) +
           (langs_.capacity() + entity_ids_.capacity()) * sizeof(std::string);
}

} // namespace lede
