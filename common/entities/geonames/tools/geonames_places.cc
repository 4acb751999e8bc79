#include "common/entities/geonames/tools/geonames_places.h"

#include "common/entities/geonames/tools/geonames_place.h"
#include "common/entities/geonames/tools/oblast_names.h"
#include "common/entities/geonames/tools/town_spellings.h"

#include "common/analysis/token_folding.h"
#include "common/entities/name_slug.h"
#include "common/entities/text_rules.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <map>
#include <optional>
#include <set>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace lede::detail {
namespace {

constexpr std::string_view kOrigin = "GeoNames (libgeonames)";

// A two-character Han name is a common word as often as a city (东方, 大同,
// 中山): alone it needs evidence unless the city is this large.
constexpr std::uint32_t kSelfEvidentHanPair = 1'000'000;

[[nodiscard]] std::vector<std::string_view> split(std::string_view text, char separator) {
    std::vector<std::string_view> parts;
    for (;;) {
        const std::size_t at = text.find(separator);
        parts.push_back(text.substr(0, at));
        if (at == std::string_view::npos) {
            return parts;
        }
        text.remove_prefix(at + 1);
    }
}

[[nodiscard]] PlaceName place_name(std::string lang, std::string_view text) {
    const bool common = text.starts_with('~');
    if (common) {
        text.remove_prefix(1);
    }
    return {std::move(lang), std::string(text), common};
}

void add_translations(std::string_view field, Place& place) {
    if (field.empty()) {
        return;
    }
    for (const std::string_view item : split(field, '|')) {
        const std::size_t equals = item.find('=');
        if (equals != std::string_view::npos && equals + 1 < item.size()) {
            place.names.push_back(place_name(std::string(item.substr(0, equals)), item.substr(equals + 1)));
        }
    }
}

/// The dump's rows; a row of another shape is a build defect, skipped.
[[nodiscard]] std::vector<Place> read_places() {
    std::vector<Place> places;
    for (const std::string_view line : split(kGeonamesPlacesTsv, '\n')) {
        const std::vector<std::string_view> fields = split(line, '\t');
        Place place;
        if (fields.size() == 7 && fields[0] == "city") {
            place.code = std::string(fields[1]);
            place.country = std::string(fields[2]);
            place.region = std::string(fields[3]);
            std::from_chars(fields[4].data(), fields[4].data() + fields[4].size(), place.population);
            PlaceName own = place_name("*", fields[5]);
            place.names.push_back(own);
            add_translations(fields[6], place);
            const auto english = std::find_if(place.names.begin(), place.names.end(),
                                              [](const PlaceName& name) { return name.lang == "en"; });
            place.english = english != place.names.end() ? english->text : own.text;
        } else if (fields.size() == 4 && fields[0] == "region") {
            place.is_region = true;
            place.code = std::string(fields[1]);
            place.country = place.code.substr(0, place.code.find('.'));
            const PlaceName english = place_name("en", fields[2]);
            place.english = english.text;
            place.names.push_back(english);
            add_translations(fields[3], place);
        } else {
            continue;
        }
        places.push_back(std::move(place));
    }
    return places;
}

[[nodiscard]] bool is_han_or_kana(UChar32 c) {
    const auto script = static_cast<UScriptCode>(u_getIntPropertyValue(c, UCHAR_SCRIPT));
    return script == USCRIPT_HAN || script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA;
}

[[nodiscard]] std::vector<UChar32> code_point_list(std::string_view text) {
    std::vector<UChar32> out;
    std::int32_t i = 0;
    const auto length = static_cast<std::int32_t>(text.size());
    while (i < length) {
        UChar32 c = 0;
        U8_NEXT(reinterpret_cast<const std::uint8_t*>(text.data()), i, length, c);
        out.push_back(c);
    }
    return out;
}

/// The short forms of a region's translated name that text uses without the
/// type word GeoNames keeps: バイエルン州 → バイエルン, 四川省 → 四川, จังหวัดเชียงราย →
/// เชียงราย, ولاية تكساس → تكساس, "Sindh Province" → Sindh, "Kanton Wallis" → Wallis, "Comunidad
/// Autónoma de Cataluña" → Cataluña.
[[nodiscard]] std::vector<std::string> region_short_forms(const std::string& name) {
    static constexpr std::array<std::string_view, 10> kSuffixes = {
        "州", "県", "省", "府", "道", "自治区", "特别行政区", " Province", " Governorate", " Prefecture"};
    static constexpr std::array<std::string_view, 25> kPrefixes = {"รัฐ",
                                                                   "จังหวัด",
                                                                   "มณฑล",
                                                                   "แคว้น",
                                                                   "ولاية ",
                                                                   "محافظة ",
                                                                   "مقاطعة ",
                                                                   "إقليم ",
                                                                   "كانتون ",
                                                                   "Kanton ",
                                                                   "Canton of ",
                                                                   "Free State of ",
                                                                   "State of ",
                                                                   "Province of ",
                                                                   "Principality of ",
                                                                   "Special Region of ",
                                                                   "Canton du ",
                                                                   "Canton de ",
                                                                   "Canton ",
                                                                   "Cantón del ",
                                                                   "Cantón de ",
                                                                   "Comunidad Autónoma de ",
                                                                   "Comunidad Autónoma del ",
                                                                   "Область ",
                                                                   "Республика "};
    // Short forms that are words: 首都 (capital), 中央 (centre), 中部, 沿海 …
    static const std::unordered_set<std::string_view> kWords = {
        "首都", "中央",   "中部",   "北部", "南部", "东部",   "西部", "東部", "中心",
        "沿海", "海洋",   "东方",   "東方", "西方", "北方",   "南方", "中原", "山地",
        "高原", "大都市", "首都圏", "特別", "自治", "中西部", "东北"};
    std::vector<std::string> forms;
    const auto keep = [&](std::string form) {
        if (!kWords.contains(form)) {
            forms.push_back(std::move(form));
        }
    };
    for (const std::string_view suffix : kSuffixes) {
        if (name.size() > suffix.size() && name.ends_with(suffix)) {
            keep(name.substr(0, name.size() - suffix.size()));
        }
    }
    // An autonomous region's people go too, as news writes 广西, 宁夏, 新疆: 广西壮族自治区 → 广西壮族 →
    // 广西.
    constexpr std::string_view kAutonomous = "自治区";
    if (name.ends_with(kAutonomous)) {
        const std::string form = name.substr(0, name.size() - kAutonomous.size());
        for (const std::string_view people : {"壮族", "回族", "维吾尔", "維吾爾"}) {
            if (form.size() > people.size() + std::string_view("广西").size() - 1 && form.ends_with(people)) {
                keep(form.substr(0, form.size() - people.size()));
            }
        }
    }
    for (const std::string_view prefix : kPrefixes) {
        if (name.size() > prefix.size() && name.starts_with(prefix)) {
            // The first, longest kind word only, and a name after it, not an article ("de Bâle", "las
            // Islas").
            std::string form = name.substr(prefix.size());
            const std::size_t space = form.find(' ');
            const std::string first = form.substr(0, space);
            const bool article = first == "of" || first == "de" || first == "du" || first == "des" ||
                                 first == "del" || first == "la" || first == "las" || first == "los" ||
                                 first.starts_with("d’") || first.starts_with("d'");
            if (!article) {
                keep(std::move(form));
            }
            break;
        }
    }
    return forms;
}

/// A Chinese or Japanese city's name without 市, as datelines and running text write it (深圳市 → 深圳,
/// 羽村市 → 羽村), when two characters or more remain (not 自治 of 自治市). Whether a two-character one needs
/// evidence is alias_flags' decision, as for any other name.
[[nodiscard]] std::optional<std::string> city_short_form(const PlaceName& name) {
    constexpr std::string_view kCity = "市";
    if ((name.lang != "zh" && name.lang != "ja") || !name.text.ends_with(kCity)) {
        return std::nullopt;
    }
    std::string form = name.text.substr(0, name.text.size() - kCity.size());
    const std::vector<UChar32> letters = code_point_list(form);
    if (letters.size() < 2 || form.ends_with("自治") ||
        !std::all_of(letters.begin(), letters.end(), is_han_or_kana)) {
        return std::nullopt;
    }
    return form;
}

/// The kind words GeoNames writes before a region's English name, which English news drops: "Canton of
/// Zurich" is Zurich's canton, "State of West Bengal" West Bengal, "Free State of Thuringia" Thuringia.
constexpr std::array<std::string_view, 9> kKindsFirst = {
    "Canton of ",     "Canton ",          "Free and Sovereign State of ",
    "Free State of ", "State of ",        "Province of ",
    "Region of ",     "Principality of ", "Special Region of "};

[[nodiscard]] std::optional<std::string> without_kind_first(const std::string& english) {
    for (const std::string_view kind : kKindsFirst) {
        if (english.size() > kind.size() + 2 && english.starts_with(kind)) {
            return english.substr(kind.size());
        }
    }
    // And the ones it writes after it that English news drops as well: "Tatarstan Republic" is Tatarstan,
    // "Guangxi Zhuang Autonomous Region" Guangxi (with its people), "Tibet Autonomous Region" Tibet.
    constexpr std::string_view kRepublic = " Republic";
    if (english.size() > kRepublic.size() + 2 && english.ends_with(kRepublic)) {
        return english.substr(0, english.size() - kRepublic.size());
    }
    // Korean provinces and a Japanese prefecture with their romanised kind: "Gyeonggi-do", "Fukushima-ken".
    for (const std::string_view kind : {std::string_view("-do"), std::string_view("-ken")}) {
        if (english.size() > kind.size() + 2 && english.ends_with(kind)) {
            return english.substr(0, english.size() - kind.size());
        }
    }
    constexpr std::string_view kAutonomousRegion = " Autonomous Region";
    if (english.size() > kAutonomousRegion.size() + 2 && english.ends_with(kAutonomousRegion)) {
        std::string base = english.substr(0, english.size() - kAutonomousRegion.size());
        for (const std::string_view people : {" Zhuang", " Hui", " Uyghur", " Uygur", " Uighur"}) {
            if (base.ends_with(people)) {
                base.resize(base.size() - people.size());
            }
        }
        return base;
    }
    return std::nullopt;
}

/// A region's name without its kind word ("Idlib Governorate" → Idlib,
/// "Ishikawa Prefecture" → Ishikawa, "Tianjin Municipality" → Tianjin, "Free State of Thuringia" →
/// Thuringia). "Oblast" stays: Moscow and Moscow Oblast are two ids in the gold guide.
[[nodiscard]] std::string region_base_name(const std::string& english) {
    if (std::optional<std::string> base = without_kind_first(english)) {
        return *base;
    }
    for (const std::string_view kind :
         {" Governorate", " Province", " Prefecture", " Department", " Region", " State", " Municipality"}) {
        if (english.size() > kind.size() + 2 && english.ends_with(kind)) {
            return english.substr(0, english.size() - kind.size());
        }
    }
    return english;
}

/// A Korean or Japanese city's name without the romanised kind GeoNames gives some of them and English news
/// drops: "Ansan-si" is Ansan, "Tottori-shi" Tottori, "Ganghwa-gun" Ganghwa.
[[nodiscard]] std::string city_base_name(const Place& place) {
    if (place.country != "KR" && place.country != "KP" && place.country != "JP") {
        return place.english;
    }
    for (const std::string_view kind :
         {std::string_view("-si"), std::string_view("-shi"), std::string_view("-gun")}) {
        if (place.english.size() > kind.size() + 2 && place.english.ends_with(kind)) {
            return place.english.substr(0, place.english.size() - kind.size());
        }
    }
    return place.english;
}

/// Whether a region's English name is made of compass and kind words only
/// ("Eastern Province", "South Governorate", "Centre", "Northern Territory"):
/// every language's form of it then reads as a description, not a name.
[[nodiscard]] bool is_generic_region_name(std::string_view english) {
    static const std::unordered_set<std::string_view> kGeneric = {"north",         "northern",
                                                                  "south",         "southern",
                                                                  "east",          "eastern",
                                                                  "west",          "western",
                                                                  "central",       "centre",
                                                                  "center",        "middle",
                                                                  "upper",         "lower",
                                                                  "greater",       "new",
                                                                  "capital",       "coast",
                                                                  "coastal",       "province",
                                                                  "region",        "governorate",
                                                                  "territory",     "district",
                                                                  "state",         "department",
                                                                  "prefecture",    "maritime",
                                                                  "metropolitan",  "north-western",
                                                                  "north-eastern", "south-western",
                                                                  "south-eastern", "northwest",
                                                                  "northeast",     "southwest",
                                                                  "southeast",     "interior",
                                                                  "islands",       "island",
                                                                  "highlands",     "lakes",
                                                                  "mountain",      "plains",
                                                                  "valley",        "federal",
                                                                  "autonomous",    "special",
                                                                  "city",          "of",
                                                                  "the",           "and"};
    std::string lower = casefold(english);
    std::replace(lower.begin(), lower.end(), '-', ' ');
    std::size_t words = 0;
    for (const std::string_view word : split(lower, ' ')) {
        if (word.empty()) {
            continue;
        }
        ++words;
        if (!kGeneric.contains(word)) {
            return false;
        }
    }
    return words > 0;
}

/// The flags of one alias of a place, or nullopt when the spelling is too
/// short to name a place safely (one letter or character, digits).
[[nodiscard]] std::optional<std::uint8_t> alias_flags(const Place& place, const PlaceName& name) {
    const std::vector<UChar32> points = code_point_list(name.text);
    if (points.size() < 2 ||
        std::none_of(points.begin(), points.end(), [](UChar32 c) { return u_isalpha(c); })) {
        return std::nullopt;
    }
    const bool self_evident = place.is_region || place.population >= kSelfEvidentPopulation;
    const std::size_t letters = static_cast<std::size_t>(
        std::count_if(points.begin(), points.end(), [](UChar32 c) { return u_isalpha(c); }));
    if (name.common_word) {
        return std::uint8_t{kAliasWeak | kAliasCommonWord};
    }
    if (std::all_of(points.begin(), points.end(), is_han_or_kana)) {
        if (points.size() == 2 && place.population < kSelfEvidentHanPair && !place.is_region) {
            return std::uint8_t{kAliasWeak};
        }
        return self_evident ? std::uint8_t{0} : std::uint8_t{kAliasWeak};
    }
    // Arabic writes no capitals, and one-word names are as often words (البيضاء "the white", بلد "country").
    if (u_getIntPropertyValue(points.front(), UCHAR_SCRIPT) == USCRIPT_ARABIC &&
        std::find(points.begin(), points.end(), UChar32{' '}) == points.end()) {
        return place.population >= kSelfEvidentHanPair ? std::uint8_t{0} : std::uint8_t{kAliasWeak};
    }
    // Thai writes no spaces between words: a short name is as often a syllable of another word (วาน, Van, in
    // เมื่อวาน "yesterday"; เมน, Maine, in เมนู "menu").
    // Thailand's provinces are named so every day (น่าน, ตาก): they stay named on their own.
    if (u_getIntPropertyValue(points.front(), UCHAR_SCRIPT) == USCRIPT_THAI && points.size() <= 4 &&
        !(place.is_region && place.country == "TH")) {
        return place.population >= kSelfEvidentHanPair ? std::uint8_t{0} : std::uint8_t{kAliasWeak};
    }
    if (letters <= 3 && u_hasBinaryProperty(points.front(), UCHAR_CASED)) {
        return std::uint8_t{kAliasWeak | kAliasCaseSensitive}; // "Ufa", "Ise": a name, written as one
    }
    return self_evident ? std::uint8_t{0} : std::uint8_t{kAliasWeak};
}

/// What the known (curated and ICU) rows say.
struct KnownTable {
    std::unordered_map<std::string, const Entity*> entities; ///< id → entity
    std::unordered_set<std::string> spellings;               ///< spelling keys of names and aliases
    [[nodiscard]] bool has_ancestor(const Entity& entity, const std::string& ancestor) const {
        std::vector<const Entity*> pending{&entity};
        std::set<const Entity*> seen;
        while (!pending.empty()) {
            const Entity* current = pending.back();
            pending.pop_back();
            for (const std::string& parent : current->parents) {
                if (parent == ancestor) {
                    return true;
                }
                const auto up = entities.find(parent);
                if (up != entities.end() && seen.insert(up->second).second) {
                    pending.push_back(up->second);
                }
            }
        }
        return false;
    }
};

[[nodiscard]] KnownTable known_table(const std::vector<GazetteerRow>& rows) {
    KnownTable table;
    for (const GazetteerRow& row : rows) {
        if (row.is_entity) {
            table.entities[row.entity.id] = &row.entity;
            table.spellings.insert(spelling_key(row.entity.name));
        } else if ((row.alias.flags & kAliasOff) == 0) {
            table.spellings.insert(spelling_key(row.alias.text));
        }
    }
    return table;
}

class RowWriter {
public:
    RowWriter(const std::vector<GazetteerRow>& known, const std::map<std::string, std::string>& country_ids)
        : known_(known_table(known)), country_ids_(country_ids) {}

    /// The entity id of `place`: a known place it is (same slug, inside the
    /// same country), a new id, or empty when no id is free.
    [[nodiscard]] std::string id_for(const Place& place) {
        const std::string slug = name_slug(id_name(place), "en");
        if (slug.empty() || !is_valid_id(slug)) {
            return {};
        }
        const auto country = country_ids_.find(place.country);
        const std::string country_id = country == country_ids_.end() ? std::string() : country->second;
        // A curated place may name a region without its kind word (`ishikawa` for Ishikawa Prefecture).
        if (place.is_region) {
            const std::string base = name_slug(region_base_name(place.english), "en");
            if (const auto known = known_.entities.find(base);
                base != slug && known != known_.entities.end() && known->second->type == EntityType::place &&
                !country_id.empty() && known_.has_ancestor(*known->second, country_id)) {
                return base;
            }
        }
        if (const auto known = known_.entities.find(slug); known != known_.entities.end()) {
            if (known->second->type == EntityType::place && !country_id.empty() &&
                (slug == country_id || known_.has_ancestor(*known->second, country_id))) {
                return slug; // the curated Valencia is GeoNames' Valencia
            }
        } else if (const auto made = made_.find(slug); made == made_.end()) {
            return slug;
        } else if (made->second.country == place.country && made->second.is_region != place.is_region &&
                   (made->second.id_name == id_name(place) ||
                    (made->second.is_region ? made->second.code : place.code) ==
                        (made->second.is_region ? place.region : made->second.region))) {
            // A province and its same-named capital are one id, however GeoNames spells the two
            // (the region "T'bilisi" and its city Tbilisi).
            return slug;
        }
        if (country_id.empty()) {
            return {};
        }
        const std::string qualified = slug + "-" + country_id;
        if (qualified.size() > 64 || known_.entities.contains(qualified) || made_.contains(qualified)) {
            return {};
        }
        return qualified;
    }

    void add(const Place& place, const std::string& id, const std::string& parent) {
        const bool linked = known_.entities.contains(id);
        const auto [made, is_new] = made_.try_emplace(
            id, MadePlace{place.country, id_name(place), place.is_region, place.code, place.region});
        if (!linked && is_new) {
            GazetteerRow row;
            row.origin = kOrigin;
            row.line = ++line_;
            row.entity = Entity{id, EntityType::place, place.english, {}, place.code};
            if (!parent.empty()) {
                row.entity.parents.push_back(parent);
            }
            rows_.push_back(std::move(row));
        }
        const bool generic = place.is_region && is_generic_region_name(place.english);
        for (PlaceName name : place.names) {
            name.common_word = name.common_word || generic;
            add_alias(place, id, name);
            if (place.is_region) {
                for (std::string& form : region_short_forms(name.text)) {
                    add_alias(place, id, PlaceName{name.lang, std::move(form), name.common_word});
                }
            } else if (std::optional<std::string> form = city_short_form(name)) {
                add_alias(place, id, PlaceName{name.lang, std::move(*form), name.common_word});
            }
        }
        if (!linked && is_new && !seen_.contains({id, place.english})) {
            // The name is matched as an alias unless a row says otherwise:
            // here it belongs to another entity, or is too short.
            GazetteerRow row;
            row.is_entity = false;
            row.origin = kOrigin;
            row.line = ++line_;
            row.alias = AliasRecord{id, "en", place.english, kAliasOff};
            rows_.push_back(std::move(row));
        }
    }

    [[nodiscard]] std::vector<GazetteerRow> take() { return std::move(rows_); }

private:
    struct MadePlace {
        std::string country;
        std::string id_name;
        bool is_region = false;
        std::string code;   ///< a region's "CC.ADMIN1", a city's GeoNames id
        std::string region; ///< a city's "CC.ADMIN1"
    };

    /// The name a place's id is made from: a region's without its kind word
    /// when one of its cities has that name (the province and its capital
    /// are one id), else the English name ("Niger State" stays, its capital
    /// is Minna).
    [[nodiscard]] std::string id_name(const Place& place) const {
        if (!place.is_region) {
            return city_base_name(place);
        }
        std::string base = region_base_name(place.english);
        if (capitals_.contains(place.code + '\t' + name_slug(base, "en")) ||
            without_kind_first(place.english)) {
            return base; // named without the kind word (Vaud, Ticino, West Bengal) as English news names it
        }
        // GeoNames may spell the region otherwise in English ("Beyrouth" for Beirut Governorate, "Sūsah"
        // for Sousse's): a name it shares with a city of its own in another language makes it that
        // city's. A big city needs one language; a smaller one two, as one may be a catalogue's slip
        // (Veneto's Russian name is Venice's).
        std::map<std::string, std::set<std::string>> languages_by_city;
        for (const PlaceName& name : place.names) {
            if (name.lang == "en" || name.lang == "*") {
                continue;
            }
            std::vector<std::string> forms = region_short_forms(name.text);
            forms.push_back(name.text);
            for (const std::string& form : forms) {
                const auto city = capital_by_name_.find(place.code + '\t' + name.lang + '\t' + form);
                if (city == capital_by_name_.end()) {
                    continue;
                }
                if (city->second.big) {
                    return city->second.english;
                }
                languages_by_city[city->second.english].insert(name.lang);
            }
        }
        for (const auto& [city, languages] : languages_by_city) {
            if (languages.size() >= 2 && !city.ends_with(" City")) {
                return city; // not "Batna City", which English names apart from its province
            }
        }
        return place.english;
    }

public:
    /// Records the cities of each region by name, for id_name().
    void note_cities(const std::vector<Place>& places) {
        std::unordered_set<std::string> city_names;
        for (const Place& place : places) {
            if (!place.is_region) {
                capitals_.insert(place.region + '\t' + name_slug(place.english, "en")); // Ōita is Oita
                // A big city, or the largest of its name (cities come largest first: Sousse, Sfax): a
                // smaller one would take the bare id from a bigger namesake elsewhere (San Fernando, Béja).
                // Oblasts stay apart from their capitals (the gold guide).
                const bool oblast_country = place.country == "RU" || place.country == "UA" ||
                                            place.country == "BY" || place.country == "KZ";
                const bool largest_of_name = city_names.insert(name_slug(place.english, "en")).second;
                const bool big = place.population >= kSelfEvidentPopulation;
                for (const PlaceName& name : place.names) {
                    if (name.lang != "en" && name.lang != "*" && !oblast_country &&
                        (big || largest_of_name)) {
                        capital_by_name_.try_emplace(place.region + '\t' + name.lang + '\t' + name.text,
                                                     CityName{place.english, big});
                    }
                }
            }
        }
    }

private:
    void add_alias(const Place& place, const std::string& id, const PlaceName& name) {
        const std::string key = spelling_key(name.text);
        if (known_.spellings.contains(key)) {
            return; // the curated table (or ICU) says what this name is
        }
        const auto [owner, fresh] = spelling_owner_.try_emplace(key, id);
        if (!fresh && owner->second != id) {
            return; // a larger place has this name
        }
        const std::optional<std::uint8_t> flags = alias_flags(place, name);
        if (!flags || !seen_.emplace(id, name.text).second) {
            return;
        }
        GazetteerRow row;
        row.is_entity = false;
        row.origin = kOrigin;
        row.line = ++line_;
        row.alias = AliasRecord{id, name.lang, name.text, *flags};
        rows_.push_back(std::move(row));
    }

    KnownTable known_;
    const std::map<std::string, std::string>& country_ids_;
    std::unordered_map<std::string, MadePlace> made_;
    std::unordered_set<std::string> capitals_; ///< "CC.ADMIN1\tslug of a city's name"
    struct CityName {
        std::string english;
        bool big = false; ///< kSelfEvidentPopulation or more
    };
    /// "CC.ADMIN1\tlang\tcity name" → the city
    std::unordered_map<std::string, CityName> capital_by_name_;
    std::unordered_map<std::string, std::string> spelling_owner_;
    std::set<std::pair<std::string, std::string>> seen_;
    std::vector<GazetteerRow> rows_;
    std::size_t line_ = 0;
};

} // namespace

std::vector<GazetteerRow> geonames_place_rows(const std::vector<GazetteerRow>& known,
                                              const std::map<std::string, std::string>& country_ids) {
    std::vector<Place> places = read_places();
    spell_towns_as_english_news_does(places);
    name_oblasts_as_english_does(places);
    name_states_as_english_does(places);
    // A region is as large as the cities GeoNames lists in it.
    std::unordered_map<std::string, std::uint64_t> region_population;
    for (const Place& place : places) {
        if (!place.is_region) {
            region_population[place.region] += place.population;
        }
    }
    for (Place& place : places) {
        if (place.is_region) {
            place.population = region_population[place.code];
        }
    }
    // Regions first (their ids are the cities' parents), each kind largest first.
    std::stable_sort(places.begin(), places.end(), [](const Place& a, const Place& b) {
        return a.is_region != b.is_region ? a.is_region : a.population > b.population;
    });
    RowWriter writer(known, country_ids);
    writer.note_cities(places);
    std::unordered_map<std::string, std::string> region_ids; // "CC.ADMIN1" → id
    for (const Place& place : places) {
        const std::string id = writer.id_for(place);
        if (id.empty()) {
            continue;
        }
        std::string parent;
        if (!place.is_region) {
            if (const auto region = region_ids.find(place.region);
                region != region_ids.end() && region->second != id) {
                parent = region->second;
            }
        }
        if (parent.empty()) {
            if (const auto country = country_ids.find(place.country); country != country_ids.end()) {
                parent = country->second;
            }
        }
        writer.add(place, id, parent);
        if (place.is_region) {
            region_ids.emplace(place.code, id);
        }
    }
    return writer.take();
}

} // namespace lede::detail
