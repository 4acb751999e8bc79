#pragma once

#include <lede/searcher.h>

#include "common/stored_record.h"

#include <optional>
#include <string>
#include <vector>

namespace lede {

/// An article's own figures (its largest of each kind, as the indexer resolved them).
struct ArticleTolls {
    std::optional<stored_record::ArticleFigure> deaths;
    std::optional<stored_record::ArticleFigure> injured;
};

/// Adds the figures an article's stored record states to `report`; `body` is
/// the article's body (the document data), where the figures' sentences are.
void collect_figures(const stored_record::Record& record, const std::string& body, FiguresReport& report);

/// Orders the figures by date, article and position, and computes the verdict
/// per kind from each article's own figure: the reports agree when all those
/// intervals overlap.
void conclude_figures(const std::vector<ArticleTolls>& tolls, FiguresReport& report);

} // namespace lede
