#pragma once

#include "common/entities/gazetteer_tsv.h"

#include <vector>

namespace lede::detail {

/// Country and territory names from ICU's CLDR data (ISO 3166 codes, names in
/// en ru uk de fr es zh ja ar th), as gazetteer rows that add what the
/// `curated` rows lack: the aliases of a country they have (found by any of
/// its names, regardless of case and Latin accents) and the countries they
/// have not, as places with the slug of the English name as id. Curated rows
/// always win: a spelling they already give anything is left alone, and names
/// that are also common words or given names (Chad, Jordan, Island, Того,
/// مالي) are left out. Cased scripts get `cs`.
[[nodiscard]] std::vector<GazetteerRow> icu_country_rows(const std::vector<GazetteerRow>& curated);

} // namespace lede::detail
