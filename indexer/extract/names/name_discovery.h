#pragma once

#include <lede/analyzer.h>

#include "common/entities/entity_table.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace lede::extract::names {

/// A name found from capitalisation and cues, in no entity table.
struct DiscoveredMention {
    std::string id;   ///< name_slug of the name's first full mention
    std::string name; ///< as written there
    EntityType type = EntityType::person;
    std::size_t begin = 0; ///< byte span in the text
    std::size_t end = 0;
    bool opaque = false; ///< a club's name ("FC Augsburg"): the places in it are no mentions of their own
};

/// Names that no table knows, in Latin and Cyrillic text, typed by a cue:
/// a role before a person ("economist Андрей Лебедев", "Konjunkturexperte
/// Markus Feldhaus", "Markus Feldhaus, an analyst"), an organisation noun
/// before a name or a quoted name ("компании «Северный капитал»"), an
/// organisation or place word at the name's edge ("Mainblick Research",
/// "Consejo Superior de Deportes", "Baker Street"). A capitalised run with
/// no cue is not a name: precision first. Within the text, a later lone
/// surname is the same person and an acronym given in parentheses after
/// an organisation's name is that organisation. Tokens of `known` (table
/// mentions) are never a person's name. In Chinese text (`lang` "zh"), a
/// name in Han characters after a role or before a speech verb is a person
/// whose id is its pinyin ("外长王毅表示" → `wang-yi`); in Japanese text
/// (`ja`), a name in kanji before a title, honorific or age is a person
/// whose id is its Hepburn reading, given name first ("石破茂首相" →
/// `shigeru-ishiba`). Results are in text order.
[[nodiscard]] std::vector<DiscoveredMention> discover(std::string_view text, const std::vector<Token>& tokens,
                                                      std::string_view lang,
                                                      const std::vector<EntityMention>& known);

/// Drops a table person's mention by surname alone when another given name stands right before it, which
/// names someone else of that surname: "Jordi Sànchez" is not Pedro Sánchez, "Jean-Marie Le Pen" not Marine
/// Le Pen. A given name the id holds ("Педро Санчес") keeps it.
void drop_surnames_of_others(std::string_view text, const std::vector<Token>& tokens,
                             std::vector<EntityMention>& mentions, const EntityTable& table);

} // namespace lede::extract::names
