#include "indexer/document_builder.h"

#include <lede/version.h>

#include "common/near_duplicate.h"
#include "common/term_scheme.h"
#include "indexer/extract/language/language_id.h"

#include <set>
#include <unordered_set>

namespace lede {
namespace ts = term_scheme;

std::string content_digest(const Article& article, std::string_view origin, std::string_view table_digest) {
    std::string material;
    material.reserve(article.body.size() + article.title.size() + 256);
    // Length-prefixed fields: no two different articles give the same material.
    auto add = [&material](std::string_view field) {
        material.append(std::to_string(field.size())).push_back(':');
        material.append(field);
    };
    add(std::to_string(kIndexFormatVersion));
    add(std::to_string(kAnalyzerVersion));
    add(table_digest);
    add(article.id);
    add(article.title);
    add(article.date);
    add(article.lang);
    add(article.body);
    add(article.url);
    add(article.source);
    add(origin);
    return ts::sha256_hex(material);
}

BuiltDocument DocumentBuilder::build(const Article& article, const std::string& origin,
                                     const std::string& digest) {
    BuiltDocument built;
    built.id_term = ts::id_term(article.id);
    built.lang = article.lang.empty() ? extract::language::detect(article.title, article.body) : article.lang;
    Xapian::Document& document = built.document;

    const std::vector<Token> title_tokens = analyzer_.analyze(article.title, 1);
    const std::uint32_t title_end = title_tokens.empty() ? 1 : title_tokens.back().position + 1;
    // The body starts after a gap, so that a phrase never spans title and body.
    const std::uint32_t body_start = title_end + ts::kTitlePositionGap;
    const std::vector<Token> body_tokens = analyzer_.analyze(article.body, body_start);
    std::uint32_t cjk_ordinal = 1;
    index_tokens(document, title_tokens, cjk_ordinal, true);
    cjk_ordinal += ts::kTitlePositionGap;
    index_tokens(document, body_tokens, cjk_ordinal, false);
    built.stem_forms = stem_forms(title_tokens, body_tokens, built.lang);

    document.add_boolean_term(built.id_term);
    document.add_boolean_term(std::string(ts::kLang) + built.lang);
    document.add_value(ts::kSlotLang, built.lang);
    document.add_value(ts::kSlotId, article.id);
    const std::string day = ts::compact_date(article.date);
    document.add_value(ts::kSlotDateOrder, (day.empty() ? std::string(8, '0') : day) + article.id);
    if (!day.empty()) {
        document.add_boolean_term(std::string(ts::kDay) + day);
        document.add_boolean_term(std::string(ts::kMonth) + day.substr(0, 6));
        document.add_boolean_term(std::string(ts::kYear) + day.substr(0, 4));
        document.add_value(ts::kSlotDate, day);
        document.add_value(ts::kSlotMonth, day.substr(0, 6));
    }
    if (const std::string slug = ts::source_slug(article.source); !slug.empty()) {
        document.add_boolean_term(std::string(ts::kSource) + slug);
        document.add_value(ts::kSlotSource, slug);
    }
    if (const std::string signature = near_duplicate_signature(body_tokens); !signature.empty()) {
        document.add_value(ts::kSlotSignature, signature);
    }
    document.add_value(ts::kSlotSentences,
                       ts::encode_sentence_starts(sentence_starts(article.body, body_tokens, body_start)));
    document.add_value(ts::kSlotDigest, digest);
    document.add_value(ts::kSlotOrigin, origin);

    stored_record::Record stored;
    stored.id = article.id;
    stored.title = article.title;
    stored.date = article.date;
    stored.lang = built.lang;
    stored.lang_given = !article.lang.empty();
    stored.url = article.url;
    stored.source = article.source;
    ts::FacetFields facets;
    facets.lang = built.lang;
    facets.day = document.get_value(ts::kSlotDate);
    if (extract_) {
        const extract::ArticleExtraction extraction =
            extract::extract_article(article, built.lang, title_tokens, body_tokens, *entities_);
        index_extraction(document, extraction, stored, facets);
    }
    document.add_value(ts::kSlotFacets, ts::encode_facet_fields(facets));
    document.add_value(ts::kSlotRecord, stored_record::encode(stored));
    document.set_data(article.body);
    return built;
}

std::vector<std::pair<std::string, std::string>>
DocumentBuilder::stem_forms(const std::vector<Token>& title_tokens, const std::vector<Token>& body_tokens,
                            const std::string& lang) {
    std::vector<std::pair<std::string, std::string>> forms;
    if (!Analyzer::has_stemmer(lang)) {
        return forms;
    }
    // Each distinct word is stemmed once: a body repeats its words many times.
    std::unordered_set<std::string_view> seen;
    for (const std::vector<Token>* tokens : {&title_tokens, &body_tokens}) {
        for (const Token& token : *tokens) {
            if (token.kind != TokenClass::letter || !seen.insert(token.term).second) {
                continue;
            }
            if (std::string stem = analyzer_.stem(token.term, lang); !stem.empty()) {
                forms.emplace_back(std::move(stem), token.term);
            }
        }
    }
    return forms;
}

std::vector<ts::SentenceStart> DocumentBuilder::sentence_starts(std::string_view body,
                                                                const std::vector<Token>& body_tokens,
                                                                std::uint32_t first_position) {
    std::vector<ts::SentenceStart> starts;
    std::size_t next_token = 0;
    std::uint32_t position = first_position;
    for (const auto& [begin, end] : sentence_breaker_.split(body)) {
        while (next_token < body_tokens.size() && body_tokens[next_token].begin < begin) {
            position = body_tokens[next_token++].position + 1;
        }
        if (next_token < body_tokens.size()) {
            position = body_tokens[next_token].position;
        }
        starts.push_back({static_cast<std::uint32_t>(begin), position});
    }
    return starts;
}

void DocumentBuilder::index_tokens(Xapian::Document& document, const std::vector<Token>& tokens,
                                   std::uint32_t& cjk_ordinal, bool is_title) {
    const Xapian::termcount wdf = is_title ? ts::kTitleWdf : 1;
    std::size_t previous_end = std::string::npos;
    const Token* previous = nullptr;
    for (const Token& token : tokens) {
        document.add_posting(token.term, token.position, wdf);
        // Adjacent positions, exactly what OP_PHRASE checks, so a pair term
        // matches where the two-word phrase does and nowhere else.
        if (previous != nullptr && previous->position + 1 == token.position &&
            ts::is_pair_word(previous->term) && ts::is_pair_word(token.term)) {
            document.add_boolean_term(ts::word_pair_term(previous->term, token.term));
        }
        previous = &token;
        if (is_title) {
            document.add_posting(std::string(ts::kTitle) + token.term, token.position);
        }
        if (!token.accent_folded.empty()) {
            document.add_term(std::string(ts::kFolded) + token.accent_folded, wdf);
        }
        if (token.is_cjk()) {
            // Characters of adjacent CJK words are consecutive; any gap in the
            // text (punctuation, Latin words) leaves a gap in the ordinals so
            // that a character phrase never bridges it.
            if (previous_end != token.begin) {
                ++cjk_ordinal;
            }
            for (const std::string& character : split_code_points(token.term)) {
                document.add_posting(std::string(ts::kCjkChar) + character, cjk_ordinal++);
            }
            previous_end = token.end;
        }
    }
}

void DocumentBuilder::index_extraction(Xapian::Document& document,
                                       const extract::ArticleExtraction& extraction,
                                       stored_record::Record& stored, ts::FacetFields& facets) const {
    std::string id_list;
    std::set<std::string> types;
    for (const extract::EntityOccurrence& occurrence : extraction.entities) {
        const Entity* entity = entities_->find(occurrence.id);
        if (entity == nullptr && !occurrence.discovered) {
            continue;
        }
        const std::string& name = entity != nullptr ? entity->name : occurrence.name;
        const std::string type(entity_type_name(entity != nullptr ? entity->type : *occurrence.discovered));
        document.add_boolean_term(std::string(ts::kEntity) + occurrence.id);
        if (types.insert(type).second) {
            document.add_boolean_term(std::string(ts::kEntityType) + type);
        }
        id_list.append(id_list.empty() ? "" : "\n").append(occurrence.id);
        if (entity == nullptr) {
            // No table names it: the facet takes its name and type from here.
            id_list.append("\t").append(type).append("\t").append(name);
        }
        stored_record::Entity& mention = stored.entities.emplace_back();
        mention.id = occurrence.id;
        mention.name = name;
        mention.type = type;
        mention.mentions = occurrence.mentions;
        for (const auto& [begin, end] : occurrence.body_spans) {
            mention.spans.emplace_back(begin, end);
        }
        mention.discovered = entity == nullptr;
        if (entity == nullptr) {
            continue;
        }
        // Ancestors make "Moscow" find an article about a Krasnogorsk venue;
        // the visited set guards against a cycle in a user's gazetteer.
        std::set<std::string> visited{entity->id};
        std::vector<std::string> pending = entity->parents;
        while (!pending.empty()) {
            const std::string parent = pending.back();
            pending.pop_back();
            if (!visited.insert(parent).second) {
                continue;
            }
            document.add_boolean_term(std::string(ts::kEntityAncestor) + parent);
            if (const Entity* up = entities_->find(parent); up != nullptr) {
                pending.insert(pending.end(), up->parents.begin(), up->parents.end());
            }
        }
    }
    facets.entities = std::move(id_list);

    for (const extract::LocatedFigure& located : extraction.figures) {
        const extract::casualties::CasualtyFigure& figure = located.figure;
        const std::uint64_t count = extract::stated_count(figure);
        if (figure.hypothetical) {
            // "could rise to 100" is no stated figure: no XKD/XKI term, never the article's.
            document.add_boolean_term(std::string(ts::kCasualtyFlag) + "hyp");
        } else if (!figure.historical) {
            if (figure.kind == extract::casualties::CasualtyKind::deaths) {
                document.add_boolean_term(std::string(ts::kDeathFigure) + std::to_string(count));
            } else if (figure.kind == extract::casualties::CasualtyKind::injured) {
                document.add_boolean_term(std::string(ts::kInjuredFigure) + std::to_string(count));
            }
        } else {
            document.add_boolean_term(std::string(ts::kCasualtyFlag) + "hist");
        }
        stored.figures.push_back(
            {std::string(extract::casualties::kind_name(figure.kind)), count, figure.low, figure.high,
             std::string(extract::casualties::qualifier_name(figure.qualifier)), figure.historical,
             located.in_title, figure.begin, figure.end, figure.sentence_begin, figure.sentence_end,
             figure.rule, figure.hypothetical});
    }

    std::set<std::string> years;
    for (const extract::LocatedDate& located : extraction.mentioned) {
        const std::string& value = located.date.value; // YYYY, YYYY-MM or YYYY-MM-DD
        document.add_boolean_term(std::string(ts::kMentionedYear) + value.substr(0, 4));
        if (value.size() >= 7) {
            document.add_boolean_term(std::string(ts::kMentionedMonth) + value.substr(0, 4) +
                                      value.substr(5, 2));
        }
        if (value.size() == 10) {
            document.add_boolean_term(std::string(ts::kMentionedDay) + ts::compact_date(value));
        }
        years.insert(value.substr(0, 4));
        stored.mentioned.push_back({value, located.in_title, located.date.begin, located.date.end});
    }
    for (const std::string& year : years) {
        facets.mentioned_years.append(facets.mentioned_years.empty() ? "" : "\n").append(year);
    }

    const auto store = [&](const std::optional<extract::casualties::CasualtyFigure>& figure, const char* name,
                           unsigned value_slot, unsigned min_slot, unsigned max_slot, std::string& bucket,
                           std::optional<stored_record::ArticleFigure>& article_figure) {
        if (!figure) {
            return;
        }
        const std::uint64_t count = extract::stated_count(*figure);
        document.add_boolean_term(std::string(ts::kCasualtyFlag) + name);
        document.add_value(value_slot, Xapian::sortable_serialise(static_cast<double>(count)));
        document.add_value(min_slot, Xapian::sortable_serialise(static_cast<double>(figure->low)));
        if (figure->high) {
            document.add_value(max_slot, Xapian::sortable_serialise(static_cast<double>(*figure->high)));
        }
        bucket = ts::count_bucket(count);
        article_figure =
            stored_record::ArticleFigure{count, figure->low, figure->high,
                                         std::string(extract::casualties::qualifier_name(figure->qualifier))};
    };
    store(extraction.casualties.deaths, "deaths", ts::kSlotDeaths, ts::kSlotDeathsMin, ts::kSlotDeathsMax,
          facets.deaths_bucket, stored.deaths);
    store(extraction.casualties.injured, "injured", ts::kSlotInjured, ts::kSlotInjuredMin,
          ts::kSlotInjuredMax, facets.injured_bucket, stored.injured);
}

} // namespace lede
