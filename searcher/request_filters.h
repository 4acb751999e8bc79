#pragma once

#include <lede/searcher.h>

#include "searcher/query/ast.h"
#include "searcher/query/query_builder.h"

#include <vector>

// A request's fields checked and turned into the query fields they stand for.
namespace lede {

/// Throws InvalidArgument when `limit` or `offset + limit` is over its limit.
void validate_request(const SearchRequest& request);

/// The request's options as the query fields they stand for: `--lang en
/// --lang ru` is `lang:en,ru`, `--from A --to B` is `date:A..B`, each
/// `--entity` an `entity:`, and so on, so an option obeys exactly the rules
/// of its field.
[[nodiscard]] std::vector<query::OptionFilter> option_filters(const SearchRequest& request);

/// Whether the query filters by a casualty figure (`deaths:`, `injured:`).
[[nodiscard]] bool has_casualty_field(const query::Node& node);

} // namespace lede
