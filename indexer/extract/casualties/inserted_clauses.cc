// A count of people whose verb stands after an inserted clause between commas (trigger_after_inserted_clause
// of grammar.h): "Deux rescapés, un Irakien et un Somalien, ont été hospitalisés", "onze personnes, dont le
// propriétaire de l'hôtel, avaient été placées en garde à vue", "Three people, police said, were injured",
// "Les trois autres victimes, des jeunes âgés de 17 à 36 ans, ont été tuées".

#include "indexer/extract/casualties/grammar.h"

#include <algorithm>
#include <string_view>

namespace lede::extract::casualties {

using numbers::Phrase;
using numbers::TokenizedText;
using numbers::TokKind;

namespace {

// Tokens an inserted clause may hold: an apposition or a short "dont" clause, not a second sentence.
constexpr std::size_t kInsertedTokens = 14;

// An article is no count: "un Irakien et un Somalien"; nor are ages or other measures before their unit:
// "des jeunes âgés de 17 à 36 ans", "aged 17 to 36 years".
[[nodiscard]] bool holds_a_count(const TokenizedText& t, const Lexicon& lex,
                                 const std::vector<Phrase>& phrases, std::size_t first, std::size_t last) {
    for (std::size_t k = first; k < last; ++k) {
        if (t.toks[k].kind != TokKind::number) {
            continue;
        }
        const auto phrase_at = [&phrases](std::size_t at) {
            return std::find_if(phrases.begin(), phrases.end(),
                                [at](const Phrase& p) { return p.first <= at && at < p.last; });
        };
        const auto phrase = phrase_at(k);
        std::size_t end = phrase != phrases.end() ? phrase->last : k + 1;
        // Both ends of a range the phrase reader leaves apart ("de 17 à 36 ans": French "à" also tells
        // updates), one word between them.
        if (end + 1 < last && t.toks[end].kind == TokKind::word && t.toks[end + 1].kind == TokKind::number) {
            if (const auto upper = phrase_at(end + 1); upper != phrases.end()) {
                end = upper->last;
            }
        }
        if (phrase != phrases.end() && end < last && lex.at(t, end, Cat::unit)) {
            k = end;
            continue;
        }
        if (phrase == phrases.end() || phrase->value != 1) {
            return true;
        }
    }
    return false;
}

} // namespace

LexMatch trigger_after_inserted_clause(const TokenizedText& t, const Lexicon& lex,
                                       const std::vector<Phrase>& phrases, const Phrase& p) {
    if (lex.cjk() || lex.lang() == "th") {
        return {};
    }
    // The count's clause: its people, or a noun or two that may be ("Deux rescapés").
    const std::size_t inserted = t.clause_end(p.first);
    const LexMatch people = lex.at(t, p.last, Cat::victim);
    if (people ? people.last != inserted : inserted - p.last > lex.reach() || inserted == p.last) {
        return {};
    }
    for (std::size_t k = p.last; k < inserted; ++k) {
        if (lex.at(t, k, Cat::unit) || t.toks[k].kind == TokKind::number) {
            return {};
        }
    }
    if (inserted >= t.toks.size() || t.gap_before(inserted).find(',') == std::string_view::npos ||
        t.toks[inserted].sentence != t.toks[p.first].sentence) {
        return {};
    }
    // The inserted clause, closed by a comma in the same sentence, with no count of its own unless it opens
    // on a part word ("17 personnes, dont 5 enfants, ont été tuées").
    const std::size_t verb_clause = t.clause_end(inserted);
    if (verb_clause >= t.toks.size() || verb_clause - inserted > kInsertedTokens ||
        t.gap_before(verb_clause).find(',') == std::string_view::npos ||
        t.toks[verb_clause].sentence != t.toks[p.first].sentence ||
        (!lex.at(t, inserted, Cat::part) && holds_a_count(t, lex, phrases, inserted, verb_clause))) {
        return {};
    }
    // The clause after opens on the trigger, past its auxiliaries ("ont été", "avaient été", "were").
    std::size_t k = verb_clause;
    while (const LexMatch aux = lex.at(t, k, Cat::filler)) {
        k = aux.last;
    }
    const LexMatch trigger = lex.at(t, k, Cat::post);
    if (!trigger || trigger.entry->flags != 0 || !t.same_clause(verb_clause, trigger.first)) {
        return {};
    }
    return trigger;
}

} // namespace lede::extract::casualties
