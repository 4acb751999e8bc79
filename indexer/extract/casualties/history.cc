// The historical test of figures.h: a toll of another, earlier event ("the 2004 Beslan
// school siege, in which 334 people were killed") must never become the article's figure.

#include "indexer/extract/casualties/grammar.h"

#include "common/entities/text_rules.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdint>
#include <string>

namespace lede::extract::casualties {

using numbers::is_year;
using numbers::Phrase;
using numbers::Tok;
using numbers::TokenizedText;
using numbers::TokKind;

namespace {

constexpr std::size_t kSinceReach = 12; // "2004年别斯兰人质事件以来": tokens from the year to 以来
constexpr std::size_t kPastUnitReach = 3; // "il y a vingt-cinq ans": tokens from "il y a" to "ans"

struct Year {
    std::size_t tok = 0;
    int value = 0;
    bool since = false; ///< "since 2004" dates a comparison, not the figure
    bool whole = false; ///< named as a whole year: "en 2022", "в 2022 году"
    int month = 0; ///< 1–12 when named with its month: "In May 2022", "із квітня 2022 року", "2022年4月"
    int day = 0;           ///< 1–31 when named with its day
    bool inferred = false; ///< a day or month written without its year: "le 20 novembre", "en août"
};

// A day written without its year ("où 30 personnes avaient été tuées le 15 janvier", "в Маріуполі 16
// березня, де … загинули") dates an earlier event when it lies this many days or more before publication:
// the article's own event is of the last days, and an update's "since the 6 February quake" is caught by
// the headline's figure (keep_the_headlines_event).
constexpr int kDaysBefore = 21;

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's civil calendar algorithm).
[[nodiscard]] int days_from_civil(int year, int month, int day) {
    constexpr int kMonthsPerYear = 12, kDaysPerEra = 146097, kYearsPerEra = 400, kEpochShift = 719468;
    year -= month <= 2 ? 1 : 0;
    const int era = (year >= 0 ? year : year - (kYearsPerEra - 1)) / kYearsPerEra;
    const int year_of_era = year - era * kYearsPerEra;
    const int day_of_year = (153 * (month + (month > 2 ? -3 : kMonthsPerYear - 3)) + 2) / 5 + day - 1;
    const int day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    return era * kDaysPerEra + day_of_era - kEpochShift;
}

// A figure dated this many months or more before publication by a month and year ("In May 2022, a plane
// crashed, killing all 22" in January 2023) is of an earlier event, though the year is the one before.
constexpr int kMonthsBefore = 6;
// Two months or more before ("im August 2016" in a January 2017 report), by a month and year: an earlier
// event, unless the sentence names what the headline names (names_the_headlines_event), as for a day without
// its year.
constexpr int kMonthsBeforeNamed = 2;

// The month named with the year at byte `at`: 5 for "In May 2022", 0 for a year alone.
[[nodiscard]] int month_of(const std::vector<NamedMonth>& months, std::size_t at, int year) {
    for (const NamedMonth& named : months) {
        if (named.begin <= at && at < named.end && named.year == year) {
            return named.month;
        }
    }
    return 0;
}

[[nodiscard]] int year_of(std::string_view date) {
    int year = 0;
    if (date.size() < 4 || std::from_chars(date.data(), date.data() + 4, year).ec != std::errc{}) {
        return 0;
    }
    return year;
}

// "en 2022", "im Jahr 2022", "в 2022 году", "في عام 2022": a year named as a whole, no day or month
// before it. The year before publication so named is over, and what it counts is of other events ("745
// personnes ont perdu la vie sur les routes en 2022"); a dated day of it may be the article's own event.
[[nodiscard]] bool whole_year(const TokenizedText& t, std::size_t tok) {
    // "2023年全国共接报火灾74.5万起": a CJK year with no month after it.
    if (tok + 1 < t.toks.size() && t.toks[tok + 1].kind == TokKind::cjk && t.toks[tok + 1].text == "年") {
        const bool month_follows = tok + 2 < t.toks.size() && t.toks[tok + 2].kind == TokKind::number &&
                                   t.gap_before(tok + 2).empty();
        return !month_follows && (tok + 2 >= t.toks.size() || t.toks[tok + 2].text != "度");
    }
    if (tok == 0 || t.toks[tok - 1].sentence != t.toks[tok].sentence) {
        return false;
    }
    // "เมื่อปี 2566": Thai names the year with ปี.
    static constexpr std::array<std::string_view, 12> kWholeYear = {
        "in", "en", "im", "jahr", "year", "année", "año", "в", "у", "عام", "في", "ปี"};
    return std::find(kWholeYear.begin(), kWholeYear.end(), t.toks[tok - 1].text) != kWholeYear.end();
}

[[nodiscard]] bool dated_since(const TokenizedText& t, const Lexicon& lex, std::size_t tok) {
    if (lex.ending_at(t, tok, Cat::since_pre)) {
        return true;
    }
    for (std::size_t k = tok + 1; k < t.toks.size() && k <= tok + kSinceReach && t.same_clause(tok, k); ++k) {
        if (lex.at(t, k, Cat::since_post)) {
            return true;
        }
    }
    return false;
}

[[nodiscard]] bool back_ref_between(const TokenizedText& t, const Lexicon& lex, std::size_t from,
                                    std::size_t to) {
    for (std::size_t k = from + 1; k < to; ++k) {
        if (!lex.at(t, k, Cat::back_ref)) {
            continue;
        }
        if (const LexMatch qualifier = lex.ending_at(t, k + 1, Cat::qual_pre);
            !(qualifier && qualifier.first < k)) {
            return true; // but not the "als" of "mehr als 40"
        }
    }
    return false;
}

// "last year", "два года назад", "vor zwei Jahren", "il y a deux ans", "去年" in [first, last).
[[nodiscard]] bool tells_the_past(const TokenizedText& t, const Lexicon& lex, std::size_t first,
                                  std::size_t last) {
    for (std::size_t k = first; k < last; ++k) {
        if (lex.at(t, k, Cat::since_pre)) {
            return false; // "since last year", "since the war began two years ago": counted up to now
        }
        if (lex.at(t, k, Cat::past)) {
            return true;
        }
        if (const LexMatch pre = lex.at(t, k, Cat::past_pre)) {
            for (std::size_t u = pre.last; u < last && u <= pre.last + kPastUnitReach; ++u) {
                if (lex.at(t, u, Cat::past_unit)) {
                    return true;
                }
            }
        }
    }
    return false;
}

/// A word of one of `cats` between tokens `first` and `last`.
[[nodiscard]] bool any_between(const TokenizedText& t, const Lexicon& lex, std::size_t first,
                               std::size_t last, std::initializer_list<Cat> cats) {
    for (std::size_t k = first; k < last; ++k) {
        for (const Cat cat : cats) {
            if (lex.at(t, k, cat)) {
                return true;
            }
        }
    }
    return false;
}

// A contrast between a past clause and the figure: "…, but this year 60 have died".
[[nodiscard]] bool contrasted(const TokenizedText& t, const Lexicon& lex, std::size_t first,
                              std::size_t last) {
    return any_between(t, lex, first, last, {Cat::current, Cat::conj});
}

/// A year ending a clause of its own of at most four words: ", en 2013,", ", im Jahr 2013,", ", le 10 mars
/// 2019,".
[[nodiscard]] bool set_apart(const TokenizedText& t, std::size_t year) {
    constexpr std::size_t kDateWords = 4;
    const std::size_t first = t.clause_start(year);
    const std::size_t last = t.clause_end(year);
    return last - first <= kDateWords && last == year + 1 && first > 0;
}

/// A year after the figure, past a list of the places it struck and nothing else: "avait fait plus de 1 000
/// morts au Mozambique, au Zimbabwe et au Malawi en mars 2019". Only commas part the clauses between, which
/// hold no other count, no casualty word and no word of the present.
[[nodiscard]] bool dated_after_a_list(const TokenizedText& t, const Lexicon& lex, std::size_t after_figure,
                                      std::size_t year) {
    constexpr std::size_t kListWords = 14;
    if (year <= after_figure || year - after_figure > kListWords) {
        return false;
    }
    for (std::size_t k = after_figure; k < year; ++k) {
        if (t.toks[k].kind == TokKind::number ||
            (k > after_figure && !t.same_clause(k - 1, k) &&
             t.gap_before(k).find_first_not_of(", ") != std::string_view::npos)) {
            return false;
        }
    }
    return !any_between(t, lex, after_figure, year,
                        {Cat::pre, Cat::post, Cat::toll, Cat::current, Cat::part, Cat::since_pre});
}

/// A word between tokens `first` and `last` that tells the present, not the past: "now", "this time".
[[nodiscard]] bool told_as_current(const TokenizedText& t, const Lexicon& lex, std::size_t first,
                                   std::size_t last) {
    return any_between(t, lex, first, last, {Cat::current});
}

// "kill about 1,500 people a year", "每年约有1500人死亡": a statistic, not this event's toll.
[[nodiscard]] bool states_a_rate(const TokenizedText& t, const Lexicon& lex, const Phrase& p) {
    std::size_t j = p.last;
    while (const LexMatch v = lex.at(t, j, Cat::victim)) {
        j = v.last;
    }
    if (j < t.toks.size() && t.same_clause(p.first, j) && lex.at(t, j, Cat::rate)) {
        return true;
    }
    if (lex.cjk()) {
        for (std::size_t k = t.clause_start(p.first); k < p.first; ++k) {
            if (lex.at(t, k, Cat::rate)) {
                return true;
            }
        }
    }
    return false;
}

// "the deadliest since a tremor that killed 9,000": a comparison's event, told after since … that in
// the figure's clause.
[[nodiscard]] bool told_after_since(const TokenizedText& t, const Lexicon& lex, const Phrase& p) {
    for (std::size_t k = t.clause_start(p.first); k < p.first; ++k) {
        const LexMatch since = lex.at(t, k, Cat::since_pre);
        if (!since) {
            continue;
        }
        // A relative word after the event's noun, not right after "since" ("desde que" is "since").
        for (std::size_t r = since.last + 1; r < p.first; ++r) {
            if (lex.at(t, r, Cat::relative)) {
                return true;
            }
        }
    }
    return false;
}

[[nodiscard]] bool names_the_headlines_event(const TokenizedText& t, bool cjk, std::size_t first,
                                             std::size_t last);

// "Une semaine après les attentats qui ont fait 130 morts", "two weeks after the quake that killed 50,000":
// an event the article dates weeks back, told by a relative clause before the figure; unless the sentence
// names what the headline names (a follow-up of the article's own event) or is the headline ("Suspect
// arrested 10 months after arson that killed 36" tells the article's event).
[[nodiscard]] bool told_weeks_after(const TokenizedText& t, const Lexicon& lex, const Phrase& p) {
    constexpr std::size_t kUnitToSequel = 2; // "une semaine après", "two weeks after", "через неделю после"
    if (t.toks[p.first].sentence == 0) {
        return false;
    }
    const std::size_t sentence_first = t.sentences[t.toks[p.first].sentence].first;
    for (std::size_t k = sentence_first; k < p.first; ++k) {
        const LexMatch sequel = lex.at(t, k, Cat::sequel);
        if (!sequel) {
            continue;
        }
        bool dated = false;
        for (std::size_t u = k > kUnitToSequel ? k - kUnitToSequel : 0; u < k && !dated; ++u) {
            dated = u >= sentence_first && static_cast<bool>(lex.at(t, u, Cat::span_unit));
        }
        if (!dated) {
            continue;
        }
        for (std::size_t r = sequel.last + 1; r < p.first; ++r) {
            if (lex.at(t, r, Cat::relative) || lex.at(t, r, Cat::back_ref)) {
                return !names_the_headlines_event(t, lex.cjk(), sequel.last, p.first);
            }
        }
    }
    return false;
}

// Figures of an earlier event told without a year: by its distance in time, as a yearly rate,
// or as the event a "since" compares with.
void mark_told_in_the_past(const TokenizedText& text, const Lexicon& lexicon,
                           const std::vector<Phrase>& phrases, std::vector<FoundFigure>& figures) {
    for (FoundFigure& found : figures) {
        const Phrase& p = phrases[found.phrase];
        const Tok& first = text.toks[p.first];
        const std::size_t sentence_first = text.sentences[first.sentence].first;
        const std::size_t start = text.clause_start(p.first);
        bool past = tells_the_past(text, lexicon, start, text.clause_end(p.first));
        // "Last year, a similar storm killed 40", but not "…, but this year 60 have died".
        if (!past && start > sentence_first && !contrasted(text, lexicon, start, p.first)) {
            past = tells_the_past(text, lexicon, sentence_first, text.clause_end(sentence_first));
        }
        if (past || states_a_rate(text, lexicon, p) || told_after_since(text, lexicon, p) ||
            told_weeks_after(text, lexicon, p)) {
            found.figure.historical = true;
        }
    }
}

constexpr int kLastCommonEraYear = 2100; // a larger year in Thai text is of the Buddhist era
constexpr int kBuddhistEraOffset = 543;

// "2019年7月に…36人が死亡、32人が重軽傷", "In 2004, a storm killed 334 people and injured 700": a count of
// another kind right after an earlier event's toll in its sentence, nothing telling the present between them,
// is that event's too.
void mark_joined_to_historical(const TokenizedText& text, const Lexicon& lexicon,
                               const std::vector<Phrase>& phrases, std::vector<FoundFigure>& figures) {
    std::vector<std::size_t> order(figures.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        order[i] = i;
    }
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return phrases[figures[a].phrase].first < phrases[figures[b].phrase].first;
    });
    for (std::size_t k = 1; k < order.size(); ++k) {
        const FoundFigure& before = figures[order[k - 1]];
        FoundFigure& found = figures[order[k]];
        const std::size_t from = phrases[before.phrase].first, to = phrases[found.phrase].first;
        if (before.figure.historical && !found.figure.historical && before.figure.kind != found.figure.kind &&
            text.toks[from].sentence == text.toks[to].sentence && !told_as_current(text, lexicon, from, to)) {
            found.figure.historical = true;
        }
    }
}

/// A key of the compared event at token k: a capitalised word, or two Han or kana characters.
[[nodiscard]] std::size_t key_length(const TokenizedText& t, std::size_t k, bool cjk) {
    if (cjk) {
        return k + 1 < t.toks.size() && t.toks[k].kind == TokKind::cjk &&
                       t.toks[k + 1].kind == TokKind::cjk && t.same_clause(k, k + 1)
                   ? 2
                   : 0;
    }
    return t.toks[k].kind == TokKind::word &&
                   detail::starts_upper_case(t.text.substr(t.toks[k].begin, t.toks[k].end - t.toks[k].begin))
               ? 1
               : 0;
}

[[nodiscard]] bool same_key(const TokenizedText& t, std::size_t a, std::size_t b, std::size_t length) {
    for (std::size_t i = 0; i < length; ++i) {
        if (t.toks[a + i].kind != t.toks[b + i].kind || t.toks[a + i].text != t.toks[b + i].text) {
            return false;
        }
    }
    return true;
}

// "这是继2015年天津港危险品仓库爆炸事故以来…最严重的事故。天津港事故共造成165人遇难", "the deadliest since
// the 2015 Tianjin blast. The Tianjin blast killed 173": the event a "since" compared with, named again
// before the figure in the next sentence. Its name is what stands between the year and 以来, or the
// capitalised words right after "since the <year>"; and the article writes it there first: the article's own
// event is named before (in the headline at least), a comparison's only there.
[[nodiscard]] bool names_compared_event(const TokenizedText& t, const Lexicon& lex, std::size_t year,
                                        std::size_t head_first, std::size_t head_last) {
    const std::size_t year_clause = t.clause_start(year);
    const std::size_t clause_last = t.clause_end(year);
    std::size_t last = year + 1;
    if (lex.cjk()) {
        while (last < clause_last && !lex.at(t, last, Cat::since_post)) {
            ++last;
        }
        if (last == clause_last) {
            return false;
        }
    } else {
        constexpr std::size_t kSinceToYear = 3; // "since the 2015", "seit dem verheerenden 2015"
        bool since = false;
        for (std::size_t k = year; k > year_clause && k + kSinceToYear > year && !since; --k) {
            since = static_cast<bool>(lex.at(t, k - 1, Cat::since_pre));
        }
        while (since && last < clause_last && key_length(t, last, false) == 1) {
            ++last;
        }
    }
    for (std::size_t k = year + 1; k < last; ++k) {
        const std::size_t length = key_length(t, k, lex.cjk());
        if (length == 0 || k + length > last) {
            continue;
        }
        bool named_before = false;
        for (std::size_t e = 0; e + length <= year_clause && !named_before; ++e) {
            named_before = same_key(t, e, k, length);
        }
        if (named_before) {
            continue;
        }
        for (std::size_t h = head_first; h + length <= head_last; ++h) {
            if (same_key(t, h, k, length)) {
                return true;
            }
        }
    }
    return false;
}

// "Turkey detains 100 contractors" over "the 6 February earthquakes, which killed more than 50,000 people in
// Turkey": a sentence that names what the headline (the text's first sentence) names tells the article's own
// event, however long ago it is dated. Capitalised words (not a sentence's first) or two Han or kana
// characters, in tokens [first, last).
[[nodiscard]] bool names_the_headlines_event(const TokenizedText& t, bool cjk, std::size_t first,
                                             std::size_t last) {
    if (t.sentences.empty() || t.toks[first].sentence == 0) {
        return false;
    }
    const numbers::Sentence& head = t.sentences[0];
    for (std::size_t k = first; k < last; ++k) {
        const std::size_t length = key_length(t, k, cjk);
        if (length == 0 || k + length > last || (!cjk && k == t.sentences[t.toks[k].sentence].first)) {
            continue;
        }
        for (std::size_t h = head.first; h + length <= head.last; ++h) {
            if (same_key(t, h, k, length)) {
                return true;
            }
        }
    }
    return false;
}

// The days and months the text names without a year ("le 15 janvier", "16 березня", "en août"), each as a
// Year at its first token.
void add_days_without_year(const TokenizedText& t, const Lexicon& lex, const std::vector<NamedMonth>& months,
                           std::vector<Year>& years) {
    const std::size_t written = years.size();
    for (const NamedMonth& named : months) {
        const bool has_year = std::any_of(years.begin(), years.begin() + static_cast<std::ptrdiff_t>(written),
                                          [&](const Year& y) {
                                              const std::size_t at = t.toks[y.tok].begin;
                                              return named.begin <= at && at < named.end;
                                          });
        const auto tok = std::lower_bound(t.toks.begin(), t.toks.end(), named.begin,
                                          [](const Tok& k, std::size_t at) { return k.begin < at; });
        if (has_year || tok == t.toks.end() || tok->begin >= named.end) {
            continue;
        }
        Year y;
        y.tok = static_cast<std::size_t>(tok - t.toks.begin());
        y.value = named.year;
        y.month = named.month;
        y.day = named.day;
        y.inferred = true;
        // "depuis le 15 janvier", "seit dem 15. Januar": an article may stand between since and the day.
        y.since = dated_since(t, lex, y.tok) || (y.tok > 0 && t.same_clause(y.tok - 1, y.tok) &&
                                                 lex.ending_at(t, y.tok - 1, Cat::since_pre));
        years.push_back(y);
    }
}

} // namespace

void mark_historical(const TokenizedText& text, const Lexicon& lexicon, const std::vector<Phrase>& phrases,
                     std::vector<FoundFigure>& figures, std::string_view publication_date,
                     const std::vector<NamedMonth>& months) {
    mark_told_in_the_past(text, lexicon, phrases, figures);
    std::vector<bool> counted(phrases.size(), false);
    for (const FoundFigure& f : figures) {
        counted[f.phrase] = true; // "killed 2004 residents": a count is never its own year
    }
    std::vector<Year> years;
    int latest = 0;
    for (std::size_t k = 0; k < phrases.size(); ++k) {
        const bool after_year_word =
            phrases[k].year && lexicon.ending_at(text, phrases[k].first, Cat::year_pre);
        if (!counted[k] && (is_year(text, lexicon, phrases[k]) || after_year_word)) {
            int value = static_cast<int>(phrases[k].value);
            if (text.buddhist_era && value > kLastCommonEraYear) {
                value -= kBuddhistEraOffset; // "ปี 2563" is 2020
            }
            years.push_back({phrases[k].first, value, dated_since(text, lexicon, phrases[k].first),
                             whole_year(text, phrases[k].first),
                             month_of(months, text.toks[phrases[k].first].begin, value)});
            latest = std::max(latest, value);
        }
    }
    const int published = year_of(publication_date);
    int published_month = 0, published_day = 0;
    if (publication_date.size() >= 7) {
        std::from_chars(publication_date.data() + 5, publication_date.data() + 7, published_month);
    }
    if (publication_date.size() >= 10) {
        std::from_chars(publication_date.data() + 8, publication_date.data() + 10, published_day);
    }
    add_days_without_year(text, lexicon, months, years);
    const int reference = published > 0 ? published : latest;
    if (years.empty() || reference == 0) {
        return;
    }
    for (FoundFigure& found : figures) {
        const Phrase& p = phrases[found.phrase];
        const Tok& first = text.toks[p.first];
        const std::size_t sentence_first = text.sentences[first.sentence].first;
        // "…, when two trains collided, killing 358 people": a clause that opens with the trigger's
        // participle goes on with the clause before it.
        std::size_t clause_first = text.clause_start(p.first);
        if (clause_first > sentence_first && lexicon.at(text, clause_first, Cat::pre)) {
            clause_first = text.clause_start(clause_first - 1);
        }
        const bool opens_back_ref = static_cast<bool>(lexicon.at(text, clause_first, Cat::back_ref));
        // "…1975年8月。当时…2.6万人遇难", "…с мая 2005 года… Правозащитники тогда называли цифру в несколько
        // сотен жертв": "at the time" before the figure in its sentence goes on with the sentence before.
        const bool told_then = any_between(text, lexicon, sentence_first, p.first, {Cat::then});
        for (const Year& y : years) {
            // A month alone dates what follows it ("En août, un séisme avait fait…"), not a count before it:
            // "Twelve people were killed on Monday and 24 in May".
            if (y.inferred && y.day == 0 && y.tok > p.first) {
                continue;
            }
            const Tok& year = text.toks[y.tok];
            const int months_apart = published > 0 && published_month > 0 && y.month > 0
                                         ? (published * 12 + published_month) - (y.value * 12 + y.month)
                                         : 0;
            // Weeks before, not yet months: an earlier event's unless its sentence names the headline's. A
            // month alone ("En août, un séisme avait fait 2 200 morts") counts by months, as one with its
            // year.
            const bool weeks_before =
                y.inferred && y.day > 0
                    ? published_day > 0 && days_from_civil(published, published_month, published_day) -
                                                   days_from_civil(y.value, y.month, y.day) >=
                                               kDaysBefore
                    : months_apart >= kMonthsBeforeNamed && (y.inferred || months_apart < kMonthsBefore);
            const bool foreign = y.inferred || weeks_before ? weeks_before
                                 : published > 0            ? std::abs(y.value - reference) > 1 ||
                                                       (y.whole && y.value == reference - 1) ||
                                                       months_apart >= kMonthsBefore
                                                 : y.value < reference - 1;
            if (weeks_before) {
                const std::size_t from = lexicon.cjk()
                                             ? std::min(text.clause_start(y.tok), text.clause_start(p.first))
                                             : sentence_first;
                const std::size_t to =
                    lexicon.cjk() ? std::max(y.tok, p.first) : text.sentences[first.sentence].last;
                if (names_the_headlines_event(text, lexicon.cjk(), from, to)) {
                    continue;
                }
            }
            const bool compared = !y.inferred && year.sentence + 1 == first.sentence &&
                                  names_compared_event(text, lexicon, y.tok, sentence_first, p.first);
            const bool sentence_before = (told_then && year.sentence + 1 == first.sentence) || compared;
            if (!foreign || (year.sentence != first.sentence && !sentence_before)) {
                continue;
            }
            bool historical = false;
            if (told_as_current(text, lexicon, std::min(y.tok, p.first), std::max(y.tok, p.first))) {
                continue; // "In 2020 a fire killed 9; this time 3 died"
            }
            if (sentence_before) {
                historical = compared || !y.since;
            } else if (year.clause == first.clause) {
                historical = !y.since || (y.tok < p.first && back_ref_between(text, lexicon, y.tok, p.first));
            } else if (year.clause < first.clause) {
                // "…, in which 334 people were killed"; or a sentence that opens on the year:
                // "In 2004, 334 people were killed", or sets it apart: "Le déraillement, en 2013, avait fait
                // 47 morts".
                // Chinese and Japanese run a sentence's clauses on with 、 and ，, and Thai with spaces: a
                // year in any of them dates the rest ("2019年7月に…が放火され、社員36人が死亡",
                // "ครั้งก่อนหน้านี้เมื่อวันที่ 2 มกราคม 2560 รถตู้โดยสารชนกับรถกระบะ มีผู้เสียชีวิต 25 ราย").
                historical =
                    opens_back_ref ||
                    (!y.since && (year.clause == text.toks[sentence_first].clause || set_apart(text, y.tok) ||
                                  lexicon.cjk() || lexicon.lang() == "th"));
            } else if (!y.since) {
                std::size_t after_figure = p.last; // past its trigger: "1 000 morts"
                while (after_figure < y.tok && text.toks[after_figure].begin < found.figure.end) {
                    ++after_figure;
                }
                historical = dated_after_a_list(text, lexicon, after_figure, y.tok);
            }
            if (historical) {
                found.figure.historical = true;
                break;
            }
        }
    }
    mark_joined_to_historical(text, lexicon, phrases, figures);
}

} // namespace lede::extract::casualties
