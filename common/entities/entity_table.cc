#include <lede/error.h>

#include "common/entities/alias_matcher.h"
#include "common/entities/builtin_gazetteer.h"
#include "common/entities/entity_table.h"
#include "common/entities/gazetteer_tsv.h"
#include "common/entities/geonames/geonames_layer.h"
#include "common/entities/icu_countries.h"
#include "common/entities/text_rules.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <atomic>
#include <map>
#include <mutex>
#include <unordered_map>
#include <unordered_set>
#include <utility>

namespace lede {

std::string_view entity_type_name(EntityType type) noexcept {
    switch (type) {
    case EntityType::person:
        return "person";
    case EntityType::org:
        return "org";
    case EntityType::place:
        return "place";
    case EntityType::event:
        return "event";
    }
    return "person";
}

namespace {

// Whether an alias has a letter or a digit, i.e. will analyse to words.
[[nodiscard]] bool has_word_character(std::string_view text) {
    std::int32_t i = 0;
    const auto length = static_cast<std::int32_t>(text.size());
    while (i < length) {
        UChar32 c = 0;
        U8_NEXT(reinterpret_cast<const std::uint8_t*>(text.data()), i, length, c);
        if (c > 0 && u_isalnum(c)) {
            return true;
        }
    }
    return false;
}

} // namespace

/// The built-in table's rows (corpus/gazetteer and ICU's countries), parsed
/// once per process. The GeoNames layer is apart (geonames_layer()): a
/// stored table names it rather than copying it.
const std::vector<detail::GazetteerRow>& builtin_rows() {
    static const std::vector<detail::GazetteerRow> rows = [] {
        std::vector<detail::GazetteerRow> built = detail::parse_gazetteer(
            detail::kBuiltinEntitiesTsv, "corpus/gazetteer/entities.tsv", detail::RowFormat::entities);
        std::vector<detail::GazetteerRow> alias_rows = detail::parse_gazetteer(
            detail::kBuiltinAliasesTsv, "corpus/gazetteer/aliases.tsv", detail::RowFormat::aliases);
        built.insert(built.end(), std::make_move_iterator(alias_rows.begin()),
                     std::make_move_iterator(alias_rows.end()));
        // ICU's country names in ten languages fill in what the curated rows lack.
        std::vector<detail::GazetteerRow> countries = detail::icu_country_rows(built);
        built.insert(built.end(), std::make_move_iterator(countries.begin()),
                     std::make_move_iterator(countries.end()));
        return built;
    }();
    return rows;
}

[[nodiscard]] std::vector<std::string> split_parents(std::string_view parents) {
    std::vector<std::string> out;
    while (!parents.empty()) {
        const std::size_t comma = parents.find(',');
        out.emplace_back(parents.substr(0, comma));
        parents.remove_prefix(comma == std::string_view::npos ? parents.size() : comma + 1);
    }
    return out;
}

/// Layer places as Entity objects, made the first time one is asked for:
/// making all 26,000 at start would cost every process more than it uses.
/// Shared by copies of a table (a place's row never changes).
class LayerEntityCache {
public:
    explicit LayerEntityCache(const detail::GeonamesLayer& layer)
        : layer_(layer), slots_(std::make_unique<std::atomic<const Entity*>[]>(layer.entities.size())) {
        // Asked for every mention of every text: a hash lookup, not a binary search over 26,000 ids.
        index_.reserve(layer.entities.size());
        for (std::size_t i = 0; i < layer.entities.size(); ++i) {
            index_.emplace(layer.entities[i].id, static_cast<std::uint32_t>(i));
        }
    }
    ~LayerEntityCache() {
        for (std::size_t i = 0; i < layer_.entities.size(); ++i) {
            delete slots_[i].load(std::memory_order_acquire);
        }
    }
    LayerEntityCache(const LayerEntityCache&) = delete;
    LayerEntityCache& operator=(const LayerEntityCache&) = delete;

    /// The place with `id`, or nullptr when the layer has none.
    [[nodiscard]] const Entity* find(std::string_view id) const {
        const auto at = index_.find(id);
        if (at == index_.end()) {
            return nullptr;
        }
        const detail::LayerEntity* found = &layer_.entities[at->second];
        std::atomic<const Entity*>& slot = slots_[at->second];
        if (const Entity* made = slot.load(std::memory_order_acquire); made != nullptr) {
            return made;
        }
        auto entity = std::make_unique<Entity>(Entity{std::string(found->id), EntityType::place,
                                                      std::string(found->name), split_parents(found->parents),
                                                      std::string(found->geonames)});
        const Entity* expected = nullptr;
        if (slot.compare_exchange_strong(expected, entity.get(), std::memory_order_acq_rel)) {
            return entity.release();
        }
        return expected;
    }

private:
    const detail::GeonamesLayer& layer_;
    std::unique_ptr<std::atomic<const Entity*>[]> slots_;
    std::unordered_map<std::string_view, std::uint32_t> index_; ///< id → position in layer_.entities
};

struct EntityTable::Impl {
    std::vector<Entity> entities; ///< the table's own rows; the layer's places stay in the layer
    detail::StringMap<std::size_t> entity_index;
    std::vector<detail::AliasRecord> aliases; ///< row order; priority in the matcher
    /// The GeoNames layer, when the table has it: places looked up in it when
    /// the table has no row of their id, aliases matched lazily; a row of the
    /// table for the same alias suppresses the layer's.
    const detail::GeonamesLayer* layer = nullptr;
    std::shared_ptr<const LayerEntityCache> layer_places;
    std::vector<bool> suppressed_layer_aliases;
    std::size_t layer_places_overridden = 0; ///< layer places the table has a row for

    // Compiling analyses every alias with ICU (about 20 µs each, 0.1 s for
    // the builtin table), which a searcher resolving one exact name never
    // needs: both the matcher and the exact-spelling index are built on first use.
    struct Compiled {
        std::once_flag matcher_once;
        detail::AliasMatcher matcher;
        std::once_flag spellings_once;
        detail::StringMap<std::vector<std::size_t>> spellings; ///< folded name or alias → entity indexes
    };
    std::unique_ptr<Compiled> compiled = std::make_unique<Compiled>();

    Impl() = default;
    Impl(const Impl& other)
        : entities(other.entities), entity_index(other.entity_index), aliases(other.aliases),
          layer(other.layer), layer_places(other.layer_places),
          suppressed_layer_aliases(other.suppressed_layer_aliases),
          layer_places_overridden(other.layer_places_overridden) {}

    // Validates the rows against the merged table; on an error nothing
    // changes (the caller merges into a copy).
    void merge(const std::vector<detail::GazetteerRow>& rows);
    /// Adds the GeoNames layer under the table (its rows win over the layer's).
    void add_layer();
    void suppress_layer_alias(const detail::AliasRecord& alias);
    /// An entity of the table or, failing that, of the layer.
    [[nodiscard]] const Entity* find(std::string_view id) const {
        if (const auto found = entity_index.find(id); found != entity_index.end()) {
            return &entities[found->second];
        }
        return layer_places ? layer_places->find(id) : nullptr;
    }
    [[nodiscard]] bool in_layer(std::string_view id) const {
        return layer_places && layer_places->find(id) != nullptr;
    }
    void check_parents(const std::vector<detail::GazetteerRow>& rows) const;
    /// Names and aliases as the matcher takes them.
    void matcher_aliases(std::vector<detail::MatcherAlias>& out) const;
    [[nodiscard]] const detail::AliasMatcher& matcher() const;
    [[nodiscard]] const detail::StringMap<std::vector<std::size_t>>& spellings() const;
    /// The id of a spellings() entry: the table's entities, then the layer's places.
    [[nodiscard]] std::string_view spelled_id(std::size_t index) const {
        return index < entities.size() ? std::string_view(entities[index].id)
                                       : layer->aliases.places[index - entities.size()];
    }
};

void EntityTable::Impl::merge(const std::vector<detail::GazetteerRow>& rows) {
    detail::StringMap<std::size_t> alias_index;
    for (std::size_t i = 0; i < aliases.size(); ++i) {
        const detail::AliasRecord& alias = aliases[i];
        alias_index.emplace(alias.id + '\t' + alias.lang + '\t' + alias.text, i);
    }
    for (const detail::GazetteerRow& row : rows) {
        if (!row.is_entity) {
            continue;
        }
        const auto [found, inserted] = entity_index.emplace(row.entity.id, entities.size());
        if (inserted) {
            entities.push_back(row.entity);
            layer_places_overridden += in_layer(row.entity.id) ? 1 : 0;
        } else {
            entities[found->second] = row.entity; // override: type, name and parents
        }
    }
    check_parents(rows);

    for (const detail::GazetteerRow& row : rows) {
        if (row.is_entity || !row.layer.empty()) {
            continue;
        }
        const detail::AliasRecord& alias = row.alias;
        if (find(alias.id) == nullptr) {
            detail::throw_row_error(row.origin, row.line, "alias for unknown id \"" + alias.id + '"');
        }
        if (!has_word_character(alias.text)) {
            detail::throw_row_error(row.origin, row.line, "alias \"" + alias.text + "\" has no words");
        }
        const auto [found, inserted] =
            alias_index.emplace(alias.id + '\t' + alias.lang + '\t' + alias.text, aliases.size());
        if (inserted) {
            aliases.push_back(alias);
            suppress_layer_alias(alias);
        } else {
            aliases[found->second].flags = alias.flags; // override: the same alias, new flags
        }
    }
    compiled = std::make_unique<Compiled>(); // compiled again on first use
}

void EntityTable::Impl::add_layer() {
    layer = &detail::geonames_layer();
    static const std::shared_ptr<const LayerEntityCache> shared = std::make_shared<LayerEntityCache>(*layer);
    layer_places = shared;
    suppressed_layer_aliases.assign(layer->aliases.aliases.size(), false);
    layer_places_overridden = 0;
    for (const Entity& entity : entities) {
        layer_places_overridden += layer_places->find(entity.id) != nullptr ? 1 : 0;
    }
    // Rows already merged are the builtin ones, which the layer never repeats (tools/geonames_places.cc).
    compiled = std::make_unique<Compiled>();
}

void EntityTable::Impl::suppress_layer_alias(const detail::AliasRecord& alias) {
    if (layer == nullptr || alias.id.empty()) {
        return;
    }
    // The layer never repeats a curated spelling, so this finds only what a user's row replaces.
    const detail::AliasLayer& layer_aliases = layer->aliases;
    for (const detail::LayerKey& key :
         detail::AliasLayer::lookup(layer_aliases.spellings, detail::casefold(alias.text))) {
        const detail::LayerAlias& candidate = layer_aliases.aliases[key.alias];
        if (candidate.entity == alias.id && candidate.lang == alias.lang && candidate.text == alias.text) {
            suppressed_layer_aliases[key.alias] = true;
        }
    }
}

void EntityTable::Impl::check_parents(const std::vector<detail::GazetteerRow>& rows) const {
    for (const detail::GazetteerRow& row : rows) {
        if (!row.is_entity) {
            continue;
        }
        for (const std::string& parent : row.entity.parents) {
            if (find(parent) == nullptr) {
                detail::throw_row_error(row.origin, row.line, "unknown parent \"" + parent + '"');
            }
        }
        // Any new cycle passes through an entity of this merge: walk up from each.
        std::vector<const Entity*> pending{find(row.entity.id)};
        std::unordered_set<const Entity*> seen;
        while (!pending.empty()) {
            const Entity* entity = pending.back();
            pending.pop_back();
            for (const std::string& parent : entity->parents) {
                const Entity* up = find(parent);
                if (up->id == row.entity.id) {
                    detail::throw_row_error(row.origin, row.line,
                                            "\"" + row.entity.id + "\" is its own ancestor (parent cycle)");
                }
                if (seen.insert(up).second) {
                    pending.push_back(up);
                }
            }
        }
    }
}

void EntityTable::Impl::matcher_aliases(std::vector<detail::MatcherAlias>& out) const {
    // A row spelling the entity's name replaces the implicit name alias, so
    // its flags apply to the name: `off` silences it, `opaque` or `cs` qualify it.
    std::unordered_set<std::string> disabled;
    for (const detail::AliasRecord& alias : aliases) {
        disabled.insert(alias.id + '\t' + alias.text);
    }
    out.reserve(entities.size() + aliases.size());
    // Names first: rows that follow (and users' rows after them) win ties.
    for (std::size_t i = 0; i < entities.size(); ++i) {
        if (!disabled.contains(entities[i].id + '\t' + entities[i].name)) {
            out.push_back({static_cast<std::uint32_t>(i), entities[i].name, 0});
        }
    }
    for (const detail::AliasRecord& alias : aliases) {
        if ((alias.flags & detail::kAliasOff) != 0) {
            continue;
        }
        // The matcher numbers the layer's places after the table's entities.
        if (const auto found = entity_index.find(alias.id); found != entity_index.end()) {
            out.push_back({static_cast<std::uint32_t>(found->second), alias.text, alias.flags});
        } else if (const auto place = layer->aliases.place_index(alias.id)) {
            out.push_back({static_cast<std::uint32_t>(entities.size()) + *place, alias.text, alias.flags});
        }
    }
}

const detail::AliasMatcher& EntityTable::Impl::matcher() const {
    std::call_once(compiled->matcher_once, [this] {
        std::vector<detail::MatcherEntity> matcher_entities;
        matcher_entities.reserve(entities.size());
        for (const Entity& entity : entities) {
            matcher_entities.push_back({entity.id, entity.type});
        }
        std::vector<detail::MatcherAlias> all;
        matcher_aliases(all);
        Analyzer analyzer;
        compiled->matcher.build(std::move(matcher_entities), all, analyzer,
                                layer != nullptr ? &layer->aliases : nullptr, &entity_index,
                                suppressed_layer_aliases);
    });
    return compiled->matcher;
}

const detail::StringMap<std::vector<std::size_t>>& EntityTable::Impl::spellings() const {
    std::call_once(compiled->spellings_once, [this] {
        std::vector<detail::MatcherAlias> all;
        matcher_aliases(all);
        for (const detail::MatcherAlias& alias : all) {
            std::vector<std::size_t>& ids = compiled->spellings[detail::casefold(alias.text)];
            if (std::find(ids.begin(), ids.end(), alias.entity) == ids.end()) {
                ids.push_back(alias.entity);
            }
        }
    });
    return compiled->spellings;
}

EntityTable::EntityTable() : impl_(std::make_unique<Impl>()) {}
EntityTable::~EntityTable() = default;
EntityTable::EntityTable(EntityTable&&) noexcept = default;
EntityTable& EntityTable::operator=(EntityTable&&) noexcept = default;
EntityTable::EntityTable(const EntityTable& other)
    : impl_(std::make_unique<Impl>(other.impl_ ? *other.impl_ : Impl{})) {}

EntityTable& EntityTable::operator=(const EntityTable& other) {
    if (this != &other) {
        EntityTable copy(other);
        *this = std::move(copy);
    }
    return *this;
}

EntityTable EntityTable::builtin() {
    // Parsed and compiled once per process; callers get copies.
    static const EntityTable table = [] {
        EntityTable built;
        built.impl_->merge(builtin_rows());
        built.impl_->add_layer();
        return built;
    }();
    return table;
}

void EntityTable::merge_tsv(std::string_view tsv, std::string_view origin) {
    const std::vector<detail::GazetteerRow> rows =
        detail::parse_gazetteer(tsv, origin, detail::RowFormat::tagged);
    auto next = std::make_unique<Impl>(impl_ ? *impl_ : Impl{});
    next->merge(rows);
    impl_ = std::move(next);
}

const Entity* EntityTable::find(std::string_view id) const {
    return impl_ ? impl_->find(id) : nullptr;
}

std::string_view EntityTable::country_of(std::string_view id) const {
    constexpr int kMaxDepth = 8; // a town → its region → the country, or a body → its ministry → the country
    for (int depth = 0; depth < kMaxDepth; ++depth) {
        const Entity* entity = find(id);
        if (entity == nullptr) {
            return {};
        }
        if (entity->parents.empty()) {
            return entity->type == EntityType::place ? std::string_view(entity->id) : std::string_view();
        }
        id = entity->parents.front();
    }
    return {};
}

std::optional<std::string> EntityTable::resolve(std::string_view name) const {
    if (!impl_) {
        return std::nullopt;
    }
    std::string lower(name);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
    // An id of the table's own rows first; a layer place's id (`of`, `un`, `nice`) only after the spellings.
    if (const auto found = impl_->entity_index.find(lower); found != impl_->entity_index.end()) {
        return impl_->entities[found->second].id;
    }
    // A name spelled exactly as one entity's name or alias needs no analysis.
    const auto& spellings = impl_->spellings();
    const std::string folded = detail::casefold(name);
    std::vector<std::string_view> spelled; // the ids this exact spelling names
    if (const auto found = spellings.find(folded); found != spellings.end()) {
        for (const std::size_t index : found->second) {
            spelled.push_back(impl_->spelled_id(index));
        }
    }
    if (impl_->layer != nullptr) {
        const detail::AliasLayer& layer = impl_->layer->aliases;
        for (const detail::LayerKey& key : detail::AliasLayer::lookup(layer.spellings, folded)) {
            if (!impl_->suppressed_layer_aliases[key.alias] &&
                std::find(spelled.begin(), spelled.end(), layer.aliases[key.alias].entity) == spelled.end()) {
                spelled.push_back(layer.aliases[key.alias].entity);
            }
        }
    }
    if (spelled.size() == 1) {
        return std::string(spelled.front());
    }
    if (const Entity* place = impl_->layer_places ? impl_->layer_places->find(lower) : nullptr) {
        return place->id;
    }
    // One analyser per thread: resolve() is const and may run on many threads.
    thread_local Analyzer analyzer;
    const std::vector<Token> tokens = analyzer.analyze(name);
    if (tokens.empty()) {
        return std::nullopt;
    }
    return impl_->matcher().resolve(name, tokens);
}

std::vector<std::string> EntityTable::aliases(std::string_view id) const {
    std::vector<std::string> out;
    const Entity* entity = find(id);
    if (entity == nullptr) {
        return out;
    }
    out.push_back(entity->name);
    for (const detail::AliasRecord& alias : impl_->aliases) {
        if (alias.id == id && (alias.flags & detail::kAliasOff) == 0 &&
            std::find(out.begin(), out.end(), alias.text) == out.end()) {
            out.push_back(alias.text);
        }
    }
    if (impl_->layer != nullptr) {
        const std::vector<detail::LayerAlias>& layer = impl_->layer->aliases.aliases;
        for (std::size_t i = 0; i < layer.size(); ++i) {
            if (layer[i].entity == id && !impl_->suppressed_layer_aliases[i] &&
                std::find(out.begin(), out.end(), layer[i].text) == out.end()) {
                out.emplace_back(layer[i].text);
            }
        }
    }
    return out;
}

bool EntityTable::spells(std::string_view id, std::string_view name) const {
    const std::string folded = detail::casefold(name);
    if (const auto found = impl_->spellings().find(folded); found != impl_->spellings().end()) {
        for (const std::size_t index : found->second) {
            if (impl_->spelled_id(index) == id) {
                return true;
            }
        }
    }
    if (impl_->layer == nullptr) {
        return false;
    }
    const detail::AliasLayer& layer = impl_->layer->aliases;
    const auto spelled = detail::AliasLayer::lookup(layer.spellings, folded);
    return std::any_of(spelled.begin(), spelled.end(), [&](const detail::LayerKey& key) {
        return !impl_->suppressed_layer_aliases[key.alias] && layer.aliases[key.alias].entity == id;
    });
}

std::vector<EntityMention> EntityTable::find_mentions(std::string_view text, const std::vector<Token>& tokens,
                                                      std::string_view lang) const {
    for (const Token& token : tokens) {
        if (token.begin > token.end || token.end > text.size()) {
            throw InvalidArgument("find_mentions: the tokens were not made from this text");
        }
    }
    if (!impl_) {
        return {};
    }
    return impl_->matcher().find(text, tokens, lang);
}

std::string EntityTable::serialise() const {
    if (!impl_) {
        return {};
    }
    return detail::format_gazetteer(impl_->entities, impl_->aliases, impl_->layer != nullptr);
}

EntityTable EntityTable::deserialise(std::string_view data) {
    EntityTable table;
    try {
        const std::vector<detail::GazetteerRow> rows =
            detail::parse_gazetteer(data, "stored entity table", detail::RowFormat::tagged);
        const bool layered = std::any_of(rows.begin(), rows.end(), [](const detail::GazetteerRow& row) {
            return row.layer == detail::kGeonamesLayer;
        });
        // The layer's places first, so that a stored place may have a GeoNames town as parent;
        // the stored rows override them and suppress the layer aliases they repeat.
        if (layered) {
            table.impl_->add_layer();
        }
        table.impl_->merge(rows);
    } catch (const InvalidArgument& error) {
        // Stored metadata is not the caller's input: a bad table is a damaged database.
        throw IndexError(error.what());
    }
    return table;
}

std::size_t EntityTable::size() const {
    if (!impl_) {
        return 0;
    }
    const std::size_t places = impl_->layer != nullptr ? impl_->layer->entities.size() : 0;
    return impl_->entities.size() + places - impl_->layer_places_overridden;
}

} // namespace lede
