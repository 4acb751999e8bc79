// Whether a figure the grammar found is stated as it stands: projected (a modal or a fear near its
// count), or corrected (a correction cue before it, or after a toll's count where the verb comes last),
// and what a correction supersedes.

#include "indexer/extract/casualties/grammar.h"

#include <algorithm>

namespace lede::extract::casualties {

using numbers::Phrase;
using numbers::TokenizedText;

namespace {

// Tokens between a correction cue and the count it corrects ("the toll was revised down to 25").
constexpr std::size_t kCorrectionWindow = 25;
// Tokens before the count (or its trigger) where a modal makes it hypothetical: "could rise to 100".
constexpr std::size_t kModalWords = 3, kModalCjk = 6;
// Tokens after a CJK count where a projection noun makes it hypothetical: "100人を超える恐れ".
constexpr std::size_t kModalPostCjk = 12;

} // namespace

bool correction_cue_before(const TokenizedText& t, const Lexicon& lex, std::size_t first) {
    for (std::size_t k = first; k > 0 && k + kCorrectionWindow > first && t.same_clause(k - 1, first); --k) {
        if (const LexMatch cue = lex.ending_at(t, k, Cat::correction);
            cue && (cue.entry->flags & kRunningTotal) == 0) {
            return true;
        }
    }
    return false;
}

bool corrected_after(const TokenizedText& t, const Lexicon& lex, const Phrase& p) {
    std::size_t j = p.last;
    if (const LexMatch v = lex.at(t, j, Cat::victim)) {
        j = v.last;
    }
    return j < t.toks.size() && t.same_clause(p.first, j) && lex.at(t, j, Cat::correction_post);
}

bool projected(const TokenizedText& t, const Lexicon& lex, const Phrase& p, std::size_t from) {
    const std::size_t window = lex.cjk() ? kModalCjk : kModalWords;
    // From the number down, so that a modal fused with the qualifier counts ("或超过1000人").
    for (std::size_t k = p.first; k > 0 && k + window > from && t.same_clause(k - 1, p.first); --k) {
        if (const LexMatch m = lex.ending_at(t, k, Cat::modal); m && t.same_clause(m.first, p.first)) {
            return true;
        }
    }
    for (std::size_t j = p.last; j < t.toks.size() && j < p.last + kModalPostCjk && t.same_clause(p.first, j);
         ++j) {
        if (lex.at(t, j, Cat::modal_post)) {
            return true;
        }
    }
    // "craint que le bilan définitif ne dépasse les 200 morts": a fear reaches the end of its clause.
    for (std::size_t k = p.first; k > 0 && t.same_clause(k - 1, p.first); --k) {
        if (lex.ending_at(t, k, Cat::fear)) {
            return true;
        }
    }
    return false;
}

bool modal_before_trigger(const TokenizedText& t, const Lexicon& lex, std::size_t trigger) {
    std::size_t k = trigger;
    for (int fillers = 0; fillers < 3; ++fillers) {
        if (const LexMatch m = lex.ending_at(t, k, Cat::modal); m && t.same_clause(m.first, trigger)) {
            return true;
        }
        const LexMatch f = lex.ending_at(t, k, Cat::filler);
        if (!f) {
            break;
        }
        k = f.first;
    }
    return false;
}

void apply_corrections(std::vector<FoundFigure>& found) {
    const auto lowered_from = [](const CasualtyFigure& correct, const CasualtyFigure& other) {
        return other.kind == correct.kind && other.sentence_begin == correct.sentence_begin &&
               other.number_begin > correct.number_begin && other.low > correct.low;
    };
    for (FoundFigure& correct : found) {
        for (FoundFigure& other : found) {
            if (correct.corrects && &other != &correct && lowered_from(correct.figure, other.figure)) {
                other.corrects = false;
                other.figure.superseded = true;
            }
        }
    }
    for (const FoundFigure& correct : found) {
        if (!correct.corrects) {
            continue;
        }
        for (FoundFigure& earlier : found) {
            if (&earlier != &correct && earlier.figure.kind == correct.figure.kind &&
                earlier.figure.number_begin < correct.figure.number_begin) {
                earlier.figure.superseded = true;
            }
        }
    }
}

} // namespace lede::extract::casualties
