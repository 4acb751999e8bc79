#pragma once

// The words around a number that tell what it is: a vague quantity ("dozens"), the words of a range
// ("between 40 and 60"), an update ("from 115 to 133"), a unit ("2000 km") or what a count counts
// ("2004 residents", "2122 قتيلا"). numbers/ asks the questions but lists no words: a language's
// words live in one table with the casualty grammar's triggers (casualties/lexicon_*.cc), whose
// Lexicon implements this interface. One table per language thus serves casualties and dates
// alike, and dates/ needs nothing of casualties/.

#include "indexer/extract/numbers/tokens.h"

#include <cstddef>
#include <cstdint>

namespace lede::extract::numbers {

/// The kinds of word numbers/ asks a table about.
enum class Word : std::uint8_t {
    vague,           ///< "dozens", "десятки", "数十": a quantity without a number
    range_open,      ///< "between", "entre", "от"
    range_to,        ///< "to", "bis", "至": "40 to 60"
    range_and,       ///< "and" after range_open
    from,            ///< the "from" of "rose from 115 to 133": an update, not a range
    unit,            ///< "years", "km", "%": the number before it counts no people
    person,          ///< "people", "человек", "人"
    count_word,      ///< a word after a number naming what was counted: "dead", "Tote", "قتيلا"
    qualifier_after, ///< "or more", "以上": may stand between a number and what it counts
};

/// An entry of a table found in the token stream: tokens [first, last).
struct WordMatch {
    bool found = false;
    std::size_t first = 0, last = 0;
    std::uint64_t low = 0;  ///< a vague word's lower bound ("dozens" 12)
    std::uint64_t high = 0; ///< a vague word's upper bound (十数 19), else 0
    explicit operator bool() const { return found; }
};

class WordTable {
public:
    virtual ~WordTable() = default;

    /// Longest entry of `word` starting at token `i` (within one clause).
    [[nodiscard]] virtual WordMatch word_at(const TokenizedText& text, std::size_t i, Word word) const = 0;
    /// Longest entry of `word` whose last token is `end - 1`.
    [[nodiscard]] virtual WordMatch word_ending_at(const TokenizedText& text, std::size_t end,
                                                   Word word) const = 0;
    /// Whether the language's tokens are characters (zh ja).
    [[nodiscard]] virtual bool cjk() const = 0;
};

} // namespace lede::extract::numbers
