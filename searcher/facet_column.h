#pragma once

#include <lede/searcher.h>

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>
#include <xapian.h>

namespace lede {

/// Every document's facet fields (term_scheme::kSlotFacets) as small
/// integers, read once from the value stream, so that a searcher that facets
/// again counts a match by array increments instead of reading and parsing
/// its value: the spy reading and parsing each match's value was two thirds
/// of what facets added to a search (BENCHMARKS.md). Lucene's doc values with their ordinal map
/// play the same part. Memory: 20 bytes a document slot up to the last docid,
/// plus 4 bytes per entity mention and per mentioned year, plus each distinct
/// value once.
class FacetColumn {
public:
    static constexpr std::uint32_t kNone = 0xFFFFFFFFU;

    /// One document's fields; ordinals index the column's value tables.
    struct Fields {
        std::uint32_t lang = kNone;       ///< ordinal into langs()
        std::uint32_t day = kNone;        ///< ordinal into days()
        std::uint32_t first = 0;          ///< where its entities, then its years, start in the pool
        std::uint16_t entities = 0;       ///< how many entity ordinals follow `first`
        std::uint16_t years = 0;          ///< how many years follow them
        std::uint8_t deaths = kNoBucket;  ///< index into term_scheme::kCountBuckets
        std::uint8_t injured = kNoBucket; ///< likewise
        bool present = false;             ///< the document exists and has the value
    };
    static constexpr std::uint8_t kNoBucket = 0xFF;

    /// Reads the value of every document of `db` at its current revision.
    explicit FacetColumn(const Xapian::Database& db);

    /// The fields of `docid`, or nullptr for a docid the column has not seen.
    [[nodiscard]] const Fields* find(Xapian::docid docid) const noexcept {
        return docid < fields_.size() && fields_[docid].present ? &fields_[docid] : nullptr;
    }
    [[nodiscard]] std::span<const std::uint32_t> entities_of(const Fields& fields) const noexcept {
        return {pool_.data() + fields.first, fields.entities};
    }
    [[nodiscard]] std::span<const std::uint32_t> years_of(const Fields& fields) const noexcept {
        return {pool_.data() + fields.first + fields.entities, fields.years};
    }

    [[nodiscard]] const std::vector<std::string>& langs() const noexcept { return langs_; }
    [[nodiscard]] const std::vector<std::uint32_t>& days() const noexcept { return days_; } ///< YYYYMMDD
    [[nodiscard]] const std::vector<std::string>& entity_ids() const noexcept { return entity_ids_; }
    /// Names in no table, as the first document naming them describes them.
    [[nodiscard]] const std::unordered_map<std::string, HitEntity>& discovered() const noexcept {
        return discovered_;
    }
    /// The database revision and uuid the column was read at.
    [[nodiscard]] bool reads(const Xapian::Database& db) const;
    /// What the column holds, in bytes (its vectors' capacity, not the strings' heap).
    [[nodiscard]] std::size_t bytes() const noexcept;

private:
    std::vector<Fields> fields_; ///< by docid
    std::vector<std::uint32_t> pool_;
    std::vector<std::string> langs_;
    std::vector<std::uint32_t> days_;
    std::vector<std::string> entity_ids_;
    std::unordered_map<std::string, HitEntity> discovered_;
    Xapian::rev revision_ = 0;
    std::string uuid_;
};

} // namespace lede
