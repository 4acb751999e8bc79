// A count of people whose verb stands after an inserted clause between commas (trigger_after_inserted_clause
// of grammar.h): "Deux rescapés, un Irakien et un Somalien, ont été hospitalisés", "onze personnes, dont le
// propriétaire de l'hôtel, avaient été placées en garde à vue", "Three people, police said, were injured".

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

// An article is no count: "un Irakien et un Somalien".
[[nodiscard]] bool holds_a_count(const TokenizedText& t, const std::vector<Phrase>& phrases,
                                 std::size_t first, std::size_t last) {
    for (std::size_t k = first; k < last; ++k) {
        if (t.toks[k].kind != TokKind::number) {
            continue;
        }
        const auto phrase =
            std::find_if(phrases.begin(), phrases.end(), [k](const Phrase& p) { return p.first == k; });
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
        (!lex.at(t, inserted, Cat::part) && holds_a_count(t, phrases, inserted, verb_clause))) {
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
