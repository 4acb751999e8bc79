#pragma once

#include "common/entities/alias_layer.h"

#include <string_view>
#include <vector>

namespace lede::detail {

/// A place of the GeoNames layer, as views into the data compiled in.
struct LayerEntity {
    std::string_view id;
    std::string_view name;     ///< English
    std::string_view parents;  ///< comma-separated ids
    std::string_view geonames; ///< GeoNames id or CC.ADMIN1 code
};

/// GeoNames' cities and first-level regions as lede entities and aliases,
/// computed at build time (tools/) and compiled into lede_common as
/// kGeonamesLayerTsv, so that a process only parses them.
struct GeonamesLayer {
    std::vector<LayerEntity> entities; ///< new places, sorted by id; aliases may also name curated ones
    AliasLayer aliases;
};

/// The generated rows (UTF-8, TAB-separated), one of:
///   E  id  name  parents  geonames  (sorted by id)
///   A  entity-id  lang  text  flags  spelling
///   W  key  alias-number      (word keys, sorted)
///   C  key  alias-number      (first characters, sorted)
///   S  spelling  alias-number (casefolded texts, sorted)
extern const char* const kGeonamesLayerTsv;

/// The layer of this build, parsed on first use (once per process).
[[nodiscard]] const GeonamesLayer& geonames_layer();

} // namespace lede::detail
