#pragma once

// Number phrases of a text: digits with their multipliers ("1,5 миллиона", "1.1万", "3万9098"),
// number words ("сто тридцать три", "forty-seven thousand", "hundertdreiunddreißig", "一万一千"),
// vague quantities ("dozens", "десятки", "数十") and ranges ("between 40 and 60", "12至15").
// Whether a phrase is a count of people is decided later, by the grammar.

#include "indexer/extract/casualties/lexicon.h"
#include "indexer/extract/numbers/number_lexicon.h"
#include "indexer/extract/numbers/tokens.h"

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

[[nodiscard]] std::vector<Phrase> find_phrases(const TokenizedText& text, const casualties::Lexicon& lexicon,
                                               const NumberLexicon& numbers);

} // namespace lede::extract::numbers
