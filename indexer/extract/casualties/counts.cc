// Numbers next to people that are not counts of people (extraction.md §4): money, percentages,
// times, ordinals, units (durations, distances, ages), blockers before the number ("aged", "Flight"),
// and years.

#include "indexer/extract/casualties/grammar.h"

#include <algorithm>
#include <array>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace lede::extract::casualties {

using numbers::after_number;
using numbers::counts_people_next;
using numbers::Phrase;
using numbers::Tok;
using numbers::TokenizedText;
using numbers::TokKind;

namespace {

bool starts_with_any(std::string_view s, std::initializer_list<std::string_view> prefixes) {
    return std::any_of(prefixes.begin(), prefixes.end(),
                       [&](std::string_view p) { return s.starts_with(p); });
}
bool ends_with_any(std::string_view s, std::initializer_list<std::string_view> suffixes) {
    return std::any_of(suffixes.begin(), suffixes.end(), [&](std::string_view p) { return s.ends_with(p); });
}

bool starts_with_latin_or_cyrillic(std::string_view word) {
    UChar32 c = 0;
    std::int32_t i = 0;
    U8_NEXT(reinterpret_cast<const std::uint8_t*>(word.data()), i, static_cast<std::int32_t>(word.size()), c);
    return c >= 0 && c < 0x0530; // Latin, Greek, Cyrillic blocks
}

std::size_t code_points(std::string_view s) {
    return static_cast<std::size_t>(
        std::count_if(s.begin(), s.end(), [](char ch) { return (ch & 0xC0) != 0x80; }));
}

// A road, aircraft, weapon or virus: a short word written with a capital, then a hyphen and the
// number ("М-4", "Ан-26", "F-16", "COVID-19"). "трассе М-4 погибли трое" states 3 deaths, not 4.
bool designation(const TokenizedText& t, const Phrase& p) {
    // "Ту-154", and glued: "MH370" (in Chinese text no space parts it from the words around).
    const std::string_view gap = p.first == 0 ? std::string_view() : t.gap_before(p.first);
    if (p.first == 0 || (gap != "-" && !gap.empty()) || t.toks[p.first - 1].kind != TokKind::word) {
        return false;
    }
    const Tok& word = t.toks[p.first - 1];
    const std::string_view raw = t.text.substr(word.begin, word.end - word.begin);
    UChar32 c = 0;
    std::int32_t i = 0;
    U8_NEXT(reinterpret_cast<const std::uint8_t*>(raw.data()), i, static_cast<std::int32_t>(raw.size()), c);
    return starts_with_latin_or_cyrillic(raw) && u_isupper(c) && code_points(raw) <= 5;
}

bool is_indefinite_article(std::string_view word) {
    static constexpr std::array<std::string_view, 11> kArticles = {
        "un", "una", "une", "ein", "eine", "einen", "einem", "einer", "eines", "uno", "unos"};
    return std::find(kArticles.begin(), kArticles.end(), word) != kArticles.end();
}

// A gap without the spaces at its end (a no-break space too).
[[nodiscard]] std::string_view trimmed_end(std::string_view gap) {
    while (!gap.empty()) {
        if (gap.back() == ' ' || gap.back() == '\t') {
            gap.remove_suffix(1);
        } else if (gap.ends_with("\u00a0")) {
            gap.remove_suffix(std::string_view("\u00a0").size());
        } else {
            break;
        }
    }
    return gap;
}

} // namespace

// "la explosión de un ducto", "eine vierte Person": an indefinite article is one only before a person or a
// casualty word ("un muerto", "une personne", "ein Mensch").
bool article_not_number(const TokenizedText& t, const Lexicon& lex, const Phrase& p) {
    if (p.last != p.first + 1 || p.value != 1 || !is_indefinite_article(t.toks[p.first].text) ||
        counts_people_next(t, lex, p)) {
        return false;
    }
    const std::size_t j = after_number(t, lex, p);
    return !lex.at(t, j, Cat::victim) && !lex.at(t, j, Cat::post);
}

bool asks_how_many(const TokenizedText& t, const Phrase& p) {
    if (!p.vague || p.first == 0 || !t.same_clause(p.first - 1, p.first)) {
        return false;
    }
    const std::string_view before = t.toks[p.first - 1].text;
    return before == "how" || before == "wie";
}

bool not_a_count(const TokenizedText& t, const Lexicon& lex, const Phrase& p, std::size_t qual_first) {
    if (p.decimal || (qual_first == p.first && designation(t, p))) {
        return true;
    }
    const std::string_view before = t.gap_before(qual_first);
    const std::string_view after = t.gap_after(p.last - 1);
    if (const std::string_view symbol = trimmed_end(before); // "гимназии № 175", "No. 7" is a blocker
        ends_with_any(symbol, {"№", "#"}) ||
        ends_with_any(before, {"$", "€", "£", "¥", "₽", "₴", "₹", "US$"}) ||
        starts_with_any(after, {"%", "٪", "‰", "°", "％", "€", "$", " %", "\u00a0%", "\u202f%", "\u00a0€"})) {
        return true;
    }
    // Times and scores: "20:00", "2:1".
    if ((after.starts_with(":") && p.last < t.toks.size() && t.toks[p.last].kind == TokKind::number) ||
        (before == ":" && p.first > 0 && t.toks[p.first - 1].kind == TokKind::number)) {
        return true;
    }
    if (article_not_number(t, lex, p)) {
        return true;
    }
    const std::size_t j = after_number(t, lex, p);
    if (p.last < t.toks.size() && t.toks[p.last].kind == TokKind::word && !p.vague) {
        const std::string_view glued = t.gap_before(p.last);
        const std::string_view word = t.toks[p.last].text;
        // Ordinals and suffixes: "133rd", "71-летний", "2-й".
        if (starts_with_latin_or_cyrillic(word) &&
            (glued.empty() || (glued == "-" && code_points(word) <= 3))) {
            return true;
        }
    }
    std::size_t u = j;
    if (const LexMatch of = lex.at(t, u, Cat::of); of && !lex.at(t, u, Cat::victim)) {
        if (lex.at(t, of.last, Cat::unit)) {
            u = of.last; // "3 milliards d'euros"
        }
    }
    // "5 a.m." is a time, "80 a day earlier" a count: "a" and "p" are units only before their dot.
    const bool clock_letter = u < t.toks.size() && (t.toks[u].text == "a" || t.toks[u].text == "p");
    if (u < t.toks.size() && t.same_clause(p.first, u) && lex.at(t, u, Cat::unit) &&
        (!clock_letter || t.gap_after(u).starts_with("."))) {
        return true;
    }
    if (const LexMatch b = lex.ending_at(t, qual_first, Cat::blocker);
        b && t.same_clause(b.first, qual_first)) {
        return true;
    }
    // "Im Juni 1998 starben …", "En 2018 murieron …": a month or "in" before it makes it a year, whatever
    // verb of dying follows; not before people ("in 2000 Menschen" is rare, "2000 people" is not).
    if (p.year && lex.ending_at(t, qual_first, Cat::year_pre) && !lex.at(t, j, Cat::victim)) {
        return true;
    }
    // "En el accidente de 2016 murieron 71 personas": a verb that has its own count after it counts not the
    // year.
    if (const LexMatch verb = lex.at(t, j, Cat::post); p.year && verb && verb.last < t.toks.size() &&
                                                       t.same_clause(j, verb.last) &&
                                                       t.toks[verb.last].kind == TokKind::number) {
        return true;
    }
    return p.year && !counts_people_next(t, lex, p);
}

} // namespace lede::extract::casualties
