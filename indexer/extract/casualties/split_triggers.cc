// Triggers that a sentence builds apart: a noun and its verb with the event between them, a verb that means
// "injured" unless a flood or drought has "affected" the people it counts, and the injured who then died.

#include "indexer/extract/casualties/grammar.h"

namespace lede::extract::casualties {

using numbers::Phrase;
using numbers::TokenizedText;
using numbers::TokKind;

namespace {

// Words between a split trigger's noun and its verb: "Жертвами [пожара в торговом центре] стали", "Жертвами
// [вибуху на концерті американської співачки Аріани Гранде на «Манчестер Арені»] стали".
constexpr std::size_t kSplitGap = 12;

} // namespace

std::optional<LexMatch> split_pre(const TokenizedText& t, const Lexicon& lex, std::size_t end,
                                  const Phrase& p) {
    const LexMatch verb = lex.ending_at(t, end, Cat::pre_verb);
    if (!verb || !t.same_clause(verb.first, p.first)) {
        return std::nullopt;
    }
    // "Жертвами мошенников стали 120 человек" are not deaths: the words between must name an event.
    bool event = false;
    std::size_t k = verb.first;
    for (std::size_t words = 0; words <= kSplitGap && k > 0 && t.same_clause(k - 1, p.first); ++words) {
        if (const LexMatch head = lex.ending_at(t, k, Cat::pre_head);
            head && t.same_clause(head.first, p.first)) {
            return event ? std::optional<LexMatch>(LexMatch{head.entry, head.first, verb.last})
                         : std::nullopt;
        }
        if (t.toks[k - 1].kind == TokKind::number || lex.ending_at(t, k, Cat::conj)) {
            break;
        }
        event = event || static_cast<bool>(lex.ending_at(t, k, Cat::event));
        --k;
    }
    return std::nullopt;
}

bool affected_by_disaster(const TokenizedText& t, const Lexicon& lex, const Entry& trigger, const Phrase& p) {
    if ((trigger.flags & kAffected) == 0) {
        return false;
    }
    const std::size_t sentence = t.toks[p.first].sentence;
    for (std::size_t k = t.sentences[sentence].first; k < t.sentences[sentence].last; ++k) {
        if (lex.at(t, k, Cat::disaster)) {
            return true;
        }
    }
    return false;
}

LexMatch died_after(const TokenizedText& t, const Lexicon& lex, const LexMatch& injured) {
    std::size_t j = injured.last;
    LexMatch died = lex.at(t, j, Cat::post); // with its auxiliary: "ont succombé"
    while (!died) {
        const LexMatch filler = lex.at(t, j, Cat::filler);
        if (!filler) {
            return {};
        }
        j = filler.last;
        died = lex.at(t, j, Cat::post);
    }
    if (died.entry->kind != CasualtyKind::deaths || died.entry->flags != 0 ||
        !t.same_clause(injured.first, died.first)) {
        return {};
    }
    return died;
}

} // namespace lede::extract::casualties
