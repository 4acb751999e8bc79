#pragma once

#include <lede/cluster.h>

#include "searcher/passage_locator.h"

#include <chrono>
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <sys/types.h>
#include <unordered_map>
#include <utility>
#include <vector>
#include <xapian.h>

namespace lede {

/// Runs work(0) … work(count - 1) on a thread each and waits for them; the
/// first exception, in index order, is rethrown. For the shards of a cluster:
/// work(i) touches shard i alone, so that no Xapian object is shared.
void for_each_in_parallel(std::size_t count, const std::function<void(std::size_t)>& work);

/// The open shards of a cluster and the one database Xapian combines them
/// into. A shard that cannot be reached is left closed and tried again on
/// the next refresh(), so a restarted shard server is reconnected. Reads
/// that Xapian does not combine across shards (metadata, which for a
/// combined database comes from the first shard only) are asked of each
/// shard here. One thread at a time.
class ShardSet {
public:
    explicit ShardSet(Cluster cluster);

    /// Brings every shard to its latest revision, opening the closed ones.
    /// Throws IndexError when an open shard is not a lede database of this
    /// format; a shard that cannot be reached is closed and reported by
    /// missing().
    void refresh();
    /// After a network failure in the middle of a search: finds the shards
    /// that no longer answer and closes them.
    void check_connections();

    /// The open shards combined; empty when none is open.
    [[nodiscard]] const Xapian::Database& combined() const noexcept { return combined_; }
    [[nodiscard]] const std::vector<Xapian::Database>& open() const noexcept { return open_; }
    /// `NAME: reason` of each shard that is not open, in cluster order.
    [[nodiscard]] std::vector<std::string> missing() const;
    [[nodiscard]] const Cluster& cluster() const noexcept { return cluster_; }
    /// The names of the open shards: changes when a shard leaves or rejoins.
    [[nodiscard]] const std::string& open_set() const noexcept { return open_set_; }
    /// Whether any shard is served over the network.
    [[nodiscard]] bool has_remote() const noexcept { return has_remote_; }
    /// work(i) for each open shard i: on a thread each when a shard is
    /// remote (its waits overlap), in turn when all are local (a thread
    /// would cost more than the read).
    void for_each_open(const std::function<void(std::size_t)>& work) const;

    /// The union of a metadata list (`a,b,c`) over the open shards.
    [[nodiscard]] std::vector<std::string> metadata_union(const std::string& key, char separator) const;
    /// A hit read ahead: its document and, given a locator, the position
    /// lists its snippet needs.
    struct FetchedHit {
        Xapian::Document document;
        std::optional<std::vector<PassageLocator::Positions>> positions;
    };
    using FetchedHits = std::unordered_map<Xapian::docid, FetchedHit>;
    /// The documents of `docids` (of the combined database) and, with a
    /// locator, their position lists, each shard reading its own on a thread
    /// of its own: from a remote shard each read is a round trip (Xapian
    /// 1.4's remote backend pipelines no documents), and the shards wait side
    /// by side rather than one after another. Empty with fewer than two open
    /// shards.
    [[nodiscard]] FetchedHits fetch_hits(const std::vector<Xapian::docid>& docids,
                                         const PassageLocator* locator) const;
    /// The words of a stem → words entry over the open shards.
    [[nodiscard]] std::vector<std::string> stem_forms(const std::string& entry) const;
    /// The value of `key`, which every open shard must hold alike; IndexError
    /// naming the shard that differs.
    [[nodiscard]] std::string agreed_metadata(const std::string& key, const std::string& what) const;

private:
    struct Slot {
        ShardAddress address;
        std::optional<Xapian::Database> db;
        std::string failure; ///< why it is closed
        /// When it last failed to answer in time: it is not waited for again
        /// until the timeout has passed since.
        std::optional<std::chrono::steady_clock::time_point> timed_out_at;
        std::optional<std::pair<dev_t, ino_t>> identity; ///< a local shard's directory when it was opened
    };
    void open_slot(Slot& slot);
    void close_slot(Slot& slot, const Xapian::Error& error);
    void combine();

    Cluster cluster_;
    bool has_remote_ = false;
    std::vector<Slot> slots_;
    std::vector<Xapian::Database> open_;
    std::vector<const Slot*> open_slots_;
    std::string open_set_;
    Xapian::Database combined_;
};

} // namespace lede
