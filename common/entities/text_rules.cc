#include "common/entities/text_rules.h"

#include "common/analysis/token_folding.h"

#include "common/analysis/icu_status.h"

#include <array>
#include <cstdint>
#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

namespace lede::detail {
namespace {

constexpr std::size_t kMaxElisionBytes = 4; // "dell'" is the longest elided word the analyser strips
constexpr std::uint8_t kRu = 1;
constexpr std::uint8_t kUk = 2;
constexpr std::uint8_t kRuUk = kRu | kUk;

struct Ending {
    std::string_view text;
    std::uint8_t langs;
};

// Case endings of nouns, adjectives and names. Genitive plurals -ов/-ев/-ів
// and -ин are left out on purpose: they end surnames (Мирзоев, Путин), and
// stripping them would equate "Иван" with "Иванов".
constexpr std::array<Ending, 52> kCyrillicEndings = {{
    {"а", kRuUk},  {"я", kRuUk},   {"у", kRuUk},   {"ю", kRuUk},   {"е", kRuUk},  {"и", kRuUk},
    {"о", kRuUk},  {"й", kRuUk},   {"ь", kRuUk},   {"ы", kRu},     {"є", kUk},    {"і", kUk},
    {"ї", kUk},    {"ом", kRuUk},  {"ем", kRuUk},  {"ой", kRu},    {"ей", kRu},   {"ою", kRuUk},
    {"ею", kRuUk}, {"єю", kUk},    {"ам", kRuUk},  {"ям", kRuUk},  {"ах", kRuUk}, {"ях", kRuUk},
    {"ым", kRu},   {"им", kRuUk},  {"ім", kUk},    {"ых", kRu},    {"их", kRuUk}, {"іх", kUk},
    {"ую", kRuUk}, {"юю", kRuUk},  {"ая", kRuUk},  {"яя", kRuUk},  {"ое", kRu},   {"ее", kRu},
    {"ые", kRu},   {"ие", kRu},    {"ий", kRuUk},  {"ый", kRu},    {"ій", kUk},   {"ої", kUk},
    {"єм", kUk},   {"ого", kRuUk}, {"его", kRu},   {"ому", kRuUk}, {"ему", kRu},  {"ові", kUk},
    {"еві", kUk},  {"ыми", kRu},   {"ими", kRuUk}, {"ами", kRuUk},
}};

constexpr std::size_t kMinAlternationLetters = 5; // "Америці", not "лісі"

constexpr std::string_view kArticle = "ال";
constexpr std::array<std::string_view, 2> kConjunctions = {"و", "ف"};
constexpr std::array<std::string_view, 3> kPrepositions = {"ب", "ل", "ك"};

[[nodiscard]] UChar32 decode(std::string_view text, std::size_t& at) {
    const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
    auto index = static_cast<int32_t>(at);
    UChar32 c = 0;
    U8_NEXT(bytes, index, static_cast<int32_t>(text.size()), c);
    at = static_cast<std::size_t>(index);
    return c;
}

[[nodiscard]] std::uint8_t lang_mask(std::string_view lang) {
    if (lang == "ru") {
        return kRu;
    }
    if (lang == "uk") {
        return kUk;
    }
    return kRuUk; // a Russian name quoted in an English text still inflects
}

void add_arabic_remainder(std::string_view rest, std::vector<std::string>& out) {
    if (code_points(rest) >= 2) {
        out.emplace_back(rest);
    }
    if (rest.starts_with(kArticle) && code_points(rest.substr(kArticle.size())) >= 2) {
        out.emplace_back(rest.substr(kArticle.size()));
    }
    // ل + ال is written لل: "للأمم" is "ل" + "الأمم".
    constexpr std::string_view kLamLam = "لل";
    if (rest.starts_with(kLamLam) && code_points(rest.substr(kLamLam.size())) >= 2) {
        out.push_back(std::string(kArticle) + std::string(rest.substr(kLamLam.size())));
    }
}

} // namespace

std::size_t code_points(std::string_view text) noexcept {
    std::size_t count = 0;
    for (const char c : text) {
        if ((static_cast<unsigned char>(c) & 0xC0U) != 0x80U) {
            ++count;
        }
    }
    return count;
}

std::vector<Character> characters_of(std::string_view text) {
    std::vector<Character> out;
    std::int32_t at = 0;
    const auto length = static_cast<std::int32_t>(text.size());
    while (at < length) {
        const auto begin = static_cast<std::size_t>(at);
        UChar32 c = 0;
        U8_NEXT(text.data(), at, length, c);
        out.push_back({static_cast<char32_t>(c < 0 ? 0xFFFD : c), begin, static_cast<std::size_t>(at)});
    }
    return out;
}

TextScript script_of_decoded(std::string_view term) {
    for (std::size_t at = 0; at < term.size();) {
        const auto byte = static_cast<unsigned char>(term[at]);
        if (byte < 0x80) { // every token and term of English text: no property lookup
            ++at;
            if ((byte | 0x20) >= 'a' && (byte | 0x20) <= 'z') {
                return TextScript::latin;
            }
            continue; // digits, punctuation: Common
        }
        const UChar32 c = decode(term, at);
        UErrorCode status = U_ZERO_ERROR;
        const UScriptCode script = uscript_getScript(c, &status);
        switch (script) {
        case USCRIPT_COMMON:
        case USCRIPT_INHERITED:
            continue; // digits, marks, the Katakana length mark: look further
        case USCRIPT_LATIN:
            return TextScript::latin;
        case USCRIPT_CYRILLIC:
            return TextScript::cyrillic;
        case USCRIPT_ARABIC:
            return TextScript::arabic;
        case USCRIPT_HAN:
        case USCRIPT_HIRAGANA:
        case USCRIPT_KATAKANA:
        case USCRIPT_THAI:
        case USCRIPT_LAO:
        case USCRIPT_KHMER:
        case USCRIPT_MYANMAR:
            return TextScript::unspaced;
        default:
            return TextScript::other;
        }
    }
    return TextScript::other;
}

void append_cyrillic_stems(std::string_view term, std::string_view lang, std::vector<std::string>& out) {
    const std::uint8_t mask = lang_mask(lang);
    const std::size_t letters = code_points(term);
    for (const Ending& ending : kCyrillicEndings) {
        // The last byte first: it rules out nearly every ending before a comparison.
        if ((ending.langs & mask) != 0 && !term.empty() && term.back() == ending.text.back() &&
            term.ends_with(ending.text) && letters >= code_points(ending.text) + 3) {
            out.emplace_back(term.substr(0, term.size() - ending.text.size()));
        }
    }
    // Ukrainian's locative and dative -і turn г, к, х before it into з, ц, с: "у Санкт-Петербурзі",
    // "в Америці", "в Африці" (the stem of Петербург, Америка, Африка).
    if ((mask & kUk) != 0 && letters >= kMinAlternationLetters) {
        static constexpr std::array<std::pair<std::string_view, std::string_view>, 3> kAlternations = {
            {{"зі", "г"}, {"ці", "к"}, {"сі", "х"}}};
        for (const auto& [ending, consonant] : kAlternations) {
            if (term.ends_with(ending)) {
                out.push_back(std::string(term.substr(0, term.size() - ending.size())) +
                              std::string(consonant));
            }
        }
    }
}

void append_arabic_stems(std::string_view term, std::vector<std::string>& out) {
    if (term.starts_with(kArticle) && code_points(term.substr(kArticle.size())) >= 2) {
        out.emplace_back(term.substr(kArticle.size()));
    }
    constexpr std::string_view kLamLam = "لل";
    if (term.starts_with(kLamLam) && code_points(term.substr(kLamLam.size())) >= 2) {
        out.push_back(std::string(kArticle) + std::string(term.substr(kLamLam.size())));
    }
    for (std::string_view preposition : kPrepositions) {
        if (term.starts_with(preposition)) {
            add_arabic_remainder(term.substr(preposition.size()), out);
        }
    }
    for (std::string_view conjunction : kConjunctions) {
        if (!term.starts_with(conjunction)) {
            continue;
        }
        const std::string_view rest = term.substr(conjunction.size());
        add_arabic_remainder(rest, out);
        for (std::string_view preposition : kPrepositions) {
            if (rest.starts_with(preposition)) {
                add_arabic_remainder(rest.substr(preposition.size()), out);
            }
        }
    }
}

std::int32_t first_code_point(std::string_view text) {
    std::size_t at = 0;
    return text.empty() ? U_SENTINEL : decode(text, at);
}

std::int32_t last_code_point(std::string_view text) {
    UChar32 c = U_SENTINEL;
    if (!text.empty()) {
        auto at = static_cast<std::int32_t>(text.size());
        U8_PREV(text.data(), 0, at, c);
    }
    return c;
}

bool is_han(std::int32_t c) {
    UErrorCode status = U_ZERO_ERROR;
    return c >= 0 && uscript_getScript(c, &status) == USCRIPT_HAN && U_SUCCESS(status);
}

bool is_all_caps_word(std::string_view text) {
    bool upper = false;
    for (std::size_t at = 0; at < text.size();) {
        const UChar32 c = decode(text, at);
        if (u_isULowercase(c)) {
            return false;
        }
        upper = upper || u_isUUppercase(c);
    }
    return upper;
}

bool starts_upper_case_decoded(std::string_view text) {
    std::size_t at = 0;
    return !text.empty() && u_isUUppercase(decode(text, at));
}

bool starts_lower_case_decoded(std::string_view text) {
    std::size_t at = 0;
    return !text.empty() && u_isULowercase(decode(text, at));
}

std::string nfkc(std::string_view text) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* normalizer = icu::Normalizer2::getNFKCInstance(status);
    check_icu(status, "Normalizer2::getNFKCInstance");
    std::string out;
    icu::StringByteSink<std::string> sink(&out);
    normalizer->normalizeUTF8(0, icu::StringPiece(text.data(), static_cast<int32_t>(text.size())), sink,
                              nullptr, status);
    check_icu(status, "Normalizer2::normalizeUTF8(NFKC)");
    return out;
}

std::string casefold(std::string_view text) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* normalizer = icu::Normalizer2::getNFKCCasefoldInstance(status);
    check_icu(status, "Normalizer2::getNFKCCasefoldInstance");
    std::string out;
    icu::StringByteSink<std::string> sink(&out);
    normalizer->normalizeUTF8(0, icu::StringPiece(text.data(), static_cast<int32_t>(text.size())), sink,
                              nullptr, status);
    check_icu(status, "Normalizer2::normalizeUTF8(NFKC_Casefold)");
    return out;
}

bool same_case_text(std::string_view text, std::string_view alias_nfkc) {
    std::string normalised;
    for (const char c : text) {
        if ((static_cast<unsigned char>(c) & 0x80U) != 0) {
            normalised = nfkc(text);
            text = normalised;
            break;
        }
    }
    if (!text.starts_with(alias_nfkc)) {
        // An elided article stays on the token: "L'ONU", "d'UN".
        const std::size_t apostrophe = text.find_first_of("'\xE2\xCA");
        if (apostrophe == std::string_view::npos || apostrophe == 0 || apostrophe > kMaxElisionBytes) {
            return false;
        }
        for (const std::string_view mark :
             {std::string_view("'"), std::string_view("\u2019"), std::string_view("\u02BC")}) {
            if (text.substr(apostrophe).starts_with(mark)) {
                // The alias may carry its own elision, with another apostrophe: "Côte d’Ivoire" written
                // "Côte d'Ivoire".
                const std::size_t alias_apostrophe = alias_nfkc.find_first_of("'\xE2\xCA");
                if (alias_apostrophe == apostrophe &&
                    alias_nfkc.substr(0, apostrophe) == text.substr(0, apostrophe)) {
                    for (const std::string_view alias_mark :
                         {std::string_view("'"), std::string_view("\u2019"), std::string_view("\u02BC")}) {
                        if (alias_nfkc.substr(apostrophe).starts_with(alias_mark)) {
                            return same_case_text(text.substr(apostrophe + mark.size()),
                                                  alias_nfkc.substr(apostrophe + alias_mark.size()));
                        }
                    }
                }
                return same_case_text(text.substr(apostrophe + mark.size()), alias_nfkc);
            }
        }
        return false;
    }
    const std::string_view rest = text.substr(alias_nfkc.size());
    return rest.empty() || rest == "'s" || rest == "'" || rest == "\u2019s" || rest == "\u2019" ||
           rest == "\u02BCs";
}

bool same_initial_case(std::string_view text, std::string_view alias_nfkc) {
    if (is_all_caps_word(alias_nfkc)) {
        return is_all_caps_word(text);
    }
    return starts_upper_case(text) == starts_upper_case(alias_nfkc);
}

bool is_joining_gap(std::string_view gap) {
    std::size_t newlines = 0;
    for (std::size_t at = 0; at < gap.size();) {
        const UChar32 c = decode(gap, at);
        if (c == '\n' && ++newlines > 1) {
            return false; // a paragraph break ends every name
        }
        const bool joining = u_isUWhiteSpace(c) || c == '-' || (c >= 0x2010 && c <= 0x2013) || c == 0x00B7 ||
                             c == 0x30FB || c == 0xFF65 || c == 0x00AD;
        if (!joining) {
            return false;
        }
    }
    return true;
}

std::string spelling_key(std::string_view text) {
    std::string folded = casefold(text);
    std::string bare = strip_accents(folded);
    return bare.empty() ? folded : bare;
}

} // namespace lede::detail
