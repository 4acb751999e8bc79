#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <string_view>
#include <utility>

/// The words around a name that make it a place, per language: the tables place_evidence reads.
namespace lede::extract::places::words {

using WordOfLanguage = std::pair<std::string_view, std::string_view>;

// Words after which a name is where something happens (as folded tokens).
// Words that as often precede people ("of", "de", "von", "у" + genitive, "з")
// are left out; "по" and "до" stay ("удары по Белгороду", "дорога до Курска").
// Only in cased scripts, where the capital letter already sets the name apart:
// in Arabic and Chinese a preposition before a word that is also a town's
// name ("في بلد", "in a country") proves nothing.
inline constexpr std::array<WordOfLanguage, 44> kPrepositions = {{
    {"en", "in"},    {"en", "at"},     {"en", "near"},   {"en", "from"},    {"en", "outside"},
    {"en", "into"},  {"en", "across"}, {"en", "around"}, {"en", "towards"}, {"en", "toward"},
    {"en", "to"},    {"de", "in"},     {"de", "bei"},    {"de", "nahe"},    {"de", "nach"},
    {"de", "aus"},   {"fr", "à"},      {"fr", "vers"},   {"fr", "depuis"},  {"fr", "près"},
    {"fr", "dans"},  {"es", "en"},     {"es", "cerca"},  {"es", "desde"},   {"es", "hacia"},
    {"es", "hasta"}, {"ru", "в"},      {"ru", "во"},     {"ru", "под"},     {"ru", "из"},
    {"ru", "около"}, {"ru", "близ"},   {"ru", "возле"},  {"ru", "по"},      {"ru", "до"},
    {"uk", "у"},     {"uk", "в"},      {"uk", "під"},    {"uk", "біля"},    {"uk", "поблизу"},
    {"uk", "із"},    {"uk", "з"},      {"uk", "по"},     {"uk", "до"},
}};

// Arabic prepositions of place (as folded tokens: alef forms unified). Alone they prove nothing, as
// above; with the town's country named in the article they do ("في بنغازي" in an article on Libya).
inline constexpr std::array<std::string_view, 8> kArabicPrepositions = {"في",  "من",   "الى", "إلى",
                                                                        "قرب", "داخل", "نحو", "وفي"};

// An article or a contraction with one before a capitalised word makes it a
// noun ("im Norden", "der Norden", "la Médina"): towns take none.
inline constexpr std::array<WordOfLanguage, 37> kDeterminers = {{
    {"en", "the"},   {"en", "a"},    {"en", "an"},  {"de", "der"}, {"de", "die"},  {"de", "das"},
    {"de", "den"},   {"de", "dem"},  {"de", "des"}, {"de", "ein"}, {"de", "eine"}, {"de", "einen"},
    {"de", "einem"}, {"de", "im"},   {"de", "am"},  {"de", "ins"}, {"de", "vom"},  {"de", "zum"},
    {"de", "zur"},   {"de", "beim"}, {"fr", "le"},  {"fr", "la"},  {"fr", "les"},  {"fr", "un"},
    {"fr", "une"},   {"fr", "du"},   {"fr", "des"}, {"fr", "au"},  {"fr", "aux"},  {"es", "el"},
    {"es", "la"},    {"es", "los"},  {"es", "las"}, {"es", "un"},  {"es", "una"},  {"es", "del"},
    {"es", "al"},
}};

// A place word before the name in a spaced script ("the city of X", "город X"):
// Cyrillic ones by their start, so that every case counts.
// Local services' words count too ("Polizei Köln", "Bomberos de Riobamba", "parquet de Mons").
inline constexpr std::array<std::string_view, 23> kPlaceWordsBefore = {"city",
                                                                       "town",
                                                                       "village",
                                                                       "province",
                                                                       "district",
                                                                       "stadt",
                                                                       "ville",
                                                                       "ciudad",
                                                                       "localidad",
                                                                       "municipio",
                                                                       "commune",
                                                                       "county",
                                                                       "gemeinde",
                                                                       "polizei",
                                                                       "kantonspolizei",
                                                                       "staatsanwaltschaft",
                                                                       "feuerwehr",
                                                                       "berufsfeuerwehr",
                                                                       "bomberos",
                                                                       "fiscalía",
                                                                       "polizeipräsidium",
                                                                       "parquet",
                                                                       "polizeidirektion"};
// Words that name a place after "of" (or "de", "du", "von") only: an office or an origin tied to one.
inline constexpr std::array<std::string_view, 19> kPlaceHeadsOf = {
    "mayor",           "maire",        "alcalde",      "alcaldesa",  "bürgermeister",
    "bürgermeisterin", "governor",     "préfet",       "gobernador", "originaire",
    "natif",           "native",       "région",       "region",     "provincia",
    "département",     "departamento", "ayuntamiento", "mairie"};
inline constexpr std::array<std::string_view, 8> kCyrillicPlaceStems = {"город",  "посёл", "посел", "сел",
                                                                        "деревн", "міст",  "селищ", "район"};
// A place word after a name in a spaced script ("Lagos State", "Oyo city").
inline constexpr std::array<std::string_view, 8> kPlaceWordsAfter = {
    "city", "town", "state", "province", "county", "district", "police", "fire"};
// Written onto the name in unspaced scripts and Arabic: after it in Chinese
// and Japanese (熊本市), before it in Thai and Arabic (จังหวัดน่าน, مدينة حمص).
// 地方 (region) and 沖 (off the coast of) follow a Japanese region's name: "四国地方", "四国沖".
inline constexpr std::array<std::string_view, 15> kPlaceSuffixes = {
    "市", "県", "省", "州", "区", "町", "村", "郡", "镇", "县", "縣", "鎮", "府", "地方", "沖"};
inline constexpr std::array<std::string_view, 10> kPlacePrefixes = {
    "จังหวัด", "อำเภอ", "เมือง", "ตำบล", "ที่", "مدينة", "محافظة", "ولاية", "بلدة", "شرطة"};

// Adjectives English news puts between a locative preposition and a town ("in nearby Dernau", "in northern
// Idlib"). German, Russian and Ukrainian ones are known by their endings (place_evidence).
inline constexpr std::array<std::string_view, 14> kEnglishLocativeAdjectives = {
    "nearby",  "neighbouring", "neighboring",  "northern",     "southern",     "eastern",      "western",
    "central", "coastal",      "northeastern", "northwestern", "southeastern", "southwestern", "downtown"};
// German contractions of a locative preposition and its article: "im italienischen Perugia".
inline constexpr std::array<std::string_view, 6> kGermanLocativeContractions = {"im",   "ins", "am",
                                                                                "beim", "vom", "zum"};

template <std::size_t N>
[[nodiscard]] inline bool contains(const std::array<std::string_view, N>& words, std::string_view word) {
    return std::find(words.begin(), words.end(), word) != words.end();
}

template <std::size_t N>
[[nodiscard]] inline bool contains(const std::array<WordOfLanguage, N>& words, std::string_view lang,
                                   std::string_view word) {
    return std::find(words.begin(), words.end(), WordOfLanguage{lang, word}) != words.end();
}

} // namespace lede::extract::places::words
