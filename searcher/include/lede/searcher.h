#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace lede {

enum class SortOrder { relevance, date_ascending, date_descending };

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
    SortOrder sort = SortOrder::relevance;
    bool facets = false;             ///< count language and date facets over all matches
    bool snippets = true;            ///< build highlighted snippets
    std::size_t snippet_chars = 200; ///< target snippet length in characters
};

/// A piece of a snippet; `marked` pieces are words that matched the query.
/// Text is raw (not escaped); renderers escape it.
struct SnippetPart {
    std::string text;
    bool marked = false;
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
};

struct FacetValue {
    std::string value;
    std::size_t count = 0;
};

struct Facets {
    std::vector<FacetValue> lang; ///< by count, then value
    std::vector<FacetValue>
        date;                 ///< by value: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, whichever the span calls for
    bool approximate = false; ///< counted over fewer documents than matched
};

struct SearchResult {
    std::string query;
    std::size_t total = 0; ///< matching articles (estimated when !total_exact)
    bool total_exact = true;
    std::size_t offset = 0;
    std::vector<Hit> hits;
    std::optional<Facets> facets;
};

struct Stats {
    std::size_t documents = 0;
    std::map<std::string, std::size_t> languages;
    std::string date_min; ///< `YYYY-MM-DD` or empty
    std::string date_max;
    std::uint64_t size_bytes = 0; ///< database files on disk
};

/// Searches a lede database. Opens it read-only with the glass backend, so a
/// stub file can never start a program. A Searcher is used by one thread at a
/// time (Xapian objects are not thread-safe); open one per thread.
/// Searches run against the latest committed state and are retried when a
/// concurrent writer invalidates the revision being read.
class Searcher {
public:
    /// Throws IndexError when `db_path` is missing, not a lede database, or
    /// of another format or analyser version.
    explicit Searcher(const std::string& db_path);
    ~Searcher();
    Searcher(Searcher&&) noexcept;
    Searcher& operator=(Searcher&&) noexcept;
    Searcher(const Searcher&) = delete;
    Searcher& operator=(const Searcher&) = delete;

    /// Throws QueryError for a bad query, InvalidArgument for a bad request field.
    [[nodiscard]] SearchResult search(const SearchRequest& request);

    [[nodiscard]] Stats stats();

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace lede
