#pragma once

// Number phrases of a text: digits with their multipliers ("1,5 миллиона", "1.1万", "3万9098"),
// number words ("сто тридцать три", "forty-seven thousand", "hundertdreiunddreißig", "一万一千"),
// vague quantities ("dozens", "десятки", "数十") and ranges ("between 40 and 60", "12至15"); and
// whether a four-digit phrase is a year. Whether a phrase is a count of people is decided later,
// by the casualty grammar.

#include "indexer/extract/numbers/number_lexicon.h"
#include "indexer/extract/numbers/tokens.h"
#include "indexer/extract/numbers/word_table.h"

#include <cstdint>
#include <vector>

namespace lede::extract::numbers {

struct Phrase {
    std::size_t first = 0, last = 0; ///< tokens [first, last)
    std::uint64_t value = 0;         ///< the number; a vague word's lower bound; a range's upper end
    std::uint64_t range_low = 0;     ///< range only
    std::uint64_t vague_high = 0;    ///< vague with an upper bound (十数: 19), else 0
    bool vague = false;
    bool range = false;
    bool decimal = false; ///< not a whole number ("7,8", "87.28")
    bool approx = false;  ///< "une centaine", "десяток"
    bool year = false;    ///< four digits 1000–2100, no separators, no multiplier
};

/// The number phrases of `text`, in text order; `words` gives the vague and range words.
[[nodiscard]] std::vector<Phrase> find_phrases(const TokenizedText& text, const WordTable& words,
                                               const NumberLexicon& numbers);

/// The first token after the number that says what it counts, past post-qualifiers ("以上") and CJK
/// classifiers ("人").
[[nodiscard]] std::size_t after_number(const TokenizedText& text, const WordTable& words, const Phrase& p);
/// Whether a person noun or a trigger follows the number ("2004 residents", "2122 قتيلا").
[[nodiscard]] bool counts_people_next(const TokenizedText& text, const WordTable& words, const Phrase& p);
/// Token i is an Arabic noun in the indefinite accusative that says what a number counts ("131 حاجا",
/// "1426 مصليا"), not one of the adverbs written the same way ("أيضا", "تقريبا").
[[nodiscard]] bool is_arabic_counted_noun(const TokenizedText& text, std::size_t i);
/// Whether phrase `p` is a year (for the historical test and the date finder) rather than a count.
[[nodiscard]] bool is_year(const TokenizedText& text, const WordTable& words, const Phrase& p);

} // namespace lede::extract::numbers
