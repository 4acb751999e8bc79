#include "common/entities/geonames/tools/oblast_names.h"

#include <optional>
#include <string_view>
#include <unordered_map>

namespace lede::detail {

/// GeoNames spells Russian and Ukrainian regions every which way ("Kursk", "Krasnodarskiy",
/// "Odes’ka Oblast’", "Voronezj"), and a bare "Kursk" would make the oblast one id with its
/// capital, while the gold guide keeps Moscow and Moscow Oblast apart. The English name is
/// rebuilt as English news writes it, "<city> Oblast" or "<city> Krai": the city is the one of
/// the region whose Russian or Ukrainian name the region's adjective is made from (Курская →
/// Курск → Kursk, Одеська → Одеса → Odesa), else GeoNames' name cleaned of its kind and
/// transliteration marks (Sverdlovsk, Primorskiy → Primorsky).
void name_oblasts_as_english_does(std::vector<Place>& places) {
    std::unordered_map<std::string, std::string> city_english; // "CC.ADMIN1\tлокальное имя" → English
    for (const Place& place : places) {
        if (!place.is_region && (place.country == "RU" || place.country == "UA")) {
            for (const PlaceName& name : place.names) {
                if (name.lang == "ru" || name.lang == "uk") {
                    city_english.try_emplace(place.region + '\t' + name.text, place.english);
                }
            }
        }
    }
    const auto strip_suffix = [](std::string_view text, std::string_view suffix) {
        return text.ends_with(suffix)
                   ? std::optional<std::string>(text.substr(0, text.size() - suffix.size()))
                   : std::nullopt;
    };
    for (Place& place : places) {
        if (!place.is_region || (place.country != "RU" && place.country != "UA")) {
            continue;
        }
        std::string kind;
        std::string adjective;
        for (const PlaceName& name : place.names) {
            if (name.lang != (place.country == "UA" ? "uk" : "ru")) {
                continue;
            }
            const std::size_t space = name.text.find(' ');
            const std::string_view rest =
                space == std::string::npos ? "" : std::string_view(name.text).substr(space + 1);
            if (rest == "область" || rest == "Область" || rest == "край") {
                kind = rest == "край" ? " Krai" : " Oblast";
                adjective = name.text.substr(0, space); // of this name, not of an alternate ("Кубань")
                break;
            }
        }
        if (kind.empty()) {
            continue; // republics, cities, okrugs keep GeoNames' name
        }
        std::string english;
        for (const std::string_view ending :
             {"ская", "ский", "цкая", "ська", "ський", "цька", "ька", "ая", "ий", "а"}) {
            const std::optional<std::string> stem = strip_suffix(adjective, ending);
            if (!stem || !english.empty()) {
                continue;
            }
            for (const std::string_view add : {"", "а", "я", "и", "е", "ь", "ький"}) {
                if (const auto city = city_english.find(place.code + '\t' + *stem + std::string(add));
                    city != city_english.end()) {
                    english = city->second;
                    break;
                }
            }
        }
        if (english.empty()) {
            english = place.english;
            for (const std::string_view noise :
                 {" (Maritime)", " Oblast’", " Oblast'", " Oblast", " oblast", " Kray", " Krai", " Region"}) {
                if (const std::size_t at = english.find(noise); at != std::string::npos) {
                    english.erase(at, noise.size());
                }
            }
            std::erase_if(english, [](char c) { return c == '\''; });
            for (std::size_t at; (at = english.find("’")) != std::string::npos;) {
                english.erase(at, std::string_view("’").size());
            }
            if (const std::optional<std::string> stem = strip_suffix(english, "skaya")) {
                english = *stem;
            } else if (const std::optional<std::string> adj = strip_suffix(english, "skiy")) {
                english = *adj + "sky";
            }
        }
        english += kind;
        for (PlaceName& name : place.names) {
            if (name.lang == "en" && name.text == place.english) {
                name.text = english; // alternates ("Kuban", "Primorye") stay
            }
        }
        place.english = std::move(english);
        // News names an oblast by its "-щина" too (Харківщина, Сумщина, Донеччина, Брянщина).
        if (kind == " Oblast") {
            const std::string lang = place.country == "UA" ? "uk" : "ru";
            if (const std::optional<std::string> stem = strip_suffix(adjective, "цька")) {
                place.names.push_back({lang, *stem + "ччина", false});
            } else if (const std::optional<std::string> ska =
                           strip_suffix(adjective, place.country == "UA" ? "ська" : "ская")) {
                place.names.push_back({lang, *ska + "щина", false});
            }
        }
    }
}

void name_states_as_english_does(std::vector<Place>& places) {
    for (Place& place : places) {
        if (place.is_region && place.country == "NG" && place.english == "FCT") {
            place.names.push_back({"en", place.english, false});
            place.english = "Federal Capital Territory";
            place.names.push_back({"en", place.english, false});
            continue;
        }
        if (place.is_region && place.country == "NG" && !place.english.ends_with(" State") &&
            !place.english.ends_with("Territory")) {
            place.names.push_back({"en", place.english, false}); // "Borno" alone still names it
            place.english += " State";
            place.names.push_back({"en", place.english, false});
        }
    }
}

} // namespace lede::detail
