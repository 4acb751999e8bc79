#pragma once

#include <lede/analyzer.h>

#include "common/entities/entity_table.h"

#include <cstddef>
#include <set>
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
/// Le Pen. A given name the id holds ("Педро Санчес") keeps it. Returns the ids so dropped.
std::set<std::string> drop_surnames_of_others(std::string_view text, const std::vector<Token>& tokens,
                                              std::vector<EntityMention>& mentions, const EntityTable& table);

/// Drops the one-word mentions of `ids` (what drop_surnames_of_others returned for the article's title and
/// body) from both: once an article names "Даниил Медведев", its bare "Медведеву" is him, not the table's
/// Dmitry. Not of an id the article names in full too ("Cristina Fernández de Kirchner" beside "Néstor
/// Kirchner").
void drop_bare_surnames(const std::set<std::string>& ids, std::vector<EntityMention>& title,
                        std::vector<EntityMention>& body);

/// A one-word place that the article writes after a given name is someone's surname there ("Dave Calhoun",
/// "Miguel Albuquerque"): all its one-word mentions in title and body are dropped, the bare "Calhoun said"
/// too. A one-word place whose name is a given name, right before a word that could be a surname, is that
/// person's given name ("Dominique Bernard", "Guadalupe Taddei"; not "Jordan Valley"): that mention is
/// dropped.
void drop_places_named_as_surnames(std::string_view title_text, const std::vector<Token>& title_tokens,
                                   std::vector<EntityMention>& title, std::string_view body_text,
                                   const std::vector<Token>& body_tokens, std::vector<EntityMention>& body,
                                   const EntityTable& table);

/// A table person's mention by surname alone ("Медведеву", a `weak` alias of Dmitry Medvedev) is the person
/// the article names in full with that surname ("Даниил Медведев"), unless it names the table's person in
/// full too. `tokens` and `mentions` are the title's and the body's.
void give_bare_surnames_to_the_named(const std::vector<Token>& title_tokens,
                                     std::vector<EntityMention>& title, const std::vector<Token>& body_tokens,
                                     std::vector<EntityMention>& body, const EntityTable& table);

} // namespace lede::extract::names
