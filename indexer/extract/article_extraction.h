#pragma once

#include <lede/analyzer.h>
#include <lede/article.h>

#include "common/entities/entity_table.h"
#include "indexer/extract/casualties/figures.h"
#include "indexer/extract/dates/mentioned_dates.h"
#include "indexer/extract/numbers/numbered_text.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace lede::extract {

/// Bumped whenever the extraction rules change what an article yields, so
/// that rerunning lede-index re-extracts every article with the new rules.
inline constexpr int kExtractionVersion = 10;

/// One entity of an article, with where the body mentions it.
struct EntityOccurrence {
    std::string id;
    std::string name;                     ///< for a discovered name (in no table): as first written
    std::optional<EntityType> discovered; ///< set for a name in no table: its type from the cue
    std::size_t mentions = 0;             ///< title and body
    std::vector<std::pair<std::size_t, std::size_t>> body_spans; ///< byte spans in the body
};

/// A stated casualty figure, located in the title or the body.
struct LocatedFigure {
    casualties::CasualtyFigure figure; ///< spans relative to `in_title ? title : body`
    bool in_title = false;
};

/// A date the text mentions, located in the title or the body.
struct LocatedDate {
    dates::MentionedDate date; ///< span relative to `in_title ? title : body`
    bool in_title = false;
};

/// What lede learns from one article: who and where, and how many were
/// killed or injured.
struct ArticleExtraction {
    std::vector<EntityOccurrence> entities;            ///< most mentioned first, then by first mention
    std::vector<LocatedFigure> figures;                ///< every stated figure, in text order
    extract::casualties::ArticleCasualties casualties; ///< the per-article resolution
    std::vector<LocatedDate> mentioned;                ///< dates and years the text mentions, in text order
};

/// Runs entity matching over the tokens the indexer already has, and the
/// casualty grammar and the date finder over title and body, read for
/// their numbers once (read_numbers).
[[nodiscard]] ArticleExtraction extract_article(const Article& article, std::string_view lang,
                                                const std::vector<Token>& title_tokens,
                                                const std::vector<Token>& body_tokens,
                                                const EntityTable& entities);

/// `text` read for its numbers, as casualties::extract and dates::extract
/// take it. The words numbers/ asks about (vague, range, unit words) stand
/// in the casualty tables (casualties::number_words); pairing the two here
/// keeps dates/ free of casualties/.
[[nodiscard]] numbers::NumberedText read_numbers(std::string_view text, std::string_view lang);

/// The months `mentioned` names, with the year written or the one the date finder gave them ("2022-05" of
/// "In May 2022", "2015-11-20" of "le 20 novembre"), and the months `numbered` names alone ("En août", with
/// the year before publication), as casualties::extract takes them: the date finder's reading, passed on
/// here, keeps casualties/ free of dates/.
[[nodiscard]] std::vector<casualties::NamedMonth>
named_months(const numbers::NumberedText& numbered, std::string_view publication_date,
             const std::vector<dates::MentionedDate>& mentioned);

/// The number an article states for a figure ("over 130" → 130), which is
/// what readers filter and facet on; the interval keeps the qualifier's meaning.
[[nodiscard]] std::uint64_t stated_count(const casualties::CasualtyFigure& figure);

} // namespace lede::extract
