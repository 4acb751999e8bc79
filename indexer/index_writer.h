#pragma once

#include "indexer/document_builder.h"
#include "indexer/stem_form_writer.h"

#include <set>
#include <string>
#include <vector>
#include <xapian.h>

namespace lede {

/// What the database holds for an id before this run.
enum class Presence { absent, unchanged, changed };

/// The single writer of a lede database: opens it (glass only, so a stub
/// file can never start a program), checks its format and analyser
/// versions, and applies articles one transaction per batch.
class IndexWriter {
public:
    explicit IndexWriter(const std::string& path);
    ~IndexWriter();
    IndexWriter(const IndexWriter&) = delete;
    IndexWriter& operator=(const IndexWriter&) = delete;

    /// Whether an article with this id term is stored, and with this digest.
    [[nodiscard]] Presence lookup(const std::string& id_term, const std::string& digest) const;

    void begin_batch();
    void put(BuiltDocument&& built);
    /// Records the languages seen and `checkpoint` (the batch's last input
    /// record, `path:line`; empty: unchanged) and commits, all in the batch's
    /// transaction; returns once the batch is durable.
    void commit_batch(const std::string& checkpoint = {});
    /// Drops the batch in flight (after an error); what was committed stays.
    void cancel_batch() noexcept;

    /// Deletes articles that came from files under one of `roots` and whose id
    /// term is not in `kept`. Runs in its own transaction; returns how many.
    [[nodiscard]] std::size_t prune(const std::vector<std::string>& roots, const std::set<std::string>& kept);

    /// A metadata value; empty when absent.
    [[nodiscard]] std::string metadata(std::string_view key) const;
    [[nodiscard]] std::size_t document_count() const;

    /// Stores a metadata value, committing only when it changed.
    void store_metadata(std::string_view key, const std::string& value);

    /// Commits and releases the write lock.
    void close();

private:
    std::string path_;
    Xapian::WritableDatabase db_;
    std::set<std::string> langs_;
    StemFormWriter stem_forms_;
    bool in_batch_ = false;
};

} // namespace lede
