#include "indexer/extract/casualties/grammar.h"

#include <algorithm>
#include <optional>

namespace lede::extract::casualties {

using numbers::Phrase;
using numbers::Sentence;
using numbers::Tok;
using numbers::TokenizedText;
using numbers::TokKind;

namespace {

// How far the grammar reaches between a number and its trigger: CJK tokens are characters.
constexpr std::size_t kWordSteps = 7, kCjkSteps = 8, kCjkUnknown = 5;
// Tokens between a toll head and its link ("Число погибших в результате нападения … выросло до").
constexpr std::size_t kTollWindow = 25;

struct QualInfo {
    Qualifier q = Qualifier::exact;
    bool has = false;
    std::size_t first = 0; ///< first token of the qualifier, or of the number
    LexMatch link;         ///< a pre-qualifier that is a link after a rise verb ("выросло до")
};

struct Trigger {
    LexMatch match;
    std::string_view rule;
    CasualtyKind kind = CasualtyKind::deaths;
    std::optional<Qualifier> link_qual;
    std::optional<std::size_t> superseded; ///< phrase index of "from NUM"
    bool hypothetical = false;             ///< a modal right before the trigger
};

[[nodiscard]] Qualifier qualifier_of(const QualInfo& qi, const Phrase& p) {
    if (p.vague) {
        return Qualifier::vague;
    }
    if (p.range) {
        return Qualifier::range;
    }
    if (qi.has) {
        return qi.q;
    }
    return p.approx ? Qualifier::about : Qualifier::exact;
}

void set_interval(CasualtyFigure& f, const Phrase& p) {
    const std::uint64_t n = p.value;
    f.stated = n;
    switch (f.qualifier) {
    case Qualifier::exact:
        f.low = n;
        f.high = n;
        break;
    case Qualifier::at_least:
        f.low = n;
        break;
    case Qualifier::more_than:
        f.low = n + 1;
        break;
    case Qualifier::about:
        f.low = n * 9 / 10;
        f.high = (n * 11 + 9) / 10;
        break;
    case Qualifier::nearly:
        f.low = n * 9 / 10;
        f.high = n == 0 ? 0 : n - 1;
        break;
    case Qualifier::up_to:
        f.low = std::min<std::uint64_t>(1, n);
        f.high = n;
        break;
    case Qualifier::fewer_than:
        f.low = 0;
        f.high = n == 0 ? 0 : n - 1;
        break;
    case Qualifier::range:
        f.low = p.range_low;
        f.high = n;
        break;
    case Qualifier::vague:
        f.low = n;
        if (p.vague_high > 0) {
            f.high = p.vague_high;
        }
        break;
    }
}

class Grammar {
public:
    Grammar(const TokenizedText& text, const Lexicon& lexicon, const std::vector<Phrase>& phrases)
        : t_(text), lex_(lexicon), phrases_(phrases) {}

    std::vector<FoundFigure> run() const {
        std::vector<FoundFigure> found;
        for (std::size_t k = 0; k < phrases_.size(); ++k) {
            const Phrase& p = phrases_[k];
            if (std::find(partitive_totals_.begin(), partitive_totals_.end(), k) != partitive_totals_.end()) {
                continue;
            }
            const QualInfo qi = qualifier(p);
            if (p.vague ? asks_how_many(t_, p) : not_a_count(t_, lex_, p, qi.first)) {
                continue;
            }
            std::optional<Trigger> trig = post(p, qi);
            // "death toll climbs to 71 as list of missing passes 1,000": a count its toll's link reaches is
            // the toll's, whatever other kind's trigger stands words after it.
            if (trig && !p.vague && trig->match.first > p.last + 1) {
                if (std::optional<Trigger> by_toll = toll(p, qi); by_toll && by_toll->kind != trig->kind) {
                    trig = by_toll;
                }
            }
            if (!trig) {
                trig = pre(p, qi);
            }
            if (!trig && !p.vague) {
                trig = toll(p, qi);
            }
            if (!trig) {
                trig = label(p, qi);
            }
            // Counts with no trigger of their own, which take the kind of a figure before them.
            for (const auto rule :
                 {correction_of, earlier_toll_of, part_of, coordinated_of, gapped_of, later_of}) {
                if (trig || p.vague) {
                    break;
                }
                if (const std::optional<BorrowedKind> kind = rule(t_, lex_, phrases_, p, qi.first, found)) {
                    trig = Trigger{kind->cue, kind->rule, kind->kind, {}, {}, false};
                }
            }
            if (!trig) {
                continue;
            }
            if (trig->superseded) {
                supersede(found, *trig->superseded, trig->kind);
            }
            if (trig->rule == "later") {
                found.back().figure.superseded = true; // "dix morts, puis 66": 10 was the earlier count
            }
            CasualtyFigure f = figure(p, qi, *trig);
            f.superseded = trig->rule == "toll-from"; // "up from 5"
            f.hypothetical =
                trig->hypothetical || projected(t_, lex_, p, std::min(qi.first, trig->match.first));
            const bool corrects =
                !f.hypothetical && (trig->rule == "correction" || correction_cue_before(t_, lex_, qi.first) ||
                                    (trig->rule == "toll" && corrected_after(t_, lex_, p)));
            found.push_back({std::move(f), k, corrects});
        }
        if (lex_.cjk()) {
            add_counts_coordinated_before(found);
        }
        apply_corrections(found);
        return found;
    }

private:
    // "児童19人と大人6人が死亡", "儿童19人和成人6人死亡": where the verb comes last, a count of people joined
    // by "and" to the next count takes that count's kind; not when that count has none
    // ("児童19人と教員6人が避難した").
    void add_counts_coordinated_before(std::vector<FoundFigure>& found) const {
        const std::size_t stated = found.size();
        for (std::size_t i = 0; i < stated; ++i) {
            const std::size_t next = found[i].phrase;
            if (next == 0 || std::any_of(found.begin(), found.end(),
                                         [&](const FoundFigure& f) { return f.phrase == next - 1; })) {
                continue;
            }
            const Phrase& p = phrases_[next - 1];
            if (p.vague || !t_.same_clause(p.first, phrases_[next].first)) {
                continue;
            }
            std::size_t j = p.last;
            if (const LexMatch people = lex_.at(t_, j, Cat::victim)) {
                j = people.last;
            } else if (const LexMatch unit = lex_.at(t_, j, Cat::unit)) {
                j = unit.last;
            } else {
                continue;
            }
            const std::string_view joiner = j < t_.toks.size() ? std::string_view(t_.toks[j].text) : "";
            if (joiner != "と" && joiner != "和" && joiner != "及" && joiner != "与") {
                continue;
            }
            // The next count's own people, in at most two words: "大人", "教职工".
            if (phrases_[next].first <= j || phrases_[next].first - j > 3) {
                continue;
            }
            const QualInfo qi = qualifier(p);
            const Trigger trig{
                LexMatch{nullptr, j, j + 1}, "coordinated", found[i].figure.kind, {}, {}, false};
            CasualtyFigure f = figure(p, qi, trig);
            f.hypothetical = found[i].figure.hypothetical;
            found.push_back({std::move(f), next - 1, false});
        }
        std::stable_sort(found.begin(), found.end(),
                         [](const FoundFigure& a, const FoundFigure& b) { return a.phrase < b.phrase; });
    }

    [[nodiscard]] bool rise_before(std::size_t i) const {
        for (std::size_t k = i; k > 0 && k + 3 > i && t_.same_clause(k - 1, i); --k) {
            if (lex_.ending_at(t_, k, Cat::rise)) {
                return true;
            }
        }
        return false;
    }

    [[nodiscard]] QualInfo qualifier(const Phrase& p) const {
        QualInfo qi;
        qi.first = p.first;
        if (const LexMatch m = lex_.ending_at(t_, p.first, Cat::qual_pre);
            m && t_.same_clause(m.first, p.first)) {
            if ((m.entry->flags & kLinkAfterRise) != 0 && rise_before(m.first)) {
                qi.link = m; // "выросло до 133": "rose to", not "up to"
            } else {
                qi = {m.entry->qual, true, m.first, {}};
            }
        }
        std::size_t j = p.last;
        for (int steps = 0; steps < 3 && j < t_.toks.size() && t_.same_clause(p.first, j); ++steps) {
            if (const LexMatch m = lex_.at(t_, j, Cat::qual_post)) {
                if (!qi.has) {
                    qi.q = m.entry->qual;
                    qi.has = true;
                }
                j = m.last;
            } else if (const LexMatch v = lex_.at(t_, j, Cat::victim)) {
                j = v.last;
            } else if (numbers::is_arabic_counted_noun(t_, j)) {
                ++j; // "131 إيرانيا على الأقل"
            } else {
                break;
            }
        }
        return qi;
    }

    [[nodiscard]] std::optional<Trigger> post(const Phrase& p, const QualInfo& qi) const {
        const std::size_t max_steps = lex_.cjk() ? kCjkSteps : kWordSteps;
        const std::size_t max_unknown = lex_.cjk() ? kCjkUnknown : lex_.reach();
        std::size_t steps = 0, unknown = 0;
        bool people = false;
        std::size_t after_people = 0; // the token after the last person noun read
        for (std::size_t j = p.last;
             j < t_.toks.size() && steps < max_steps && t_.same_clause(p.last - 1, j);) {
            if (const std::optional<std::size_t> total = partitive_total(p, j)) {
                // "Eight of the 10 passengers died": 8, not 10; but "siete de los diez fallecidos" counts the
                // dead twice, 7 and 10.
                if (!lex_.at(t_, phrases_[*total].last, Cat::post)) {
                    partitive_totals_.push_back(*total);
                }
                j = phrases_[*total].last;
                continue;
            }
            if (t_.toks[j].kind == TokKind::number) {
                break;
            }
            // A middle dot lists a headline's counts: "死者6人・けが人120人超に" (6 is not injured).
            if (lex_.cjk() && t_.gap_before(j).find("・") != std::string_view::npos) {
                break;
            }
            // "Eight people aged 14 to 27 were pronounced dead": an age or a flight with its number is read
            // past; not after "a man" ("A man aged 19 was among those taken to hospital" counts no one new).
            if (const LexMatch blocker = lex_.at(t_, j, Cat::blocker);
                blocker && p.value > 1 && blocker.last < t_.toks.size() && t_.same_clause(j, blocker.last)) {
                if (const std::optional<std::size_t> number = phrase_starting_at(blocker.last)) {
                    j = phrases_[*number].last;
                    ++steps;
                    continue;
                }
            }
            if (const LexMatch m = lex_.at(t_, j, Cat::post);
                m && ((m.entry->flags & kAdjacentOnly) == 0 ||
                      (j == p.last && t_.toks[p.last - 1].kind == TokKind::number) ||
                      ((m.entry->flags & kAfterClassifier) != 0 && classifier_between(p, j)))) {
                if (t_.toks[j].text != m.entry->parts.front()) {
                    break; // a fused و: "مقتل 12 شخصا وإصابة 30" coordinates the next count
                }
                if (lex_.lang() == "th" && j == p.last && m.last < t_.toks.size()) {
                    // "ดับ 3 เจ็บ 58 ราย": 3 dead, and เจ็บ is the next count's (but "23 ศพ" is 23 dead); so in
                    // "ดับ 12 เจ็บกว่า 120 ราย", where a qualifier stands before the next count.
                    std::size_t next = m.last;
                    if (const LexMatch q = lex_.at(t_, next, Cat::qual_pre)) {
                        next = q.last;
                    }
                    if (next < t_.toks.size() && t_.toks[next].kind == TokKind::number) {
                        break;
                    }
                }
                // A lives or victims noun counts only where its verb or its incident licenses it (either,
                // when it takes both); the incident's scan runs only when the verb does not.
                const bool needs_verb = (m.entry->flags & kNeedsVerb) != 0;
                const bool needs_incident = (m.entry->flags & kNeedsIncident) != 0;
                const bool licensed =
                    (!needs_verb && !needs_incident) ||
                    (needs_verb && (lives_verb_before(qi.first) || lives_verb_after(m.last))) ||
                    (needs_incident && victims_of_an_incident(t_, lex_, m));
                if (!licensed && needs_incident) {
                    // Victims, but not counted dead here: "Trois autres victimes sont décédées" reads on.
                    people = true;
                    j = m.last;
                    ++steps;
                    continue;
                }
                // "Trois assaillants ont été abattus" (shot dead), but "trois arbres ont été abattus"
                // (felled).
                if (!licensed || ((m.entry->flags & kNeedsPeople) != 0 && !people) ||
                    affected_by_disaster(t_, lex_, *m.entry, p)) {
                    return std::nullopt;
                }
                // "трое пострадавших скончались", "3名重伤者经抢救无效死亡": the injured who died are dead.
                if (const LexMatch died = died_after(t_, lex_, m);
                    m.entry->kind == CasualtyKind::injured && died) {
                    return Trigger{died, rule_name(p, died, "num-trigger"),         CasualtyKind::deaths, {},
                                   {},   modal_before_trigger(t_, lex_, died.first)};
                }
                // "40 people could have died", "20 people are feared dead"
                return Trigger{m,  rule_name(p, m, "num-trigger"),         m.entry->kind, {},
                               {}, modal_before_trigger(t_, lex_, m.first)};
            }
            if (const LexMatch m = lex_.at(t_, j, Cat::qual_post)) {
                j = m.last;
                continue;
            }
            if (const LexMatch conj = lex_.at(t_, j, Cat::conj)) {
                // "45 policiers et gendarmes ont été blessés": two person nouns of one count.
                const LexMatch next = lex_.at(t_, conj.last, Cat::victim);
                if (!next || j != after_people) {
                    break;
                }
                j = after_people = next.last;
                ++steps;
                continue;
            }
            const LexMatch v = lex_.at(t_, j, Cat::victim);
            people = people || static_cast<bool>(v);
            if (v) {
                after_people = v.last;
            }
            const LexMatch f = v ? v : lex_.at(t_, j, Cat::filler);
            if (f) {
                j = f.last;
            } else if (++unknown > max_unknown || lex_.at(t_, j, Cat::unit) || number_at(j)) {
                break;
            } else {
                ++j;
            }
            ++steps;
        }
        return after_apposition(p);
    }

    // Only the count's classifier between it and token j: "17人不明".
    [[nodiscard]] bool classifier_between(const Phrase& p, std::size_t j) const {
        const LexMatch people = lex_.at(t_, p.last, Cat::victim);
        return people && people.last == j && t_.toks[p.last - 1].kind == TokKind::number;
    }

    // "Deux rescapés, un Irakien et un Somalien, ont été hospitalisés" (inserted_clauses.cc).
    [[nodiscard]] std::optional<Trigger> after_apposition(const Phrase& p) const {
        const LexMatch m = trigger_after_inserted_clause(t_, lex_, phrases_, p);
        if (!m) {
            return std::nullopt;
        }
        return Trigger{m,  rule_name(p, m, "num-trigger"),         m.entry->kind, {},
                       {}, modal_before_trigger(t_, lex_, m.first)};
    }

    [[nodiscard]] std::optional<Trigger> pre(const Phrase& p, const QualInfo& qi) const {
        // A subject may stand between verb and count when a person noun follows the count
        // ("اعتقلت أجهزة الأمن 11 شخصا", "killed the four gunmen").
        // "the remains of eight more people": past one filler word.
        std::size_t noun = p.last;
        if (const LexMatch f = lex_.at(t_, noun, Cat::filler); f && f.last == noun + 1) {
            noun = f.last;
        }
        const bool people_follow = !lex_.cjk() && static_cast<bool>(lex_.at(t_, noun, Cat::victim));
        std::size_t k = qi.first;
        std::size_t unknown = 0;
        const std::size_t max_steps = lex_.pre_reach() + 1;
        for (std::size_t steps = 0; steps <= max_steps && k > 0 && t_.same_clause(k - 1, p.first); ++steps) {
            if (const LexMatch m = lex_.ending_at(t_, k, Cat::pre); m && t_.same_clause(m.first, p.first)) {
                if (affected_by_disaster(t_, lex_, *m.entry, p)) {
                    return std::nullopt; // "От наводнения пострадали 5 тысяч жителей": affected
                }
                if ((m.entry->flags & kNeedsVerb) != 0 && !lives_verb_before(m.first)) {
                    return std::nullopt; // "saved the lives of 40" is not a toll
                }
                if ((m.entry->flags & kAdjacentOnly) != 0 && unknown > 0) {
                    return std::nullopt; // "los cuerpos de seguridad desplegaron 131 agentes"
                }
                // "вес тела 80 кг"; but a Thai headline's "ดับ 3 เจ็บ 58 ราย" runs on to the next trigger, and
                // its last count may drop the classifier ("ยอดผู้เสียชีวิตเพิ่มเป็น 11 ราย เจ็บ 121").
                const bool thai_headline_end =
                    lex_.lang() == "th" && (p.last == t_.toks.size() || !t_.same_clause(p.first, p.last));
                if ((m.entry->flags & kNeedsPeople) != 0 && !people_follow &&
                    !(lex_.lang() == "th" && (lex_.at(t_, p.last, Cat::pre) || thai_headline_end))) {
                    return std::nullopt;
                }
                // "could have killed hundreds"
                return Trigger{m,  rule_name(p, m, "trigger-num"),         m.entry->kind, {},
                               {}, modal_before_trigger(t_, lex_, m.first)};
            }
            if (const std::optional<LexMatch> split = split_pre(t_, lex_, k, p)) {
                return Trigger{*split, rule_name(p, *split, "trigger-num"),         split->entry->kind, {},
                               {},     modal_before_trigger(t_, lex_, split->first)};
            }
            if (const LexMatch f = lex_.ending_at(t_, k, Cat::filler)) {
                k = f.first;
            } else if (people_follow && ++unknown <= lex_.pre_reach() &&
                       t_.toks[k - 1].kind != TokKind::number && !lex_.ending_at(t_, k, Cat::conj) &&
                       !lex_.ending_at(t_, k, Cat::victim)) {
                --k;
            } else {
                break;
            }
        }
        return std::nullopt;
    }

    [[nodiscard]] std::optional<Trigger> toll(const Phrase& p, const QualInfo& qi) const {
        LexMatch link =
            qi.link ? lex_.at(t_, qi.link.first, Cat::link) : lex_.ending_at(t_, qi.first, Cat::link);
        if (!link && qi.has) { // the qualifier is the link: "exceeded 100", "超过1.1万"
            if (const LexMatch ql = lex_.at(t_, qi.first, Cat::link); ql && ql.last == p.first) {
                link = ql;
            }
        }
        if (!link) { // "atteint désormais 454", "now stands at": a "now" word between link and count
            if (const LexMatch now = lex_.ending_at(t_, qi.first, Cat::current)) {
                link = lex_.ending_at(t_, now.first, Cat::link);
            } else if (const LexMatch first = lex_.ending_at(t_, qi.first, Cat::earlier_adverb)) {
                link = lex_.ending_at(t_, first.first, Cat::link); // "死者数は当初28人と伝えられた"
            }
        }
        if (link && !t_.same_clause(link.first, p.first)) {
            link = {};
        }
        std::optional<std::size_t> from_before; // ja "死者は12人から31人に": 12 is the earlier toll
        if (!link) {
            if (const LexMatch after = lex_.ending_at(t_, qi.first, Cat::from_after);
                after && t_.same_clause(after.first, p.first)) {
                std::size_t j = after.first;
                if (const LexMatch v = lex_.ending_at(t_, j, Cat::victim)) {
                    j = v.first;
                }
                from_before = phrase_ending_at(j);
                if (from_before && t_.same_clause(phrases_[*from_before].first, p.first)) {
                    link = after;
                } else {
                    from_before.reset();
                }
            }
        }
        const std::size_t head_end = link ? link.first : qi.first;
        // Without a link only an adjacent head counts ("死者48人"), except where the language
        // puts the count after the place ("عدد قتلى الزلزال في تركيا وسوريا 21 ألف").
        const std::size_t window = link || lex_.toll_without_link() ? kTollWindow : 1;
        const std::size_t stop = head_end > window ? head_end - window : 0;
        for (std::size_t e = head_end; e > stop && toll_reaches(t_, lex_, e - 1, p.first); --e) {
            const LexMatch head = lex_.ending_at(t_, e, Cat::toll);
            if (!head || !toll_reaches(t_, lex_, head.first, p.first) ||
                lex_.at(t_, head.last, Cat::head_of) ||
                count_reached_between(t_, lex_, phrases_, head.last, head_end)) {
                continue;
            }
            if (head.first > 0 && t_.gap_before(head.first).find("・") != std::string_view::npos &&
                lex_.ending_at(t_, head.first, Cat::toll)) {
                return std::nullopt; // "死者・行方不明者は合わせて42人": two kinds summed
            }
            if (affected_by_disaster(t_, lex_, *head.entry, p)) {
                return std::nullopt; // "Число пострадавших от паводка": people affected
            }
            if ((head.entry->flags & kRiseAfter) != 0 && !lex_.at(t_, head.last, Cat::rise) &&
                !(link && head.last == link.first && link.entry->qual != Qualifier::exact)) {
                continue;
            }
            Trigger trig{head, "toll", head.entry->kind, {}, {}, false};
            if (link && link.entry->qual != Qualifier::exact) {
                trig.link_qual = link.entry->qual;
            } else if (const LexMatch verb = lex_.ending_at(t_, head.first, Cat::link);
                       verb && verb.entry->qual != Qualifier::exact) {
                trig.link_qual = verb.entry->qual; // ar "تجاوز عدد قتلى … 21 ألف"
            }
            trig.superseded = from_before ? from_before : from_phrase(link ? link.first : head_end);
            return trig;
        }
        return std::nullopt;
    }

    [[nodiscard]] std::optional<Trigger> label(const Phrase& p, const QualInfo& qi) const {
        std::optional<LexMatch> m = label_before(t_, lex_, p, qi.first);
        if (!m) {
            m = header_above(t_, lex_, p, qi.first);
        }
        if (!m) {
            m = pipe_table_column(t_, lex_, p, qi.first);
        }
        if (!m || affected_by_disaster(t_, lex_, *m->entry, p)) {
            return std::nullopt;
        }
        return Trigger{*m, rule_name(p, *m, "label"), m->entry->kind, {}, {}, false};
    }

    // "from 115 to 133", "со 115 до 133", "从133人升至137人": the phrase before the link.
    [[nodiscard]] std::optional<std::size_t> from_phrase(std::size_t link_first) const {
        std::size_t j = link_first;
        if (const LexMatch v = lex_.ending_at(t_, j, Cat::victim)) {
            j = v.first;
        }
        const std::optional<std::size_t> k = phrase_ending_at(j);
        if (k && lex_.ending_at(t_, phrases_[*k].first, Cat::from)) {
            return k;
        }
        return std::nullopt;
    }

    // Where the verb comes last: "hat mindestens fünf Menschenleben gefordert".
    [[nodiscard]] bool lives_verb_after(std::size_t j) const {
        for (std::size_t k = j; k < t_.toks.size() && k < j + 2 && t_.same_clause(j - 1, k); ++k) {
            if (lex_.at(t_, k, Cat::lives_verb)) {
                return true;
            }
        }
        return false;
    }

    [[nodiscard]] bool lives_verb_before(std::size_t i) const {
        for (std::size_t k = i; k > 0 && k + 8 > i && t_.same_clause(k - 1, i); --k) {
            if (lex_.ending_at(t_, k, Cat::lives_verb)) {
                return true;
            }
        }
        return false;
    }

    // The phrase of a partitive "N of the M" at token j, when only "of"-words separate it from p.
    [[nodiscard]] std::optional<std::size_t> partitive_total(const Phrase& p, std::size_t j) const {
        const LexMatch of = lex_.at(t_, p.last, Cat::of);
        if (!of || of.last != j) {
            return std::nullopt;
        }
        for (std::size_t k = 0; k < phrases_.size(); ++k) {
            if (phrases_[k].first == j && !phrases_[k].vague && phrases_[k].value > p.value) {
                return k;
            }
        }
        return std::nullopt;
    }

    // A phrase at `tok` that is a number there: "25 Mitglieder einer Gruppe festgenommen" reads on past the
    // article.
    [[nodiscard]] bool number_at(std::size_t tok) const {
        const std::optional<std::size_t> k = phrase_starting_at(tok);
        return k && !article_not_number(t_, lex_, phrases_[*k]);
    }
    [[nodiscard]] std::optional<std::size_t> phrase_starting_at(std::size_t tok) const {
        for (std::size_t k = 0; k < phrases_.size(); ++k) {
            if (phrases_[k].first == tok) {
                return k;
            }
        }
        return std::nullopt;
    }
    [[nodiscard]] std::optional<std::size_t> phrase_ending_at(std::size_t end) const {
        for (std::size_t k = 0; k < phrases_.size(); ++k) {
            if (phrases_[k].last == end) {
                return k;
            }
        }
        return std::nullopt;
    }

    [[nodiscard]] static std::string_view rule_name(const Phrase& p, const LexMatch& m,
                                                    std::string_view base) {
        if ((m.entry->flags & kLives) != 0) {
            return "lives";
        }
        return p.vague ? "vague" : base;
    }

    void supersede(std::vector<FoundFigure>& found, std::size_t phrase, CasualtyKind kind) const {
        for (FoundFigure& f : found) {
            if (f.phrase == phrase) {
                f.figure.superseded = true;
                if (f.figure.rule.ends_with(".toll")) { // "passé de 48 à 62": the "de" read as a link
                    f.figure.rule += "-from";
                }
                return;
            }
        }
        const Phrase& p = phrases_[phrase];
        CasualtyFigure f;
        f.kind = kind;
        f.qualifier = Qualifier::exact;
        set_interval(f, p);
        f.begin = f.number_begin = t_.toks[p.first].begin;
        f.end = f.number_end = t_.toks[p.last - 1].end;
        f.rule = std::string(lex_.lang()) + ".toll-from";
        f.superseded = true;
        sentence(f, p.first);
        found.push_back({std::move(f), phrase});
    }

    void sentence(CasualtyFigure& f, std::size_t tok) const {
        const Sentence& s = t_.sentences[t_.toks[tok].sentence];
        f.sentence_begin = s.begin;
        f.sentence_end = s.end;
    }

    [[nodiscard]] CasualtyFigure figure(const Phrase& p, const QualInfo& qi, const Trigger& trig) const {
        CasualtyFigure f;
        f.kind = trig.kind;
        f.qualifier = qualifier_of(qi, p);
        if (f.qualifier == Qualifier::exact && trig.link_qual) {
            f.qualifier = *trig.link_qual;
        }
        set_interval(f, p);
        const std::size_t first = std::min({qi.first, p.first, trig.match.first});
        const std::size_t last = std::max(p.last, trig.match.last);
        f.begin = t_.toks[first].begin;
        f.end = t_.toks[last - 1].end;
        f.number_begin = t_.toks[p.first].begin;
        f.number_end = t_.toks[p.last - 1].end;
        f.rule = std::string(lex_.lang()) + "." + std::string(trig.rule);
        sentence(f, p.first);
        return f;
    }

    const TokenizedText& t_;
    const Lexicon& lex_;
    const std::vector<Phrase>& phrases_;
    mutable std::vector<std::size_t> partitive_totals_;
};

} // namespace

std::vector<FoundFigure> match_figures(const TokenizedText& text, const Lexicon& lexicon,
                                       const std::vector<Phrase>& phrases) {
    return Grammar(text, lexicon, phrases).run();
}

} // namespace lede::extract::casualties
