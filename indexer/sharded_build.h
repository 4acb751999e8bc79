#pragma once

#include "indexer/document_builder.h"
#include "indexer/pending_article.h"

#include <condition_variable>
#include <exception>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace lede {

/// Builds a new database as several shards written in parallel, then merges
/// them with Xapian's compactor into the target, which must not exist yet.
///
/// Xapian allows one writer per database and its inverter is single
/// threaded, so one database is written on one core at a time; shards give
/// every core a writer of its own. Each shard thread builds and writes the
/// batches handed to it; the merge renumbers documents shard by shard, and
/// compaction leaves the index about half the size of one written in place.
/// Until the final rename the target does not exist: a killed build leaves
/// only its work directory (`DB.building-*`), never a partial database.
class ShardedBuild {
public:
    /// Called in the caller's thread for every article of a finished batch.
    using Done = std::function<void(Pending&)>;

    /// `shards` shards, each using one of the first `shards` builders;
    /// `metadata` is what the database's metadata holds besides the languages and
    /// the checkpoint: the entity table, the partition.
    ShardedBuild(std::string db_path, std::vector<DocumentBuilder>& builders, unsigned shards,
                 std::map<std::string, std::string> metadata);
    ~ShardedBuild();
    ShardedBuild(const ShardedBuild&) = delete;
    ShardedBuild& operator=(const ShardedBuild&) = delete;

    /// Hands a batch to the next shard in turn, waiting while that shard is
    /// still busy; reports the articles of batches finished meanwhile.
    void submit(PendingBatch&& batch, const Done& done);

    /// Waits for every shard, merges them into the target and reports the
    /// last articles. Rethrows the first error of a shard thread.
    void finish(const Done& done);

private:
    struct Shard;

    void run(Shard& shard);
    /// Tells the shard threads to stop, joins them and closes their databases.
    void stop_shards() noexcept;
    void collect(Shard& shard, const Done& done, std::unique_lock<std::mutex>& lock);
    void merge();

    std::string db_path_;
    std::string work_dir_;
    std::map<std::string, std::string> metadata_;
    std::mutex mutex_;
    std::condition_variable changed_;
    std::vector<std::unique_ptr<Shard>> shards_;
    std::size_t next_ = 0;
    std::string checkpoint_; ///< the last submitted record, `path:line`
    bool stopping_ = false;
};

} // namespace lede
