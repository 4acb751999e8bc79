#include <lede/error.h>

#include "common/entities/alias_matcher.h"
#include "common/entities/builtin_gazetteer.h"
#include "common/entities/entity_table.h"
#include "common/entities/gazetteer_tsv.h"
#include "common/entities/icu_countries.h"
#include "common/entities/text_rules.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
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

struct EntityTable::Impl {
    std::vector<Entity> entities;
    detail::StringMap<std::size_t> entity_index;
    std::vector<detail::AliasRecord> aliases; ///< row order; priority in the matcher

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
        : entities(other.entities), entity_index(other.entity_index), aliases(other.aliases) {}

    // Validates the rows against the merged table; on an error nothing
    // changes (the caller merges into a copy).
    void merge(const std::vector<detail::GazetteerRow>& rows);
    void check_parents(const std::vector<detail::GazetteerRow>& rows) const;
    /// Names and aliases as the matcher takes them.
    void matcher_aliases(std::vector<detail::MatcherAlias>& out) const;
    [[nodiscard]] const detail::AliasMatcher& matcher() const;
    [[nodiscard]] const detail::StringMap<std::vector<std::size_t>>& spellings() const;
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
        } else {
            entities[found->second] = row.entity; // override: type, name and parents
        }
    }
    check_parents(rows);

    for (const detail::GazetteerRow& row : rows) {
        if (row.is_entity) {
            continue;
        }
        const detail::AliasRecord& alias = row.alias;
        if (!entity_index.contains(alias.id)) {
            detail::throw_row_error(row.origin, row.line, "alias for unknown id \"" + alias.id + '"');
        }
        if (!has_word_character(alias.text)) {
            detail::throw_row_error(row.origin, row.line, "alias \"" + alias.text + "\" has no words");
        }
        const auto [found, inserted] =
            alias_index.emplace(alias.id + '\t' + alias.lang + '\t' + alias.text, aliases.size());
        if (inserted) {
            aliases.push_back(alias);
        } else {
            aliases[found->second].flags = alias.flags; // override: the same alias, new flags
        }
    }
    compiled = std::make_unique<Compiled>(); // compiled again on first use
}

void EntityTable::Impl::check_parents(const std::vector<detail::GazetteerRow>& rows) const {
    for (const detail::GazetteerRow& row : rows) {
        if (!row.is_entity) {
            continue;
        }
        for (const std::string& parent : row.entity.parents) {
            if (!entity_index.contains(parent)) {
                detail::throw_row_error(row.origin, row.line, "unknown parent \"" + parent + '"');
            }
        }
        // Any new cycle passes through an entity of this merge: walk up from each.
        std::vector<const Entity*> pending{&entities[entity_index.find(row.entity.id)->second]};
        std::unordered_set<const Entity*> seen;
        while (!pending.empty()) {
            const Entity* entity = pending.back();
            pending.pop_back();
            for (const std::string& parent : entity->parents) {
                const Entity* up = &entities[entity_index.find(parent)->second];
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
        if ((alias.flags & detail::kAliasOff) == 0) {
            const auto entity = static_cast<std::uint32_t>(entity_index.find(alias.id)->second);
            out.push_back({entity, alias.text, alias.flags});
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
        compiled->matcher.build(std::move(matcher_entities), all, analyzer);
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
        std::vector<detail::GazetteerRow> rows = detail::parse_gazetteer(
            detail::kBuiltinEntitiesTsv, "corpus/gazetteer/entities.tsv", detail::RowFormat::entities);
        std::vector<detail::GazetteerRow> alias_rows = detail::parse_gazetteer(
            detail::kBuiltinAliasesTsv, "corpus/gazetteer/aliases.tsv", detail::RowFormat::aliases);
        rows.insert(rows.end(), std::make_move_iterator(alias_rows.begin()),
                    std::make_move_iterator(alias_rows.end()));
        EntityTable built;
        built.impl_->merge(rows);
        // ICU's country names in ten languages fill in what the curated rows lack.
        built.impl_->merge(detail::icu_country_rows(rows));
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
    if (!impl_) {
        return nullptr;
    }
    const auto found = impl_->entity_index.find(id);
    return found == impl_->entity_index.end() ? nullptr : &impl_->entities[found->second];
}

std::optional<std::string> EntityTable::resolve(std::string_view name) const {
    if (!impl_) {
        return std::nullopt;
    }
    std::string lower(name);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
    if (const Entity* entity = find(lower)) {
        return entity->id;
    }
    // A name spelled exactly as one entity's name or alias needs no analysis.
    const auto& spellings = impl_->spellings();
    if (const auto found = spellings.find(detail::casefold(name));
        found != spellings.end() && found->second.size() == 1) {
        return impl_->entities[found->second.front()].id;
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
    return out;
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
    return impl_ ? detail::format_gazetteer(impl_->entities, impl_->aliases) : std::string();
}

EntityTable EntityTable::deserialise(std::string_view data) {
    EntityTable table;
    try {
        table.merge_tsv(data, "stored entity table");
    } catch (const InvalidArgument& error) {
        // Stored metadata is not the caller's input: a bad table is a damaged database.
        throw IndexError(error.what());
    }
    return table;
}

std::size_t EntityTable::size() const {
    return impl_ ? impl_->entities.size() : 0;
}

} // namespace lede
