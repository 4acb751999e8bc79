#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace lede {

/// The id of a name found in text but in no entity table: the name in
/// ASCII, lower case, words joined by `-` ("Markus Feldhaus" →
/// `markus-feldhaus`, "Андрей Лебедев" → `andrey-lebedev`). Ukrainian (for
/// `uk`, or a name with і ї є ґ) is romanised by Ukraine's national system of
/// 2010 (Андрій Сирський → andrii-syrskyi, Балаклія → balakliia); Russian by
/// BGN/PCGN, then spelt as English-language news spells Russian names
/// (Дмитрий → dmitry, Мария → maria, Александр → alexander, -ский → -sky);
/// other scripts by ICU's Any-Latin.
/// Empty when nothing of the name survives. At most 64 bytes, cut on a word.
[[nodiscard]] std::string name_slug(std::string_view name, std::string_view lang = "");

/// Han characters in pinyin as one word, each character by its common reading (ICU's Han-Latin),
/// without tones, ü as u: 泸定 → "luding", 欧阳 → "ouyang". Empty when a character has no reading.
[[nodiscard]] std::string pinyin(std::string_view han);

/// The ids `name` may have been given in any language (its Russian and its
/// Ukrainian romanisation differ: Микола → mikola, mykola), and by the BGN
/// Ukrainian ids of earlier versions (andriy), for search.
[[nodiscard]] std::vector<std::string> name_slug_variants(std::string_view name);

namespace detail {

/// Ukrainian text in the national romanisation of 2010 (Cabinet resolution 55), which English news follows
/// for Ukrainian people and places: "Запоріжжя" → "Zaporizhzhia", "Їжакевич" → "Yizhakevych", "Мар'яна" →
/// "Mariana", "Згурський" → "Zghurskyi"; a capital stays a capital, other text stays as it is.
[[nodiscard]] std::string ukrainian_national_romanisation(std::string_view text);

} // namespace detail

} // namespace lede
