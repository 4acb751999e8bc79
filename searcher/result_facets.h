#pragma once

#include <lede/searcher.h>

#include "common/entities/entity_table.h"
#include "common/term_scheme.h"
#include "searcher/facet_column.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>
#include <xapian.h>

namespace lede {

/// Hashes std::string and std::string_view alike, so counting a field read
/// as a view allocates nothing for a value already seen.
struct ViewHash {
    using is_transparent = void;
    [[nodiscard]] std::size_t operator()(std::string_view text) const noexcept {
        return std::hash<std::string_view>{}(text);
    }
};
using FacetCounts = std::unordered_map<std::string, std::size_t, ViewHash, std::equal_to<>>;

/// Counts every facet of every match the matcher sees from the one value
/// that holds them (term_scheme::kSlotFacets): one value read per match
/// rather than one per facet; or, given a FacetColumn of the database, from
/// the column by docid, reading no value. Local databases only (a remote
/// server would need it registered): a cluster counts with Xapian's
/// ValueCountMatchSpy, which stock servers run, and hands its counts of
/// distinct values to count_encoded().
class FacetSpy : public Xapian::MatchSpy {
public:
    /// `column`, when given, must be of the database searched and outlive the spy.
    explicit FacetSpy(const FacetColumn* column = nullptr);
    void operator()(const Xapian::Document& document, double weight) override;
    [[nodiscard]] std::string name() const override { return "lede.FacetSpy"; }
    /// Counts `times` documents holding the encoded facet value `value`.
    void count_encoded(std::string_view value, std::size_t times);

    [[nodiscard]] std::size_t documents_seen() const { return seen_; }
    // The counts by value (the spy keeps them in cheaper forms while counting).
    [[nodiscard]] FacetCounts lang() const;
    [[nodiscard]] FacetCounts day() const; ///< `YYYYMMDD`
    [[nodiscard]] FacetCounts deaths() const;
    [[nodiscard]] FacetCounts injured() const;
    [[nodiscard]] FacetCounts mentioned_years() const;
    /// One per document per id.
    [[nodiscard]] FacetCounts entities() const;
    /// Names in no table, as the documents describe them.
    [[nodiscard]] const std::unordered_map<std::string, HitEntity>& discovered() const;

private:
    static constexpr std::size_t kBuckets = term_scheme::kCountBuckets.size();
    using BucketCounts = std::array<std::size_t, kBuckets>;

    void count_column(const Xapian::Document& document);
    void count_entity(std::string_view line, std::size_t times);
    static void count_bucket(BucketCounts& counts, std::string_view label, std::size_t times);
    [[nodiscard]] static FacetCounts bucket_map(const BucketCounts& counts);

    const FacetColumn* column_;
    std::size_t seen_ = 0;
    std::vector<std::pair<std::string, std::size_t>> lang_; ///< a few languages: a scan beats hashing
    std::unordered_map<std::uint32_t, std::size_t> day_;
    BucketCounts deaths_{};
    BucketCounts injured_{};
    FacetCounts entities_;
    std::unordered_map<std::string, HitEntity> discovered_;
    std::vector<std::size_t> years_ = std::vector<std::size_t>(10000); ///< by year 0000–9999
    // With a column: counts by the column's ordinals.
    std::vector<std::size_t> lang_by_ordinal_;
    std::vector<std::size_t> day_by_ordinal_;
    std::vector<std::size_t> entity_by_ordinal_;
};

/// Counts entity, date, mentioned-year, casualty and language facets over
/// every match the matcher sees.
class FacetCounter {
public:
    /// `column`: as for FacetSpy. `shards`: count with a spy that remote
    /// shard servers run (Xapian's ValueCountMatchSpy).
    FacetCounter(std::size_t top_entities, const FacetColumn* column, bool shards = false)
        : top_entities_(top_entities), spy_(column) {
        if (shards) {
            value_spy_.emplace(term_scheme::kSlotFacets);
        }
    }
    /// Registers the spy; it must outlive the get_mset() call.
    void attach(Xapian::Enquire& enquire);
    /// Facets of the last match; `approximate` when the spy saw fewer
    /// documents than matched (checkatleast capped).
    /// `entities` names the counted ids.
    [[nodiscard]] Facets collect(const Xapian::MSet& mset, const EntityTable& entities);

private:
    std::size_t top_entities_;
    FacetSpy spy_;
    std::optional<Xapian::ValueCountMatchSpy> value_spy_; ///< with shards
    bool absorbed_ = false;
};

} // namespace lede
