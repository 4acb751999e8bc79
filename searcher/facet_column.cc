#include "searcher/facet_column.h"

#include <lede/error.h>
#include <lede/term_scheme.h>

#include <charconv>
#include <limits>
#include <optional>
#include <string_view>

namespace lede {
namespace ts = term_scheme;

namespace {

/// The value of exactly `width` ASCII digits, or nothing.
[[nodiscard]] std::optional<std::uint32_t> fixed_digits(std::string_view text, std::size_t width) {
    std::uint32_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.size() != width || error != std::errc() || end != text.data() + text.size()) {
        return std::nullopt;
    }
    return value;
}

[[nodiscard]] std::uint8_t bucket_index(std::string_view label) {
    for (std::size_t i = 0; i < ts::kCountBuckets.size(); ++i) {
        if (label == ts::kCountBuckets[i]) {
            return static_cast<std::uint8_t>(i);
        }
    }
    return FacetColumn::kNoBucket;
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

template <typename Each> void for_each_line(std::string_view list, Each&& each) {
    while (!list.empty()) {
        const std::size_t end = list.find('\n');
        if (end != 0) {
            each(list.substr(0, end));
        }
        if (end == std::string_view::npos) {
            break;
        }
        list.remove_prefix(end + 1);
    }
}

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
        if (const auto day = fixed_digits(view.day, 8)) {
            fields.day = days.of(*day);
        }
        fields.deaths = bucket_index(view.deaths_bucket);
        fields.injured = bucket_index(view.injured_bucket);
        if (pool_.size() > std::numeric_limits<std::uint32_t>::max() - 0x20000U) {
            throw IndexError("more entity mentions and years than a facet column holds");
        }
        fields.first = static_cast<std::uint32_t>(pool_.size());
        for_each_line(view.entities, [&](std::string_view line) {
            const std::size_t tab = line.find('\t');
            const std::string id(line.substr(0, tab));
            if (id.empty() || fields.entities == std::numeric_limits<std::uint16_t>::max()) {
                return;
            }
            if (tab != std::string_view::npos && !discovered_.contains(id)) {
                // A discovered name: `id<TAB>type<TAB>name`.
                const std::string_view rest = line.substr(tab + 1);
                const std::size_t second = rest.find('\t');
                const std::string_view type = rest.substr(0, second);
                const std::string_view name =
                    second == std::string_view::npos ? std::string_view(id) : rest.substr(second + 1);
                discovered_.emplace(id, HitEntity{id, std::string(name), std::string(type)});
            }
            pool_.push_back(entities.of(id));
            ++fields.entities;
        });
        for_each_line(view.mentioned_years, [&](std::string_view line) {
            if (const auto year = fixed_digits(line, 4);
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
