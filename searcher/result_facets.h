#pragma once

#include <lede/searcher.h>

#include <memory>
#include <xapian.h>

namespace lede {

/// Counts language and date facets over every match the matcher sees.
class FacetCounter {
public:
    FacetCounter();
    /// Registers the spies; they must outlive the get_mset() call.
    void attach(Xapian::Enquire& enquire);
    /// Facets of the last match; `approximate` when the spies saw fewer
    /// documents than matched (checkatleast capped).
    [[nodiscard]] Facets collect(const Xapian::MSet& mset) const;

private:
    std::unique_ptr<Xapian::ValueCountMatchSpy> lang_;
    std::unique_ptr<Xapian::ValueCountMatchSpy> date_;
};

} // namespace lede
