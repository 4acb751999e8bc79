#include "indexer/extract/places/admin_units.h"

#include "common/entities/hepburn.h"
#include "common/entities/name_slug.h"
#include "common/entities/text_rules.h"
#include "common/sorted_lines.h"

#include <algorithm>
#include <array>
#include <optional>

namespace lede::extract::places {

extern const std::string_view kKanjiPlaceBlob; // kanji_place_data.cc, from ENAMDICT

namespace {

constexpr std::size_t kMinNameCharacters = 2;
constexpr std::size_t kMaxNameCharacters = 4;

struct UnitKind {
    std::u32string_view character;
    std::string_view id_suffix;
    std::string_view name_suffix;
};
constexpr std::array<UnitKind, 4> kKinds = {{
    {U"县", "-county", " County"},
    {U"镇", "-town", " Town"},
    {U"乡", "-township", " Township"},
    {U"区", "-district", " District"},
}};

// The kind characters a larger unit's name ends in, before a smaller unit's.
constexpr std::u32string_view kLargerUnitEnds = U"省市州县盟区";

// Characters no unit's name holds: function words, pronouns, quantities, other units' kinds.
constexpr std::u32string_view kNotInName =
    U"的在与及是了个该本全各每两这那此其某邻向从到至往赴于对为被把由等族"
    U"中内外上下周省市州县区镇乡村港部";
// "and", which no name starts with: "泸定县和石棉县" (民和县 is Minhe County).
constexpr std::u32string_view kNotFirstInName = U"和同跟";
// The last characters of words for areas, which no name ends in (灾区, 城区, 地区, 社区, 新区, 开发区,
// 景区, 保护区, 自治县, 郊区, 震区).
constexpr std::u32string_view kNotLastInName = U"灾城地社小园街辖片震矿景新发护治郊战";

using detail::Character;
using detail::characters_of;

[[nodiscard]] bool is_han(char32_t c) {
    return detail::is_han(static_cast<std::int32_t>(c));
}

[[nodiscard]] bool in(std::u32string_view set, char32_t c) {
    return set.find(c) != std::u32string_view::npos;
}

/// Whether a mention of `known` that starts inside [begin, end) covers any of it. One that starts before
/// and reaches into it is the larger unit whose kind character stands right before `begin`: its span
/// covers ICU's whole word, and ICU may join that character to the name (海东|市民|和县).
[[nodiscard]] bool covered(const std::vector<EntityMention>& known, std::size_t begin, std::size_t end) {
    return std::any_of(known.begin(), known.end(),
                       [&](const EntityMention& m) { return m.begin >= begin && m.begin < end; });
}
[[nodiscard]] bool place_ends_at(const std::vector<EntityMention>& known, const EntityTable& table,
                                 std::size_t at) {
    return std::any_of(known.begin(), known.end(), [&](const EntityMention& m) {
        const Entity* entity = table.find(m.id);
        return m.end == at && entity != nullptr && entity->type == EntityType::place;
    });
}

void set_tokens(const std::vector<Token>& tokens, AdminUnit& unit) {
    std::size_t first = tokens.size();
    std::size_t last = 0;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (tokens[i].begin < unit.end && unit.begin < tokens[i].end) {
            first = std::min(first, i);
            last = i + 1;
        }
    }
    unit.first_token = first == tokens.size() ? 0 : first;
    unit.token_count = first == tokens.size() ? 0 : last - first;
}

/// Whether chars [from, to) are one or more peoples' names, each of one to four characters and 族:
/// "回族土族", "保安族东乡族撒拉族".
[[nodiscard]] bool peoples(const std::vector<Character>& chars, std::size_t from, std::size_t to) {
    constexpr std::size_t kMaxPeopleCharacters = 4;
    if (from >= to) {
        return false;
    }
    for (std::size_t at = from; at < to;) {
        std::size_t people = at + 1;
        while (people < to && people - at <= kMaxPeopleCharacters && chars[people].c != U'族') {
            ++people;
        }
        if (people >= to || chars[people].c != U'族') {
            return false;
        }
        at = people + 1;
    }
    return true;
}

/// ENAMDICT's towns, villages and wards: "軽井沢町" → "かるいざわ" (make_kanji_place_readings.py).
const detail::SortedLines& kanji_place_readings() {
    static const detail::SortedLines readings(kKanjiPlaceBlob);
    return readings;
}

// What a Japanese unit's name follows: a prefecture's, a city's or a district's kind character
// (長野県|軽井沢町, 京都市|伏見区, 倉敷市|真備町).
constexpr std::u32string_view kJapaneseLargerUnitEnds = U"県都道府市郡";

/// Whether `id` is a place in Japan.
[[nodiscard]] bool in_japan(const EntityTable& table, const std::string& id) {
    return table.country_of(id) == "japan";
}

/// The units of one Chinese text.
class UnitFinder {
public:
    UnitFinder(std::string_view text, const std::vector<EntityMention>& known, const EntityTable& table)
        : text_(text), chars_(characters_of(text)), known_(known), table_(table) {}

    [[nodiscard]] std::vector<AdminUnit> find(const std::vector<Token>& tokens) const {
        std::vector<AdminUnit> units;
        for (std::size_t k = kMinNameCharacters; k < chars_.size(); ++k) {
            const auto kind = std::find_if(kKinds.begin(), kKinds.end(), [&](const UnitKind& u) {
                return u.character.front() == chars_[k].c;
            });
            // 县城 (the county's town), 区域 (an area): the character opens another word.
            if (kind == kKinds.end() || (k + 1 < chars_.size() && in(U"城域", chars_[k + 1].c))) {
                continue;
            }
            for (const std::size_t name_end : name_ends(k, *kind)) {
                if (const std::optional<std::size_t> first = name_start(name_end, k)) {
                    if (std::optional<AdminUnit> unit = make_unit(*first, name_end, k, *kind, tokens)) {
                        units.push_back(std::move(*unit));
                    }
                    break;
                }
            }
        }
        return units;
    }

private:
    /// Where the name may end before the kind character at `k`: right before it, or, for an autonomous
    /// county, before its peoples and 自治 ("民和回族土族自治县" is Minhe County), the most peoples first.
    [[nodiscard]] std::vector<std::size_t> name_ends(std::size_t k, const UnitKind& kind) const {
        if (kind.character != U"县" || k < 4 || chars_[k - 1].c != U'治' || chars_[k - 2].c != U'自') {
            return {k};
        }
        std::vector<std::size_t> ends;
        for (std::size_t end = kMinNameCharacters + 1; end + 2 < k; ++end) {
            if (peoples(chars_, end, k - 2)) {
                ends.push_back(end);
            }
        }
        return ends;
    }

    /// A kind character that ends a unit's name (also 自治州, an autonomous prefecture), not one of a word
    /// for an area (灾区, 山区, 市区).
    [[nodiscard]] bool unit_end(std::size_t at) const {
        if (at < 2 || !in(kLargerUnitEnds, chars_[at].c)) {
            return false;
        }
        const char32_t before = chars_[at - 1].c;
        return (before == U'治' && chars_[at - 2].c == U'自') ||
               (is_han(before) && !in(kNotInName, before) && !in(kNotLastInName, before));
    }

    /// The first character of the shortest name of two to four characters ending at `name_end` that a
    /// larger unit stands right before, or a list of units ("泸定县、石棉县", "泸定县和石棉县").
    [[nodiscard]] std::optional<std::size_t> name_start(std::size_t name_end, std::size_t k) const {
        // Nor a function word before the kind: "珠穆朗玛峰就在县境内" (is right in the county) names none.
        if (in(kNotLastInName, chars_[name_end - 1].c) || in(kNotInName, chars_[name_end - 1].c)) {
            return std::nullopt;
        }
        for (std::size_t length = kMinNameCharacters; length <= kMaxNameCharacters && length < name_end;
             ++length) {
            const std::size_t first = name_end - length;
            if (!is_han(chars_[first].c) || in(kNotInName, chars_[first].c)) {
                return std::nullopt; // a longer name would hold the same character
            }
            if (in(kNotFirstInName, chars_[first].c)) {
                continue;
            }
            const bool listed = first >= 2 && in(U"、和及与", chars_[first - 1].c) && unit_end(first - 2);
            if (unit_end(first - 1) || listed || place_ends_at(known_, table_, chars_[first].begin)) {
                return covered(known_, chars_[first].begin, chars_[k].end)
                           ? std::nullopt
                           : std::optional<std::size_t>(first);
            }
        }
        return std::nullopt;
    }

    [[nodiscard]] std::optional<AdminUnit> make_unit(std::size_t first, std::size_t name_end, std::size_t k,
                                                     const UnitKind& kind,
                                                     const std::vector<Token>& tokens) const {
        const std::size_t begin = chars_[first].begin;
        const std::string reading = pinyin(text_.substr(begin, chars_[name_end].begin - begin));
        if (reading.empty()) {
            return std::nullopt;
        }
        AdminUnit unit;
        unit.id = reading + std::string(kind.id_suffix);
        unit.name = std::string(1, static_cast<char>(reading[0] - 'a' + 'A')) + reading.substr(1) +
                    std::string(kind.name_suffix);
        unit.begin = begin;
        unit.end = chars_[k].end;
        set_tokens(tokens, unit);
        return unit;
    }

    std::string_view text_;
    std::vector<Character> chars_;
    const std::vector<EntityMention>& known_;
    const EntityTable& table_;

public:
    /// Japanese towns (町), villages (村) and city wards (区) that ENAMDICT reads one way, right after their
    /// prefecture or city: "長野県軽井沢町" is `karuizawa`, "京都市伏見区" `fushimi-kyoto` (a ward takes its
    /// city's id, as the table's Tokyo wards do: `minato-tokyo`).
    [[nodiscard]] std::vector<AdminUnit> find_japanese(const std::vector<Token>& tokens) const {
        std::vector<AdminUnit> units;
        for (std::size_t k = 1; k < chars_.size(); ++k) {
            const char32_t kind = chars_[k].c;
            if (kind != U'町' && kind != U'村' && kind != U'区') {
                continue;
            }
            for (std::size_t length = 1; length <= kMaxNameCharacters && length < k; ++length) {
                const std::size_t first = k - length;
                if (!is_han(chars_[first].c) || in(kJapaneseLargerUnitEnds, chars_[first].c)) {
                    break;
                }
                const std::size_t begin = chars_[first].begin;
                const std::string_view reading =
                    kanji_place_readings().find(text_.substr(begin, chars_[k].end - begin));
                if (reading.empty()) {
                    continue;
                }
                const std::string* city = nullptr;
                for (const EntityMention& m : known_) {
                    if (m.end == begin && in_japan(table_, m.id)) {
                        city = &m.id;
                    }
                }
                // A shorter name that ENAMDICT also lists (沢町 in 軽井沢町) follows no larger unit: read on.
                if (!in(kJapaneseLargerUnitEnds, chars_[first - 1].c) && city == nullptr) {
                    continue;
                }
                if (covered(known_, begin, chars_[k].end) || (kind == U'区' && city == nullptr)) {
                    break;
                }
                std::string romaji = hepburn(reading);
                if (romaji.empty()) {
                    break;
                }
                AdminUnit unit;
                unit.id = kind == U'区' ? romaji + '-' + *city : romaji;
                if (const Entity* known = table_.find(unit.id);
                    known != nullptr && !in_japan(table_, unit.id)) {
                    unit.id += "-japan"; // another country's place of that name
                }
                romaji[0] = static_cast<char>(romaji[0] - 'a' + 'A');
                unit.name = kind == U'区' ? romaji + " Ward" : romaji;
                unit.begin = begin;
                unit.end = chars_[k].end;
                set_tokens(tokens, unit);
                units.push_back(std::move(unit));
                break;
            }
        }
        return units;
    }
};

} // namespace

std::vector<AdminUnit> find_admin_units(std::string_view text, const std::vector<Token>& tokens,
                                        std::string_view lang, const std::vector<EntityMention>& known,
                                        const EntityTable& table) {
    if (lang == "ja") {
        return UnitFinder(text, known, table).find_japanese(tokens);
    }
    if (lang != "zh") {
        return {};
    }
    return UnitFinder(text, known, table).find(tokens);
}

} // namespace lede::extract::places
