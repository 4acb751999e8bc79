#pragma once

// Casualty figures stated in a news article (extraction.md §5; details in CASUALTIES.md).
//
// Every stated count of people killed, injured, missing or detained becomes one CasualtyFigure with
// its qualifier, an interval [low, high] and the byte spans of the phrase and of its sentence.
//
// Conventions (intervals are inclusive; high = nullopt is unbounded):
//   exact       "133 dead"                      [n, n]
//   at_least    "at least 40", "不少于", "以上"   [n, ∞)
//   more_than   "over 130", "more than 100"     [n+1, ∞)
//   about       "about 300", "une centaine"     [⌊0.9n⌋, ⌈1.1n⌉]
//   nearly      "nearly 300", "près de"         [⌊0.9n⌋, n−1]
//   up_to       "up to 40", "as many as"        [min(1,n), n]
//   fewer_than  "fewer than 3000", "不到"        [0, n−1]
//   range       "between 40 and 60", "40–60"    [a, b]
//   vague       ACLED-style lower bounds for words without a number:
//               tens 10, dozens 12, scores 40, hundreds 100, thousands 1000, tens of thousands
//               10000 (and the same words in the other languages: десятки, Dutzende, des dizaines,
//               decenas, 数十, عشرات …); "several hundred" 200; several / many / numerous /
//               a number of [2, ∞); 十数 (ja) [11, 19].
// Not counts: decimals, percentages, money, ordinals, times and dates, ages ("aged 19"), durations
// ("in 20 years", "two decades"), distances, years (a four-digit 1000–2100 number not followed by
// a person noun or a trigger).
//
// A figure is `historical` (another, earlier event) when a year other than the publication year ±1
// stands in its clause, or in an earlier clause of its sentence when the figure's clause opens
// with a back-reference ("when", "in which", "когда", "bei der", "qui", "那次", "الذي"), or in the
// sentence's first clause ("In 2004, 334 people were killed"). "since 2004" alone does not date
// the figure. Without a publication date, the latest year mentioned in the text stands in for it.
//
// Per article (resolve): for deaths and injured, the figure with the largest low bound
// among figures that are neither historical, superseded nor hypothetical, a vague one only where
// no number of its kind is stated; ties go to the later
// figure, so an updated toll ("rose to 133") wins over an early one ("at least 40"), and a
// corrected toll ("corrected to 28") or a newer one ("initially said 50 …; now 35") over the
// larger one it replaces.

#include "indexer/extract/numbers/numbered_text.h"
#include "indexer/extract/numbers/word_table.h"
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

#include <string_view>
#include <vector>

namespace lede::extract::casualties {

enum class CasualtyKind { deaths, injured, missing, detained };
enum class Qualifier { exact, at_least, more_than, about, nearly, up_to, fewer_than, range, vague };

struct CasualtyFigure {
    CasualtyKind kind;
    std::uint64_t low = 0;             // interval, inclusive
    std::optional<std::uint64_t> high; // nullopt = unbounded
    Qualifier qualifier = Qualifier::exact;
    std::size_t begin = 0, end = 0; // byte span of the figure phrase (number … trigger) in the text
    std::size_t sentence_begin = 0, sentence_end = 0; // byte span of its sentence
    bool historical =
        false;        // a toll of another, earlier event (e.g. a year ≠ publication year ±1 in the clause)
    std::string rule; // id of the rule that fired, e.g. "en.num-trigger"
    std::uint64_t stated = 0;  // the number as written ("over 130" → 130; a range → its upper end)
    bool superseded = false;   // an earlier toll the text itself updates: "rose from 115 to 133" → 115,
                               // corrects: "40 deaths were corrected to 28" → 40, or reports as earlier
                               // than a newer one: "first said 50 died; the toll now stands at 35" → 50
    bool hypothetical = false; // projected, feared or counterfactual: "could rise to 100", "feared dead"
    std::size_t number_begin = 0, number_end = 0; // byte span of the number (or vague word) alone
};

struct ArticleCasualties { // per-article resolution: the largest non-historical figure per kind
    std::optional<CasualtyFigure> deaths, injured;
};

/// The word table to read a text of `lang` (ISO 639-1, "zh-Hans" too) with: the casualty tables of
/// its base language, which hold the vague, range and unit words numbers/ asks about.
[[nodiscard]] const numbers::WordTable& number_words(std::string_view lang);

/// A month the text names ("In May 2022", "2022年4月", "le 20 novembre"), as the caller's date finder read
/// it: with the year it wrote or, when it wrote none, the year it took the month to be in.
struct NamedMonth {
    std::size_t begin = 0, end = 0; ///< byte span in the text
    int year = 0;
    int month = 0; ///< 1–12
    int day = 0;   ///< 1–31, 0 when the text names the month alone
};

/// Every casualty figure of `text` (title + "\n\n" + body, as the caller passes, read by
/// numbers::read with number_words), in text order of the numbers. `publication_date` "YYYY-MM-DD"
/// or empty, and the months the text names, for the historical test: a year named with its month dates a
/// figure by the month, and a day or month named without a year dates it too.
[[nodiscard]] std::vector<CasualtyFigure> extract(const numbers::NumberedText& text,
                                                  std::string_view publication_date,
                                                  const std::vector<NamedMonth>& months = {});
/// A trial, arrest or anniversary report dates its event in the body
/// ("2019年7月に…社員36人が死亡、33人が重軽傷") and names it in the headline ("36人死亡の事件から10カ月"): a
/// body figure marked historical whose kind and count a headline figure (not historical, before `body_start`)
/// states is the article's event, and so are the other figures of its sentence.
void keep_the_headlines_event(std::vector<CasualtyFigure>& figures, std::size_t body_start);
/// An election, verdict or sports report recalls a war's toll in passing; it reports no casualties of its
/// own. Unless the headline or the lead (the body's first two sentences; `body_start` 0 when there is no
/// headline of its own) states a figure or names an incident, a casualty word or a war, every figure but the
/// detained is historical (own_event.cc).
void mark_background_tolls(std::vector<CasualtyFigure>& figures, const numbers::TokenizedText& text,
                           std::string_view lang, std::size_t body_start);
[[nodiscard]] ArticleCasualties resolve(const std::vector<CasualtyFigure>& figures);
[[nodiscard]] std::string_view kind_name(CasualtyKind) noexcept;   // "deaths" "injured" "missing" "detained"
[[nodiscard]] std::string_view qualifier_name(Qualifier) noexcept; // "exact" "at_least" ...

} // namespace lede::extract::casualties
