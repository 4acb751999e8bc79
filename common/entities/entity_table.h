#pragma once

#include <lede/analyzer.h>

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lede {

enum class EntityType { person, org, place, event };

/// `person`, `org`, `place`, `event`.
[[nodiscard]] std::string_view entity_type_name(EntityType type) noexcept;

/// One known entity. Ids are language-independent lower-case ASCII slugs
/// (`vladimir-putin`, `islamic-state`, `moscow`), unique across types.
struct Entity {
    std::string id;
    EntityType type = EntityType::person;
    std::string name; ///< canonical English name
    std::vector<std::string>
        parents; ///< ids of containing entities (`islamic-state-khorasan` → `islamic-state`)
    std::string
        geonames; ///< GeoNames id of a place ("2643743") or region ("GB.ENG"), for joins; may be empty
};

/// A mention of an entity in an analysed text.
struct EntityMention {
    std::string id;
    std::size_t begin = 0; ///< byte span in the text
    std::size_t end = 0;
    std::size_t first_token = 0; ///< index of the first token of the mention
    std::size_t token_count = 0;
    /// Found by a `weak` alias (a small town, a name that is also a word):
    /// it counts only when the article supports it (indexer/extract/places/).
    bool needs_evidence = false;
    bool common_word = false; ///< the alias is also a common word (`word`)
    bool from_layer = false;  ///< found by a GeoNames alias, not a curated or user row
    /// In Han, Kana or Thai: the alias starts where one of ICU's words does, rather than inside one
    /// (日本 inside the word 東日本), and ends where one does (โลเม, Lomé, inside กิโลเมตร).
    bool starts_on_word = true;
    bool ends_on_word = true;
};

/// The entities lede knows, with their aliases in many languages and
/// scripts, and the matcher that finds them in analysed text. Built from TSV
/// (the curated table compiled into lede, plus users' `--gazetteer` files);
/// stored in each database so that the searcher resolves names offline.
///
/// Thread safety: const methods may be called from many threads at once.
class EntityTable {
public:
    EntityTable();
    ~EntityTable();
    EntityTable(EntityTable&&) noexcept;
    EntityTable& operator=(EntityTable&&) noexcept;
    EntityTable(const EntityTable& other);
    EntityTable& operator=(const EntityTable& other);

    /// The curated table that ships with lede (corpus/gazetteer/*.tsv).
    [[nodiscard]] static EntityTable builtin();

    /// Adds or overrides entities and aliases from gazetteer TSV text (format
    /// in corpus/gazetteer/README.md). Throws InvalidArgument naming
    /// `origin:line` for a malformed row.
    void merge_tsv(std::string_view tsv, std::string_view origin);

    [[nodiscard]] const Entity* find(std::string_view id) const;
    /// The country an entity belongs to: itself when it is one (a place without parents), else the first
    /// country its first parents lead to (a ministry → its government → the country); empty when none does.
    [[nodiscard]] std::string_view country_of(std::string_view id) const;
    /// The id a name refers to: an id as is, or any alias in any language,
    /// script or case (`Путин`, `普京`, `vladimir putin`). nullopt when unknown.
    [[nodiscard]] std::optional<std::string> resolve(std::string_view name) const;
    /// Every alias of an id, as written in the table (for highlighting).
    [[nodiscard]] std::vector<std::string> aliases(std::string_view id) const;
    /// Whether `name`, ignoring case, is how the table or the layer spells `id`'s name or an
    /// alias: aliases() without listing them, which reads every alias of the layer.
    [[nodiscard]] bool spells(std::string_view id, std::string_view name) const;

    /// Mentions in `text`, given its tokens from Analyzer::analyze (same
    /// text). `lang` selects inflection rules (ru, uk suffixes). Overlaps are
    /// resolved longest first, but a name nested in a chosen one is reported
    /// too ("Bank of Russia" → bank-of-russia and, inside it, russia) unless
    /// the longer alias is `opaque`; results are in text order.
    [[nodiscard]] std::vector<EntityMention>
    find_mentions(std::string_view text, const std::vector<Token>& tokens, std::string_view lang) const;

    /// A compact text form for database metadata, and back.
    [[nodiscard]] std::string serialise() const;
    [[nodiscard]] static EntityTable deserialise(std::string_view data);

    [[nodiscard]] std::size_t size() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace lede
