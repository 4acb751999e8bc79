#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

namespace lede::detail {

/// A Bloom filter over the keys under which aliases are filed. Nearly every
/// word of a text starts no alias, and asking the two hash tables that file
/// them (the table's, the GeoNames layer's 60,000 keys) cost a cache miss
/// each: here a miss costs one hash and two bit tests in 256 KB. It may say
/// yes for a key it never saw (under 1 % at 100,000 keys), never no for one
/// it did. Read-only after the matcher is built, so safe to share.
class KeyFilter {
public:
    void add(std::string_view key) {
        const std::size_t h = std::hash<std::string_view>{}(key);
        set(h);
        set(h >> 32);
    }
    [[nodiscard]] bool may_contain(std::string_view key) const {
        const std::size_t h = std::hash<std::string_view>{}(key);
        return test(h) && test(h >> 32);
    }

private:
    static constexpr std::size_t kBits = std::size_t{1} << 21;
    void set(std::size_t h) { words_[(h & (kBits - 1)) / 64] |= std::uint64_t{1} << (h % 64); }
    [[nodiscard]] bool test(std::size_t h) const {
        return (words_[(h & (kBits - 1)) / 64] >> (h % 64) & 1U) != 0;
    }

    std::vector<std::uint64_t> words_ = std::vector<std::uint64_t>(kBits / 64);
};

} // namespace lede::detail
