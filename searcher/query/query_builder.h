#pragma once

#include <lede/analyzer.h>

#include "common/entities/entity_table.h"
#include "searcher/highlight_spec.h"
#include "searcher/query/ast.h"
#include "searcher/query/date_range.h"

#include <functional>
#include <string>
#include <vector>
#include <xapian.h>

namespace lede::query {

struct BuiltQuery {
    Xapian::Query query;     ///< MatchNothing when the text held no words at all
    HighlightSpec highlight; ///< what to mark in snippets
};

/// A filter a request sets beside its query text (`--lang en`), written as the
/// field it stands for (`lang:en`), so that options and query fields are one
/// route with one set of rules.
struct OptionFilter {
    std::string option; ///< how errors name it: `--lang`
    Node field;         ///< a NodeKind::field node; its offsets are unused
};

/// Turns a parsed query into a Xapian query, running every piece of free
/// text through the same Analyzer as the indexer (text-analysis.md §10).
///
/// A word matches its surface form, every word indexed with the same stem in
/// a language of `stem_langs` (`stem_forms` looks them up in the stem →
/// words table, common/stem_forms.h) and, when written without accents, its
/// accent-folded form (`XF`). A chunk that analyses to several words
/// (`ISIS-K`) is a phrase. A CJK word or run also matches as a phrase of its
/// characters (`XU`), so segmentation differences do not lose hits. Quoted
/// phrases are exact (unstemmed). Filters (`lang:`, `date:`, `source:`) add
/// no weight.
class QueryBuilder {
public:
    /// The words stored under a stem → words entry (`Z` + stem).
    using StemForms = std::function<std::vector<std::string>(const std::string& entry)>;

    /// `entities` resolves `entity:` names; it must outlive the builder.
    QueryBuilder(Analyzer& analyzer, std::vector<std::string> stem_langs, StemForms stem_forms,
                 const EntityTable& entities);
    /// The table is only needed for entity filters; `entities` loads it on
    /// first use (a database's table takes a while to read).
    QueryBuilder(Analyzer& analyzer, std::vector<std::string> stem_langs, StemForms stem_forms,
                 std::function<const EntityTable&()> entities);

    /// Throws QueryError with the offending byte offset in the query text,
    /// InvalidArgument naming the option for a bad option filter. The option
    /// filters restrict the query's matches and add no weight.
    [[nodiscard]] BuiltQuery build(const Node& root, const std::vector<OptionFilter>& options = {});

    /// The filter for one entity name or id (any alias, language, case); a
    /// name no table entry has matches nothing. Its aliases join the
    /// highlight spec of the last build().
    [[nodiscard]] Xapian::Query entity_filter(std::string_view name, HighlightSpec& highlight);
    /// The filter for a deaths (`kSlotDeaths`) or injured count RANGE; throws InvalidArgument.
    [[nodiscard]] static Xapian::Query count_filter(unsigned slot, std::string_view range);
    /// Articles whose text mentions a date in a `date:`-style period or range
    /// (`2004`, `2024-03`, `2001..2004`, `2024-03-20..`). Throws InvalidArgument.
    [[nodiscard]] static Xapian::Query mentioned_filter(std::string_view range);
    /// Articles published within `bounds` (either end may be open).
    [[nodiscard]] static Xapian::Query date_filter(const DateBounds& bounds);

private:
    enum class Scope { body, title };
    struct Part {
        Xapian::Query query;
        bool filter = false; ///< only restricts; adds no weight
        bool empty = false;  ///< the text had no words (punctuation only)
    };

    [[nodiscard]] Part build_node(const Node& node, Scope scope);
    [[nodiscard]] Part build_all_of(const Node& node, Scope scope);
    [[nodiscard]] Part build_any_of(const Node& node, Scope scope);
    [[nodiscard]] Part build_text(const Node& node, Scope scope);
    [[nodiscard]] Part build_phrase(const Node& node, Scope scope);
    [[nodiscard]] Part build_wildcard(const Node& node, Scope scope);
    [[nodiscard]] Part build_near(const Node& node);
    [[nodiscard]] Part build_field(const Node& node, Scope scope);

    [[nodiscard]] Xapian::Query word_query(const Token& token, Scope scope, std::size_t offset);
    [[nodiscard]] Xapian::Query exact_sequence(const std::vector<Token>& tokens, Scope scope,
                                               std::size_t offset);
    [[nodiscard]] Xapian::Query term(std::string text, std::size_t offset);
    /// A word a stem expanded to: counted against its own, larger limit.
    [[nodiscard]] Xapian::Query expanded_term(std::string text, std::size_t offset);

    Analyzer& analyzer_;
    std::vector<std::string> stem_langs_;
    StemForms stem_forms_;
    std::function<const EntityTable&()> entities_;
    std::size_t term_count_ = 0;
    std::size_t expanded_count_ = 0;
    std::size_t depth_ = 0;
    HighlightSpec highlight_;
};

} // namespace lede::query
