#pragma once

#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

namespace lede::detail {

/// A Bloom filter over the keys of a lookup table. Nearly every word of a text
/// is in none of extraction's tables (alias first words, number words,
/// casualty words, month names), and each table asked cost a hash and a probe:
/// here a miss costs two bit tests, with the word's hash computed once
/// (hash_of) for every table. It may say yes for a key it never saw (about
/// 1 % when sized for its keys), never no for one it did. Read-only once
/// filled, so safe to share between threads.
class KeyFilter {
public:
    /// Sized for `expected_keys`: 16 bits a key.
    explicit KeyFilter(std::size_t expected_keys = 0)
        : mask_(std::bit_ceil(std::max<std::size_t>(expected_keys * 16, 1024)) - 1),
          words_((mask_ + 1) / 64) {}

    /// Every token of every text is hashed, most of them short words: eight bytes a step and
    /// murmur3's final mix, cheaper than std::hash and as well spread in both halves that add() uses.
    [[nodiscard]] static std::size_t hash_of(std::string_view key) {
        constexpr std::uint64_t kSeed = 0x9E3779B97F4A7C15ULL;
        constexpr std::uint64_t kMix1 = 0xFF51AFD7ED558CCDULL;
        constexpr std::uint64_t kMix2 = 0xC4CEB9FE1A85EC53ULL;
        std::uint64_t h = kSeed * (key.size() + 1);
        std::size_t at = 0;
        for (; at + 8 <= key.size(); at += 8) {
            std::uint64_t word = 0;
            std::memcpy(&word, key.data() + at, sizeof word);
            h = (h ^ word) * kMix1;
            h ^= h >> 33U;
        }
        std::uint64_t tail = 0;
        for (std::size_t i = at; i < key.size(); ++i) {
            tail |= std::uint64_t{static_cast<unsigned char>(key[i])} << (8 * (i - at));
        }
        h ^= tail;
        h ^= h >> 33U;
        h *= kMix1;
        h ^= h >> 33U;
        h *= kMix2;
        h ^= h >> 33U;
        return static_cast<std::size_t>(h);
    }

    void add(std::string_view key) { add_hash(hash_of(key)); }
    void add_hash(std::size_t h) {
        set(h);
        set(h >> 32);
    }
    [[nodiscard]] bool may_contain(std::string_view key) const { return may_contain_hash(hash_of(key)); }
    [[nodiscard]] bool may_contain_hash(std::size_t h) const { return test(h) && test(h >> 32); }

private:
    void set(std::size_t h) { words_[(h & mask_) / 64] |= std::uint64_t{1} << (h % 64); }
    [[nodiscard]] bool test(std::size_t h) const { return (words_[(h & mask_) / 64] >> (h % 64) & 1U) != 0; }

    std::size_t mask_;
    std::vector<std::uint64_t> words_;
};

} // namespace lede::detail
