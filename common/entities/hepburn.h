#pragma once

#include <string>
#include <string_view>

namespace lede {

/// The Hepburn spelling of a hiragana reading as English-language news writes
/// Japanese names: lower-case ASCII without macrons, a long vowel written as
/// one (おおの → ono, こうの → kono, しゅうへい → shuhei), n without an
/// apostrophe (しゅんいち → shunichi), っ doubling the next consonant (はっとり
/// → hattori, ほっち → hotchi). Empty when the reading holds anything but
/// hiragana and ー, or a small kana that follows no syllable it can modify.
[[nodiscard]] std::string hepburn(std::string_view hiragana);

} // namespace lede
