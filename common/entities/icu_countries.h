#pragma once

#include <lede/entity_table.h>

#include "common/entities/gazetteer_tsv.h"

#include <vector>

namespace lede::detail {

/// Country and territory names from ICU's CLDR data (ISO 3166 codes, names in
/// en ru uk de fr es zh ja ar th), as gazetteer rows that add what `curated`
/// lacks: the aliases of a country it has (found by any of its names) and the
/// countries it has not, as places with the slug of the English name as id.
/// Curated rows always win: a name that already resolves to anything is left
/// alone, and names that are also common words or given names (Chad, Jordan,
/// Island, Того, مالي) are left out. Cased scripts get `cs`.
[[nodiscard]] std::vector<GazetteerRow> icu_country_rows(const EntityTable& curated);

} // namespace lede::detail
