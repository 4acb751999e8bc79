#pragma once

// Lookups in the fixed word tables of the cue files (name_cues.cc, role_words.cc). Private to
// indexer/extract/names/.

#include <algorithm>
#include <array>
#include <cstddef>
#include <string_view>
#include <unordered_set>

namespace lede::extract::names::cues {

template <std::size_t N>
[[nodiscard]] bool in(const std::array<std::string_view, N>& words, std::string_view key) {
    return std::find(words.begin(), words.end(), key) != words.end();
}

/// `in` by a hash set built on first use: for the lists asked of most capitalised words, where a
/// linear search showed in profiles. One set per list: `Words` is the list itself.
template <const auto& Words> [[nodiscard]] bool in_set(std::string_view key) {
    static const std::unordered_set<std::string_view> kSet(Words.begin(), Words.end());
    return kSet.contains(key);
}

template <std::size_t N>
[[nodiscard]] bool starts_with_any(const std::array<std::string_view, N>& stems, std::string_view key) {
    return std::any_of(stems.begin(), stems.end(),
                       [key](std::string_view stem) { return key.starts_with(stem); });
}

// German joins a qualifier to the noun ("Konjunktur|experte"), so the last part decides; it must leave a
// qualifier of at least three letters.
template <std::size_t N>
[[nodiscard]] bool german_compound_of(const std::array<std::string_view, N>& nouns, std::string_view key) {
    return std::any_of(nouns.begin(), nouns.end(), [key](std::string_view noun) {
        return key.size() >= noun.size() + 3 && key.ends_with(noun);
    });
}

} // namespace lede::extract::names::cues
