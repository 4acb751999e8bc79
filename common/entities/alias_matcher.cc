#include "common/entities/alias_matcher.h"

#include "common/entities/alias_scan.h"
#include "common/entities/gazetteer_tsv.h"
#include "common/entities/text_rules.h"

#include <algorithm>
#include <limits>

namespace lede::detail {
namespace {

constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();

[[nodiscard]] bool is_roman_numeral(std::string_view key) {
    return key.find_first_not_of("ivxlcdm") == std::string_view::npos;
}

// Longest first, then earliest, then the later row (a user's table overrides the builtin one).
[[nodiscard]] bool better(const MentionCandidate& a, const MentionCandidate& b, const AliasMatcher& matcher) {
    if (a.length != b.length) {
        return a.length > b.length;
    }
    if (a.begin != b.begin) {
        return a.begin < b.begin;
    }
    return matcher.alias_at(a.alias).priority > matcher.alias_at(b.alias).priority;
}

// The slot of a layer alias that analyses to no words.
const CompiledAlias kNothing{};

// A person's surname, linked to later lone mentions of it in the same text.
struct Surname {
    std::uint32_t entity = 0;
    std::uint32_t alias = 0;
    const AliasTerm* term = nullptr;
    std::size_t after = 0; ///< last token of the full name
};

// Words that join a modifier name to the head in unspaced scripts:
// 日本の外務省, 中国的…, ธนาคารแห่งประเทศไทย ("bank of Thailand").
[[nodiscard]] bool is_unspaced_connector(std::string_view term) {
    return term == "の" || term == "的" || term == "之" || term == "แห่ง";
}

// Words that put a place inside a longer place name: "University of Lille",
// "Flughafen von Zürich", "mosquée de Tinmel".
[[nodiscard]] bool is_spaced_connector(std::string_view term) {
    return term == "of" || term == "de" || term == "du" || term == "des" || term == "d" || term == "von" ||
           term == "der" || term == "del" || term == "la";
}

// Whether a nested word name stands apart from the rest of the outer name:
// "ISIS-K" and "Baden-Württemberg" are single names, "Bank of Russia" is not.
[[nodiscard]] bool spaced_from_rest(const MentionCandidate& inner, const MentionCandidate& outer,
                                    std::string_view text, const std::vector<Token>& tokens) {
    const auto has_space = [&](std::size_t left, std::size_t right) {
        const std::string_view gap = text.substr(tokens[left].end, tokens[right].begin - tokens[left].end);
        return gap.find_first_of(" \t\n") != std::string_view::npos ||
               gap.find("\u00A0") != std::string_view::npos;
    };
    const std::size_t last = inner.first + inner.count - 1;
    return (inner.first == outer.first || has_space(inner.first - 1, inner.first)) &&
           (last + 1 == outer.first + outer.count || has_space(last, last + 1));
}

// Names nested in a chosen mention that count on their own: "Bank of
// Russia" names Russia, "Beslan school siege" Beslan, 联合国安理会 the UN.
// Word matches count anywhere inside; in unspaced scripts only a head
// modifier (联合国… , 新潟航空基地) or one after a connector does, so that
// 京都 inside 東京都 stays Tokyo. Among overlapping inner names the longest wins.
// A person's name nests none ("Vladimir Putin" does not name Vladimir, nor
// "Jordan Bardella" Jordan).
[[nodiscard]] std::vector<MentionCandidate>
nested_mentions(const std::vector<MentionCandidate>& chosen, const std::vector<MentionCandidate>& candidates,
                const AliasMatcher& matcher, std::string_view text, const std::vector<Token>& tokens) {
    std::vector<MentionCandidate> nested;
    std::vector<bool> used;
    for (const MentionCandidate& outer : chosen) {
        if (matcher.alias_at(outer.alias).opaque || outer.count == 0 ||
            matcher.entity_type(outer.entity) == EntityType::person) {
            continue;
        }
        used.assign(outer.count, false);
        for (const MentionCandidate& inner : candidates) { // sorted best first
            const bool inside = inner.first >= outer.first &&
                                inner.first + inner.count <= outer.first + outer.count &&
                                inner.length < outer.length;
            // The alias is loaded only for a candidate inside: most are elsewhere in the text.
            if (!inside || inner.entity == outer.entity || inner.weak ||
                matcher.alias_at(inner.alias).needs_evidence) {
                continue;
            }
            if (matcher.alias_at(inner.alias).by_characters) {
                const bool at_head = inner.first == outer.first && inner.head && outer.head;
                const bool after_connector = inner.whole && inner.first > outer.first &&
                                             is_unspaced_connector(tokens[inner.first - 1].term);
                if (!at_head && !after_connector) {
                    continue;
                }
            } else if (!inner.whole || !spaced_from_rest(inner, outer, text, tokens) ||
                       (matcher.alias_at(outer.alias).from_layer &&
                        (inner.first == outer.first || !is_spaced_connector(tokens[inner.first - 1].term)))) {
                // A GeoNames name holds another place only as "X of Y": Lower Saxony is not
                // Saxony, New South Wales not Wales (a venue or an airport still holds its town).
                continue;
            }
            const auto from = used.begin() + static_cast<std::ptrdiff_t>(inner.first - outer.first);
            const auto to = from + static_cast<std::ptrdiff_t>(inner.count);
            if (std::find(from, to, true) != to) {
                continue;
            }
            std::fill(from, to, true);
            nested.push_back(inner);
        }
    }
    return nested;
}

} // namespace

std::optional<CompiledAlias> compile_alias(std::string_view text, std::uint8_t flags, Analyzer& analyzer) {
    const std::vector<Token> tokens = analyzer.analyze(text);
    if (tokens.empty()) {
        return std::nullopt;
    }
    CompiledAlias compiled;
    compiled.case_sensitive = (flags & kAliasCaseSensitive) != 0;
    compiled.opaque = (flags & kAliasOpaque) != 0;
    compiled.needs_evidence = (flags & kAliasWeak) != 0;
    compiled.common_word = (flags & kAliasCommonWord) != 0;
    compiled.by_characters =
        (flags & kAliasByCharacters) != 0 || std::all_of(tokens.begin(), tokens.end(), [](const Token& t) {
            return script_of(t.term) == TextScript::unspaced;
        });
    if (compiled.by_characters) {
        for (const Token& token : tokens) {
            compiled.characters += token.term;
        }
        return compiled;
    }
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        AliasTerm term;
        term.key = std::string(key_of(tokens[i]));
        // A foreign name ending in two vowels does not decline (Макао, Токио, Онтарио): "Мака", the genitive
        // of Мак, is no Macau.
        const bool indeclinable = term.key.ends_with("ао") || term.key.ends_with("ио") ||
                                  term.key.ends_with("ео") || term.key.ends_with("уо") ||
                                  term.key.ends_with("оо");
        term.inflects =
            (flags & kAliasNoInflect) == 0 && !indeclinable && script_of(term.key) == TextScript::cyrillic;
        if (term.inflects) {
            append_cyrillic_stems(term.key, "", term.stems);
        }
        const std::string_view original = text.substr(tokens[i].begin, tokens[i].end - tokens[i].begin);
        term.capitalised = starts_upper_case(original);
        term.all_caps = is_all_caps_word(original);
        compiled.cased.push_back(nfkc(original));
        if (i > 0) {
            compiled.gaps.emplace_back(text.substr(tokens[i - 1].end, tokens[i].begin - tokens[i - 1].end));
        }
        compiled.terms.push_back(std::move(term));
    }
    return compiled;
}

std::vector<std::string> alias_keys(const CompiledAlias& alias) {
    std::vector<std::string> keys;
    if (alias.by_characters) {
        const std::string_view chars(alias.characters);
        std::size_t head = 1;
        while (head < chars.size() && (static_cast<unsigned char>(chars[head]) & 0xC0U) == 0x80U) {
            ++head;
        }
        keys.emplace_back(chars.substr(0, head));
        return keys;
    }
    const AliasTerm& first = alias.terms.front();
    keys.push_back(first.key);
    for (const std::string& stem : first.stems) {
        if (std::find(keys.begin(), keys.end(), stem) == keys.end()) {
            keys.push_back(stem);
        }
    }
    return keys;
}

std::uint32_t second_word_of(const CompiledAlias& alias) {
    return alias.by_characters || alias.terms.size() < 2 || alias.terms[1].inflects
               ? 0
               : second_word_hash(alias.terms[1].key);
}

AliasMatcher::~AliasMatcher() {
    release_layer();
}

void AliasMatcher::release_layer() {
    if (layer_slots_ && layer_ != nullptr) {
        for (std::size_t i = 0; i < layer_->aliases.size(); ++i) {
            const CompiledAlias* compiled = layer_slots_[i].alias.load(std::memory_order_acquire);
            if (compiled != nullptr && compiled != &kNothing) {
                delete compiled;
            }
        }
    }
    layer_slots_.reset();
}

void AliasMatcher::build(std::vector<MatcherEntity> entities, const std::vector<MatcherAlias>& aliases,
                         Analyzer& analyzer, const AliasLayer* layer,
                         const StringMap<std::size_t>* entity_index, std::vector<bool> suppressed) {
    release_layer();
    entities_ = std::move(entities);
    aliases_.clear();
    by_first_term_.clear();
    by_first_character_.clear();
    StringMap<std::uint32_t> signatures;
    for (std::size_t index = 0; index < aliases.size(); ++index) {
        // Priority 0 is the layer's: every row of the table wins a tie against it.
        add_alias(static_cast<std::uint32_t>(index + 1), aliases[index], analyzer, signatures);
    }
    layer_ = layer;
    entity_index_ = entity_index;
    suppressed_ = std::move(suppressed);
    if (layer_ != nullptr) {
        layer_slots_ = std::make_unique<LayerSlot[]>(layer_->aliases.size());
    }
    word_keys_ = KeyFilter(by_first_term_.size() + (layer_ != nullptr ? layer_->word_ranges.size() : 0));
    for (const auto& [key, filed] : by_first_term_) {
        word_keys_.add(key);
    }
    if (layer_ != nullptr) {
        for (const auto& [key, range] : layer_->word_ranges) {
            word_keys_.add(key);
        }
    }
}

void AliasMatcher::add_alias(std::uint32_t priority, const MatcherAlias& alias, Analyzer& analyzer,
                             StringMap<std::uint32_t>& signatures) {
    std::optional<CompiledAlias> made = compile_alias(alias.text, alias.flags, analyzer);
    if (!made) {
        return;
    }
    CompiledAlias& compiled = *made;
    compiled.entity = alias.entity;
    compiled.priority = priority;
    std::string signature = std::to_string(alias.entity) +
                            (compiled.by_characters ? "\x1F"
                                                      "c"
                                                    : "\x1F"
                                                      "w") +
                            (compiled.case_sensitive ? "s" : "i") +
                            ((alias.flags & kAliasNoInflect) ? "n" : "f") + (compiled.opaque ? "o" : "t");
    if (compiled.by_characters) {
        signature += '\x1F' + compiled.characters;
    } else {
        for (const AliasTerm& term : compiled.terms) {
            signature += '\x1F' + term.key;
        }
        if (compiled.case_sensitive) {
            for (const std::string& cased : compiled.cased) {
                signature += '\x1F' + cased;
            }
        }
    }
    // The same words for the same entity compile once; the later row's priority counts.
    const auto [found, inserted] = signatures.emplace(signature, static_cast<std::uint32_t>(aliases_.size()));
    if (!inserted) {
        aliases_[found->second].priority = priority;
        return;
    }
    const auto index = static_cast<std::uint32_t>(aliases_.size());
    for (const std::string& key : alias_keys(compiled)) {
        if (compiled.by_characters) {
            by_first_character_[key].push_back(index);
        } else {
            by_first_term_[key].push_back({index, second_word_of(compiled)});
        }
    }
    aliases_.push_back(std::move(compiled));
}

const CompiledAlias* AliasMatcher::layer_alias(std::uint32_t index) const {
    LayerSlot& slot = layer_slots_[index];
    if (const CompiledAlias* compiled = slot.alias.load(std::memory_order_acquire); compiled != nullptr) {
        return compiled == &kNothing ? nullptr : compiled;
    }
    const LayerAlias& alias = layer_->aliases[index];
    const CompiledAlias* result = &kNothing;
    std::unique_ptr<CompiledAlias> made;
    // The table's row of the id wins (a curated place the layer adds names to, a user's override).
    std::optional<std::uint32_t> entity;
    const auto found = entity_index_ != nullptr ? entity_index_->find(alias.entity)
                                                : StringMap<std::size_t>::const_iterator{};
    if (entity_index_ != nullptr && found != entity_index_->end()) {
        entity = static_cast<std::uint32_t>(found->second);
    } else if (const auto place = layer_->place_index(alias.entity)) {
        entity = static_cast<std::uint32_t>(entities_.size()) + *place;
    }
    if (!(index < suppressed_.size() && suppressed_[index]) && entity) {
        // One analyser per thread: the matcher is shared by the indexer's workers.
        thread_local Analyzer analyzer;
        if (std::optional<CompiledAlias> compiled = compile_alias(alias.text, alias.flags, analyzer)) {
            compiled->entity = *entity;
            compiled->priority = 0;
            compiled->from_layer = true;
            made = std::make_unique<CompiledAlias>(std::move(*compiled));
            result = made.get();
            // Set before the alias is published; any thread compiling it stores the same value.
            slot.second.store(second_word_of(*made), std::memory_order_relaxed);
        }
    }
    const CompiledAlias* expected = nullptr;
    if (slot.alias.compare_exchange_strong(expected, result, std::memory_order_acq_rel)) {
        made.release(); // owned by the slot now
        return result == &kNothing ? nullptr : result;
    }
    return expected == &kNothing ? nullptr : expected; // another thread compiled it first
}

template <typename F> void AliasMatcher::for_layer_aliases(std::span<const LayerKey> keys, F&& f) const {
    for (const LayerKey& filed : keys) {
        if (layer_alias(filed.alias) != nullptr) {
            f(static_cast<std::uint32_t>(aliases_.size()) + filed.alias, layer_slots_[filed.alias]);
        }
    }
}

void AliasMatcher::layer_words(std::string_view key, std::vector<FiledAlias>& out,
                               std::span<const std::uint32_t> next_words) const {
    if (layer_ == nullptr) {
        return;
    }
    for (const LayerKey& filed : AliasLayer::lookup(layer_->words, layer_->word_ranges, key)) {
        // Set only once the alias compiled, and the same value whichever thread compiled it.
        const std::uint32_t second = layer_slots_[filed.alias].second.load(std::memory_order_relaxed);
        if (second != 0 && !next_words.empty() &&
            std::find(next_words.begin(), next_words.end(), second) == next_words.end()) {
            continue;
        }
        if (layer_alias(filed.alias) != nullptr) {
            out.push_back({static_cast<std::uint32_t>(aliases_.size()) + filed.alias,
                           layer_slots_[filed.alias].second.load(std::memory_order_relaxed)});
        }
    }
}

void AliasMatcher::layer_characters(std::string_view key, std::vector<std::uint32_t>& out) const {
    if (layer_ != nullptr) {
        for_layer_aliases(AliasLayer::lookup(layer_->characters, layer_->character_ranges, key),
                          [&](std::uint32_t id, const LayerSlot&) { out.push_back(id); });
    }
}

std::vector<EntityMention> AliasMatcher::find(std::string_view text, const std::vector<Token>& tokens,
                                              std::string_view lang) const {
    AliasScan scan(*this, text, tokens, lang, false);
    std::vector<MentionCandidate> candidates = scan.collect();
    for (MentionCandidate& candidate : candidates) {
        // "IS CLAIMS ATTACK": an acronym in shouted text needs support elsewhere.
        candidate.weak = alias_at(candidate.alias).case_sensitive && scan.in_all_caps_run(candidate);
    }
    std::sort(candidates.begin(), candidates.end(),
              [this](const MentionCandidate& a, const MentionCandidate& b) { return better(a, b, *this); });

    std::vector<bool> taken(tokens.size(), false);
    std::vector<MentionCandidate> chosen;
    for (const MentionCandidate& candidate : candidates) {
        const auto first = taken.begin() + static_cast<std::ptrdiff_t>(candidate.first);
        const auto last = first + static_cast<std::ptrdiff_t>(candidate.count);
        if (std::find(first, last, true) == last) {
            std::fill(first, last, true);
            chosen.push_back(candidate);
        }
    }
    // The entities with a mention that is not weak (a handful: no table of every entity per text).
    std::vector<std::uint32_t> supported;
    for (const MentionCandidate& candidate : chosen) {
        if (!candidate.weak) {
            supported.push_back(candidate.entity);
        }
    }
    std::sort(supported.begin(), supported.end());
    std::erase_if(chosen, [&](const MentionCandidate& c) {
        if (c.weak && !std::binary_search(supported.begin(), supported.end(), c.entity)) {
            std::fill(taken.begin() + static_cast<std::ptrdiff_t>(c.first),
                      taken.begin() + static_cast<std::ptrdiff_t>(c.first + c.count), false);
            return true;
        }
        return false;
    });
    const std::vector<MentionCandidate> nested = nested_mentions(chosen, candidates, *this, text, tokens);
    std::sort(chosen.begin(), chosen.end(),
              [](const MentionCandidate& a, const MentionCandidate& b) { return a.begin < b.begin; });

    // Document-level propagation (Mikheev et al. 1999): after "Dalerjon Mirzoev",
    // a lone "Mirzoev" is the same person. German is left out: it capitalises
    // every noun, so a surname like "Brand" cannot be told from the word.
    std::vector<Surname> surnames;
    for (const MentionCandidate& candidate : chosen) {
        const CompiledAlias& alias = alias_at(candidate.alias);
        if (lang == "de" || alias.by_characters || alias.terms.size() < 2 ||
            entity_type(candidate.entity) != EntityType::person) {
            continue;
        }
        const AliasTerm& last = alias.terms.back();
        const TextScript script = script_of(last.key);
        if (code_points(last.key) < 3 || is_roman_numeral(last.key) ||
            (script != TextScript::latin && script != TextScript::cyrillic)) {
            continue;
        }
        const bool known = std::any_of(surnames.begin(), surnames.end(), [&](const Surname& s) {
            return s.entity == candidate.entity && s.term->key == last.key;
        });
        if (!known) {
            surnames.push_back(
                {candidate.entity, candidate.alias, &last, candidate.first + candidate.count - 1});
        }
    }
    if (!surnames.empty()) {
        for (std::size_t index = 0; index < tokens.size(); ++index) {
            if (taken[index] || tokens[index].kind != TokenClass::letter ||
                !starts_upper_case(scan.slice(index))) {
                continue;
            }
            std::uint32_t entity = kNone;
            std::uint32_t alias = kNone;
            bool ambiguous = false;
            for (const Surname& surname : surnames) {
                if (index > surname.after && scan.term_matches(index, *surname.term, {})) {
                    ambiguous = ambiguous || (entity != kNone && entity != surname.entity);
                    entity = surname.entity;
                    alias = surname.alias;
                }
            }
            if (entity != kNone && !ambiguous) {
                MentionCandidate lone;
                lone.alias = alias;
                lone.entity = entity;
                lone.first = index;
                lone.count = 1;
                lone.begin = tokens[index].begin;
                lone.end = tokens[index].end;
                chosen.push_back(lone);
            }
        }
    }

    chosen.insert(chosen.end(), nested.begin(), nested.end());
    std::stable_sort(chosen.begin(), chosen.end(),
                     [](const MentionCandidate& a, const MentionCandidate& b) { return a.begin < b.begin; });

    std::vector<EntityMention> mentions;
    mentions.reserve(chosen.size());
    for (const MentionCandidate& candidate : chosen) {
        const CompiledAlias& alias = alias_at(candidate.alias);
        mentions.push_back({std::string(entity_id(candidate.entity)), candidate.begin, candidate.end,
                            candidate.first, candidate.count, alias.needs_evidence, alias.common_word,
                            alias.from_layer, candidate.head, candidate.whole});
    }
    return mentions;
}

std::optional<std::string> AliasMatcher::resolve(std::string_view text,
                                                 const std::vector<Token>& tokens) const {
    AliasScan scan(*this, text, tokens, "", true);
    const MentionCandidate* best = nullptr;
    const std::vector<MentionCandidate> candidates = scan.collect();
    for (const MentionCandidate& candidate : candidates) {
        if (candidate.whole && candidate.first == 0 && candidate.count == tokens.size() &&
            (best == nullptr || better(candidate, *best, *this))) {
            best = &candidate;
        }
    }
    if (best == nullptr) {
        return std::nullopt;
    }
    return std::string(entity_id(best->entity));
}

} // namespace lede::detail
