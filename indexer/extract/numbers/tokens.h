#pragma once

// The token stream the casualty grammar and the date finder run on. Not the shared lede::Analyzer:
// they need punctuation (clause and sentence breaks), digit groups that the analyser splits ("2 900"
// with U+202F), and one token per CJK character so that Chinese and Japanese triggers match
// whatever the dictionary segmentation would have done.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace lede::extract::numbers {

enum class TokKind : std::uint8_t { word, number, cjk };

struct Tok {
    TokKind kind = TokKind::word;
    std::string text;      ///< folded form: case folded, ё→е, ’ʼ→', Arabic harakat and tatweel
                           ///< removed, alef forms unified; numbers: ASCII digits ("2900", "7.8")
    std::size_t begin = 0; ///< byte span in the text
    std::size_t end = 0;
    std::uint32_t sentence = 0;
    std::uint32_t clause = 0; ///< a clause ends at , ; : ( ) dashes and at sentence ends
    std::size_t hash = 0;     ///< detail::KeyFilter::hash_of(text), once for every table that asks
    // Numbers only.
    std::uint64_t int_value = 0;
    double value = 0;     ///< with the fraction
    bool decimal = false; ///< a decimal separator was read ("7,8", "1.1")
    bool grouped = false; ///< thousands separators were read ("11.000", "2 900")
    std::uint8_t int_digits = 0;
};

struct Sentence {
    std::size_t begin = 0, end = 0;    ///< byte span
    std::uint32_t first = 0, last = 0; ///< token range [first, last)
};

struct TokenizedText {
    std::string_view text;
    std::vector<Tok> toks;
    std::vector<Sentence> sentences;
    /// Thai text counts years in the Buddhist era (2566 is 2023), so 2400–2700 are years too.
    bool buddhist_era = false;

    /// The bytes between token i-1 and token i (before the first token: from the text start).
    [[nodiscard]] std::string_view gap_before(std::size_t i) const;
    /// The bytes between token i and token i+1 (after the last token: to the text end).
    [[nodiscard]] std::string_view gap_after(std::size_t i) const;
    [[nodiscard]] bool same_clause(std::size_t a, std::size_t b) const {
        return toks[a].clause == toks[b].clause;
    }
    /// The first token of token i's clause.
    [[nodiscard]] std::size_t clause_start(std::size_t i) const {
        while (i > 0 && same_clause(i - 1, i)) {
            --i;
        }
        return i;
    }
    /// One past the last token of token i's clause.
    [[nodiscard]] std::size_t clause_end(std::size_t i) const {
        while (i + 1 < toks.size() && same_clause(i, i + 1)) {
            ++i;
        }
        return i + 1;
    }
};

/// Splits `text` (UTF-8; invalid bytes act as spaces). `lang` decides the digit grouping
/// ("1,000" en; "1.000" de es; "1 000" fr ru uk) and whether an apostrophe belongs to a word (uk).
[[nodiscard]] TokenizedText tokenize(std::string_view text, std::string_view lang);

/// The folded token texts of a short phrase, as tokenize() would produce them: lexicon entries
/// go through this so that they are written naturally ("Zahl der Toten", "jusqu'à", "死亡").
[[nodiscard]] std::vector<std::string> phrase_parts(std::string_view phrase, std::string_view lang);

/// The base language of a code, lower case: "zh-Hans" → "zh", "PT_br" → "pt" (tables are per base language).
[[nodiscard]] std::string base_language(std::string_view lang);

/// Whether a gap holds a clause break (also true for sentence breaks).
[[nodiscard]] bool gap_breaks_clause(std::string_view gap);

} // namespace lede::extract::numbers
