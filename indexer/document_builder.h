#pragma once

#include <lede/analyzer.h>
#include <lede/article.h>

#include "common/analysis/sentence_breaker.h"
#include "common/entities/entity_table.h"
#include "common/stored_record.h"
#include "common/term_scheme.h"
#include "indexer/extract/article_extraction.h"

#include <string>
#include <xapian.h>

namespace lede {

/// An article turned into what the index stores.
struct BuiltDocument {
    std::string id_term;
    std::string lang; ///< as given, or detected
    Xapian::Document document;
    /// (stem, surface word) of every distinct stemmable word, for the
    /// synonym table that stands in for stem postings (term_scheme::kStemForms).
    std::vector<std::pair<std::string, std::string>> stem_forms;
};

/// The content digest of an article: any change to what would be stored or
/// how it would be analysed changes it, so an equal digest means "skip".
/// `table_digest` identifies the entity table, so a new gazetteer reindexes.
[[nodiscard]] std::string content_digest(const Article& article, std::string_view origin,
                                         std::string_view table_digest);

/// Turns articles into Xapian documents following <lede/term_scheme.h>.
/// One per thread: it owns an Analyzer.
class DocumentBuilder {
public:
    /// `entities` must outlive the builder; without `extract`, entities and
    /// casualty figures are not looked for (a faster, text-only index).
    explicit DocumentBuilder(const EntityTable& entities, bool extract = true)
        : entities_(&entities), extract_(extract) {}

    /// `article.lang` may be empty: the language is then detected.
    [[nodiscard]] BuiltDocument build(const Article& article, const std::string& origin,
                                      const std::string& digest);

private:
    /// Adds the terms of one field's tokens.
    void index_tokens(Xapian::Document& document, const std::vector<Token>& tokens,
                      std::uint32_t& cjk_ordinal, bool is_title);
    /// The (stem, word) pairs of the article's distinct stemmable words.
    [[nodiscard]] std::vector<std::pair<std::string, std::string>>
    stem_forms(const std::vector<Token>& title_tokens, const std::vector<Token>& body_tokens,
               const std::string& lang);
    /// Where each sentence of the body starts, for kSlotSentences.
    [[nodiscard]] std::vector<term_scheme::SentenceStart>
    sentence_starts(std::string_view body, const std::vector<Token>& body_tokens,
                    std::uint32_t first_position);
    /// Entity and casualty terms and values, and their stored-data record.
    void index_extraction(Xapian::Document& document, const extract::ArticleExtraction& extraction,
                          stored_record::Record& stored, term_scheme::FacetFields& facets) const;

    const EntityTable* entities_;
    bool extract_;
    Analyzer analyzer_;
    SentenceBreaker sentence_breaker_;
};

} // namespace lede
