#pragma once

#include <lede/entity_table.h>
#include <lede/searcher.h>

#include <memory>
#include <string>
#include <unordered_map>
#include <xapian.h>

namespace lede {

/// Counts the ids of the newline-separated list in the entity slot, one per
/// document per id: Xapian's ValueCountMatchSpy counts one value per slot,
/// and an article mentions many entities. Local databases only (a remote
/// server would need it registered).
class EntityCountSpy : public Xapian::MatchSpy {
public:
    void operator()(const Xapian::Document& document, double weight) override;
    [[nodiscard]] std::string name() const override { return "lede.EntityCountSpy"; }
    [[nodiscard]] const std::unordered_map<std::string, std::size_t>& counts() const { return counts_; }
    /// Names in no table, as the documents describe them.
    [[nodiscard]] const std::unordered_map<std::string, HitEntity>& discovered() const { return discovered_; }

private:
    std::unordered_map<std::string, std::size_t> counts_;
    std::unordered_map<std::string, HitEntity> discovered_;
};

/// Counts the years of the newline-separated list in the mentioned-years
/// slot, one per document per year.
class MentionedYearSpy : public Xapian::MatchSpy {
public:
    void operator()(const Xapian::Document& document, double weight) override;
    [[nodiscard]] std::string name() const override { return "lede.MentionedYearSpy"; }
    [[nodiscard]] const std::unordered_map<std::string, std::size_t>& counts() const { return counts_; }

private:
    std::unordered_map<std::string, std::size_t> counts_;
};

/// Counts entity, date, mentioned-year, casualty and language facets over every match the
/// matcher sees.
class FacetCounter {
public:
    explicit FacetCounter(std::size_t top_entities);
    /// Registers the spies; they must outlive the get_mset() call.
    void attach(Xapian::Enquire& enquire);
    /// Facets of the last match; `approximate` when the spies saw fewer
    /// documents than matched (checkatleast capped).
    /// `entities` names the counted ids.
    [[nodiscard]] Facets collect(const Xapian::MSet& mset, const EntityTable& entities) const;

private:
    std::size_t top_entities_;
    std::unique_ptr<Xapian::ValueCountMatchSpy> lang_;
    std::unique_ptr<Xapian::ValueCountMatchSpy> date_;
    std::unique_ptr<Xapian::ValueCountMatchSpy> deaths_;
    std::unique_ptr<Xapian::ValueCountMatchSpy> injured_;
    std::unique_ptr<EntityCountSpy> entity_;
    std::unique_ptr<MentionedYearSpy> mentioned_;
};

} // namespace lede
