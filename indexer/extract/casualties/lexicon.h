#pragma once

// Per-language word tables of the casualty grammar, kept as data (lexicon_*.cc) so that a
// language is added or extended without touching the grammar. Entries are written naturally
// ("Zahl der Toten", "jusqu'à", "死亡人数") and folded through the grammar's own tokenizer.
// The same tables hold the words numbers/ asks about (vague words, ranges, units, person nouns):
// a Lexicon is the numbers::WordTable of its language, for casualties and dates alike.

#include "indexer/extract/casualties/figures.h"
#include "indexer/extract/numbers/tokens.h"
#include "indexer/extract/numbers/word_table.h"

#include "common/key_filter.h"

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace lede::extract::casualties {

enum class Cat : std::uint8_t {
    post, ///< trigger after the number: "dead", "погибших", "Tote", "遇难"            (kind)
    pre,  ///< trigger before the number: "killing", "погибли", "مقتل"                (kind)
    pre_head, ///< a noun that a pre_verb makes a trigger, words apart: "жертвами [пожара] стали" (kind)
    pre_verb, ///< "стали", "получили": a trigger when a pre_head opens its clause before it
    event, ///< "пожара", "обстрела", "в результате": what makes the words between them a deadly event
    past,  ///< "last year", "два года назад", "去年": the clause tells an earlier event
    past_pre,  ///< "vor", "il y a", "hace", "قبل" + NUM + past_unit: "vor zwei Jahren"
    past_unit, ///< "Jahren", "ans", "años", "عاما" after past_pre NUM
    span_unit, ///< "week", "semaine", "неделю" before a sequel: "a week after the attacks that killed 130"
    disaster, ///< "наводнения", "بفيروس": a kAffected trigger counts people affected or infected, not injured
    relative, ///< "since a tremor that killed": that, which, qui, que, который (told_after_since)
    rate,     ///< "a year", "ежегодно", "每年" after a count: a statistic, not this event's toll
    head_of, ///< ja "の", zh "的" right after a toll head: it names whose ("死者の遺族"), not the toll
    toll, ///< toll head: "death toll", "число погибших", "死亡人数", "死者"            (kind)
    label, ///< a table's or list's label before ":" or a dash: "Dead: 12", "Погибших — 23"   (kind)
    announce, ///< "次の通り", "如下", "ดังนี้", "as follows": a header line announces the rows below it
    link,       ///< toll head … link NUM: "to", "до", "auf", "为", "が", "إلى"   (qual: "exceeded")
    rise,       ///< "rose", "выросло": a following "до"/"hasta" links a toll, it is not "up to"
    from,       ///< toll … from NUM link NUM: the first number is superseded
    from_after, ///< ja "から": toll … NUM from_after NUM, the first number superseded
    qual_pre,   ///< "at least", "не менее", "mindestens", "至少"                           (qual)
    qual_post,  ///< "or more", "以上", "多", "على الأقل"                                    (qual)
    victim,     ///< people, человек, Menschen, 人, شخصا: may stand between number and trigger
    filler,     ///< were, been, wurden, ont été, 已, が: may stand between number and trigger
    conj,       ///< and, и, und, 和: ends the reach of a number ("40 dead and 100 injured")
    unit,       ///< years, km, %, months, 岁: the number before it is not a count
    of,         ///< "of", "de": skipped before a unit ("3 milliards d'euros"); partitive "8 of the 10"
    blocker,    ///< aged, flight, No, 第: the number after it is not a count
    year_pre,   ///< "in", "im Juni", "en": a year-shaped number after it is a year, even before a verb ("1998
                ///< starben")
    since_pre,  ///< "since 2004": a year that dates a comparison, not the figure
    place_pre,  ///< "in", "в", "en" before a place name: "в Днепре — 24" repeats the verb before it
    since_post, ///< "2004年…以来"
    back_ref,   ///< clause-initial "when", "in which", "когда", "bei der", "那次": the earlier event
    then,       ///< sentence-initial "at the time", "当时", "damals": the sentence before dates the figure
    lives_verb, ///< "claimed", "cost", "loss": licenses "N lives"
    modal,      ///< "could", "may", "könnte", "pourrait", "может", "可能": a hypothetical toll
    modal_post, ///< ja "恐れ", "見通し" after the count: a projected toll
    fear, ///< "fear that", "craignent que", "يخشى": a projection up to the end of its clause, however far
    correction, ///< "corrected to", "уточненные данные": the figure replaces the earlier ones of its kind
    correction_post, ///< de ja, verb last: "auf 35 korrigiert", "35人に訂正": the toll corrects the earlier
                     ///< ones
    earlier, ///< "earlier reports", "ранее сообщалось", "としていた": the toll after it is an earlier one
    earlier_adverb, ///< "initially", "zunächst", "当初": an earlier toll when a report verb stands near
    report,         ///< "said", "reported", "сообщали", "発表": what an earlier_adverb needs
    current,        ///< "now", "but", "теперь", "その後": ends the reach of an earlier cue
    sequel,         ///< "after", "après", "после": ends an earlier cue's reach, but tells no present
    later, ///< "then", "puis", "затем": a bare count after it updates the figure before it ("dix morts, puis
           ///< 66")
    part,       ///< "among them", "alone", "из них", "其中": a figure that is a part, no newer toll
    vague,      ///< "dozens" (value = low bound, high = upper bound or 0)
    range_open, ///< "between", "entre", "от"
    range_to,   ///< "to", "bis", "至": "40 to 60"
    range_and,  ///< "and", "et", "и" after range_open
};

inline constexpr std::uint16_t kLives = 1;         ///< a "lives" trigger: rule "<lang>.lives"
inline constexpr std::uint16_t kNeedsVerb = 2;     ///< needs a lives_verb before it in the clause
inline constexpr std::uint16_t kLinkAfterRise = 4; ///< qualifier that is a link after a rise verb
inline constexpr std::uint16_t kCueOnly = 8; ///< correction cue that needs a trigger ("fell", "снизилось")
inline constexpr std::uint16_t kAdjacentOnly =
    16; ///< a post trigger only right after the count ("3死8伤"); a pre trigger with only fillers between
inline constexpr std::uint16_t kAffected = 32; ///< "пострадали": people affected, not injured, after a flood
inline constexpr std::uint16_t kRunningTotal =
    64; ///< correction cue that sums, not corrects: "bringing the total to"
inline constexpr std::uint16_t kNeedsPeople = 128; ///< a trigger only with a person noun after the count:
                                                   ///< "тела четырёх человек", not "вес тела 80 кг"; "trois
                                                   ///< assaillants ont été abattus", not "trois arbres"
/// A victims noun ("437 victimes", "28 ضحية"): a trigger only in a sentence that names an incident
/// (own_event.cc's words) and no other deaths; with kNeedsVerb, either will do.
inline constexpr std::uint16_t kNeedsIncident = 256;
/// A toll that names the counting and not what it counts ("toll", "bilan"): as a table's header it heads
/// rows that carry their own kind ("Bilan :\n- morts : 3"), never rows of other things ("- véhicules
/// incendiés : 2 000").
inline constexpr std::uint16_t kGenericHead = 512;
/// A from-word that says "earlier" itself (th "จากเดิม", "from the original"): the count after it is the
/// earlier toll of the figure before it in its sentence, with no rise word beside it.
inline constexpr std::uint16_t kEarlierFrom = 1024;
/// With kAdjacentOnly: the count's classifier may stand between ("17人不明"; but "判处3人死刑" keeps 死 off).
inline constexpr std::uint16_t kAfterClassifier = 2048;
/// A bare casualty noun as a toll head: only with a rise verb or a link that qualifies right after it ("as
/// injured top 1,100", "los muertos suben a 19"; not "injured at 2 sites").
inline constexpr std::uint16_t kRiseAfter = 4096;

/// One line of a language table: '|'-separated alternatives sharing a category and payload.
struct RawEntry {
    Cat cat;
    std::string_view alts;
    CasualtyKind kind = CasualtyKind::deaths;
    Qualifier qual = Qualifier::exact;
    std::uint64_t value = 0;
    std::uint64_t high = 0;
    std::uint16_t flags = 0;
};

[[nodiscard]] constexpr RawEntry words(Cat cat, std::string_view alts) {
    return {cat, alts};
}
[[nodiscard]] constexpr RawEntry trig(Cat cat, CasualtyKind kind, std::string_view alts,
                                      std::uint16_t flags = 0) {
    return {cat, alts, kind, Qualifier::exact, 0, 0, flags};
}
[[nodiscard]] constexpr RawEntry qual(Cat cat, Qualifier q, std::string_view alts, std::uint16_t flags = 0) {
    return {cat, alts, CasualtyKind::deaths, q, 0, 0, flags};
}
[[nodiscard]] constexpr RawEntry vague(std::uint64_t low, std::string_view alts, std::uint64_t high = 0) {
    return {Cat::vague, alts, CasualtyKind::deaths, Qualifier::vague, low, high, 0};
}

struct LexiconSpec {
    std::string_view lang;
    std::span<const RawEntry> entries;
    bool toll_without_link = false; ///< ar: "تجاوز عدد قتلى الزلزال … 21 ألف"
    bool strip_conjunction = false; ///< ar: a fused و or ف before a word ("وأصيب")
    bool cjk = false;               ///< zh ja: tokens are characters
    std::uint16_t reach = 2;        ///< other words allowed between a count and its trigger (de: verb-final)
    std::uint16_t pre_reach = 2;    ///< other words between a trigger and a count of people (th: a place)
};

// Defined in lexicon_{germanic,romance,cyrillic,asian}.cc.
[[nodiscard]] LexiconSpec lexicon_en();
[[nodiscard]] LexiconSpec lexicon_de();
[[nodiscard]] LexiconSpec lexicon_fr();
[[nodiscard]] LexiconSpec lexicon_es();
[[nodiscard]] LexiconSpec lexicon_ru();
[[nodiscard]] LexiconSpec lexicon_uk();
[[nodiscard]] LexiconSpec lexicon_zh();
[[nodiscard]] LexiconSpec lexicon_ja();
[[nodiscard]] LexiconSpec lexicon_ar();
[[nodiscard]] LexiconSpec lexicon_th();

struct Entry {
    std::vector<std::string> parts;
    Cat cat;
    CasualtyKind kind;
    Qualifier qual;
    std::uint64_t value;
    std::uint64_t high;
    std::uint16_t flags;
};

/// An entry found in the token stream: tokens [first, last).
struct LexMatch {
    const Entry* entry = nullptr;
    std::size_t first = 0, last = 0;
    explicit operator bool() const { return entry != nullptr; }
};

/// Lets the indexes be searched with a string_view (no allocation per token).
struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};
using EntryIndex = std::unordered_map<std::string, std::vector<std::uint32_t>, StringHash, std::equal_to<>>;

class Lexicon : public numbers::WordTable {
public:
    explicit Lexicon(const LexiconSpec& spec);

    /// Longest entry of `cat` starting at token `i` (within one clause).
    [[nodiscard]] LexMatch at(const numbers::TokenizedText& text, std::size_t i, Cat cat) const;
    /// Longest entry of `cat` whose last token is `end - 1`.
    [[nodiscard]] LexMatch ending_at(const numbers::TokenizedText& text, std::size_t end, Cat cat) const;

    [[nodiscard]] std::string_view lang() const { return lang_; }
    [[nodiscard]] bool toll_without_link() const { return toll_without_link_; }
    [[nodiscard]] bool cjk() const override { return cjk_; }
    [[nodiscard]] std::size_t reach() const { return reach_; }
    [[nodiscard]] std::size_t pre_reach() const { return pre_reach_; }

    /// numbers::WordTable: the entries of the category each numbers::Word stands for.
    [[nodiscard]] numbers::WordMatch word_at(const numbers::TokenizedText& text, std::size_t i,
                                             numbers::Word word) const override;
    [[nodiscard]] numbers::WordMatch word_ending_at(const numbers::TokenizedText& text, std::size_t end,
                                                    numbers::Word word) const override;

private:
    [[nodiscard]] bool matches(const Entry& e, const numbers::TokenizedText& text, std::size_t i) const;
    [[nodiscard]] bool part_equals(std::string_view token, std::string_view part, bool first) const;
    /// Calls `f(index)` for each entry keyed by `token` (and by `token` without a fused conjunction);
    /// `filter` holds the keys of `index` with their entries' categories, so that a word filed only
    /// under other categories than `cat` is ruled out before the index is asked.
    template <typename F>
    void for_candidates(const EntryIndex& index, const detail::KeyFilter& filter, const numbers::Tok& token,
                        Cat cat, F&& f) const;

    std::string lang_;
    bool toll_without_link_ = false;
    bool strip_conjunction_ = false;
    bool cjk_ = false;
    std::size_t reach_ = 2;
    std::size_t pre_reach_ = 2;
    std::vector<Entry> entries_;
    EntryIndex by_first_, by_last_;
    detail::KeyFilter first_filter_, last_filter_; ///< of by_first_'s and by_last_'s keys, by category
};

/// The lexicon of `lang` (ISO 639-1); languages without a table get the English one. Built once.
[[nodiscard]] const Lexicon& casualty_lexicon(std::string_view lang);

} // namespace lede::extract::casualties
