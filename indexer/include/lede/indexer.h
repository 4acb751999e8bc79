#pragma once

#include <lede/article.h>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace lede {

/// A record that could not be indexed, or a note about one that was
/// (`path:line: reason`). `line` is 0 when the problem concerns a whole file.
struct InputProblem {
    std::string path;
    std::size_t line = 0;
    std::string reason;

    /// `path:line: reason` (or `path: reason` when line is 0).
    [[nodiscard]] std::string to_string() const;
};

/// Progress of a running index() call, for a progress bar.
struct IndexProgress {
    std::size_t records_done = 0;  ///< articles read and applied so far
    std::uint64_t bytes_done = 0;  ///< input bytes consumed so far
    std::uint64_t bytes_total = 0; ///< total input bytes found by the walk
};

/// The part of a feed split across machines that one database holds: the
/// articles whose id shard_of() puts in shard `index` of `count`. The default
/// (count 1) holds every article.
struct Partition {
    unsigned index = 0;
    unsigned count = 1;
};

/// The shard (0 to `count` - 1) that holds the article with this id: the
/// first 8 bytes of SHA-256(id), read big-endian, modulo `count`. Stable
/// across versions and machines, so that an updated article always lands on
/// the shard that holds it and another tool can route a feed the same way:
/// `printf %s "$id" | sha256sum`, its first 16 hex digits as a number, mod
/// count. Throws InvalidArgument when `count` is 0.
[[nodiscard]] unsigned shard_of(std::string_view article_id, unsigned count);

/// How an index() call runs. Every field has a usable default.
struct IndexOptions {
    /// Database directory; created when missing. Always opened with the glass
    /// backend, so a stub file at this path can never start a program.
    std::string db_path = "lede-db";
    /// Analysis threads; 0 means one per hardware core. Results never depend on it.
    unsigned jobs = 0;
    /// Delete articles that were indexed from files under one of the given
    /// inputs but are no longer found there.
    bool prune = false;
    /// Articles per transaction: a crash loses at most the batch in flight.
    std::size_t batch_size = 1000;
    /// Above 1: build a new database (`db_path` must not exist) as this many
    /// shards written in parallel, one thread each, merged and compacted at
    /// the end. Faster on several cores and about half the size; a crash
    /// leaves no database, and document numbers follow the shards, not the
    /// input. 1 (the default) writes in place, batch by batch.
    unsigned shards = 1;
    /// Gazetteer TSV files merged over the built-in entity table, in order
    /// (format: corpus/gazetteer/README.md). The table used is stored in the
    /// database; changing it reindexes every article on the next run.
    std::vector<std::string> gazetteers;
    /// Extract entities and casualty figures (facets, filters, --figures).
    /// Off gives a text-only index; switching it reindexes every article.
    bool extract = true;
    /// Index only the articles of this shard (lede-index --shard K/N); the
    /// others are counted in IndexReport::elsewhere. The database remembers
    /// its partition: opening it with another one throws InvalidArgument.
    Partition partition;
    /// Called for each rejected record; the run goes on.
    std::function<void(const InputProblem&)> on_rejected;
    /// Called for records indexed with a caveat (repaired UTF-8, truncated body).
    std::function<void(const InputProblem&)> on_warning;
    /// Called after every applied article (cheap; rate-limit on your side).
    std::function<void(const IndexProgress&)> on_progress;
};

/// What an index() call did.
struct IndexReport {
    std::size_t added = 0;     ///< new articles
    std::size_t replaced = 0;  ///< articles whose content changed
    std::size_t unchanged = 0; ///< articles skipped because their content digest matched
    std::size_t deleted = 0;   ///< articles removed by prune
    std::size_t rejected = 0;  ///< records reported through on_rejected
    std::size_t elsewhere = 0; ///< articles of other shards (IndexOptions::partition), not indexed
    std::size_t warnings = 0;  ///< notes reported through on_warning
    std::uint64_t bytes = 0;   ///< input bytes read
    double seconds = 0;        ///< wall time of the call
};

/// Writes articles into a lede database. One Indexer per database: Xapian
/// allows a single writer, and a second one fails with IndexError.
/// Not thread-safe; index() uses its own worker threads.
class Indexer {
public:
    explicit Indexer(IndexOptions options);
    ~Indexer();
    Indexer(Indexer&&) noexcept;
    Indexer& operator=(Indexer&&) noexcept;
    Indexer(const Indexer&) = delete;
    Indexer& operator=(const Indexer&) = delete;

    /// Indexes files and directories (recursively: .txt, .jsonl, .ndjson,
    /// .json). Idempotent: unchanged articles are skipped, changed ones
    /// replaced. Throws IoError when an input path does not exist or the
    /// database cannot be written, IndexError when it cannot be opened.
    [[nodiscard]] IndexReport index(const std::vector<std::string>& inputs);

    /// Indexes articles given in memory (for embedding programs). Ids must be
    /// set. Same rules as index() otherwise; never prunes.
    [[nodiscard]] IndexReport index_articles(const std::vector<Article>& articles);

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace lede
