#pragma once

#include <lede/cluster.h>

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lede {

enum class SortOrder { relevance, date_ascending, date_descending };

/// `relevance`, `date` (oldest first) or `-date` (newest first), the names of
/// `--sort`; throws InvalidArgument otherwise.
[[nodiscard]] SortOrder parse_sort_order(std::string_view name);

/// One search. Every field has a usable default; only `query` is usually set.
struct SearchRequest {
    /// Query text in lede's syntax (README). Empty matches every article.
    std::string query;
    /// Only articles in these languages (ISO 639-1); empty: all.
    std::vector<std::string> langs;
    /// Only articles published on or after / on or before these dates:
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a period's first / last day). Empty: open.
    std::string from;
    std::string to;
    std::size_t offset = 0; ///< hits to skip
    std::size_t limit = 10; ///< hits to return, at most limits::kMaxLimit
    /// Only articles mentioning every one of these entities: an id, or any
    /// alias in any language, script or case. A name lede does not know
    /// matches nothing.
    std::vector<std::string> entities;
    /// Only articles whose stated deaths / injured figure is in this RANGE:
    /// `100`, `100..`, `..40`, `40..200`. Empty: no filter.
    std::string deaths;
    std::string injured;
    /// Only articles whose text mentions a date in this period or range, as
    /// for `mentioned:` (`2004`, `2024-03`, `2001..2004`). Empty: no filter.
    std::string mentioned;
    SortOrder sort = SortOrder::relevance;
    bool facets =
        false; ///< count entity, date, mentioned-year, casualty and language facets over all matches
    std::size_t facet_entities = 10; ///< how many entities the entity facet lists
    bool snippets = true;            ///< build highlighted snippets
    /// One hit per story: reports that are the same story lightly reworded
    /// and state the same figures are folded into the best-ranked one (see
    /// Hit::duplicates). Formed over the best max(4 × (offset + limit), 100)
    /// matches; `total` then counts stories when all matches were seen.
    bool collapse = false;
    std::size_t snippet_chars = 200; ///< target snippet length in characters
    /// A cluster: answer from the shards that answer, marking the result
    /// `partial`, instead of failing when one does not.
    bool partial = false;
};

/// A piece of a snippet; `marked` pieces are words that matched the query.
/// Text is raw (not escaped); renderers escape it.
struct SnippetPart {
    std::string text;
    bool marked = false;
};

/// An entity an article mentions.
struct HitEntity {
    std::string id;   ///< language-independent slug, e.g. `vladimir-putin`
    std::string name; ///< canonical (English) name
    std::string type; ///< `person`, `org` or `place`
};

/// The per-article casualty figures: the largest stated for the event the
/// article reports (see README for the conventions).
struct HitCasualties {
    std::optional<std::uint64_t> deaths;
    std::optional<std::uint64_t> injured;
};

struct Hit {
    std::string id;
    std::size_t rank = 0; ///< 1-based position in the whole result list
    double score = 0;     ///< BM25 weight (0 for pure filters and date sorts)
    std::string title;
    std::string date; ///< `YYYY-MM-DD` or empty
    std::string lang;
    std::string url;
    std::string source;
    std::vector<SnippetPart> snippet;
    std::vector<HitEntity> entities;
    std::optional<HitCasualties> casualties; ///< absent when the article states none
    std::vector<std::string> mentioned;      ///< dates the text mentions, distinct, in text order
    std::vector<std::string> duplicates;     ///< with `collapse`: ids of the copies folded into this hit
};

struct FacetValue {
    std::string value;
    std::size_t count = 0;
};

struct EntityFacetValue {
    HitEntity entity;
    std::size_t count = 0;
};

struct Facets {
    std::vector<EntityFacetValue> entity; ///< the most mentioned entities, by count, then id
    std::vector<FacetValue> deaths;       ///< by bucket: `0`, `1..9`, `10..99`, `100..999`, `1000..`
    std::vector<FacetValue> injured;
    std::vector<FacetValue> lang; ///< by count, then value
    std::vector<FacetValue>
        date; ///< by value: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, whichever the span calls for
    /// Years the matching articles' text mentions: the most mentioned
    /// (at most Facets::kMentionedYears), in time order.
    std::vector<FacetValue> mentioned;
    static constexpr std::size_t kMentionedYears = 20;
    bool approximate = false; ///< counted over fewer documents than matched
};

struct SearchResult {
    std::string query;
    std::size_t total = 0; ///< matching articles (estimated when !total_exact)
    bool total_exact = true;
    std::size_t offset = 0;
    std::vector<Hit> hits;
    std::optional<Facets> facets;
    /// With SearchRequest::partial: shards left out, as `NAME: reason`.
    std::vector<std::string> missing_shards;
    [[nodiscard]] bool partial() const noexcept { return !missing_shards.empty(); }
};

/// One casualty figure as an article states it.
struct StatedFigure {
    std::string kind;                  ///< `deaths`, `injured`, `missing`, `detained`
    std::uint64_t value = 0;           ///< the number stated ("over 130" → 130)
    std::uint64_t low = 0;             ///< the interval it means ("over 130" → 131..)
    std::optional<std::uint64_t> high; ///< absent: unbounded
    std::string qualifier;             ///< `exact`, `at_least`, `more_than`, `about`, …
    bool historical = false;           ///< a toll of another, earlier event
    bool hypothetical = false; ///< projected or feared ("could rise to 100"): never an article's figure
    std::string article_id;
    std::string title;
    std::string source;
    std::string date;
    std::string sentence; ///< the sentence stating it
};

/// Whether the matching reports agree on a kind of figure: their
/// per-article intervals overlap (`consistent`, the overlap in low..high) or
/// not (the span of the stated values in low..high).
struct FigureVerdict {
    std::string kind;
    bool consistent = true;
    std::uint64_t low = 0;
    std::optional<std::uint64_t> high;
    std::size_t articles = 0; ///< reports stating this kind
};

struct FiguresReport {
    std::string query;
    std::size_t articles = 0;          ///< matching reports examined
    std::vector<StatedFigure> figures; ///< in time order, then text order
    std::vector<FigureVerdict> verdicts;
};

struct Stats {
    std::size_t documents = 0;
    std::map<std::string, std::size_t> languages;
    std::string date_min; ///< `YYYY-MM-DD` or empty
    std::string date_max;
    std::uint64_t size_bytes = 0; ///< database files on disk (of a cluster: its local shards')
    /// `path:line` of the last input record the last commit wrote, or empty
    /// (of a cluster: the first shard's)
    std::string checkpoint;
};

/// What the searchers of one process can share: the facet column of the
/// revision they read (every article's facet fields, about 44 bytes an
/// article), read once for all of them instead of once per searcher, so a
/// server's workers do not each spend the read (60 ms at 100,000 articles)
/// after every new revision. Copies share one cache; thread-safe.
class SearcherCache {
public:
    SearcherCache();
    /// How many times the facet column has been read into this cache.
    [[nodiscard]] std::size_t columns_read() const;

private:
    friend class Searcher;
    struct Impl;
    std::shared_ptr<Impl> impl_;
};

/// Searches a lede database. Opens it read-only with the glass backend, so a
/// stub file can never start a program. A Searcher is used by one thread at a
/// time (Xapian objects are not thread-safe); open one per thread.
/// Searches run against the latest committed state and are retried when a
/// concurrent writer invalidates the revision being read. When the path comes
/// to name another database (`scripts/reindex --rebuild` swaps a symbolic
/// link), the next search opens that one: a long-lived Searcher follows
/// rebuilds without being recreated.
class Searcher {
public:
    /// Throws IndexError when `db_path` is missing, not a lede database, or
    /// of another format or analyser version.
    explicit Searcher(const std::string& db_path);
    /// The same, sharing `cache` with the other searchers given it.
    Searcher(const std::string& db_path, SearcherCache cache);
    /// Searches the shards of `cluster` as one database: the same hits,
    /// scores, totals, facets and snippets as one database holding their
    /// articles. Opening starts no program. Throws IndexError when a shard
    /// is not a lede database of this format; a shard that cannot be reached
    /// makes each search throw IoError naming it (or, with
    /// SearchRequest::partial, be left out) until it answers again.
    explicit Searcher(const Cluster& cluster);
    Searcher(const Cluster& cluster, SearcherCache cache);
    /// The database or the cluster `target` names.
    Searcher(const SearchTarget& target, SearcherCache cache);
    ~Searcher();
    Searcher(Searcher&&) noexcept;
    Searcher& operator=(Searcher&&) noexcept;
    Searcher(const Searcher&) = delete;
    Searcher& operator=(const Searcher&) = delete;

    /// Throws QueryError for a bad query, InvalidArgument for a bad request field.
    [[nodiscard]] SearchResult search(const SearchRequest& request);

    /// Every casualty figure the matching reports state (at most the first
    /// limits::kMaxOffsetPlusLimit matches, by relevance), and whether they agree.
    /// `limit`, `offset` and `sort` of the request are ignored.
    [[nodiscard]] FiguresReport figures(const SearchRequest& request);

    [[nodiscard]] Stats stats();

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace lede
