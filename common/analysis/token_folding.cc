#include "common/analysis/token_folding.h"

#include "common/analysis/icu_status.h"

#include <array>
#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

namespace lede::detail {
namespace {

void append_utf8(std::string& out, UChar32 c) {
    char buffer[U8_MAX_LENGTH];
    int32_t length = 0;
    UBool error = false;
    U8_APPEND(reinterpret_cast<uint8_t*>(buffer), length, U8_MAX_LENGTH, c, error);
    if (!error) {
        out.append(buffer, static_cast<std::size_t>(length));
    }
}

[[nodiscard]] bool is_arabic_mark(UChar32 c) {
    // U+064B..U+0652 harakat (fathatan … sukun), U+0670 superscript alef,
    // U+0640 tatweel: writing aids that unvocalised text omits.
    return (c >= 0x064B && c <= 0x0652) || c == 0x0670 || c == 0x0640;
}

[[nodiscard]] UChar32 fold_code_point(UChar32 c) {
    switch (c) {
    case 0x2019: // RIGHT SINGLE QUOTATION MARK
    case 0x2018: // LEFT SINGLE QUOTATION MARK
    case 0x02BC: // MODIFIER LETTER APOSTROPHE
        return '\'';
    case 0x0451: // CYRILLIC SMALL LETTER IO: written as е in most Russian text
        return 0x0435;
    case 0x0622: // ARABIC LETTER ALEF WITH MADDA ABOVE
    case 0x0623: // ARABIC LETTER ALEF WITH HAMZA ABOVE
    case 0x0625: // ARABIC LETTER ALEF WITH HAMZA BELOW
        return 0x0627;
    default:
        return c;
    }
}

// French, Italian and Catalan elided articles and pronouns before an apostrophe.
constexpr std::array<std::string_view, 10> kElisions = {"l'", "d'", "j'", "m'",  "n'",
                                                        "s'", "t'", "c'", "qu'", "dell'"};

} // namespace

std::string apply_fold_rules(std::string term) {
    std::string out;
    out.reserve(term.size());
    const auto* bytes = reinterpret_cast<const uint8_t*>(term.data());
    const auto length = static_cast<int32_t>(term.size());
    bool changed = false;
    for (int32_t i = 0; i < length;) {
        UChar32 c = 0;
        const int32_t start = i;
        U8_NEXT(bytes, i, length, c);
        if (c < 0) {
            changed = true; // analyser input is valid UTF-8; drop anything else
            continue;
        }
        if (is_arabic_mark(c)) {
            changed = true;
            continue;
        }
        const UChar32 folded = fold_code_point(c);
        if (folded != c) {
            changed = true;
            append_utf8(out, folded);
        } else {
            out.append(term, static_cast<std::size_t>(start), static_cast<std::size_t>(i - start));
        }
    }
    if (!changed) {
        out = std::move(term);
    }
    if (out.find('\'') == std::string::npos) {
        return out;
    }
    if (out.size() > 2 && out.ends_with("'s")) {
        out.resize(out.size() - 2);
    }
    for (std::string_view elision : kElisions) {
        if (out.size() > elision.size() && out.starts_with(elision)) {
            out.erase(0, elision.size());
            break;
        }
    }
    while (!out.empty() && out.back() == '\'') {
        out.pop_back();
    }
    while (!out.empty() && out.front() == '\'') {
        out.erase(0, 1);
    }
    return out;
}

std::string strip_accents(std::string_view term) {
    bool ascii = true;
    for (unsigned char c : term) {
        if (c >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii) {
        return {};
    }
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
    check_icu(status, "Normalizer2::getNFDInstance");
    std::string decomposed;
    icu::StringByteSink<std::string> sink(&decomposed);
    nfd->normalizeUTF8(0, icu::StringPiece(term.data(), static_cast<int32_t>(term.size())), sink, nullptr,
                       status);
    check_icu(status, "Normalizer2::normalizeUTF8(NFD)");

    std::string stripped;
    stripped.reserve(decomposed.size());
    const auto* bytes = reinterpret_cast<const uint8_t*>(decomposed.data());
    const auto length = static_cast<int32_t>(decomposed.size());
    UScriptCode base_script = USCRIPT_COMMON;
    bool removed = false;
    for (int32_t i = 0; i < length;) {
        UChar32 c = 0;
        const int32_t start = i;
        U8_NEXT(bytes, i, length, c);
        if (c < 0) {
            continue;
        }
        if (u_charType(c) == U_NON_SPACING_MARK) {
            if (base_script == USCRIPT_LATIN || base_script == USCRIPT_GREEK) {
                removed = true;
                continue;
            }
        } else {
            UErrorCode script_status = U_ZERO_ERROR;
            base_script = uscript_getScript(c, &script_status);
        }
        stripped.append(decomposed, static_cast<std::size_t>(start), static_cast<std::size_t>(i - start));
    }
    if (!removed) {
        return {};
    }
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    check_icu(status, "Normalizer2::getNFCInstance");
    std::string composed;
    icu::StringByteSink<std::string> composed_sink(&composed);
    nfc->normalizeUTF8(0, icu::StringPiece(stripped.data(), static_cast<int32_t>(stripped.size())),
                       composed_sink, nullptr, status);
    check_icu(status, "Normalizer2::normalizeUTF8(NFC)");
    return composed == term ? std::string() : composed;
}

} // namespace lede::detail
