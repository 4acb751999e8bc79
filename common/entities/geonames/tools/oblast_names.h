#pragma once

// English names of Russian and Ukrainian oblasts and krais (oblast_names.cc). Build-time code.

#include "common/entities/geonames/tools/geonames_place.h"

#include <vector>

namespace lede::detail {

/// Renames the oblasts and krais of `places` "<capital> Oblast"/"<capital> Krai" as English news
/// names them, and gives each oblast its "-щина" name (Харківщина).
void name_oblasts_as_english_does(std::vector<Place>& places);

} // namespace lede::detail
