#include "indexer/extract/casualties/lexicon.h"

#include <map>
#include <memory>
#include <mutex>

namespace lede::extract::casualties {

using numbers::phrase_parts;
using numbers::Tok;
using numbers::TokenizedText;
using numbers::TokKind;

namespace {

constexpr std::string_view kWaw = "\u0648"; // و
constexpr std::string_view kFa = "\u0641";  // ف

[[nodiscard]] Cat category(numbers::Word word) {
    switch (word) {
    case numbers::Word::vague:
        return Cat::vague;
    case numbers::Word::range_open:
        return Cat::range_open;
    case numbers::Word::range_to:
        return Cat::range_to;
    case numbers::Word::range_and:
        return Cat::range_and;
    case numbers::Word::from:
        return Cat::from;
    case numbers::Word::unit:
        return Cat::unit;
    case numbers::Word::person:
        return Cat::victim;
    case numbers::Word::count_word:
        return Cat::post;
    case numbers::Word::qualifier_after:
        return Cat::qual_post;
    }
    return Cat::vague;
}

[[nodiscard]] numbers::WordMatch word_match(const LexMatch& m) {
    if (!m) {
        return {};
    }
    return {true, m.first, m.last, m.entry->value, m.entry->high};
}

[[nodiscard]] LexiconSpec spec_for(std::string_view lang) {
    if (lang == "ru") {
        return lexicon_ru();
    }
    if (lang == "uk") {
        return lexicon_uk();
    }
    if (lang == "de") {
        return lexicon_de();
    }
    if (lang == "fr") {
        return lexicon_fr();
    }
    if (lang == "es") {
        return lexicon_es();
    }
    if (lang == "zh") {
        return lexicon_zh();
    }
    if (lang == "ja") {
        return lexicon_ja();
    }
    if (lang == "ar") {
        return lexicon_ar();
    }
    if (lang == "th") {
        return lexicon_th();
    }
    return lexicon_en();
}

// A word's filter hash for one category: the grammar asks of each token a few categories, and a
// word filed under others ("the" opens a dozen entries) is then ruled out by two bit tests.
[[nodiscard]] std::size_t with_category(std::size_t word_hash, Cat cat) {
    return word_hash ^ (0x9E3779B97F4A7C15ULL * (static_cast<std::size_t>(cat) + 1));
}

} // namespace

Lexicon::Lexicon(const LexiconSpec& spec)
    : lang_(spec.lang), toll_without_link_(spec.toll_without_link),
      strip_conjunction_(spec.strip_conjunction), cjk_(spec.cjk), reach_(spec.reach),
      pre_reach_(spec.pre_reach) {
    for (const RawEntry& raw : spec.entries) {
        std::string_view alts = raw.alts;
        while (!alts.empty()) {
            const std::size_t bar = alts.find('|');
            std::vector<std::string> parts = phrase_parts(alts.substr(0, bar), lang_);
            alts = bar == std::string_view::npos ? std::string_view{} : alts.substr(bar + 1);
            if (parts.empty()) {
                continue;
            }
            const auto index = static_cast<std::uint32_t>(entries_.size());
            by_first_[parts.front()].push_back(index);
            by_last_[parts.back()].push_back(index);
            entries_.push_back(
                {std::move(parts), raw.cat, raw.kind, raw.qual, raw.value, raw.high, raw.flags});
        }
    }
    first_filter_ = detail::KeyFilter(entries_.size());
    last_filter_ = detail::KeyFilter(entries_.size());
    for (const Entry& entry : entries_) {
        first_filter_.add_hash(with_category(detail::KeyFilter::hash_of(entry.parts.front()), entry.cat));
        last_filter_.add_hash(with_category(detail::KeyFilter::hash_of(entry.parts.back()), entry.cat));
    }
}

bool Lexicon::part_equals(std::string_view token, std::string_view part, bool first) const {
    if (token == part) {
        return true;
    }
    // Arabic fuses the conjunctions و and ف to the next word ("وأصيب", "فقتل").
    return first && strip_conjunction_ && token.size() > part.size() &&
           (token.starts_with(kWaw) || token.starts_with(kFa)) && token.substr(kWaw.size()) == part;
}

bool Lexicon::matches(const Entry& e, const TokenizedText& text, std::size_t i) const {
    if (i + e.parts.size() > text.toks.size()) {
        return false;
    }
    for (std::size_t k = 0; k < e.parts.size(); ++k) {
        const Tok& tok = text.toks[i + k];
        if (tok.kind == TokKind::number || (k > 0 && !text.same_clause(i, i + k))) {
            return false;
        }
        if (!part_equals(tok.text, e.parts[k], k == 0)) {
            return false;
        }
    }
    return true;
}

template <typename F>
void Lexicon::for_candidates(const EntryIndex& index, const detail::KeyFilter& filter, const Tok& tok,
                             Cat cat, F&& f) const {
    const std::string_view token = tok.text;
    if (filter.may_contain_hash(with_category(tok.hash, cat))) {
        if (const auto it = index.find(token); it != index.end()) {
            for (const std::uint32_t i : it->second) {
                f(i);
            }
        }
    }
    if (strip_conjunction_ && (token.starts_with(kWaw) || token.starts_with(kFa)) &&
        token.size() > kWaw.size()) {
        if (const auto it = index.find(token.substr(kWaw.size())); it != index.end()) {
            for (const std::uint32_t i : it->second) {
                f(i);
            }
        }
    }
}

LexMatch Lexicon::at(const TokenizedText& text, std::size_t i, Cat cat) const {
    LexMatch best;
    if (i >= text.toks.size() || text.toks[i].kind == TokKind::number) {
        return best;
    }
    for_candidates(by_first_, first_filter_, text.toks[i], cat, [&](std::uint32_t index) {
        const Entry& e = entries_[index];
        if (e.cat == cat && (best.entry == nullptr || e.parts.size() > best.last - best.first) &&
            matches(e, text, i)) {
            best = {&e, i, i + e.parts.size()};
        }
    });
    return best;
}

LexMatch Lexicon::ending_at(const TokenizedText& text, std::size_t end, Cat cat) const {
    LexMatch best;
    if (end == 0 || end > text.toks.size() || text.toks[end - 1].kind == TokKind::number) {
        return best;
    }
    for_candidates(by_last_, last_filter_, text.toks[end - 1], cat, [&](std::uint32_t index) {
        const Entry& e = entries_[index];
        if (e.cat != cat || e.parts.size() > end ||
            (best.entry != nullptr && e.parts.size() <= best.last - best.first)) {
            return;
        }
        const std::size_t start = end - e.parts.size();
        if (matches(e, text, start)) {
            best = {&e, start, end};
        }
    });
    return best;
}

numbers::WordMatch Lexicon::word_at(const TokenizedText& text, std::size_t i, numbers::Word word) const {
    return word_match(at(text, i, category(word)));
}

numbers::WordMatch Lexicon::word_ending_at(const TokenizedText& text, std::size_t end,
                                           numbers::Word word) const {
    return word_match(ending_at(text, end, category(word)));
}

const Lexicon& casualty_lexicon(std::string_view lang) {
    static std::mutex mutex;
    static std::map<std::string, std::unique_ptr<const Lexicon>, std::less<>> lexicons;
    const std::lock_guard lock(mutex);
    auto it = lexicons.find(lang);
    if (it == lexicons.end()) {
        it = lexicons.emplace(std::string(lang), std::make_unique<const Lexicon>(spec_for(lang))).first;
    }
    return *it->second;
}

} // namespace lede::extract::casualties
