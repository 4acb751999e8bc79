#pragma once

#include <lede/analyzer.h>

#include "common/entities/entity_table.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace lede::extract::bodies {

/// A public body named by what it does and the country or place it belongs to.
struct PublicBody {
    std::string id;        ///< "ministry-of-the-interior-of-morocco", "cologne-police"
    std::string name;      ///< "Ministry of the Interior of Morocco", "Cologne Police": English names
    std::size_t begin = 0; ///< byte span of the portfolio's words in the text
    std::size_t end = 0;
    std::size_t first_token =
        0; ///< tokens of the portfolio's words (for unspaced scripts, those it overlaps)
    std::size_t token_count = 0;
};

/// The bodies idea's entry point. Ministries named by their portfolio in any of lede's ten languages
/// and tied to a country the text names right beside them, so that one ministry has one id in every
/// language, as the entity table's ministries do: "Morocco's Interior Ministry", "Ministerio del
/// Interior de Marruecos", "МВД Марокко", "Marokkos Innenministerium", "وزارة الداخلية المغربية" (the
/// Arabic adjective of the country), "摩洛哥内政部", "モロッコ内務省", "กระทรวงมหาดไทยของโมร็อกโก". German
/// federal ministries are Germany's ("Bundesinnenministerium", "Auswärtiges Amt"). A portfolio with
/// no country beside it gives nothing: "the Interior Ministry" is any country's. And local services,
/// police, fire brigades and prosecutors, named by a town or region right beside them: "Cologne Police",
/// "Polizei Köln", "Staatsanwaltschaft Köln" (`cologne-public-prosecutors-office`), "Cuerpo de Bomberos
/// de Riobamba", "parquet de Mons", "شرطة دبي", 長野県警 (`nagano-prefectural-police`),
/// ตำรวจภูธรจังหวัดปทุมธานี; not "the Cologne police" or "Kölner Polizei" (descriptions), nor a place inside a
/// longer name ("Polizeipräsidium Oberbayern Süd"). Chinese and Japanese bodies of a place and a kind
/// likewise: 静岡地裁 (`shizuoka-district-court`), 熱海署, 梅州市人民医院 (`meizhou-peoples-hospital`),
/// 郑州大学. A country is a place of `table` without parents, a town or region one with them; words `known`
/// (the table's mentions) already cover are left to them.
[[nodiscard]] std::vector<PublicBody>
find_public_bodies(std::string_view text, const std::vector<Token>& tokens, std::string_view lang,
                   const std::vector<EntityMention>& known, const EntityTable& table);

/// Chinese and Japanese name another country's body by putting that country before the name their own
/// country's body goes by: 韓国消防庁 is South Korea's fire agency, not Japan's 消防庁, and
/// バングラデシュ最高裁判所 no Supreme Court of Japan. Drops from `mentions` a table organisation written
/// right after a country's mention (nothing between) when the organisation belongs to another country (its
/// parents lead to one); the country's mention stays.
void drop_bodies_of_another_country(std::string_view lang, std::vector<EntityMention>& mentions,
                                    const EntityTable& table);

} // namespace lede::extract::bodies
