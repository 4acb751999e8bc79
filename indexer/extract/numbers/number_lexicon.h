#pragma once

// Number words of number phrases (extraction.md §4: "generate, don't parse"). The forms of
// 1…1000 come from ICU's RuleBasedNumberFormat in every cardinal rule set of the language (Russian
// has 25, oblique cases included); hand supplements cover what ICU lacks: Ukrainian oblique cases,
// Russian and Ukrainian collective numerals ("двое", "шестеро"), English "a dozen" and "hundred and",
// German numbers without "ein" and compounds with "tausend", French and Spanish approximate nouns
// ("une centaine", "un centenar": about 100), Arabic accusative tens ("ستين") and fused hundreds
// ("ثلاثمئة"). Chinese and Japanese numerals are parsed, not listed.

#include "indexer/extract/numbers/tokens.h"

#include "common/key_filter.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace lede::extract::numbers {

struct NumberWord {
    std::uint64_t value = 0;
    bool approx = false; ///< "une centaine", "десяток": about the value
};

class NumberLexicon {
public:
    explicit NumberLexicon(std::string_view lang);

    /// Longest run of word tokens from `i` (one clause) that spells a number; tokens consumed, 0 if none.
    [[nodiscard]] std::size_t match(const TokenizedText& text, std::size_t i, NumberWord& out) const;
    /// The value of a multiplier word ("тысяч" 1000, "Millionen" 10^6, "dozen" 12), 0 if none.
    [[nodiscard]] std::uint64_t multiplier(std::string_view folded_word) const;

private:
    void add(std::string_view phrase, std::uint64_t value, bool approx = false);
    void add_generated();
    void add_supplements();

    std::string lang_;
    std::unordered_map<std::string, NumberWord> forms_; ///< folded tokens joined by ' '
    std::unordered_set<std::string> first_words_;
    detail::KeyFilter first_word_filter_; ///< of first_words_, asked by each token's hash first
    std::unordered_map<std::string, std::uint64_t> multipliers_;
    std::size_t max_parts_ = 1;
};

/// The lexicon of `lang`, built once per language (thread-safe) and kept for the process.
[[nodiscard]] const NumberLexicon& number_lexicon(std::string_view lang);

/// Chinese/Japanese numerals from cjk token `i` ("一万一千", "十三", "两"); tokens consumed, 0 if none.
[[nodiscard]] std::size_t match_cjk_numeral(const TokenizedText& text, std::size_t i, std::uint64_t& value);

/// 万 萬 → 10^4, 亿 億 → 10^8, 千 → 1000 after digits ("1.1万"); 0 otherwise.
[[nodiscard]] std::uint64_t cjk_multiplier(std::string_view folded_char);

} // namespace lede::extract::numbers
