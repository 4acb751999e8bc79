#pragma once

#include <algorithm>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace lede::detail {

/// An alias of a large static set that the matcher compiles only when a
/// text needs it: compiling the GeoNames layer's 70,000 aliases at start
/// would cost every process a second (seven under AddressSanitizer). The
/// texts live in data compiled into the program, hence the views.
struct LayerAlias {
    std::string_view entity;   ///< entity id
    std::string_view lang;     ///< ISO 639-1 or `*`
    std::string_view text;     ///< as written
    std::string_view spelling; ///< casefold(text), for resolving a name
    std::uint8_t flags = 0;    ///< AliasFlag bits
};

/// A key under which the matcher looks an alias up: the analysed first word
/// (and each Cyrillic stem of it) of a word alias, the first character of a
/// character alias, as AliasMatcher computes them.
struct LayerKey {
    std::string_view key;
    std::uint32_t alias = 0; ///< index into AliasLayer::aliases
};

/// The aliases and their keys, keys sorted (the rows are made so at build
/// time) and indexed by key once per process.
struct AliasLayer {
    std::vector<LayerAlias> aliases;
    std::vector<LayerKey> words;          ///< sorted by key
    std::vector<LayerKey> characters;     ///< sorted by key
    std::vector<LayerKey> spellings;      ///< by LayerAlias::spelling, sorted
    std::vector<std::string_view> places; ///< ids of the layer's own entities (places), sorted
    std::unordered_map<std::string_view, std::pair<std::uint32_t, std::uint32_t>> word_ranges; ///< of words
    std::unordered_map<std::string_view, std::pair<std::uint32_t, std::uint32_t>>
        character_ranges; ///< of characters

    /// The keys filed under `key`, found by a hash lookup: every token of every
    /// text asks, and a binary search over 60,000 keys cost a tenth of
    /// indexing. `ranges` is word_ranges or character_ranges.
    [[nodiscard]] static std::span<const LayerKey>
    lookup(const std::vector<LayerKey>& keys,
           const std::unordered_map<std::string_view, std::pair<std::uint32_t, std::uint32_t>>& ranges,
           std::string_view key) {
        const auto found = ranges.find(key);
        if (found == ranges.end()) {
            return {};
        }
        return {keys.begin() + found->second.first, keys.begin() + found->second.second};
    }
    /// The same over sorted keys without an index (spellings, looked up rarely).
    [[nodiscard]] static std::span<const LayerKey> lookup(const std::vector<LayerKey>& keys,
                                                          std::string_view key) {
        const auto [first, last] =
            std::equal_range(keys.begin(), keys.end(), LayerKey{key, 0},
                             [](const LayerKey& a, const LayerKey& b) { return a.key < b.key; });
        return {first, last};
    }
    /// Fills the ranges of each distinct key of sorted `keys`.
    static void index(const std::vector<LayerKey>& keys,
                      std::unordered_map<std::string_view, std::pair<std::uint32_t, std::uint32_t>>& ranges) {
        ranges.reserve(keys.size());
        for (std::uint32_t i = 0; i < keys.size();) {
            std::uint32_t end = i + 1;
            while (end < keys.size() && keys[end].key == keys[i].key) {
                ++end;
            }
            ranges.emplace(keys[i].key, std::make_pair(i, end));
            i = end;
        }
    }

    /// The position of a layer place in `places`.
    [[nodiscard]] std::optional<std::uint32_t> place_index(std::string_view id) const {
        const auto found = std::lower_bound(places.begin(), places.end(), id);
        if (found == places.end() || *found != id) {
            return std::nullopt;
        }
        return static_cast<std::uint32_t>(found - places.begin());
    }
};

} // namespace lede::detail
