#include "common/entities/geonames/tools/town_spellings.h"

#include "common/entities/name_slug.h"

#include <algorithm>
#include <string_view>

namespace lede::detail {
namespace {

[[nodiscard]] std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) {
        row[j] = j;
    }
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

/// GeoNames' English name of a Russian town with its adjectives' endings as the press writes them
/// (as name_slug does for people): "Nizhniy Lomov" → "Nizhny Lomov", "Zheleznodorozhnyy" →
/// "Zheleznodorozhny", "Mineralnyye Vody" → "Mineralnye Vody". Only the endings: the press spells
/// the rest of the name as GeoNames does more often than as a fresh romanisation would (Kronstadt,
/// Komsomolsk-on-Amur, Saint Petersburg).
[[nodiscard]] std::string russian_press_spelling(std::string_view english) {
    std::string out;
    std::size_t begin = 0;
    while (begin <= english.size()) {
        const std::size_t end = std::min(english.find_first_of(" -", begin), english.size());
        std::string word(english.substr(begin, end - begin));
        std::erase_if(word, [](char c) { return c == '\''; });
        if (word.size() > 5 && word.ends_with("yye")) {
            word.erase(word.size() - 2, 1);
        } else if (word.size() > 4 && (word.ends_with("iy") || word.ends_with("yy"))) {
            word.erase(word.size() - 2, 1);
        }
        out += word;
        if (end < english.size()) {
            out += english[end];
        }
        begin = end + 1;
    }
    return out;
}

} // namespace

void spell_towns_as_english_news_does(std::vector<Place>& places) {
    for (Place& place : places) {
        constexpr std::string_view kJapaneseCity = "-shi"; // "Tottori-shi": English news writes Tottori
        if (!place.is_region && place.country == "JP" && place.english.size() > kJapaneseCity.size() + 2 &&
            place.english.ends_with(kJapaneseCity)) {
            place.english.resize(place.english.size() - kJapaneseCity.size());
            place.names.push_back({"en", place.english, false});
            continue;
        }
        if (place.is_region || (place.country != "UA" && place.country != "RU")) {
            continue;
        }
        std::string spelt;
        if (place.country == "RU") {
            spelt = russian_press_spelling(place.english);
        } else if (const auto local = std::find_if(place.names.begin(), place.names.end(),
                                                   [](const PlaceName& name) { return name.lang == "uk"; });
                   local != place.names.end()) {
            spelt = ukrainian_national_romanisation(local->text);
        }
        const std::string spelt_slug = name_slug(spelt, "en");
        const std::string geonames_slug = name_slug(place.english, "en");
        if (spelt_slug.empty() || spelt_slug == geonames_slug ||
            !std::all_of(spelt.begin(), spelt.end(),
                         [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
            continue;
        }
        if (edit_distance(spelt_slug, geonames_slug) > std::max<std::size_t>(1, geonames_slug.size() / 5)) {
            continue;
        }
        place.names.push_back({"en", spelt, false});
        place.english = spelt;
    }
}

} // namespace lede::detail
