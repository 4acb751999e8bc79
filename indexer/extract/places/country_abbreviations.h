#pragma once

#include <lede/analyzer.h>

#include "common/entities/entity_table.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace lede::extract::places {

/// A country named by the one character Chinese and Japanese news abbreviate it to.
struct AbbreviatedCountry {
    std::string id;        ///< "united-states"
    std::string name;      ///< the table's name of it
    std::size_t begin = 0; ///< byte span of the character
    std::size_t end = 0;
    std::size_t first_token = 0; ///< the tokens the span overlaps
    std::size_t token_count = 0;
};

/// Countries written as one character: Japanese 米 (the US), 英, 仏, 独, 露/ロ, 中, 韓, 伊, 加, 豪, 印, 台,
/// 朝, 宇, 土, 叙, 日; Chinese 美, 英, 法, 德, 俄, 日, 韩, 朝, 中, 乌, 以, 意, 澳, 印. The character is also
/// a word (米 is rice, 美 beautiful, 法 law, 中 middle), so it counts only where news uses it so: before a
/// word of state, trade or war (米政府, 仏大統領, 美方, 以军), in a pair or list of them before such a word
/// (日米首脳会談, 米中関係, 中美关系, 俄乌冲突), or, in Japanese, before a firm's name in katakana or Latin
/// letters (仏ルノー, 独VW). Not after another Han character (南米, 北米, 新米, 渡米 are other words), not 中
/// alone, and not 中米 (Central America) nor 日中 without such a word (日中 is also "daytime"). Spans the
/// table's mentions already cover (米国, 中国) are left to them.
[[nodiscard]] std::vector<AbbreviatedCountry>
find_country_abbreviations(std::string_view text, const std::vector<Token>& tokens, std::string_view lang,
                           const std::vector<EntityMention>& known, const EntityTable& table);

} // namespace lede::extract::places
