#pragma once

// English names of regions that GeoNames names otherwise than English news: Russian and Ukrainian oblasts
// and krais, Nigerian states (oblast_names.cc). Build-time code.

#include "common/entities/geonames/tools/geonames_place.h"

#include <vector>

namespace lede::detail {

/// Renames the oblasts and krais of `places` "<capital> Oblast"/"<capital> Krai" as English news
/// names them, and gives each oblast its "-щина" name (Харківщина).
void name_oblasts_as_english_does(std::vector<Place>& places);

/// Names Nigeria's states "<name> State" as English news does ("Borno State", `borno-state`), and its "FCT"
/// the Federal Capital Territory. A state and its same-named capital stay one id (Kano).
void name_states_as_english_does(std::vector<Place>& places);

} // namespace lede::detail
