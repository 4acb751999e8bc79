// The earlier-report test of figures.h: a toll the article itself reports as an earlier one
// ("Authorities initially said 50 people died; the toll now stands at 35") must not become the
// article's figure when the article states a newer toll of its kind, whether larger or smaller.
//
// Only the contrast supersedes. A cue alone ("preliminary figures show 12 dead", or an article
// whose one toll is "initially reported") leaves the toll the article's figure: a preliminary toll
// is the current toll until the article states another.

#include "indexer/extract/casualties/grammar.h"

#include <algorithm>
#include <optional>

namespace lede::extract::casualties {

using numbers::Phrase;
using numbers::TokenizedText;

namespace {

// Tokens between an adverb ("initially", "当初") and the report verb it needs ("said", "発表").
// German puts the verb last: "Zuvor hatte die Polizei von 45 Toten gesprochen".
constexpr std::size_t kPairWords = 8, kPairCjk = 10;

struct Cue {
    std::size_t first = 0, last = 0; ///< tokens [first, last)
    bool holds_its_number =
        true; ///< a number inside is the earlier toll ("zunächst war von 50 Toten die Rede")
};

// A word that ends an earlier cue's reach: a contrast, a "now" or an "after" ("but the toll now stands at
// 35"), a correction or a rise (the newer toll: "revised down to", "rose to"), or a semicolon.
[[nodiscard]] bool stop_at(const TokenizedText& t, const Lexicon& lex, std::size_t k) {
    for (const Cat cat : {Cat::current, Cat::sequel, Cat::correction, Cat::rise}) {
        if (lex.at(t, k, cat) || lex.ending_at(t, k + 1, cat)) {
            return true;
        }
    }
    return false;
}

// Whether nothing in tokens [from, to) ends an earlier cue's reach.
[[nodiscard]] bool open_between(const TokenizedText& t, const Lexicon& lex, std::size_t from,
                                std::size_t to) {
    for (std::size_t k = from; k < to; ++k) {
        if (k > from) {
            const std::string_view gap = t.gap_before(k);
            if (gap.find(';') != std::string_view::npos ||
                gap.find("\xef\xbc\x9b") != std::string_view::npos) {
                return false; // ";" "；": another statement
            }
        }
        if (stop_at(t, lex, k)) {
            return false;
        }
    }
    return true;
}

// The report verb that makes an adverb at [a.first, a.last) an earlier cue, either side of it.
[[nodiscard]] std::optional<Cue> paired(const TokenizedText& t, const Lexicon& lex, const LexMatch& a) {
    const std::size_t window = lex.cjk() ? kPairCjk : kPairWords;
    const std::uint32_t sentence = t.toks[a.first].sentence;
    for (std::size_t k = a.last; k < t.toks.size() && k < a.last + window && t.toks[k].sentence == sentence;
         ++k) {
        if (const LexMatch r = lex.at(t, k, Cat::report); r && open_between(t, lex, a.last, k)) {
            return Cue{a.first, r.last};
        }
    }
    for (std::size_t e = a.first; e > 0 && e + window > a.first && t.toks[e - 1].sentence == sentence; --e) {
        if (const LexMatch r = lex.ending_at(t, e, Cat::report); r && open_between(t, lex, e, a.first)) {
            // "Police said 12 were killed in the previously peaceful village": the verb's own count.
            return Cue{r.first, a.last, false};
        }
    }
    return std::nullopt;
}

[[nodiscard]] std::vector<Cue> earlier_cues(const TokenizedText& t, const Lexicon& lex) {
    std::vector<Cue> cues;
    for (std::size_t i = 0; i < t.toks.size(); ++i) {
        if (const LexMatch m = lex.at(t, i, Cat::earlier)) {
            cues.push_back({m.first, m.last});
        } else if (const LexMatch a = lex.at(t, i, Cat::earlier_adverb)) {
            if (const std::optional<Cue> cue = paired(t, lex, a)) {
                cues.push_back(*cue);
            }
        }
    }
    return cues;
}

[[nodiscard]] bool number_in_clause(const TokenizedText& t, std::size_t i) {
    for (std::size_t k = t.clause_start(i), end = t.clause_end(i); k < end; ++k) {
        if (t.toks[k].kind == numbers::TokKind::number) {
            return true;
        }
    }
    return false;
}

// A cue reaches a number after it in its sentence until a stop; one before it in its clause
// ("50 people were initially reported dead", "死者は50人としていた"); and one in the clause just
// before when the cue's clause states no number ("50 died, according to an earlier toll").
[[nodiscard]] bool reaches(const TokenizedText& t, const Lexicon& lex, const Cue& cue, const Phrase& p) {
    if (t.toks[cue.first].sentence != t.toks[p.first].sentence) {
        return false;
    }
    if (cue.last <= p.first) {
        return open_between(t, lex, cue.last, p.first);
    }
    if (cue.first >= p.last) {
        const std::uint32_t clause = t.toks[p.last - 1].clause, cue_clause = t.toks[cue.first].clause;
        return (cue_clause == clause || (cue_clause == clause + 1 && !number_in_clause(t, cue.first))) &&
               open_between(t, lex, p.last, cue.first);
    }
    return cue.holds_its_number; // inside the cue: "zunächst war von 50 Toten die Rede"
}

// A figure stated as a part ("In the market blast alone, 25 were killed", "Among them, 4 children
// died", "其中12人死亡"): a part word before it in its sentence or in its clause. It is no newer toll.
[[nodiscard]] bool stated_as_part(const TokenizedText& t, const Lexicon& lex, const Phrase& p) {
    const std::uint32_t sentence = t.toks[p.first].sentence;
    for (std::size_t k = t.sentences[sentence].first; k < t.toks.size() && t.toks[k].sentence == sentence;
         ++k) {
        if (k >= p.first && !t.same_clause(k, p.first)) {
            break;
        }
        if (lex.at(t, k, Cat::part)) {
            return true;
        }
    }
    return false;
}

} // namespace

void mark_earlier(const TokenizedText& text, const Lexicon& lexicon, const std::vector<Phrase>& phrases,
                  std::vector<FoundFigure>& figures) {
    if (figures.size() < 2) {
        return; // nothing to supersede: no newer toll (and most texts state no figure at all)
    }
    const std::vector<Cue> cues = earlier_cues(text, lexicon);
    if (cues.empty()) {
        return;
    }
    std::vector<bool> earlier(figures.size(), false);
    for (std::size_t i = 0; i < figures.size(); ++i) {
        const Phrase& p = phrases[figures[i].phrase];
        earlier[i] = !figures[i].corrects && std::any_of(cues.begin(), cues.end(), [&](const Cue& cue) {
            return reaches(text, lexicon, cue, p);
        });
    }
    // The newer toll an earlier one is contrasted with: stated, of its kind, counted, not itself
    // earlier, not stated as a part, and at least half of it. A revision corrects a count ("50, now
    // 35"); a much smaller figure is rather a part of it or another incident ("said 31 were killed …
    // 4 children died").
    const auto newer = [&](std::size_t i) {
        const CasualtyFigure& f = figures[i].figure;
        for (std::size_t j = 0; j < figures.size(); ++j) {
            const CasualtyFigure& g = figures[j].figure;
            if (j != i && !earlier[j] && g.kind == f.kind && !g.historical && !g.superseded &&
                !g.hypothetical && g.qualifier != Qualifier::vague && g.low * 2 >= f.low &&
                !stated_as_part(text, lexicon, phrases[figures[j].phrase])) {
                return true;
            }
        }
        return false;
    };
    for (std::size_t i = 0; i < figures.size(); ++i) {
        CasualtyFigure& f = figures[i].figure;
        if (earlier[i] && !f.historical && !f.hypothetical && newer(i)) {
            f.superseded = true;
        }
    }
}

} // namespace lede::extract::casualties
