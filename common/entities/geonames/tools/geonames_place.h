#pragma once

// A place of the GeoNames dump as the layer tool reads it (geonames_places.cc). Build-time code.

#include <cstdint>
#include <string>
#include <vector>

namespace lede::detail {

struct PlaceName {
    std::string lang; ///< ISO 639-1, or `*` for GeoNames' own spelling
    std::string text;
    bool common_word = false; ///< marked `~` by the dump: also a lower-case dictionary word
};

struct Place {
    bool is_region = false;
    std::string code;    ///< GeoNames id of a city, "CC.ADMIN1" of a region
    std::string country; ///< ISO 3166 code
    std::string region;  ///< a city's "CC.ADMIN1"
    std::uint64_t population = 0;
    std::string english;
    std::vector<PlaceName> names;
};

} // namespace lede::detail
