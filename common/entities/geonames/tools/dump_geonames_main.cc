// Build-time tool: writes the places of Debian's libgeonames (GeoNames'
// cities of 15,000 people or more, their first-level regions, their
// countries' codes) and their names in lede's ten languages as one TSV file,
// which layer_main.cc turns into lede's GeoNames layer. The
// library ships the city list in its code and the translated names as
// gettext catalogues keyed by GeoNames id ("2643743") or by admin code
// ("GB", "GB.ENG"); this tool reads both, so lede needs neither at run time.
//
// Usage: dump-geonames LOCALEDIR OUTPUT.cc WORDLIST...
// OUTPUT.cc defines lede::detail::kGeonamesPlacesTsv, rows of UTF-8 TSV:
//   city    GEONAMEID  CC  CC.ADMIN1  POPULATION  NAME  lang=name|lang=name...
//   region  CC.ADMIN1  ENGLISH-NAME  lang=name|lang=name...
// A name that is also a lower-case word of one of the WORDLISTs (Debian's
// /usr/share/dict lists, or a hunspell .dic whose "/FLAGS" are dropped) is
// written with a leading `~`: "Nice", "Split", "Reading", "Орел" are towns
// only when the article gives evidence. A WORDLIST "LIST:DICTIONARY" pairs a
// list written all in lower case with the hunspell dictionary of its language,
// which says which of its words are proper nouns ("guayaquil").
// Exit status 1 with a one-line message when a catalogue or list is damaged
// or missing, or the output cannot be written.

#include <geonames/geonames.h>
#include <hunspell.hxx>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace {

constexpr std::array<std::string_view, 10> kLanguages = {"en", "ru", "uk", "de", "fr",
                                                         "es", "zh", "ja", "ar", "th"};

/// A gettext catalogue (.mo): original → translation.
using Catalogue = std::map<std::string, std::string, std::less<>>;

[[nodiscard]] std::uint32_t read_u32(const std::string& data, std::size_t at, bool swapped) {
    if (at + 4 > data.size()) {
        throw std::runtime_error("truncated catalogue");
    }
    std::uint32_t value = 0;
    std::memcpy(&value, data.data() + at, 4);
    return swapped ? __builtin_bswap32(value) : value;
}

[[nodiscard]] std::string_view entry(const std::string& data, std::uint32_t table, std::uint32_t index,
                                     bool swapped) {
    const std::uint32_t length = read_u32(data, table + index * 8, swapped);
    const std::uint32_t offset = read_u32(data, table + index * 8 + 4, swapped);
    if (static_cast<std::size_t>(offset) + length > data.size()) {
        throw std::runtime_error("string outside the catalogue");
    }
    return std::string_view(data).substr(offset, length);
}

/// Reads a .mo file; a missing file is an empty catalogue (the language has no names).
[[nodiscard]] Catalogue read_catalogue(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    Catalogue catalogue;
    if (!in) {
        return catalogue;
    }
    const std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const std::uint32_t magic = read_u32(data, 0, false);
    bool swapped = false;
    if (magic == 0xde120495U) {
        swapped = true;
    } else if (magic != 0x950412deU) {
        throw std::runtime_error(path + ": not a gettext catalogue");
    }
    const std::uint32_t count = read_u32(data, 8, swapped);
    const std::uint32_t originals = read_u32(data, 12, swapped);
    const std::uint32_t translations = read_u32(data, 16, swapped);
    for (std::uint32_t i = 0; i < count; ++i) {
        const std::string_view original = entry(data, originals, i, swapped);
        const std::string_view translation = entry(data, translations, i, swapped);
        if (!original.empty() && !translation.empty()) {
            catalogue.emplace(std::string(original), std::string(translation));
        }
    }
    return catalogue;
}

/// A name fit for a TSV field and our `|`/`=` separators.
[[nodiscard]] std::string clean(std::string_view text) {
    std::string out;
    for (const char c : text) {
        out += (c == '\t' || c == '\n' || c == '\r' || c == '|') ? ' ' : c;
    }
    return out;
}

[[nodiscard]] std::string folded(std::string_view text) {
    std::string out;
    icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<std::int32_t>(text.size())))
        .foldCase()
        .toUTF8String(out);
    return out;
}

[[nodiscard]] std::string without_accents(const std::string& text) {
    static icu::Transliterator* const strip = [] {
        UErrorCode status = U_ZERO_ERROR;
        icu::Transliterator* made = icu::Transliterator::createInstance(
            "NFD; [:Nonspacing Mark:] Remove; NFC", UTRANS_FORWARD, status);
        if (U_FAILURE(status)) {
            throw std::runtime_error("ICU: cannot make the accent-stripping transliterator");
        }
        return made;
    }();
    icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(text);
    strip->transliterate(unicode);
    std::string out;
    unicode.toUTF8String(out);
    return out;
}

// Words that GeoNames gives as a town's name in a script without a usable word
// list here (Arabic's lists hold names as well as words): "the city" (Medina),
// "the capital", "the island", "the white" (Al Bayda), "country" (Balad).
const std::unordered_set<std::string> kGenericNames = {
    "المدينة", "مدينة",    "العاصمة",  "الجزيرة", "جزيرة", "البيضاء", "بلد",    "الوسطى", "الساحل", "الشرقية",
    "الغربية", "الشمالية", "الجنوبية", "المركز",  "السوق", "الميناء", "الحرية", "النصر",  "السلام"};

/// Whether a letter of `text` is upper case (cheaper than folding the
/// 3,000,000 lines of the word lists).
[[nodiscard]] bool has_upper_case(std::string_view text) {
    std::int32_t i = 0;
    const auto length = static_cast<std::int32_t>(text.size());
    while (i < length) {
        UChar32 c = 0;
        U8_NEXT(reinterpret_cast<const std::uint8_t*>(text.data()), i, length, c);
        if (c < 0 || u_isupper(c)) {
            return true;
        }
    }
    return false;
}

/// The lower-case words of the word lists that are also place names. The
/// names are gathered first (want()), so that the 3,000,000 lines of the lists
/// are only looked up, not stored.
class CommonWords {
public:
    /// Notes a name contains() will be asked about.
    void want(std::string_view name) {
        for (std::string& key : keys_of(name)) {
            wanted_.insert(std::move(key));
        }
    }
    /// Reads one list; `path` may be "LIST:DICTIONARY", a list in lower case throughout (wspanish and
    /// wfrench write "guayaquil" as they write "granada") and the hunspell dictionary (.dic, its .aff beside
    /// it) of its language: a word of LIST that the dictionary does not accept in lower case is a proper
    /// noun, not a word ("guayaquil" is spelt "Guayaquil"; "granada", "van", "tours" are words).
    void read(const std::string& path) {
        const std::size_t colon = path.find(':');
        std::unique_ptr<Hunspell> dictionary;
        if (colon != std::string::npos) {
            const std::string dic = path.substr(colon + 1);
            const std::string aff = dic.substr(0, dic.rfind('.')) + ".aff";
            if (!std::ifstream(dic) || !std::ifstream(aff)) {
                throw std::runtime_error(dic + ": cannot read dictionary or its .aff");
            }
            dictionary = std::make_unique<Hunspell>(aff.c_str(), dic.c_str());
        }
        const std::string list = path.substr(0, colon);
        std::ifstream in(list);
        if (!in) {
            throw std::runtime_error(list + ": cannot read word list");
        }
        std::string line;
        while (std::getline(in, line)) {
            if (const std::size_t slash = line.find('/'); slash != std::string::npos) {
                line.resize(slash);
            }
            if (!line.empty() && line.back() == '\r') {
                line.pop_back();
            }
            // A lower-case word is its own case fold, near enough for a word list.
            if (!line.empty() && wanted_.contains(line) && !has_upper_case(line) &&
                (dictionary == nullptr || dictionary->spell(line))) {
                words_.insert(line);
            }
        }
    }
    /// As written or without its accents (text written "Para" is matched to
    /// "Pará"), or, in Cyrillic, without a final vowel: the matcher takes
    /// "Совета" for "Совето" (Soweto) by removing case endings, so a name whose
    /// stem is a word ("совет", council) is a word too.
    [[nodiscard]] bool contains(std::string_view name) const {
        const std::vector<std::string> keys = keys_of(name);
        return kGenericNames.contains(keys.front()) ||
               std::any_of(keys.begin(), keys.end(),
                           [&](const std::string& key) { return words_.contains(key); });
    }

private:
    [[nodiscard]] static std::vector<std::string> keys_of(std::string_view name) {
        std::vector<std::string> keys{folded(name)};
        keys.push_back(without_accents(keys.front()));
        const std::string key = keys.front(); // a copy: keys grows below
        static constexpr std::array<std::string_view, 10> kEndings = {"а", "о", "е", "и", "ы",
                                                                      "я", "ю", "у", "ь", "й"};
        for (const std::string_view ending : kEndings) {
            if (key.size() > ending.size() + 6 && key.ends_with(ending) &&
                static_cast<unsigned char>(key.front()) >= 0xD0 &&
                static_cast<unsigned char>(key.front()) <= 0xD3) {
                keys.push_back(key.substr(0, key.size() - ending.size()));
            }
        }
        return keys;
    }

    std::unordered_set<std::string> wanted_;
    std::unordered_set<std::string> words_;
};

/// A name, marked `~` when it is also a common word.
[[nodiscard]] std::string marked(std::string_view name, const CommonWords& common) {
    return (common.contains(name) ? "~" : "") + clean(name);
}

[[nodiscard]] std::string names_field(const std::vector<std::pair<std::string_view, Catalogue>>& catalogues,
                                      const std::string& key, const CommonWords& common) {
    std::string field;
    for (const auto& [lang, catalogue] : catalogues) {
        const auto found = catalogue.find(key);
        if (found != catalogue.end()) {
            field += (field.empty() ? "" : "|") + std::string(lang) + "=" + marked(found->second, common);
        }
    }
    return field;
}

[[nodiscard]] std::string child_string(GeonamesCity* city, std::size_t index) {
    const gchar* text = nullptr;
    g_variant_get_child(city, index, "&s", &text);
    return text == nullptr ? std::string() : std::string(text);
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 4) {
        std::cerr << "usage: dump-geonames LOCALEDIR OUTPUT.cc WORDLIST...\n";
        return 2;
    }
    try {
        const std::string locale_dir = argv[1];
        std::vector<std::pair<std::string_view, Catalogue>> catalogues;
        for (const std::string_view lang : kLanguages) {
            catalogues.emplace_back(
                lang, read_catalogue(locale_dir + "/" + std::string(lang) + "/LC_MESSAGES/geonames.mo"));
        }
        if (catalogues.front().second.empty()) {
            throw std::runtime_error(locale_dir + "/en/LC_MESSAGES/geonames.mo: missing or empty");
        }
        CommonWords common;
        for (const auto& [lang, catalogue] : catalogues) {
            for (const auto& [key, name] : catalogue) {
                common.want(name);
            }
        }
        for (gint i = 0; i < geonames_get_n_cities(); ++i) {
            GeonamesCity* city = geonames_get_city(i);
            common.want(geonames_city_get_name(city));
            if (const gchar* state = geonames_city_get_state(city); state != nullptr) {
                common.want(state);
            }
            geonames_city_free(city);
        }
        for (int i = 3; i < argc; ++i) {
            common.read(argv[i]);
        }
        std::ostringstream out;
        std::map<std::string, std::string> regions; // CC.ADMIN1 → English name from the city records
        const gint cities = geonames_get_n_cities();
        for (gint i = 0; i < cities; ++i) {
            GeonamesCity* city = geonames_get_city(i);
            // (id, name, admin1 code, state, country code, country, timezone, population, lat, lon)
            const std::string id = child_string(city, 0);
            const std::string admin1 = child_string(city, 2);
            const std::string country = geonames_city_get_country_code(city);
            const std::string region = admin1.empty() ? std::string() : country + "." + admin1;
            if (!region.empty() && geonames_city_get_state(city) != nullptr) {
                regions.emplace(region, geonames_city_get_state(city));
            }
            out << "city\t" << id << '\t' << country << '\t' << region << '\t'
                << geonames_city_get_population(city) << '\t' << marked(geonames_city_get_name(city), common)
                << '\t' << names_field(catalogues, id, common) << '\n';
            geonames_city_free(city);
        }
        for (const auto& [code, state] : regions) {
            const auto english = catalogues.front().second.find(code);
            out << "region\t" << code << '\t'
                << marked(english != catalogues.front().second.end() ? english->second : state, common)
                << '\t' << names_field(catalogues, code, common) << '\n';
        }
        std::ofstream file(argv[2], std::ios::binary | std::ios::trunc);
        file << "// Generated at build time by common/entities/geonames/tools/dump_geonames_main.cc from "
                "Debian's\n"
                "// libgeonames (GeoNames, CC BY 4.0): edit that tool, never this file.\n"
                "#include \"common/entities/geonames/tools/geonames_places.h\"\n\n"
                "namespace lede::detail {\n\n"
                "const char* const kGeonamesPlacesTsv = R\"lede_tsv("
             << out.str()
             << ")lede_tsv\";\n\n"
                "} // namespace lede::detail\n";
        if (!file.flush()) {
            throw std::runtime_error(std::string(argv[2]) + ": cannot write");
        }
    } catch (const std::exception& error) {
        std::cerr << "dump-geonames: " << error.what() << '\n';
        return 1;
    }
    return 0;
}
