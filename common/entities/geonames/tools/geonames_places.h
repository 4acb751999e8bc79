#pragma once

#include "common/entities/gazetteer_tsv.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace lede::detail {

/// GeoNames' cities of 15,000 people or more and their first-level regions,
/// with names in lede's ten languages, as dump_geonames_main.cc writes them
/// from Debian's libgeonames (format there).
extern const char* const kGeonamesPlacesTsv;

/// A city of this many people or more is named on its own evidence; a
/// smaller one needs the article to support it (its region or country named,
/// a preposition, a dateline: see indexer/extract/places/).
/// (Build-time code: layer_main.cc runs it, lede only parses its result.)
inline constexpr std::uint32_t kSelfEvidentPopulation = 500'000;

/// The places of GeoNames (kGeonamesPlacesTsv) as gazetteer rows that add to
/// `known` (the curated and ICU rows, which always win): first-level regions
/// and cities as `place` entities with their GeoNames id, their region or
/// country as parent (`country_ids`: ISO 3166 code → entity id), and their
/// names in ten languages as aliases. A name another entity already has is
/// left to it; of two places with one name the more populous keeps it.
/// Aliases that need evidence carry `weak`, and `word` when they are also a
/// common word. Ids are slugs of the English name; a name taken by another
/// place gets its country's id appended ("valencia-venezuela").
[[nodiscard]] std::vector<GazetteerRow>
geonames_place_rows(const std::vector<GazetteerRow>& known,
                    const std::map<std::string, std::string>& country_ids);

} // namespace lede::detail
