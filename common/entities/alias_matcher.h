#pragma once

#include <lede/analyzer.h>

#include "common/entities/entity_table.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace lede::detail {

/// Hash for maps looked up by string_view without building a std::string.
struct StringHash {
    using is_transparent = void;
    [[nodiscard]] std::size_t operator()(std::string_view text) const noexcept {
        return std::hash<std::string_view>{}(text);
    }
};

template <typename Value>
using StringMap = std::unordered_map<std::string, Value, StringHash, std::equal_to<>>;

/// One word of an alias as the Analyzer sees it.
struct AliasTerm {
    std::string key;                ///< accent-folded term (Latin, Greek), else the term
    std::vector<std::string> stems; ///< Cyrillic key without one case ending
    bool inflects = false;          ///< Cyrillic and not `noinflect`
    bool capitalised = false;       ///< written with an upper-case initial
};

/// An alias compiled for matching.
struct CompiledAlias {
    std::uint32_t entity = 0;
    std::uint32_t priority = 0; ///< row order: a later (user) row wins a tie
    bool case_sensitive = false;
    bool by_characters = false;
    bool opaque = false;            ///< names inside it are not mentions of their own
    std::vector<AliasTerm> terms;   ///< word matching
    std::vector<std::string> cased; ///< NFKC text of each alias word, for `cs`
    std::vector<std::string> gaps;  ///< text between alias words ("St. Petersburg")
    std::string characters;         ///< character matching: the terms concatenated
};

struct MatcherEntity {
    std::string id;
    EntityType type = EntityType::person;
};

struct MatcherAlias {
    std::uint32_t entity = 0;
    std::string_view text;
    std::uint8_t flags = 0;
};

/// Finds aliases in analysed text.
///
/// Word matching: a hash map from an alias's first word (and its Cyrillic
/// stems) to the aliases starting with it. Each token looks up its key and
/// its few variants (Cyrillic stems, Arabic clitic-free forms, German
/// genitive), then verifies the candidates' remaining words. Character
/// matching (Han, Kana, Thai): a map from the first code point to aliases,
/// probed at every code point of each run of adjacent unspaced tokens.
/// Cost: O(tokens × (variants + candidates per key × alias words)) plus
/// O(characters × aliases per first character); both factors are small.
class AliasMatcher {
public:
    /// Compiles `aliases` with `analyzer`, the analysis the text gets.
    /// Aliases that analyse to no words are skipped (the loader rejects them).
    void build(std::vector<MatcherEntity> entities, const std::vector<MatcherAlias>& aliases,
               Analyzer& analyzer);

    /// Mentions, longest first without overlaps, returned in text order.
    [[nodiscard]] std::vector<EntityMention> find(std::string_view text, const std::vector<Token>& tokens,
                                                  std::string_view lang) const;

    /// The entity of an alias covering all of `tokens` exactly, ignoring case.
    [[nodiscard]] std::optional<std::string> resolve(std::string_view text,
                                                     const std::vector<Token>& tokens) const;

private:
    struct Candidate;
    class Scan;

    void add_alias(std::uint32_t priority, const MatcherAlias& alias, Analyzer& analyzer,
                   StringMap<std::uint32_t>& signatures);

    std::vector<MatcherEntity> entities_;
    std::vector<CompiledAlias> aliases_;
    StringMap<std::vector<std::uint32_t>> by_first_term_;
    StringMap<std::vector<std::uint32_t>> by_first_character_;
};

} // namespace lede::detail
