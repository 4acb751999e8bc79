#pragma once

#include <lede/analyzer.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace lede::detail {

/// The key a token is matched by: its accent-folded form when it has one (Latin, Greek), else its term.
[[nodiscard]] inline std::string_view key_of(const Token& token) {
    return token.accent_folded.empty() ? std::string_view(token.term) : std::string_view(token.accent_folded);
}

/// The scripts whose matching rules differ.
enum class TextScript { other, latin, cyrillic, arabic, unspaced };

/// Script of a term past its ASCII start (script_of's slow path).
[[nodiscard]] TextScript script_of_decoded(std::string_view term);

/// Script of an analysed term, from its first letter. `unspaced` covers the
/// scripts written without spaces (Han, Kana, Thai, Lao, Khmer, Myanmar),
/// whose aliases are matched by characters. Inline for the word that opens
/// with an ASCII letter: most words of most texts, asked by every step.
[[nodiscard]] inline TextScript script_of(std::string_view term) {
    if (!term.empty()) {
        const auto lower = static_cast<unsigned char>(term.front() | 0x20);
        if (lower >= 'a' && lower <= 'z') {
            return TextScript::latin;
        }
    }
    return script_of_decoded(term);
}

/// Cyrillic stems of `term`: the term with one case ending removed, for
/// every ending of `lang`'s table (ru, uk; both for any other language) that
/// leaves at least 3 letters. Appended to `out`; the term itself is not.
void append_cyrillic_stems(std::string_view term, std::string_view lang, std::vector<std::string>& out);

/// Arabic forms of `term` without one proclitic (و ف ب ل ك, or و/ف followed
/// by ب ل ك) and/or the article ال, leaving at least 2 letters; `لل` is
/// ل + ال. Appended to `out`.
void append_arabic_stems(std::string_view term, std::vector<std::string>& out);

/// The first and the last code point of `text`; U_SENTINEL (-1) when it is empty.
[[nodiscard]] std::int32_t first_code_point(std::string_view text);
[[nodiscard]] std::int32_t last_code_point(std::string_view text);

/// Whether code point `c` is a Han character (U_SENTINEL is not).
[[nodiscard]] bool is_han(std::int32_t c);

/// Whether a token's original text has cased letters, all upper case.
[[nodiscard]] bool is_all_caps_word(std::string_view text);

/// The case tests past an ASCII first byte.
[[nodiscard]] bool starts_upper_case_decoded(std::string_view text);
[[nodiscard]] bool starts_lower_case_decoded(std::string_view text);

/// Whether a token's original text starts with an upper-case letter. Inline for an ASCII start, as
/// script_of: asked of every word by name discovery.
[[nodiscard]] inline bool starts_upper_case(std::string_view text) {
    if (!text.empty() && static_cast<unsigned char>(text.front()) < 0x80) {
        return text.front() >= 'A' && text.front() <= 'Z';
    }
    return starts_upper_case_decoded(text);
}

/// Whether a token's original text starts with a lower-case letter.
[[nodiscard]] inline bool starts_lower_case(std::string_view text) {
    if (!text.empty() && static_cast<unsigned char>(text.front()) < 0x80) {
        return text.front() >= 'a' && text.front() <= 'z';
    }
    return starts_lower_case_decoded(text);
}

/// NFKC of `text` (no case folding), for comparing the case of full-width text.
[[nodiscard]] std::string nfkc(std::string_view text);

/// NFKC_Casefold of a whole name, for comparing spellings regardless of case.
[[nodiscard]] std::string casefold(std::string_view text);

/// A spelling regardless of case and Latin accents: how the gazetteer's
/// builders tell that two rows spell the same name.
[[nodiscard]] std::string spelling_key(std::string_view text);

/// Whether a token's text equals an alias token's text case for case, allowing
/// a trailing possessive (`UN's`) and full-width forms.
[[nodiscard]] bool same_case_text(std::string_view text, std::string_view alias_nfkc);

/// For an inflected form of a case-sensitive alias: capitalised like it (an acronym in capitals, a name with
/// its first letter), whatever the ending ("Казахстана" for "Казахстан", "Libyens" for "Libyen").
[[nodiscard]] bool same_initial_case(std::string_view text, std::string_view alias_nfkc);

/// Whether the text between two tokens may lie inside a name: spaces (within
/// one paragraph), hyphens, middle dots.
[[nodiscard]] bool is_joining_gap(std::string_view gap);

/// Number of code points.
[[nodiscard]] std::size_t code_points(std::string_view text) noexcept;

/// A katakana letter or the long-vowel mark (U+30A1–U+30FA, U+30FC); not the middle dot ・ (U+30FB), which
/// parts a foreign name's words.
[[nodiscard]] constexpr bool is_katakana(char32_t c) noexcept {
    return (c >= U'\u30A1' && c <= U'\u30FA') || c == U'\u30FC';
}

/// A code point of a text and its byte span, for rules that read unspaced scripts character by character.
struct Character {
    char32_t c = 0; ///< U+FFFD for an ill-formed sequence
    std::size_t begin = 0;
    std::size_t end = 0;
};

/// The code points of `text`, in order.
[[nodiscard]] std::vector<Character> characters_of(std::string_view text);

} // namespace lede::detail
