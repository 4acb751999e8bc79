#include "common/near_duplicate.h"

#include <algorithm>
#include <cstring>
#include <limits>

namespace lede {
namespace {

constexpr std::size_t kShingleWords = 4;

[[nodiscard]] std::uint64_t fnv1a(std::string_view text, std::uint64_t hash = 0xcbf29ce484222325ULL) {
    for (const unsigned char c : text) {
        hash ^= c;
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

/// SplitMix64 finaliser: turns one shingle hash into independent-looking
/// hashes per signature position.
[[nodiscard]] std::uint64_t mix(std::uint64_t value) {
    value += 0x9e3779b97f4a7c15ULL;
    value = (value ^ (value >> 30)) * 0xbf58476d1ce4e5b9ULL;
    value = (value ^ (value >> 27)) * 0x94d049bb133111ebULL;
    return value ^ (value >> 31);
}

} // namespace

std::string near_duplicate_signature(const std::vector<Token>& tokens) {
    if (tokens.size() < kShingleWords) {
        return {};
    }
    std::vector<std::uint64_t> minimum(kNearDuplicateHashes, std::numeric_limits<std::uint64_t>::max());
    for (std::size_t i = 0; i + kShingleWords <= tokens.size(); ++i) {
        std::uint64_t shingle = 0xcbf29ce484222325ULL;
        for (std::size_t j = 0; j < kShingleWords; ++j) {
            shingle = fnv1a(tokens[i + j].term, shingle);
            shingle = fnv1a(" ", shingle); // word boundary: "ab c" differs from "a bc"
        }
        for (std::size_t k = 0; k < kNearDuplicateHashes; ++k) {
            minimum[k] = std::min(minimum[k], mix(shingle ^ (0x5851f42d4c957f2dULL * (k + 1))));
        }
    }
    std::string signature(kNearDuplicateHashes * 8, '\0');
    for (std::size_t k = 0; k < kNearDuplicateHashes; ++k) {
        for (std::size_t byte = 0; byte < 8; ++byte) {
            signature[k * 8 + byte] = static_cast<char>((minimum[k] >> (8 * byte)) & 0xFF);
        }
    }
    return signature;
}

double near_duplicate_similarity(std::string_view a, std::string_view b) {
    if (a.empty() || b.empty() || a.size() != b.size() || a.size() % 8 != 0) {
        return 0.0;
    }
    std::size_t equal = 0;
    for (std::size_t k = 0; k < a.size(); k += 8) {
        equal += a.compare(k, 8, b.substr(k, 8)) == 0 ? 1 : 0;
    }
    return static_cast<double>(equal) / static_cast<double>(a.size() / 8);
}

} // namespace lede
