#pragma once

#include <lede/analyzer.h>

#include "common/entities/entity_table.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace lede::extract::places {

/// A Chinese county, town, township or district, or a Japanese town, village or ward, that no table knows.
struct AdminUnit {
    std::string id;        ///< "luding-county", "karuizawa", "fushimi-kyoto", as the gold guide spells them
    std::string name;      ///< "Luding County", "Karuizawa", "Fushimi Ward"
    std::size_t begin = 0; ///< byte span of the name with its kind character (泸定县)
    std::size_t end = 0;
    std::size_t first_token = 0; ///< the tokens the span overlaps
    std::size_t token_count = 0;
};

/// Chinese units below a city, named after the larger unit they belong to: "四川省甘孜州泸定县",
/// "泸定县磨西镇", "广东省梅州市大埔县", "临夏州积石山县". GeoNames lists cities only, and a county's
/// name is pinyin in English news (Luding County), so the id is the pinyin of its two to four
/// characters and its kind: 县 county, 镇 town, 乡 township, 区 district. The larger unit is a place `known`
/// mentions, ending right before the name, or the kind character of another unit (省 市 州 县 盟 区); a name
/// alone, or one that is a word (受灾地区, 全县, 该镇, 开发区, 新区), gives nothing. In Japanese text, a town
/// (町), village (村) or ward (区) right after its prefecture or city ("長野県軽井沢町", "京都市伏見区")
/// whose name ENAMDICT reads one way (indexer/extract/places/lexicon/) is the Hepburn spelling of that
/// reading
/// (`karuizawa`); a ward adds its city's id (`fushimi-kyoto`), as the table's Tokyo wards do.
[[nodiscard]] std::vector<AdminUnit> find_admin_units(std::string_view text, const std::vector<Token>& tokens,
                                                      std::string_view lang,
                                                      const std::vector<EntityMention>& known,
                                                      const EntityTable& table);

} // namespace lede::extract::places
