#pragma once

#include <lede/analyzer.h>

#include "common/entities/alias_layer.h"
#include "common/entities/entity_table.h"
#include "common/key_filter.h"

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
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
    bool all_caps = false;          ///< written in capitals: an acronym ("НАСА", "AP")
};

/// An alias compiled for matching.
struct CompiledAlias {
    std::uint32_t entity = 0;
    std::uint32_t priority = 0; ///< row order: a later (user) row wins a tie
    bool case_sensitive = false;
    bool by_characters = false;
    bool opaque = false;            ///< names inside it are not mentions of their own
    bool needs_evidence = false;    ///< `weak`
    bool common_word = false;       ///< `word`
    bool from_layer = false;        ///< an alias of the AliasLayer
    std::vector<AliasTerm> terms;   ///< word matching
    std::vector<std::string> cased; ///< NFKC text of each alias word, for `cs`
    std::vector<std::string> gaps;  ///< text between alias words ("St. Petersburg")
    std::string characters;         ///< character matching: the terms concatenated
};

/// An alias filed under a first word, with a test of its second that needs no look at the alias:
/// "the", "la", "new" file dozens of aliases each, and loading every one of them to compare its
/// second word was most of the alias scan's time.
struct FiledAlias {
    std::uint32_t id = 0; ///< as alias_at() takes it
    /// second_word_hash() of the alias's second word when only that key (or its German genitive)
    /// can match there; 0 for a one-word alias or an inflecting second word (no test).
    std::uint32_t second = 0;
};

/// The hash FiledAlias::second holds for a word's key, never 0.
[[nodiscard]] inline std::uint32_t second_word_hash(std::string_view key) {
    return static_cast<std::uint32_t>(std::hash<std::string_view>{}(key)) | 1U;
}

/// FiledAlias::second for `alias`.
[[nodiscard]] std::uint32_t second_word_of(const CompiledAlias& alias);

struct MatcherEntity {
    std::string id;
    EntityType type = EntityType::person;
};

struct MatcherAlias {
    std::uint32_t entity = 0;
    std::string_view text;
    std::uint8_t flags = 0;
};

/// An alias compiled as the matcher does (nullopt when it analyses to no
/// words). `entity` and `priority` are left for the caller.
[[nodiscard]] std::optional<CompiledAlias> compile_alias(std::string_view text, std::uint8_t flags,
                                                         Analyzer& analyzer);

/// The keys the matcher files a compiled alias under: its first character,
/// or its first word's key and that key's Cyrillic stems.
[[nodiscard]] std::vector<std::string> alias_keys(const CompiledAlias& alias);

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
///
/// A layer (AliasLayer) is looked up by binary search on its precomputed
/// keys and each of its aliases compiled the first time a text has one of
/// its keys, so that a process pays only for the names its texts contain.
/// Thread safety: find() and resolve() may run on many threads at once.
class AliasMatcher {
public:
    AliasMatcher() = default;
    ~AliasMatcher();
    AliasMatcher(const AliasMatcher&) = delete;
    AliasMatcher& operator=(const AliasMatcher&) = delete;

    /// Compiles `aliases` with `analyzer`, the analysis the text gets.
    /// Aliases that analyse to no words are skipped (the loader rejects them).
    /// `layer`, when given, must outlive the matcher; its places are entities
    /// numbered after `entities` (an alias of `aliases` may name one so); its
    /// aliases name entities by id, found in `entity_index` (the index of
    /// `entities`) or among its places; those in `suppressed` are never
    /// matched (a user's row replaced them). They rank below every alias of
    /// `aliases` in a tie.
    void build(std::vector<MatcherEntity> entities, const std::vector<MatcherAlias>& aliases,
               Analyzer& analyzer, const AliasLayer* layer = nullptr,
               const StringMap<std::size_t>* entity_index = nullptr, std::vector<bool> suppressed = {});

    /// An alias by the id a MentionCandidate holds (a layer alias once compiled).
    [[nodiscard]] const CompiledAlias& alias_at(std::uint32_t id) const {
        return id < aliases_.size()
                   ? aliases_[id]
                   : *layer_slots_[id - aliases_.size()].alias.load(std::memory_order_acquire);
    }
    [[nodiscard]] const StringMap<std::vector<FiledAlias>>& by_first_term() const { return by_first_term_; }
    [[nodiscard]] const StringMap<std::vector<std::uint32_t>>& by_first_character() const {
        return by_first_character_;
    }
    /// False when no word alias (the table's or the layer's) is filed under `key`.
    [[nodiscard]] bool may_file_words(std::string_view key) const { return word_keys_.may_contain(key); }
    /// The layer's aliases filed under `key`, as ids for alias_at(), compiled on
    /// first use; appended to `out`.
    /// `next_words`: the second_word_hash() values the word after `key` may have; an alias
    /// already compiled that needs another second word is left out before it is loaded
    /// (a common first word, "san", files hundreds). Empty: no such test.
    void layer_words(std::string_view key, std::vector<FiledAlias>& out,
                     std::span<const std::uint32_t> next_words = {}) const;
    void layer_characters(std::string_view key, std::vector<std::uint32_t>& out) const;
    /// Entities by the index a candidate holds: the table's, then the layer's places.
    [[nodiscard]] std::string_view entity_id(std::uint32_t index) const {
        return index < entities_.size() ? std::string_view(entities_[index].id)
                                        : layer_->places[index - entities_.size()];
    }
    [[nodiscard]] EntityType entity_type(std::uint32_t index) const {
        return index < entities_.size() ? entities_[index].type : EntityType::place;
    }
    [[nodiscard]] std::size_t entity_count() const {
        return entities_.size() + (layer_ != nullptr ? layer_->places.size() : 0);
    }
    [[nodiscard]] bool has_characters() const {
        return !by_first_character_.empty() || (layer_ != nullptr && !layer_->characters.empty());
    }

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
    /// The compiled layer alias `index`, or nullptr when it matches nothing.
    [[nodiscard]] const CompiledAlias* layer_alias(std::uint32_t index) const;
    /// A layer alias compiled: the alias (null until compiled, then it or kNothing) and its
    /// FiledAlias::second, side by side so that the scan's test reads one place.
    struct LayerSlot {
        std::atomic<const CompiledAlias*> alias{nullptr};
        std::atomic<std::uint32_t> second{0};
    };
    /// Calls `f(id, slot)` for each of `keys`' layer aliases that compiles to words.
    template <typename F> void for_layer_aliases(std::span<const LayerKey> keys, F&& f) const;
    void release_layer();

    std::vector<MatcherEntity> entities_;
    std::vector<CompiledAlias> aliases_;
    StringMap<std::vector<FiledAlias>> by_first_term_;
    StringMap<std::vector<std::uint32_t>> by_first_character_;
    KeyFilter word_keys_; ///< by_first_term_'s keys and the layer's word keys
    const AliasLayer* layer_ = nullptr;
    const StringMap<std::size_t>* entity_index_ = nullptr;
    std::vector<bool> suppressed_;
    std::unique_ptr<LayerSlot[]> layer_slots_; ///< one per layer alias
};

} // namespace lede::detail
