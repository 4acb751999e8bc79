// Hiragana → Hepburn, by a table of its own: ICU's Hiragana-Latin writes the long vowels with macrons or
// doubled (ō, ou, oo) and n' before a vowel, which an English-language newspaper's spelling of a name drops,
// and undoing that after ICU would need the syllables again.

#include "common/entities/hepburn.h"

#include <array>
#include <cstdint>

namespace lede {
namespace {

constexpr char32_t kFirstHiragana = U'\u3041'; // ぁ
constexpr char32_t kLastHiragana = U'\u3096';  // ゖ
constexpr char32_t kLongMark = U'\u30FC';      // ー

// U+3041 ぁ .. U+3096 ゖ in code point order; "" for a kana no name is written with.
constexpr std::array<std::string_view, kLastHiragana - kFirstHiragana + 1> kSyllables = {
    "a",   "a",  "i",   "i",   "u",  "u",  "e",   "e",
    "o",   "o",  "ka",  "ga",  "ki", "gi", "ku",  "gu", // ぁ..ぐ
    "ke",  "ge", "ko",  "go",  "sa", "za", "shi", "ji",
    "su",  "zu", "se",  "ze",  "so", "zo", "ta",  "da", // け..だ
    "chi", "ji", "tsu", "tsu", "zu", "te", "de",  "to",
    "do",  "na", "ni",  "nu",  "ne", "no", "ha",  "ba", // ち..ば
    "pa",  "hi", "bi",  "pi",  "fu", "bu", "pu",  "he",
    "be",  "pe", "ho",  "bo",  "po", "ma", "mi",  "mu", // ぱ..む
    "me",  "mo", "ya",  "ya",  "yu", "yu", "yo",  "yo",
    "ra",  "ri", "ru",  "re",  "ro", "wa", "wa",  "i", // め..ゐ
    "e",   "o",  "n",   "vu",  "ka", "ke"};            // ゑ..ゖ

// Small kana: ゃゅょ make a digraph with the i-syllable before them; the small vowels and ゎ (foreign sounds,
// old spellings) have no Hepburn of their own a name would be written with.
[[nodiscard]] bool is_small_y(char32_t kana) {
    return kana == U'ゃ' || kana == U'ゅ' || kana == U'ょ';
}
[[nodiscard]] bool is_small_other(char32_t kana) {
    return kana == U'ぁ' || kana == U'ぃ' || kana == U'ぅ' || kana == U'ぇ' || kana == U'ぉ' ||
           kana == U'ゎ' || kana == U'ゕ' || kana == U'ゖ';
}

// Decodes one hiragana or ー (three UTF-8 bytes); 0 for anything else.
[[nodiscard]] char32_t kana_at(std::string_view text, std::size_t at) {
    if (at + 3 > text.size()) {
        return 0;
    }
    const auto b0 = static_cast<std::uint8_t>(text[at]);
    const auto b1 = static_cast<std::uint8_t>(text[at + 1]);
    const auto b2 = static_cast<std::uint8_t>(text[at + 2]);
    if ((b0 & 0xF0U) != 0xE0U || (b1 & 0xC0U) != 0x80U || (b2 & 0xC0U) != 0x80U) {
        return 0;
    }
    const auto code = static_cast<char32_t>(((b0 & 0x0FU) << 12U) | ((b1 & 0x3FU) << 6U) | (b2 & 0x3FU));
    return (code >= kFirstHiragana && code <= kLastHiragana) || code == kLongMark ? code : 0;
}

[[nodiscard]] bool is_vowel(char32_t kana) {
    return kana == U'あ' || kana == U'い' || kana == U'う' || kana == U'え' || kana == U'お';
}

} // namespace

std::string hepburn(std::string_view hiragana) {
    std::string latin;
    latin.reserve(hiragana.size());
    bool double_next = false; // after っ
    bool lengthened = false;  // the last vowel written has taken its lengthening kana already
    for (std::size_t at = 0; at < hiragana.size(); at += 3) {
        const char32_t kana = kana_at(hiragana, at);
        const char32_t next = kana_at(hiragana, at + 3);
        if (kana == 0 || is_small_other(kana)) {
            return {};
        }
        if (kana == kLongMark) {
            lengthened = true;
            continue;
        }
        if (kana == U'っ') {
            double_next = true;
            continue;
        }
        if (is_small_y(kana)) {
            // きゃ kya, しゃ sha, ちゃ cha, じゃ ja: the i of the syllable before gives way.
            if (latin.size() < 2 || latin.back() != 'i' || is_vowel(kana_at(hiragana, at - 3))) {
                return {};
            }
            latin.pop_back();
            const bool palatal = latin.ends_with("sh") || latin.ends_with("ch") || latin.back() == 'j';
            latin += palatal ? "" : "y";
            latin += kana == U'ゃ' ? 'a' : kana == U'ゅ' ? 'u' : 'o';
            lengthened = false;
            continue;
        }
        // A long o or u is one letter (おお, おう, うう); not う before え, which is a syllable of its own
        // (いのうえ: Inoue), nor a third vowel after a long one (おおうち: Ouchi).
        const char last = latin.empty() ? '\0' : latin.back();
        const bool long_o = last == 'o' && (kana == U'お' || (kana == U'う' && next != U'え'));
        const bool long_u = last == 'u' && kana == U'う';
        if ((long_o || long_u) && !lengthened && !double_next) {
            lengthened = true;
            continue;
        }
        const std::string_view syllable = kSyllables[kana - kFirstHiragana];
        if (syllable.empty()) {
            return {};
        }
        if (double_next) {
            if (is_vowel(kana) || kana == U'ん') {
                return {};
            }
            latin += syllable.starts_with("ch") ? 't' : syllable.front();
            double_next = false;
        }
        latin += syllable;
        lengthened = false;
    }
    return double_next ? std::string() : latin;
}

} // namespace lede
