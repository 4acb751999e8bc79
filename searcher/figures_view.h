#pragma once

#include <lede/searcher.h>

#include <nlohmann/json_fwd.hpp>

namespace lede {

/// Adds the figures an article's stored record states to `report`; `body` is
/// the article's body (the document data), where the figures' sentences are.
void collect_figures(const nlohmann::json& record, const std::string& body, FiguresReport& report);

/// Orders the figures by date, article and position, and computes the verdict
/// per kind from each article's own figure (its largest, as the indexer
/// resolved it): the reports agree when all those intervals overlap.
void conclude_figures(const std::vector<nlohmann::json>& article_casualties, FiguresReport& report);

} // namespace lede
