#pragma once

// Russian, Ukrainian and Japanese towns spelt as English news spells them (town_spellings.cc).
// Build-time code.

#include "common/entities/geonames/tools/geonames_place.h"

#include <vector>

namespace lede::detail {

/// GeoNames spells the towns of Russia and Ukraine by older transliterations (Zaporizhzhya,
/// Mykolayiv, Volzhskiy) where English news now uses Ukraine's official romanisation of 2010
/// (Zaporizhzhia, Mykolaiv, Sievierodonetsk) and the press spelling of Russian names (Volzhsky).
/// Where that spelling differs from GeoNames' English name by a letter or two per five, it becomes
/// the town's English name, and so its id; GeoNames' spelling stays an alias. A name further off is
/// another name, not a spelling (Rivne is not Ровно, Pokrovsk is not Красноармійськ), and stays.
/// Japanese cities lose the "-shi" (city) GeoNames gives a few of them (Tottori-shi is Tottori).
void spell_towns_as_english_news_does(std::vector<Place>& places);

} // namespace lede::detail
