#include "indexer/extract/language/language_id.h"

#include <cld2/public/compact_lang_det.h>
#include <cstdio> // must precede the CLD2 header, which uses it without including it
#include <unicode/uscript.h>
#include <unicode/utf8.h>

namespace lede::extract::language {
namespace {

// CLD2 needs a few hundred bytes to be right; the script pass covers the rest.
constexpr std::size_t kMinCld2Bytes = 200;
// Enough text to decide; articles are often long and detection is per article.
constexpr std::size_t kSampleBytes = 8192;

struct ScriptCounts {
    std::size_t latin = 0, cyrillic = 0, han = 0, kana = 0, hangul = 0, thai = 0, arabic = 0, greek = 0,
                hebrew = 0, letters = 0;
    std::size_t ukrainian_only = 0; // і ї є ґ
    std::size_t russian_only = 0;   // ы э ъ ё
};

[[nodiscard]] ScriptCounts count_scripts(std::string_view text) {
    ScriptCounts counts;
    const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
    const auto length = static_cast<int32_t>(text.size());
    for (int32_t i = 0; i < length;) {
        UChar32 c = 0;
        U8_NEXT(bytes, i, length, c);
        if (c < 0) {
            continue;
        }
        UErrorCode status = U_ZERO_ERROR;
        switch (uscript_getScript(c, &status)) {
        case USCRIPT_LATIN:
            ++counts.latin;
            break;
        case USCRIPT_CYRILLIC: {
            ++counts.cyrillic;
            switch (c) {
            case 0x0456:
            case 0x0406:
            case 0x0457:
            case 0x0407: // і І ї Ї
            case 0x0454:
            case 0x0404:
            case 0x0491:
            case 0x0490: // є Є ґ Ґ
                ++counts.ukrainian_only;
                break;
            case 0x044B:
            case 0x042B:
            case 0x044D:
            case 0x042D: // ы Ы э Э
            case 0x044A:
            case 0x042A:
            case 0x0451:
            case 0x0401: // ъ Ъ ё Ё
                ++counts.russian_only;
                break;
            default:
                break;
            }
            break;
        }
        case USCRIPT_HAN:
            ++counts.han;
            break;
        case USCRIPT_HIRAGANA:
        case USCRIPT_KATAKANA:
            ++counts.kana;
            break;
        case USCRIPT_HANGUL:
            ++counts.hangul;
            break;
        case USCRIPT_THAI:
            ++counts.thai;
            break;
        case USCRIPT_ARABIC:
            ++counts.arabic;
            break;
        case USCRIPT_GREEK:
            ++counts.greek;
            break;
        case USCRIPT_HEBREW:
            ++counts.hebrew;
            break;
        default:
            continue;
        }
        ++counts.letters;
    }
    return counts;
}

[[nodiscard]] std::string settle_cyrillic(const ScriptCounts& counts, std::string guess) {
    if (counts.ukrainian_only > counts.russian_only) {
        return "uk";
    }
    if (counts.russian_only > counts.ukrainian_only && guess != "uk") {
        return "ru";
    }
    return guess.empty() ? std::string(counts.cyrillic > 0 ? "ru" : "und") : guess;
}

} // namespace

std::string detect(std::string_view title, std::string_view body) {
    std::string sample;
    sample.reserve(std::min(kSampleBytes, title.size() + body.size() + 1));
    sample.append(title.substr(0, kSampleBytes));
    sample.push_back('\n');
    std::size_t take = kSampleBytes > sample.size() ? kSampleBytes - sample.size() : 0;
    take = std::min(take, body.size());
    while (take > 0 && take < body.size() && (static_cast<unsigned char>(body[take]) & 0xC0) == 0x80) {
        --take; // never cut a UTF-8 sequence: CLD2 requires valid input
    }
    sample.append(body.substr(0, take));

    const ScriptCounts counts = count_scripts(sample);
    if (counts.letters == 0) {
        return "und";
    }
    const double letters = static_cast<double>(counts.letters);
    if (counts.kana > 0 && static_cast<double>(counts.kana + counts.han) / letters > 0.3) {
        return "ja";
    }
    if (static_cast<double>(counts.han) / letters > 0.3) {
        return "zh";
    }
    if (static_cast<double>(counts.hangul) / letters > 0.3) {
        return "ko";
    }
    if (static_cast<double>(counts.thai) / letters > 0.3) {
        return "th";
    }
    if (static_cast<double>(counts.greek) / letters > 0.5) {
        return "el";
    }
    if (static_cast<double>(counts.hebrew) / letters > 0.5) {
        return "he";
    }

    std::string guess;
    if (sample.size() >= kMinCld2Bytes) {
        bool reliable = false;
        const CLD2::Language language =
            CLD2::DetectLanguage(sample.data(), static_cast<int>(sample.size()), true, &reliable);
        if (reliable && language != CLD2::UNKNOWN_LANGUAGE) {
            guess = CLD2::LanguageCode(language);
            if (const auto dash = guess.find('-'); dash != std::string::npos) {
                guess.resize(dash); // zh-Hant → zh
            }
        }
    }
    if (static_cast<double>(counts.cyrillic) / letters > 0.5) {
        return settle_cyrillic(counts, guess);
    }
    if (!guess.empty()) {
        return guess;
    }
    if (static_cast<double>(counts.arabic) / letters > 0.5) {
        return "ar";
    }
    return "und";
}

} // namespace lede::extract::language
