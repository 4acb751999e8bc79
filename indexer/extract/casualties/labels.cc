// Figures set out as a table or list: a kind's label, a colon or dash, the count ("Dead: 12",
// "Погибших — 23", "Verletzte: 31", "死者：8人", "القتلى: 17"). The punctuation ends the label's clause, so
// the sentence rules, which keep to one clause, never join them.

#include "indexer/extract/casualties/grammar.h"

#include <string_view>

namespace lede::extract::casualties {

using numbers::Phrase;
using numbers::TokenizedText;

namespace {

// The gap between label and count: one colon or dash, with spaces (ASCII or no-break) around it.
[[nodiscard]] bool label_punctuation(std::string_view gap) {
    const auto trim = [&gap](bool front) {
        for (;;) {
            const std::string_view nbsp = "\u00a0";
            if (!gap.empty() &&
                (gap[front ? 0 : gap.size() - 1] == ' ' || gap[front ? 0 : gap.size() - 1] == '\t')) {
                gap = front ? gap.substr(1) : gap.substr(0, gap.size() - 1);
            } else if (front ? gap.starts_with(nbsp) : gap.ends_with(nbsp)) {
                gap = front ? gap.substr(nbsp.size()) : gap.substr(0, gap.size() - nbsp.size());
            } else {
                return;
            }
        }
    };
    trim(true);
    trim(false);
    for (const std::string_view mark : {":", "\uff1a", "-", "\u2013", "\u2014", "="}) {
        if (gap == mark) {
            return true;
        }
    }
    return false;
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
