#pragma once

#include "common/entities/gazetteer_tsv.h"

#include <map>
#include <string>
#include <vector>

namespace lede::detail {

/// Country and territory names from ICU's CLDR data (ISO 3166 codes, names in
/// en ru uk de fr es zh ja ar th), as gazetteer rows that add what the
/// `curated` rows lack: the aliases of a country they have (found by any of
/// its names, regardless of case and Latin accents) and the countries they
/// have not, as places with the slug of the English name as id. Curated rows
/// always win: a spelling they already give anything is left alone, and names
/// that are also given names or common words (Chad, Jordan, Island, Того,
/// مالي) are `weak`: the article must support them. Cased scripts get `cs`.
/// `country_ids`, when given, receives each ISO 3166 code's entity id (curated or new).
[[nodiscard]] std::vector<GazetteerRow>
icu_country_rows(const std::vector<GazetteerRow>& curated,
                 std::map<std::string, std::string>* country_ids = nullptr);

} // namespace lede::detail
