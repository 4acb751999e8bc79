// The rules for counts with no trigger of their own, which take the kind of a figure found before them
// (grammar.h): a correction's target or a running total, the earlier toll of an "up from", a sub-total.

#include "indexer/extract/casualties/grammar.h"

#include "common/entities/text_rules.h"

namespace lede::extract::casualties {

using numbers::Phrase;
using numbers::Tok;
using numbers::TokenizedText;

namespace {

// Sentences back that a correction without a trigger takes its kind from.
constexpr std::uint32_t kCorrectionSentences = 2;

// A short lower-case word, then a capitalised one: a preposition and a place ("à Paris", "in Gaza", "в
// Москве").
[[nodiscard]] bool place_follows(const TokenizedText& t, std::size_t j) {
    constexpr std::size_t kPrepositionBytes = 4; // "à", "in", "в", "im", "en", "au", "auf": a few letters
    if (j + 1 >= t.toks.size() || !t.same_clause(j, j + 1) || t.toks[j].kind != numbers::TokKind::word ||
        t.toks[j + 1].kind != numbers::TokKind::word) {
        return false;
    }
    const std::string_view preposition = t.text.substr(t.toks[j].begin, t.toks[j].end - t.toks[j].begin);
    const std::string_view place =
        t.text.substr(t.toks[j + 1].begin, t.toks[j + 1].end - t.toks[j + 1].begin);
    return preposition.size() <= kPrepositionBytes && detail::starts_lower_case(preposition) &&
           detail::starts_upper_case(place);
}

// Tokens [first, end) name a place: one to three capitalised words, none a month ("in May" dates).
[[nodiscard]] bool names_a_place(const TokenizedText& t, const Lexicon& lex, std::size_t first,
                                 std::size_t end) {
    constexpr std::size_t kPlaceWords = 3;
    if (first >= end || end - first > kPlaceWords) {
        return false;
    }
    for (std::size_t k = first; k < end; ++k) {
        const Tok& word = t.toks[k];
        if (word.kind != numbers::TokKind::word || lex.at(t, k, Cat::year_pre) ||
            lex.at(t, k, Cat::blocker) ||
            !detail::starts_upper_case(t.text.substr(word.begin, word.end - word.begin))) {
            return false;
        }
    }
    return true;
}

// "Among the dead were four children", "Unter den Toten sind vier Bahnmitarbeiter", "Parmi les morts
// figurent quatre Français": a part word that names the victims, a verb or two, then the count.
[[nodiscard]] LexMatch named_part_before(const TokenizedText& t, const Lexicon& lex, std::size_t first) {
    // "Серед поранених — 12 дітей", "Среди погибших — трое детей": the part word is a clause of its own
    // before a dash.
    if (const std::size_t opens = t.clause_start(first);
        opens == first && opens > 0 && t.toks[opens - 1].sentence == t.toks[first].sentence &&
        (t.gap_before(opens).find("—") != std::string_view::npos ||
         t.gap_before(opens).find(" – ") != std::string_view::npos)) {
        const LexMatch cue = lex.ending_at(t, opens, Cat::part);
        if (cue && cue.first == t.clause_start(opens - 1)) {
            for (std::size_t k = cue.first; k < cue.last; ++k) {
                if (lex.at(t, k, Cat::post)) {
                    return cue;
                }
            }
        }
    }
    constexpr std::size_t kVerbWords = 2;
    for (std::size_t end = first; end > 0 && end + kVerbWords >= first && t.same_clause(end - 1, first);
         --end) {
        const LexMatch cue = lex.ending_at(t, end, Cat::part);
        if (!cue || !t.same_clause(cue.first, first)) {
            continue;
        }
        for (std::size_t k = cue.first; k < cue.last; ++k) {
            if (lex.at(t, k, Cat::post)) {
                return cue;
            }
        }
    }
    return {};
}

/// The kind of the trigger inside a part word that names the victims ("among the dead": deaths).
[[nodiscard]] CasualtyKind named_kind(const TokenizedText& t, const Lexicon& lex, const LexMatch& cue) {
    for (std::size_t k = cue.first; k < cue.last; ++k) {
        if (const LexMatch trigger = lex.at(t, k, Cat::post)) {
            return trigger.entry->kind;
        }
    }
    return CasualtyKind::deaths;
}

} // namespace

// "were corrected to 28", "Уточненные данные: 28": a count without a trigger right after a
// correction takes the kind of the figure before it, within kCorrectionSentences sentences.
std::optional<BorrowedKind> correction_of(const TokenizedText& t, const Lexicon& lex,
                                          const std::vector<Phrase>& phrases, const Phrase& p,
                                          std::size_t qual_first, const std::vector<FoundFigure>& found) {
    if (found.empty()) {
        return std::nullopt;
    }
    const std::uint32_t sentence = t.toks[p.first].sentence;
    // Where the verb comes last the cue follows its target: "その後、37人に訂正した".
    std::size_t after = p.last;
    if (const LexMatch v = lex.at(t, after, Cat::victim)) {
        after = v.last;
    }
    if (const LexMatch cue = lex.at(t, after, Cat::correction_post);
        cue && t.same_clause(p.first, cue.first)) {
        for (auto it = found.rbegin(); it != found.rend(); ++it) {
            const std::uint32_t at = t.toks[phrases[it->phrase].first].sentence;
            if (!it->figure.historical && !it->figure.hypothetical && at + kCorrectionSentences >= sentence) {
                return BorrowedKind{cue, "correction", it->figure.kind};
            }
        }
        return std::nullopt;
    }
    std::size_t k = qual_first;
    for (int steps = 0; steps < 3 && k > 0 && t.toks[k - 1].sentence == sentence; ++steps, --k) {
        if (!t.same_clause(k - 1, qual_first) &&
            t.gap_before(qual_first).find(':') == std::string_view::npos) {
            return std::nullopt; // only a colon may stand between cue and count
        }
        const LexMatch cue = lex.ending_at(t, k, Cat::correction);
        if (!cue || (cue.entry->flags & kCueOnly) != 0) {
            continue;
        }
        for (auto it = found.rbegin(); it != found.rend(); ++it) {
            const CasualtyFigure& before = it->figure;
            const std::uint32_t at = t.toks[phrases[it->phrase].first].sentence;
            if (before.historical || before.hypothetical || at + kCorrectionSentences < sentence) {
                continue;
            }
            // "bringing the total to 56" sums the figures before it: the kind, not a correction
            return BorrowedKind{cue, (cue.entry->flags & kRunningTotal) != 0 ? "total" : "correction",
                                before.kind};
        }
        return std::nullopt;
    }
    return std::nullopt;
}

// "killing 9, up from 5 on Monday", "อย่างน้อย 9 ราย เพิ่มขึ้นจาก 5 ราย": RISE FROM NUM after a
// figure of its sentence (this clause or the one before) is that figure's earlier toll; so is the count after
// a from-word that says "earlier" itself ("157 ราย จากเดิม 128 ราย").
std::optional<BorrowedKind> earlier_toll_of(const TokenizedText& t, const Lexicon& lex,
                                            const std::vector<Phrase>& phrases, const Phrase& p,
                                            std::size_t qual_first, const std::vector<FoundFigure>& found) {
    std::size_t k = qual_first;
    if (const LexMatch article = lex.ending_at(t, k, Cat::filler); article && article.first + 1 == k) {
        k = article.first; // "down from the 2,445"
    }
    const LexMatch from = lex.ending_at(t, k, Cat::from);
    if (found.empty() || !from || !t.same_clause(from.first, p.first)) {
        return std::nullopt;
    }
    LexMatch rise = lex.ending_at(t, from.first, Cat::rise);
    if ((from.entry->flags & kEarlierFrom) != 0) {
        rise = from; // "เพิ่มขึ้นเป็น 157 ราย จากเดิม 128 ราย"
    }
    if (!rise && !lex.cjk()) {
        // "rose to 36 from 22": FROM right after the figure before's count (and its people).
        std::size_t end = phrases[found.back().phrase].last;
        if (const LexMatch v = lex.at(t, end, Cat::victim)) {
            end = v.last;
        }
        // The count of the same people, nothing else after it: not "12 people from 3 families".
        std::size_t next = p.last;
        if (const LexMatch v = lex.at(t, next, Cat::victim)) {
            next = v.last;
        }
        const bool bare = next >= t.toks.size() || !t.same_clause(p.first, next) ||
                          lex.at(t, next, Cat::filler) || lex.at(t, next, Cat::report) ||
                          lex.at(t, next, Cat::current) || place_follows(t, next); // "on Thursday"
        if (end == from.first && bare) {
            rise = from;
        }
    }
    if (!rise || !t.same_clause(rise.first, p.first)) {
        return std::nullopt;
    }
    std::size_t j = p.last;
    if (const LexMatch v = lex.at(t, j, Cat::victim)) {
        j = v.last;
    }
    if (j < t.toks.size() && t.same_clause(p.first, j) &&
        (lex.at(t, j, Cat::link) || lex.at(t, j, Cat::range_to))) {
        return std::nullopt; // "rose from 5 to 9": the toll-from rule's
    }
    const FoundFigure& before = found.back();
    const Tok& at = t.toks[phrases[before.phrase].last - 1];
    const Tok& here = t.toks[rise.first];
    if (before.figure.historical || before.figure.hypothetical || at.sentence != here.sentence ||
        at.clause + 1 < here.clause) {
        return std::nullopt;
    }
    return BorrowedKind{rise, "toll-from", before.figure.kind};
}

// "…死亡人数升至37人，其中26人为住院患者", "Погибли 37 человек, среди них шестеро детей", "17 were hurt,
// 13 of them children": a count of people right after a part word (or before "of them"), with no trigger
// of its own, is a part of the figure before it in its sentence (or the sentence before, when the part
// word opens its own), and of its kind. Being smaller, it never becomes the article's figure.

std::optional<BorrowedKind> part_of(const TokenizedText& t, const Lexicon& lex,
                                    const std::vector<Phrase>& phrases, const Phrase& p,
                                    std::size_t qual_first, const std::vector<FoundFigure>& found) {
    std::size_t j = p.last;
    while (const LexMatch q = lex.at(t, j, Cat::qual_post)) {
        j = q.last;
    }
    LexMatch cue = lex.ending_at(t, qual_first, Cat::part);
    const LexMatch named = named_part_before(t, lex, qual_first);
    if (named) {
        cue = named; // the part word says they are people: "four children", "quatre Français"
    } else if (cue) {
        // "including 3 buses" is none: people are counted, or nothing comes after the count but where they
        // were ("dont 408 à Paris", "including 30 in Gaza").
        const bool people_or_nothing = j >= t.toks.size() || !t.same_clause(p.first, j) ||
                                       lex.at(t, j, Cat::victim) || place_follows(t, j);
        if (!people_or_nothing) {
            return std::nullopt;
        }
    } else if (const LexMatch after = lex.at(t, j, Cat::part); after && t.same_clause(p.first, after.first)) {
        cue = after; // "13 из них", "24 von ihnen", "30 of them"
    }
    if (!cue || !(t.same_clause(cue.first, p.first) || named)) {
        return std::nullopt;
    }
    // "Among the dead were 3 children", "Серед поранених — 12 дітей" with no total before it: the part word
    // that opens its clause (or the clause before the dash) names the kind itself.
    const bool names_its_kind = named && cue.first == t.clause_start(cue.first);
    const auto own_kind = [&]() -> std::optional<BorrowedKind> {
        return names_its_kind
                   ? std::optional<BorrowedKind>(BorrowedKind{cue, "part", named_kind(t, lex, cue)})
                   : std::nullopt;
    };
    if (found.empty()) {
        return own_kind();
    }
    const FoundFigure& before = found.back();
    const CasualtyFigure& total = before.figure;
    const std::uint32_t total_sentence = t.toks[phrases[before.phrase].first].sentence;
    const std::uint32_t sentence = t.toks[p.first].sentence;
    const bool opens_sentence = cue.first == t.sentences[sentence].first;
    if (total.historical || total.hypothetical || total.superseded || p.value >= total.low ||
        !(total_sentence == sentence || (opens_sentence && total_sentence + 1 == sentence))) {
        return own_kind();
    }
    return BorrowedKind{cue, "part", names_its_kind ? named_kind(t, lex, cue) : total.kind};
}

// "Murieron 19 niños y siete adultos", "погибли 65 пассажиров и шесть членов экипажа": a count of people
// right after "and", whose figure before it in the clause ends in its own people, is of that figure's kind.
// Not a count of things or time ("killed 8 people and destroyed 69 homes", "y siete años después").
std::optional<BorrowedKind> coordinated_of(const TokenizedText& t, const Lexicon& lex,
                                           const std::vector<Phrase>& phrases, const Phrase& p,
                                           std::size_t qual_first, const std::vector<FoundFigure>& found) {
    if (found.empty() || p.last >= t.toks.size() || !lex.at(t, p.last, Cat::victim)) {
        return std::nullopt;
    }
    const LexMatch conj = lex.ending_at(t, qual_first, Cat::conj);
    const FoundFigure& before = found.back();
    const Phrase& count = phrases[before.phrase];
    if (!conj || !t.same_clause(count.first, p.first) || count.last > conj.first) {
        return std::nullopt;
    }
    std::size_t k = count.last;
    while (k < conj.first) {
        const LexMatch people = lex.at(t, k, Cat::victim);
        if (!people) {
            return std::nullopt; // a verb or a noun of things stands between
        }
        k = people.last;
    }
    return BorrowedKind{conj, "coordinated", before.figure.kind};
}

// "В Харькове погибли 12 человек, в Днепре — 24", "12 were killed in Kharkiv and 24 in Dnipro": a count
// with no trigger whose clause holds nothing but a place and the count leaves the verb of the figure before
// it in its sentence out, and repeats its kind. The place is the evidence: "and 24 in 2019", "в мае — 24" and
// a count with other words around it are none.
std::optional<BorrowedKind> gapped_of(const TokenizedText& t, const Lexicon& lex,
                                      const std::vector<Phrase>& phrases, const Phrase& p,
                                      std::size_t qual_first, const std::vector<FoundFigure>& found) {
    if (found.empty()) {
        return std::nullopt;
    }
    const FoundFigure& before = found.back();
    const std::uint32_t sentence = t.toks[p.first].sentence;
    if (before.figure.historical || before.figure.hypothetical ||
        t.toks[phrases[before.phrase].first].sentence != sentence) {
        return std::nullopt;
    }
    std::size_t j = p.last;
    if (const LexMatch v = lex.at(t, j, Cat::victim); v && t.same_clause(p.first, v.first)) {
        j = v.last;
    }
    const std::size_t start = t.clause_start(qual_first);
    // The place first: "в Днепре — 24", "in Dnipro, 24", the count ending its clause and sentence or
    // followed by a conjunction.
    const auto count_ends_clause = [&] {
        return j >= t.toks.size() || !t.same_clause(p.first, j) || lex.at(t, j, Cat::conj);
    };
    if (start == qual_first && start > 0 && count_ends_clause()) {
        const std::size_t place_clause = t.clause_start(start - 1);
        const LexMatch pre = lex.at(t, place_clause, Cat::place_pre);
        if (pre && t.toks[place_clause].sentence == sentence && place_clause > t.sentences[sentence].first &&
            names_a_place(t, lex, pre.last, start)) {
            return BorrowedKind{pre, "gapped", before.figure.kind};
        }
    }
    if (const LexMatch pre = lex.at(t, start, Cat::place_pre); pre && start > t.sentences[sentence].first &&
                                                               names_a_place(t, lex, pre.last, qual_first) &&
                                                               count_ends_clause()) {
        return BorrowedKind{pre, "gapped", before.figure.kind}; // "в Днепре 24"
    }
    // The count first, after "and": "and 24 in Dnipro", "и 24 в Днепре".
    if (qual_first > 0 && t.same_clause(qual_first - 1, qual_first) &&
        lex.ending_at(t, qual_first, Cat::conj) && j < t.toks.size() && t.same_clause(p.first, j)) {
        if (const LexMatch pre = lex.at(t, j, Cat::place_pre)) {
            std::size_t end = pre.last;
            while (end < t.toks.size() && t.same_clause(j, end) && end < pre.last + 3) {
                ++end;
            }
            for (std::size_t place_end = pre.last + 1; place_end <= end; ++place_end) {
                if (names_a_place(t, lex, pre.last, place_end) &&
                    (place_end >= t.toks.size() || !t.same_clause(j, place_end))) {
                    return BorrowedKind{pre, "gapped", before.figure.kind};
                }
            }
        }
    }
    return std::nullopt;
}

// "faisaient état de dix morts, puis de 66", "first reported 10 dead, then 66 by evening", "сообщали о 10
// погибших, затем — о 66": a count with no trigger after a "then" word (and perhaps one small word, "de",
// "о") in the clause after a figure of its sentence counts that figure's kind again, later. A toll grows: a
// smaller count is something else ("dix morts, puis 3 semaines").
std::optional<BorrowedKind> later_of(const TokenizedText& t, const Lexicon& lex,
                                     const std::vector<Phrase>& phrases, const Phrase& p,
                                     std::size_t qual_first, const std::vector<FoundFigure>& found) {
    if (found.empty() || qual_first == 0) {
        return std::nullopt;
    }
    std::size_t k = qual_first;
    LexMatch later = lex.ending_at(t, k, Cat::later);
    if (!later && k > 1 && t.toks[k - 1].kind != numbers::TokKind::number) {
        later = lex.ending_at(t, k - 1, Cat::later);
    }
    // Within its clause, or across a dash ("затем — о 66").
    if (!later || t.toks[later.first].sentence != t.toks[p.first].sentence ||
        t.toks[later.first].clause + 1 < t.toks[p.first].clause) {
        return std::nullopt;
    }
    // "then 12 more hours of rain": a count of time or things a word on.
    for (std::size_t j = p.last; j < t.toks.size() && j < p.last + 2 && t.same_clause(p.first, j); ++j) {
        if (lex.at(t, j, Cat::unit)) {
            return std::nullopt;
        }
    }
    const FoundFigure& before = found.back();
    const Phrase& was = phrases[before.phrase];
    if (before.figure.historical || before.figure.hypothetical || before.figure.low >= p.value ||
        t.toks[was.first].sentence != t.toks[p.first].sentence ||
        t.toks[was.first].clause + 1 < t.toks[later.first].clause) {
        return std::nullopt;
    }
    return BorrowedKind{later, "later", before.figure.kind};
}

} // namespace lede::extract::casualties
