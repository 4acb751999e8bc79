#include "common/entities/name_slug.h"

#include "common/analysis/icu_status.h"

#include <algorithm>
#include <memory>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace lede {
namespace {

constexpr std::size_t kMaxSlugBytes = 64;

// Russian BGN leaves Latin text as it is; Any-Latin then takes the other scripts. Ukrainian names are
// romanised by Ukraine's national system (Cabinet of Ministers resolution 55 of 2010): its passports, its
// government's and its press's English spell Андрій Andrii, Сирський Syrskyi, Балаклія Balakliia, Ізюм Izium;
// the BGN spelling (Andriy, Syrskyy) is kept as a search variant for ids given before.
enum class Romanisation { russian, ukrainian, ukrainian_bgn };

// Transliterators are costly to build and not safe to share between
// threads, so each thread keeps its own, built on first use.
icu::Transliterator& transliterator(Romanisation rule) {
    thread_local std::unique_ptr<icu::Transliterator> cached[3];
    std::unique_ptr<icu::Transliterator>& slot = cached[static_cast<int>(rule)];
    if (!slot) {
        const char* id = rule == Romanisation::russian ? "Russian-Latin/BGN; Any-Latin; Latin-ASCII; Lower"
                         : rule == Romanisation::ukrainian_bgn
                             ? "Ukrainian-Latin/BGN; Any-Latin; Latin-ASCII; Lower"
                             : "Any-Latin; Latin-ASCII; Lower";
        UErrorCode status = U_ZERO_ERROR;
        slot.reset(
            icu::Transliterator::createInstance(icu::UnicodeString::fromUTF8(id), UTRANS_FORWARD, status));
        detail::check_icu(status, "Transliterator::createInstance");
    }
    return *slot;
}

// English-language news spells Russian names otherwise than BGN/PCGN in a few regular ways (Dmitry, Yevgeny,
// Maria, Alexander, Zelensky, as in the entity table), and Ukrainian surnames in -ський without the double y.
struct PressSpelling {
    std::string_view bgn;
    std::string_view press;
};
constexpr PressSpelling kRussianNames[] = {
    {"aleksandr", "alexander"}, {"aleksandra", "alexandra"}, {"aleksey", "alexei"}, {"maksim", "maxim"}};

std::string press_word(std::string word, Romanisation rule) {
    if (rule == Romanisation::russian) {
        for (const PressSpelling& name : kRussianNames) {
            if (word == name.bgn) {
                return std::string(name.press);
            }
        }
        if (word.size() > 4 && word.ends_with("iy")) {
            word.erase(word.size() - 2, 1); // dmitriy → dmitry, zelenskiy → zelensky
        } else if (word.size() > 5 && word.ends_with("iya")) {
            word.replace(word.size() - 3, 3, "ia"); // mariya → maria
        }
    }
    if (word.size() > 4 && word.ends_with("yy")) {
        word.pop_back(); // severnyy → severny, zelens'kyy → zelensky
    }
    return word;
}

std::string press_spelling(std::string_view slug, Romanisation rule) {
    std::string out;
    std::size_t begin = 0;
    while (begin <= slug.size()) {
        const std::size_t dash = std::min(slug.find('-', begin), slug.size());
        out += (out.empty() ? "" : "-") + press_word(std::string(slug.substr(begin, dash - begin)), rule);
        begin = dash + 1;
    }
    return out;
}

bool has_cyrillic_letters(std::string_view name) {
    return std::any_of(name.begin(), name.end(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return byte == 0xD0 || byte == 0xD1 || byte == 0xD2 || byte == 0xD3; // U+0400–U+04FF
    });
}

bool has_ukrainian_letters(std::string_view name) {
    for (const std::string_view letter : {"і", "ї", "є", "ґ", "І", "Ї", "Є", "Ґ"}) {
        if (name.find(letter) != std::string_view::npos) {
            return true;
        }
    }
    return false;
}

std::string slug_with(std::string_view name, Romanisation rule) {
    const std::string source =
        rule == Romanisation::ukrainian ? detail::ukrainian_national_romanisation(name) : std::string(name);
    icu::UnicodeString text =
        icu::UnicodeString::fromUTF8(icu::StringPiece(source.data(), static_cast<int32_t>(source.size())));
    transliterator(rule).transliterate(text);
    std::string ascii;
    text.toUTF8String(ascii);
    std::string slug;
    for (const char c : ascii) {
        const bool word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (word) {
            slug.push_back(c);
        } else if (c == '\'' || c == '"') {
            continue; // soft signs and apostrophes: dniprovs'kyy → dniprovskyy
        } else if (!slug.empty() && slug.back() != '-') {
            slug.push_back('-');
        }
    }
    while (!slug.empty() && slug.back() == '-') {
        slug.pop_back();
    }
    if (!slug.empty() && rule != Romanisation::ukrainian && has_cyrillic_letters(name)) {
        slug = press_spelling(slug, rule);
    }
    if (slug.size() > kMaxSlugBytes) {
        const std::size_t cut = slug.rfind('-', kMaxSlugBytes);
        slug.resize(cut == std::string::npos || cut == 0 ? kMaxSlugBytes : cut);
    }
    return slug;
}

// Han-Latin gives tone marks and ü; Latin-ASCII makes them ASCII (ü → u, as the slug of "Lü" is).
icu::Transliterator& han_latin() {
    thread_local std::unique_ptr<icu::Transliterator> cached;
    if (!cached) {
        UErrorCode status = U_ZERO_ERROR;
        cached.reset(icu::Transliterator::createInstance(
            icu::UnicodeString::fromUTF8("Han-Latin; Latin-ASCII; Lower"), UTRANS_FORWARD, status));
        detail::check_icu(status, "Transliterator::createInstance");
    }
    return *cached;
}

// A letter's spelling at the start of a word, and elsewhere (they differ for є ї й ю я). The Russian letters
// a Ukrainian text may quote are spelt as Ukrainian news spells them.
struct Letter {
    char32_t cyrillic;
    std::string_view initial;
    std::string_view inside;
};
constexpr Letter kNationalRomanisation[] = {
    {U'а', "a", "a"},   {U'б', "b", "b"},   {U'в', "v", "v"},   {U'г', "h", "h"},   {U'ґ', "g", "g"},
    {U'д', "d", "d"},   {U'е', "e", "e"},   {U'є', "ye", "ie"}, {U'ж', "zh", "zh"}, {U'з', "z", "z"},
    {U'и', "y", "y"},   {U'і', "i", "i"},   {U'ї', "yi", "i"},  {U'й', "y", "i"},   {U'к', "k", "k"},
    {U'л', "l", "l"},   {U'м', "m", "m"},   {U'н', "n", "n"},   {U'о', "o", "o"},   {U'п', "p", "p"},
    {U'р', "r", "r"},   {U'с', "s", "s"},   {U'т', "t", "t"},   {U'у', "u", "u"},   {U'ф', "f", "f"},
    {U'х', "kh", "kh"}, {U'ц', "ts", "ts"}, {U'ч', "ch", "ch"}, {U'ш', "sh", "sh"}, {U'щ', "shch", "shch"},
    {U'ь', "", ""},     {U'ю', "yu", "iu"}, {U'я', "ya", "ia"}, {U'ы', "y", "y"},   {U'э', "e", "e"},
    {U'ё', "yo", "io"}, {U'ъ', "", ""},     {U'\'', "", ""},    {U'’', "", ""},     {U'ʼ', "", ""},
};

[[nodiscard]] const Letter* letter_of(char32_t c) {
    for (const Letter& letter : kNationalRomanisation) {
        if (letter.cyrillic == c) {
            return &letter;
        }
    }
    return nullptr;
}

} // namespace

namespace detail {

std::string ukrainian_national_romanisation(std::string_view text) {
    std::string out;
    bool word_start = true;
    std::int32_t at = 0;
    const auto length = static_cast<std::int32_t>(text.size());
    while (at < length) {
        const std::int32_t begin = at;
        UChar32 c = 0;
        U8_NEXT(text.data(), at, length, c);
        const auto lower = static_cast<char32_t>(u_tolower(c));
        const bool capital = lower != static_cast<char32_t>(c);
        // "зг" is written zgh, so as not to read as "zh".
        if (lower == U'г' && !out.empty() && (out.back() == 'z' || out.back() == 'Z') && !word_start) {
            out += "gh";
            continue;
        }
        const Letter* letter = c < 0 ? nullptr : letter_of(lower);
        if (letter == nullptr) {
            out.append(text.substr(static_cast<std::size_t>(begin), static_cast<std::size_t>(at - begin)));
            word_start = !u_isalpha(c);
            continue;
        }
        std::string spelt(word_start ? letter->initial : letter->inside);
        if (capital && !spelt.empty()) {
            spelt[0] = static_cast<char>(spelt[0] - 'a' + 'A');
        }
        out += spelt;
        word_start = false;
    }
    return out;
}

} // namespace detail

std::string pinyin(std::string_view han) {
    std::string out;
    icu::UnicodeString characters =
        icu::UnicodeString::fromUTF8(icu::StringPiece(han.data(), static_cast<int32_t>(han.size())));
    for (int32_t at = 0; at < characters.length();) {
        const int32_t next = characters.moveIndex32(at, 1);
        icu::UnicodeString one(characters, at, next - at);
        han_latin().transliterate(one);
        std::string latin;
        one.toUTF8String(latin);
        latin.erase(std::remove(latin.begin(), latin.end(), ' '), latin.end());
        if (latin.empty() ||
            !std::all_of(latin.begin(), latin.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
            return {};
        }
        out += latin;
        at = next;
    }
    return out;
}

std::string name_slug(std::string_view name, std::string_view lang) {
    return slug_with(name, lang == "uk" || has_ukrainian_letters(name) ? Romanisation::ukrainian
                                                                       : Romanisation::russian);
}

std::vector<std::string> name_slug_variants(std::string_view name) {
    std::vector<std::string> slugs;
    for (const Romanisation rule :
         {Romanisation::russian, Romanisation::ukrainian, Romanisation::ukrainian_bgn}) {
        std::string slug = slug_with(name, rule);
        if (!slug.empty() && std::find(slugs.begin(), slugs.end(), slug) == slugs.end()) {
            slugs.push_back(std::move(slug));
        }
    }
    return slugs;
}

} // namespace lede
