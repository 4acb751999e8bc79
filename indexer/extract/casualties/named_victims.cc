// Victims a Japanese report names one by one instead of counting them: "会社員の田中太郎さん（45）が
// 死亡した", "夫（72）と妻（68）が重傷": each name carries its age in brackets, and the ages before
// the trigger are the count. An English report says "a man, 45, was killed"; Japanese news writes
// its small tolls this way.

#include "indexer/extract/casualties/grammar.h"

#include <algorithm>
#include <unordered_map>

namespace lede::extract::casualties {

using numbers::Phrase;
using numbers::TokenizedText;
using numbers::TokKind;

namespace {

// Characters between が and the trigger ("が意識不明の重体").
constexpr std::size_t kBeforeTrigger = 6;
// Characters of a name, a role and a connector between two ages ("夫（72）と妻（68）").
constexpr std::size_t kBetweenAges = 12;
constexpr std::uint64_t kOldestAge = 120;

[[nodiscard]] bool opens_bracket(std::string_view gap) {
    return gap.ends_with("（") || gap.ends_with("(");
}
[[nodiscard]] bool closes_bracket(std::string_view gap) {
    return gap.starts_with("）") || gap.starts_with(")");
}

// The bracketed ages of a text ("（45）"), by the token after each: phrase index.
using AgesByEnd = std::unordered_map<std::size_t, std::size_t>;

[[nodiscard]] AgesByEnd bracketed_ages(const TokenizedText& t, const std::vector<Phrase>& phrases) {
    AgesByEnd ages;
    for (std::size_t k = 0; k < phrases.size(); ++k) {
        const Phrase& p = phrases[k];
        if (!p.vague && p.value >= 1 && p.value <= kOldestAge && t.toks[p.first].kind == TokKind::number &&
            opens_bracket(t.gap_before(p.first)) && closes_bracket(t.gap_after(p.last - 1))) {
            ages.emplace(p.last, k);
        }
    }
    return ages;
}

[[nodiscard]] std::optional<std::size_t> age_before(const AgesByEnd& ages, std::size_t end) {
    const auto found = ages.find(end);
    return found == ages.end() ? std::nullopt : std::optional<std::size_t>(found->second);
}

} // namespace

void count_named_victims(const TokenizedText& t, const Lexicon& lex, const std::vector<Phrase>& phrases,
                         std::vector<FoundFigure>& figures) {
    if (lex.lang() != "ja") {
        return;
    }
    const AgesByEnd ages = bracketed_ages(t, phrases);
    if (ages.empty()) {
        return; // most texts name nobody with an age: no trigger is looked up
    }
    for (std::size_t j = 1; j < t.toks.size(); ++j) {
        const LexMatch trigger = lex.at(t, j, Cat::post);
        if (!trigger || trigger.entry->kind == CasualtyKind::detained) {
            continue;
        }
        // が, up to a few characters, the trigger: "（45）が死亡", "（30）が意識不明の重体".
        std::optional<std::size_t> ga;
        for (std::size_t k = j; k > 0 && j - k <= kBeforeTrigger && t.same_clause(k - 1, j); --k) {
            if (t.toks[k - 1].text == "が") {
                ga = k - 1;
                break;
            }
        }
        if (!ga) {
            continue;
        }
        std::optional<std::size_t> age = age_before(ages, *ga);
        if (!age || std::any_of(figures.begin(), figures.end(),
                                [&](const FoundFigure& f) { return f.phrase == *age; })) {
            continue; // no bracketed age right before が, or the number is a count already
        }
        std::uint64_t count = 0;
        std::size_t first = phrases[*age].first;
        const std::size_t last_age = *age;
        while (age) {
            ++count;
            first = phrases[*age].first;
            std::optional<std::size_t> earlier;
            // Brackets end clauses: the ages are looked for in the sentence.
            for (std::size_t k = first;
                 k > 0 && first - k <= kBetweenAges && t.toks[k - 1].sentence == t.toks[first].sentence;
                 --k) {
                if (t.toks[k - 1].kind == TokKind::number) {
                    earlier = age_before(ages, k);
                    break;
                }
            }
            age = earlier;
        }
        CasualtyFigure f;
        f.kind = trigger.entry->kind;
        f.low = count;
        f.high = count;
        f.stated = count;
        f.qualifier = Qualifier::exact;
        f.begin = t.toks[first].begin;
        f.end = t.toks[trigger.last - 1].end;
        f.number_begin = t.toks[first].begin;
        f.number_end = t.toks[phrases[last_age].last - 1].end;
        f.rule = "ja.named-victims";
        const numbers::Sentence& s = t.sentences[t.toks[j].sentence];
        f.sentence_begin = s.begin;
        f.sentence_end = s.end;
        figures.push_back({std::move(f), last_age});
        j = trigger.last - 1;
    }
}

} // namespace lede::extract::casualties
