#include "indexer/extract/article_extraction.h"

#include "indexer/extract/bodies/public_bodies.h"
#include "indexer/extract/dates/months_alone.h"
#include "indexer/extract/names/name_discovery.h"
#include "indexer/extract/places/admin_units.h"
#include "indexer/extract/places/country_abbreviations.h"
#include "indexer/extract/places/place_evidence.h"

#include <algorithm>
#include <charconv>
#include <map>
#include <set>

namespace lede::extract {

ArticleExtraction extract_article(const Article& article, std::string_view lang,
                                  const std::vector<Token>& title_tokens,
                                  const std::vector<Token>& body_tokens, const EntityTable& entities) {
    ArticleExtraction extraction;

    std::map<std::string, std::size_t> index_of;
    auto occurrence = [&](const std::string& id) -> EntityOccurrence& {
        const auto [found, inserted] = index_of.emplace(id, extraction.entities.size());
        if (inserted) {
            extraction.entities.push_back({id, {}, std::nullopt, 0, {}});
        }
        return extraction.entities[found->second];
    };
    // A discovered name whose id the table has is that entity (a user's
    // table may name it without this spelling).
    auto discovered = [&](const names::DiscoveredMention& mention) -> EntityOccurrence& {
        EntityOccurrence& entity = occurrence(mention.id);
        if (entities.find(mention.id) == nullptr && !entity.discovered) {
            entity.discovered = mention.type;
            entity.name = mention.name;
        }
        return entity;
    };
    std::vector<EntityMention> in_title = entities.find_mentions(article.title, title_tokens, lang);
    std::vector<EntityMention> in_body = entities.find_mentions(article.body, body_tokens, lang);
    bodies::drop_bodies_of_another_country(lang, in_title, entities);
    bodies::drop_bodies_of_another_country(lang, in_body, entities);
    std::vector<places::MentionedText> texts{{article.title, title_tokens, in_title, true},
                                             {article.body, body_tokens, in_body, false}};
    names::drop_places_named_as_surnames(article.title, title_tokens, in_title, article.body, body_tokens,
                                         in_body, entities);
    places::keep_supported(texts, lang, entities);
    names::give_bare_surnames_to_the_named(title_tokens, in_title, body_tokens, in_body, entities);
    // Ministries named by portfolio and country, and Chinese counties and towns after their larger unit,
    // count as the table's mentions do, and the names rules leave their words alone.
    auto count_as_table_mention = [&](auto& found, EntityType type, std::vector<EntityMention>& mentions) {
        discovered({found.id, found.name, type, found.begin, found.end});
        EntityMention mention;
        mention.id = std::move(found.id);
        mention.begin = found.begin;
        mention.end = found.end;
        mention.first_token = found.first_token;
        mention.token_count = found.token_count;
        mentions.push_back(std::move(mention));
    };
    auto add_bodies_and_units = [&](std::string_view text, const std::vector<Token>& tokens,
                                    std::vector<EntityMention>& mentions) {
        // Units first: a county's bodies are named by it (大埔县应急管理局).
        for (places::AdminUnit& unit : places::find_admin_units(text, tokens, lang, mentions, entities)) {
            count_as_table_mention(unit, EntityType::place, mentions);
        }
        for (bodies::PublicBody& body : bodies::find_public_bodies(text, tokens, lang, mentions, entities)) {
            count_as_table_mention(body, EntityType::org, mentions);
        }
        for (places::AbbreviatedCountry& country :
             places::find_country_abbreviations(text, tokens, lang, mentions, entities)) {
            count_as_table_mention(country, EntityType::place, mentions);
        }
    };
    add_bodies_and_units(article.title, title_tokens, in_title);
    add_bodies_and_units(article.body, body_tokens, in_body);
    // A table's organisation inside a longer organisation's name found in the text is that one's words:
    // "Democratic Party" in "Peoples Democratic Party", "Red Crescent" in "Libyan Red Crescent Society".
    // A place inside one still counts ("Bank of Russia").
    const auto drop_inner_orgs = [&](std::vector<EntityMention>& mentions,
                                     const std::vector<names::DiscoveredMention>& found) {
        std::erase_if(mentions, [&](const EntityMention& mention) {
            const Entity* entity = entities.find(mention.id);
            return std::any_of(found.begin(), found.end(), [&](const names::DiscoveredMention& name) {
                const bool inside = name.type == EntityType::org && name.begin <= mention.begin &&
                                    mention.end <= name.end &&
                                    name.end - name.begin > mention.end - mention.begin;
                // A club's name holds no place either ("FC Augsburg").
                return inside && (name.opaque || (entity != nullptr && entity->type == EntityType::org));
            });
        });
    };
    std::set<std::string> others =
        names::drop_surnames_of_others(article.title, title_tokens, in_title, entities);
    others.merge(names::drop_surnames_of_others(article.body, body_tokens, in_body, entities));
    names::drop_bare_surnames(others, in_title, in_body);
    const std::vector<names::DiscoveredMention> found_in_title =
        names::discover(article.title, title_tokens, lang, in_title);
    drop_inner_orgs(in_title, found_in_title);
    for (const EntityMention& mention : in_title) {
        ++occurrence(mention.id).mentions;
    }
    for (const names::DiscoveredMention& mention : found_in_title) {
        ++discovered(mention).mentions;
    }
    const std::vector<names::DiscoveredMention> found_in_body =
        names::discover(article.body, body_tokens, lang, in_body);
    drop_inner_orgs(in_body, found_in_body);
    for (const EntityMention& mention : in_body) {
        EntityOccurrence& entity = occurrence(mention.id);
        ++entity.mentions;
        entity.body_spans.emplace_back(mention.begin, mention.end);
    }
    for (const names::DiscoveredMention& mention : found_in_body) {
        EntityOccurrence& entity = discovered(mention);
        ++entity.mentions;
        entity.body_spans.emplace_back(mention.begin, mention.end);
    }
    std::stable_sort(
        extraction.entities.begin(), extraction.entities.end(),
        [](const EntityOccurrence& a, const EntityOccurrence& b) { return a.mentions > b.mentions; });

    // One text, so that a figure whose sentence is the headline is found
    // too; spans are then moved back to the field they came from. A title
    // made from the body's first sentence is left out: its figures would
    // count twice.
    std::string_view title = article.title;
    if (title.ends_with("…")) {
        title.remove_suffix(std::string_view("…").size());
    }
    const bool title_from_body = !title.empty() && std::string_view(article.body).starts_with(title);
    const std::string text = title_from_body ? article.body : article.title + "\n\n" + article.body;
    const std::size_t body_start = title_from_body ? 0 : article.title.size() + 2;
    const numbers::NumberedText numbered = read_numbers(text, lang);
    std::vector<dates::MentionedDate> mentioned = dates::extract(numbered, article.date);
    std::vector<casualties::CasualtyFigure> figures =
        casualties::extract(numbered, article.date, named_months(numbered, article.date, mentioned));
    if (!title_from_body) {
        casualties::keep_the_headlines_event(figures, body_start);
    }
    casualties::mark_background_tolls(figures, numbered.tokens, lang, body_start);
    extraction.casualties = casualties::resolve(figures);
    for (dates::MentionedDate& date : mentioned) {
        LocatedDate located;
        located.in_title = !title_from_body && date.begin < body_start;
        const std::size_t shift = located.in_title ? 0 : body_start;
        date.begin -= shift;
        date.end -= shift;
        located.date = std::move(date);
        extraction.mentioned.push_back(std::move(located));
    }
    for (casualties::CasualtyFigure& figure : figures) {
        LocatedFigure located;
        located.in_title = !title_from_body && figure.begin < body_start;
        const std::size_t shift = located.in_title ? 0 : body_start;
        figure.begin -= shift;
        figure.end -= shift;
        figure.sentence_begin = figure.sentence_begin >= shift ? figure.sentence_begin - shift : 0;
        figure.sentence_end = figure.sentence_end >= shift ? figure.sentence_end - shift : 0;
        located.figure = std::move(figure);
        extraction.figures.push_back(std::move(located));
    }
    return extraction;
}

std::vector<casualties::NamedMonth> named_months(const numbers::NumberedText& numbered,
                                                 std::string_view publication_date,
                                                 const std::vector<dates::MentionedDate>& mentioned) {
    constexpr std::size_t kYearMonth = 7; // "YYYY-MM"
    std::vector<casualties::NamedMonth> months;
    const std::vector<dates::MentionedDate> alone =
        dates::months_alone(numbered, publication_date, mentioned);
    for (const std::vector<dates::MentionedDate>* list : {&mentioned, &alone}) {
        for (const dates::MentionedDate& date : *list) {
            casualties::NamedMonth named{date.begin, date.end, 0, 0, 0};
            if (date.value.size() >= kYearMonth &&
                std::from_chars(date.value.data(), date.value.data() + 4, named.year).ec == std::errc{} &&
                std::from_chars(date.value.data() + 5, date.value.data() + kYearMonth, named.month).ec ==
                    std::errc{}) {
                constexpr std::size_t kYearMonthDay = 10; // "YYYY-MM-DD"
                if (date.value.size() >= kYearMonthDay) {
                    std::from_chars(date.value.data() + kYearMonth + 1, date.value.data() + kYearMonthDay,
                                    named.day);
                }
                months.push_back(named);
            }
        }
    }
    return months;
}

numbers::NumberedText read_numbers(std::string_view text, std::string_view lang) {
    return numbers::read(text, lang, casualties::number_words(lang));
}

std::uint64_t stated_count(const casualties::CasualtyFigure& figure) {
    // Vague words state no number: their interval's low bound stands in.
    return figure.stated != 0 ? figure.stated : figure.low;
}

} // namespace lede::extract
