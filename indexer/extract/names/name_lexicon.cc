#include "indexer/extract/names/name_lexicon.h"

#include "common/sorted_lines.h"

#include <algorithm>
#include <optional>
#include <vector>

namespace lede::extract::names::lexicon {

// Defined in the generated name_lexicon_data.cc: one entry a line, "key" or
// "key<TAB>reading", sorted by bytes.
extern const std::string_view kLatinGivenBlob;
extern const std::string_view kCyrillicGivenBlob;
extern const std::string_view kKatakanaGivenBlob;
extern const std::string_view kKatakanaSurnameBlob;
extern const std::string_view kKatakanaPersonBlob;
// Defined in the generated kanji_name_lexicon_data.cc, "kanji<TAB>hiragana" likewise.
extern const std::string_view kKanjiSurnameBlob;
extern const std::string_view kKanjiGivenBlob;
extern const std::string_view kKanjiPersonBlob;

namespace {

using Table = detail::SortedLines;

const Table& latin_given() {
    static const Table table(kLatinGivenBlob);
    return table;
}
const Table& cyrillic_given() {
    static const Table table(kCyrillicGivenBlob);
    return table;
}
const Table& katakana_given() {
    static const Table table(kKatakanaGivenBlob);
    return table;
}
const Table& katakana_surnames() {
    static const Table table(kKatakanaSurnameBlob);
    return table;
}

const Table& katakana_people() {
    static const Table table(kKatakanaPersonBlob);
    return table;
}

const Table& kanji_surnames() {
    static const Table table(kKanjiSurnameBlob);
    return table;
}

const Table& kanji_given() {
    static const Table table(kKanjiGivenBlob);
    return table;
}

const Table& kanji_people() {
    static const Table table(kKanjiPersonBlob);
    return table;
}

} // namespace

bool is_given_name(std::string_view key) {
    // Cyrillic letters are U+0400..U+04FF: lead bytes 0xD0..0xD3.
    const auto lead = key.empty() ? 0U : static_cast<unsigned char>(key.front());
    const bool cyrillic = lead >= 0xD0 && lead <= 0xD3;
    return !(cyrillic ? cyrillic_given() : latin_given()).find(key).empty();
}

std::string_view katakana_given_name(std::string_view katakana) {
    return katakana_given().find(katakana);
}

std::string_view katakana_surname(std::string_view katakana) {
    return katakana_surnames().find(katakana);
}

std::string_view katakana_person(std::string_view katakana) {
    return katakana_people().find(katakana);
}

std::string_view kanji_surname(std::string_view kanji) {
    return kanji_surnames().find(kanji);
}

std::string_view kanji_given_name(std::string_view kanji) {
    return kanji_given().find(kanji);
}

// "2 いしば しげる": the surname's kanji, its reading and the given name's; "" for a name to leave unnamed.
std::optional<KanjiReading> kanji_person(std::string_view kanji) {
    const std::optional<std::string_view> entry = kanji_people().lookup(kanji);
    if (!entry) {
        return std::nullopt;
    }
    KanjiReading reading;
    const std::size_t first = entry->find(' ');
    const std::size_t second = first == std::string_view::npos ? first : entry->find(' ', first + 1);
    if (second != std::string_view::npos && first == 1 && entry->front() >= '0' && entry->front() <= '9') {
        reading.surname_kanji = static_cast<std::size_t>(entry->front() - '0');
        reading.surname = entry->substr(first + 1, second - first - 1);
        reading.given = entry->substr(second + 1);
    }
    return reading;
}

} // namespace lede::extract::names::lexicon
