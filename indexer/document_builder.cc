#include "indexer/document_builder.h"

#include <lede/term_scheme.h>
#include <lede/version.h>

#include "indexer/extract/language_id.h"

#include <nlohmann/json.hpp>

namespace lede {
namespace ts = term_scheme;

std::string content_digest(const Article& article, std::string_view origin) {
    std::string material;
    material.reserve(article.body.size() + article.title.size() + 256);
    // Length-prefixed fields: no two different articles give the same material.
    auto add = [&material](std::string_view field) {
        material.append(std::to_string(field.size())).push_back(':');
        material.append(field);
    };
    add(std::to_string(kIndexFormatVersion));
    add(std::to_string(kAnalyzerVersion));
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
    built.lang = article.lang.empty() ? extract::detect_language(article.title, article.body) : article.lang;
    Xapian::Document& document = built.document;

    std::uint32_t cjk_ordinal = 1;
    const std::uint32_t title_end = index_text(document, article.title, 1, cjk_ordinal, built.lang, true);
    // The body starts after a gap, so that a phrase never spans title and body.
    cjk_ordinal += ts::kTitlePositionGap;
    (void)index_text(document, article.body, title_end + ts::kTitlePositionGap, cjk_ordinal, built.lang,
                     false);

    document.add_boolean_term(built.id_term);
    document.add_boolean_term(std::string(ts::kLang) + built.lang);
    document.add_value(ts::kSlotLang, built.lang);
    document.add_value(ts::kSlotId, article.id);
    if (const std::string day = ts::compact_date(article.date); !day.empty()) {
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
    document.add_value(ts::kSlotDigest, digest);
    document.add_value(ts::kSlotOrigin, origin);

    const nlohmann::json stored = {{"id", article.id},
                                   {"title", article.title},
                                   {"date", article.date},
                                   {"lang", built.lang},
                                   {"lang_given", !article.lang.empty()},
                                   {"url", article.url},
                                   {"source", article.source},
                                   {"body", article.body}};
    document.set_data(stored.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    return built;
}

std::uint32_t DocumentBuilder::index_text(Xapian::Document& document, std::string_view text,
                                          std::uint32_t first_position, std::uint32_t& cjk_ordinal,
                                          const std::string& lang, bool is_title) {
    const std::vector<Token> tokens = analyzer_.analyze(text, first_position);
    const Xapian::termcount wdf = is_title ? ts::kTitleWdf : 1;
    const bool stemmable = Analyzer::has_stemmer(lang);
    std::size_t previous_end = std::string::npos;
    for (const Token& token : tokens) {
        document.add_posting(token.term, token.position, wdf);
        if (is_title) {
            document.add_posting(std::string(ts::kTitle) + token.term, token.position);
        }
        if (!token.accent_folded.empty()) {
            document.add_term(std::string(ts::kFolded) + token.accent_folded, wdf);
        }
        if (stemmable && token.kind == TokenClass::letter) {
            const std::string stem = analyzer_.stem(token.term, lang);
            if (!stem.empty()) {
                document.add_term(std::string(ts::kStem) + stem, wdf);
                if (is_title) {
                    document.add_term(std::string(ts::kTitleStem) + stem);
                }
            }
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
    return tokens.empty() ? first_position : tokens.back().position + 1;
}

} // namespace lede
