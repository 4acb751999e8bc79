#pragma once

#include <algorithm>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
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

/// The aliases and their keys, keys sorted so that a lookup is a binary search
/// and building nothing at start.
struct AliasLayer {
    std::vector<LayerAlias> aliases;
    std::vector<LayerKey> words;          ///< sorted by key
    std::vector<LayerKey> characters;     ///< sorted by key
    std::vector<LayerKey> spellings;      ///< by LayerAlias::spelling, sorted
    std::vector<std::string_view> places; ///< ids of the layer's own entities (places), sorted

    /// The position of a layer place in `places`.
    [[nodiscard]] std::optional<std::uint32_t> place_index(std::string_view id) const {
        const auto found = std::lower_bound(places.begin(), places.end(), id);
        if (found == places.end() || *found != id) {
            return std::nullopt;
        }
        return static_cast<std::uint32_t>(found - places.begin());
    }

    [[nodiscard]] static std::span<const LayerKey> lookup(const std::vector<LayerKey>& keys,
                                                          std::string_view key) {
        const auto [first, last] =
            std::equal_range(keys.begin(), keys.end(), LayerKey{key, 0},
                             [](const LayerKey& a, const LayerKey& b) { return a.key < b.key; });
        return {first, last};
    }
};

} // namespace lede::detail
