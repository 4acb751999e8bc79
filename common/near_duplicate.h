#pragma once

#include <lede/analyzer.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace lede {

/// A MinHash signature of a text's word 4-shingles: two texts' signatures
/// agree in about as many positions as the Jaccard similarity of their
/// shingle sets, so lightly reworded copies of one report score high.
/// Serialised as kNearDuplicateHashes 64-bit values, little-endian.
inline constexpr std::size_t kNearDuplicateHashes = 32;

/// The signature of analysed tokens (an empty string for texts under four words).
[[nodiscard]] std::string near_duplicate_signature(const std::vector<Token>& tokens);

/// Estimated Jaccard similarity of two signatures, 0 to 1 (0 when either is empty).
[[nodiscard]] double near_duplicate_similarity(std::string_view a, std::string_view b);

} // namespace lede
