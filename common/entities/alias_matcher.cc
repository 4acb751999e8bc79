#include "common/entities/alias_matcher.h"

#include "common/entities/alias_scan.h"
#include "common/entities/gazetteer_tsv.h"
#include "common/entities/text_rules.h"

#include <algorithm>
#include <limits>

namespace lede::detail {
namespace {

constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();

[[nodiscard]] std::string_view key_of(const Token& token) {
    return token.accent_folded.empty() ? std::string_view(token.term) : std::string_view(token.accent_folded);
}

[[nodiscard]] bool is_roman_numeral(std::string_view key) {
    return key.find_first_not_of("ivxlcdm") == std::string_view::npos;
}

// Longest first, then earliest, then the later row (a user's table overrides the builtin one).
[[nodiscard]] bool better(const MentionCandidate& a, const MentionCandidate& b,
                          const std::vector<CompiledAlias>& aliases) {
    if (a.length != b.length) {
        return a.length > b.length;
    }
    if (a.begin != b.begin) {
        return a.begin < b.begin;
    }
    return aliases[a.alias].priority > aliases[b.alias].priority;
}

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
[[nodiscard]] std::vector<MentionCandidate> nested_mentions(const std::vector<MentionCandidate>& chosen,
                                                            const std::vector<MentionCandidate>& candidates,
                                                            const std::vector<CompiledAlias>& aliases,
                                                            std::string_view text,
                                                            const std::vector<Token>& tokens) {
    std::vector<MentionCandidate> nested;
    std::vector<bool> used;
    for (const MentionCandidate& outer : chosen) {
        if (aliases[outer.alias].opaque || outer.count == 0) {
            continue;
        }
        used.assign(outer.count, false);
        for (const MentionCandidate& inner : candidates) { // sorted best first
            const bool inside = inner.first >= outer.first &&
                                inner.first + inner.count <= outer.first + outer.count &&
                                inner.length < outer.length;
            if (!inside || inner.entity == outer.entity || inner.weak) {
                continue;
            }
            if (aliases[inner.alias].by_characters) {
                const bool at_head = inner.first == outer.first && inner.head && outer.head;
                const bool after_connector = inner.whole && inner.first > outer.first &&
                                             is_unspaced_connector(tokens[inner.first - 1].term);
                if (!at_head && !after_connector) {
                    continue;
                }
            } else if (!inner.whole || !spaced_from_rest(inner, outer, text, tokens)) {
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

void AliasMatcher::build(std::vector<MatcherEntity> entities, const std::vector<MatcherAlias>& aliases,
                         Analyzer& analyzer) {
    entities_ = std::move(entities);
    aliases_.clear();
    by_first_term_.clear();
    by_first_character_.clear();
    StringMap<std::uint32_t> signatures;
    for (std::size_t index = 0; index < aliases.size(); ++index) {
        add_alias(static_cast<std::uint32_t>(index), aliases[index], analyzer, signatures);
    }
}

void AliasMatcher::add_alias(std::uint32_t priority, const MatcherAlias& alias, Analyzer& analyzer,
                             StringMap<std::uint32_t>& signatures) {
    const std::vector<Token> tokens = analyzer.analyze(alias.text);
    if (tokens.empty()) {
        return;
    }
    CompiledAlias compiled;
    compiled.entity = alias.entity;
    compiled.priority = priority;
    compiled.case_sensitive = (alias.flags & kAliasCaseSensitive) != 0;
    compiled.opaque = (alias.flags & kAliasOpaque) != 0;
    compiled.by_characters = (alias.flags & kAliasByCharacters) != 0 ||
                             std::all_of(tokens.begin(), tokens.end(), [](const Token& t) {
                                 return script_of(t.term) == TextScript::unspaced;
                             });
    std::string signature = std::to_string(alias.entity) +
                            (compiled.by_characters ? "\x1F"
                                                      "c"
                                                    : "\x1F"
                                                      "w") +
                            (compiled.case_sensitive ? "s" : "i") +
                            ((alias.flags & kAliasNoInflect) ? "n" : "f") + (compiled.opaque ? "o" : "t");
    if (compiled.by_characters) {
        for (const Token& token : tokens) {
            compiled.characters += token.term;
        }
        signature += '\x1F' + compiled.characters;
    } else {
        for (std::size_t i = 0; i < tokens.size(); ++i) {
            AliasTerm term;
            term.key = std::string(key_of(tokens[i]));
            term.inflects =
                (alias.flags & kAliasNoInflect) == 0 && script_of(term.key) == TextScript::cyrillic;
            if (term.inflects) {
                append_cyrillic_stems(term.key, "", term.stems);
            }
            const std::string_view original =
                alias.text.substr(tokens[i].begin, tokens[i].end - tokens[i].begin);
            term.capitalised = starts_upper_case(original);
            compiled.cased.push_back(nfkc(original));
            if (i > 0) {
                compiled.gaps.emplace_back(
                    alias.text.substr(tokens[i - 1].end, tokens[i].begin - tokens[i - 1].end));
            }
            signature += '\x1F' + term.key;
            compiled.terms.push_back(std::move(term));
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
    if (compiled.by_characters) {
        const std::string_view chars(compiled.characters);
        std::size_t head = 1;
        while (head < chars.size() && (static_cast<unsigned char>(chars[head]) & 0xC0U) == 0x80U) {
            ++head;
        }
        by_first_character_[std::string(chars.substr(0, head))].push_back(index);
    } else {
        const AliasTerm& first = compiled.terms.front();
        by_first_term_[first.key].push_back(index);
        for (const std::string& stem : first.stems) {
            std::vector<std::uint32_t>& bucket = by_first_term_[stem];
            if (bucket.empty() || bucket.back() != index) {
                bucket.push_back(index);
            }
        }
    }
    aliases_.push_back(std::move(compiled));
}

std::vector<EntityMention> AliasMatcher::find(std::string_view text, const std::vector<Token>& tokens,
                                              std::string_view lang) const {
    AliasScan scan(aliases_, by_first_term_, by_first_character_, text, tokens, lang, false);
    std::vector<MentionCandidate> candidates = scan.collect();
    for (MentionCandidate& candidate : candidates) {
        // "IS CLAIMS ATTACK": an acronym in shouted text needs support elsewhere.
        candidate.weak = aliases_[candidate.alias].case_sensitive && scan.in_all_caps_run(candidate);
    }
    std::sort(
        candidates.begin(), candidates.end(),
        [this](const MentionCandidate& a, const MentionCandidate& b) { return better(a, b, aliases_); });

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
    std::vector<bool> supported(entities_.size(), false);
    for (const MentionCandidate& candidate : chosen) {
        supported[candidate.entity] = supported[candidate.entity] || !candidate.weak;
    }
    std::erase_if(chosen, [&](const MentionCandidate& c) {
        if (c.weak && !supported[c.entity]) {
            std::fill(taken.begin() + static_cast<std::ptrdiff_t>(c.first),
                      taken.begin() + static_cast<std::ptrdiff_t>(c.first + c.count), false);
            return true;
        }
        return false;
    });
    const std::vector<MentionCandidate> nested = nested_mentions(chosen, candidates, aliases_, text, tokens);
    std::sort(chosen.begin(), chosen.end(),
              [](const MentionCandidate& a, const MentionCandidate& b) { return a.begin < b.begin; });

    // Document-level propagation (Mikheev et al. 1999): after "Dalerjon Mirzoev",
    // a lone "Mirzoev" is the same person. German is left out: it capitalises
    // every noun, so a surname like "Brand" cannot be told from the word.
    std::vector<Surname> surnames;
    for (const MentionCandidate& candidate : chosen) {
        const CompiledAlias& alias = aliases_[candidate.alias];
        if (lang == "de" || alias.by_characters || alias.terms.size() < 2 ||
            entities_[candidate.entity].type != EntityType::person) {
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
        mentions.push_back({entities_[candidate.entity].id, candidate.begin, candidate.end, candidate.first,
                            candidate.count});
    }
    return mentions;
}

std::optional<std::string> AliasMatcher::resolve(std::string_view text,
                                                 const std::vector<Token>& tokens) const {
    AliasScan scan(aliases_, by_first_term_, by_first_character_, text, tokens, "", true);
    const MentionCandidate* best = nullptr;
    const std::vector<MentionCandidate> candidates = scan.collect();
    for (const MentionCandidate& candidate : candidates) {
        if (candidate.whole && candidate.first == 0 && candidate.count == tokens.size() &&
            (best == nullptr || better(candidate, *best, aliases_))) {
            best = &candidate;
        }
    }
    if (best == nullptr) {
        return std::nullopt;
    }
    return entities_[best->entity].id;
}

} // namespace lede::detail
