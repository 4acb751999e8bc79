// Figures set out as a table or list: a kind's label, a colon or dash, the count ("Dead: 12",
// "Погибших — 23", "Verletzte: 31", "死者：8人", "القتلى: 17"). The punctuation ends the label's clause, so
// the sentence rules, which keep to one clause, never join them.

#include "indexer/extract/casualties/grammar.h"

#include <string>
#include <string_view>

namespace lede::extract::casualties {

using numbers::Phrase;
using numbers::TokenizedText;

namespace {

// The gap between label and count: one colon or dash, with spaces (ASCII or no-break) around it.
[[nodiscard]] bool label_punctuation(std::string_view gap) {
    std::string mark;
    for (std::size_t i = 0; i < gap.size(); ++i) {
        if (gap.compare(i, 2, "\u00a0") == 0) {
            ++i;
        } else if (gap[i] != ' ' && gap[i] != '\t') {
            mark += gap[i];
        }
    }
    return mark == ":" || mark == "\uff1a" || mark == "-" || mark == "\u2013" || mark == "\u2014" ||
           mark == "=";
}

} // namespace

std::optional<LexMatch> label_before(const TokenizedText& t, const Lexicon& lex, std::size_t count_first) {
    if (count_first == 0 || !label_punctuation(t.gap_before(count_first))) {
        return std::nullopt;
    }
    LexMatch label = lex.ending_at(t, count_first, Cat::label);
    if (!label) {
        label = lex.ending_at(t, count_first, Cat::toll); // "Death toll: 45", "Число погибших — 23"
    }
    // The label opens its line or clause: "Among the dead: 3 children" is no table row.
    if (!label || t.clause_start(label.first) != label.first) {
        return std::nullopt;
    }
    return label;
}

} // namespace lede::extract::casualties
