#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

/// Given names and katakana name readings from Debian's lexicons, compiled in
/// at build time by lexicon/make_name_lexicon.py, and the readings of kanji
/// names by lexicon/make_kanji_name_lexicon.py (sources: README.md). Tables
/// are parsed once per process, on first use.
namespace lede::extract::names::lexicon {

/// A Latin or Cyrillic given name that is no common word and no other proper
/// noun of the sources, by its analysed key ("jorg", "владимир").
[[nodiscard]] bool is_given_name(std::string_view key);

/// The Latin reading of a katakana given name ("ウラジーミル" → "Vladimir"),
/// empty when the word is none.
[[nodiscard]] std::string_view katakana_given_name(std::string_view katakana);

/// The Latin reading of a katakana surname ("プーチン" → "Putin"), empty when
/// the word is none.
[[nodiscard]] std::string_view katakana_surname(std::string_view katakana);

/// The Latin reading of a katakana full name that ENAMDICT lists whole
/// ("ジョン・レノン" → "John Lennon"), empty when it lists none.
[[nodiscard]] std::string_view katakana_person(std::string_view katakana);

/// The hiragana reading of a kanji surname that people's names settle
/// ("岸田" → "きしだ"), empty when it has none or several.
[[nodiscard]] std::string_view kanji_surname(std::string_view kanji);

/// The hiragana reading of a kanji given name that people's names settle
/// ("文雄" → "ふみお"), empty when it has none or several.
[[nodiscard]] std::string_view kanji_given_name(std::string_view kanji);

/// The reading of a kanji full name, in hiragana.
struct KanjiReading {
    std::string_view surname;      ///< empty when the name must get no id
    std::string_view given;        ///< likewise
    std::size_t surname_kanji = 0; ///< how many kanji the surname has; 0 when the dictionary does not say
};

/// A kanji full name ENAMDICT lists whole, when the two tables above would not
/// read it so ("石破茂" → いしば, しげる, 2); a reading with no parts when the
/// name must get no id (its people are read several ways, or are foreigners
/// read the Japanese way); nullopt when the dictionary does not list it so.
[[nodiscard]] std::optional<KanjiReading> kanji_person(std::string_view kanji);

} // namespace lede::extract::names::lexicon
