#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lede {

/// One shard of a cluster: a database served by a shard server
/// (`scripts/shard-server`, Xapian's remote protocol over TCP) or a local
/// directory.
struct ShardAddress {
    std::string host;       ///< remote: host name or address
    std::uint16_t port = 0; ///< remote: TCP port; 0 for a local shard
    std::string path;       ///< local: absolute path of the database directory
    std::size_t line = 0;   ///< where the cluster file lists it (0: not from a file)

    [[nodiscard]] bool remote() const noexcept { return port != 0; }
    /// `HOST:PORT` or the path: how messages name the shard.
    [[nodiscard]] std::string name() const;
    friend bool operator==(const ShardAddress&, const ShardAddress&) = default;
};

/// The shards that together hold an archive, each article on exactly one
/// (`lede-index --shard K/N`), searched as one database.
struct Cluster {
    std::vector<ShardAddress> shards;
    /// How long one exchange with a remote shard (connecting included) may
    /// take before the shard counts as failed.
    std::chrono::milliseconds timeout{10000};
};

/// What a searcher opens: a database directory, or a cluster when set.
struct SearchTarget {
    std::string db_path;
    std::optional<Cluster> cluster;
};

/// Parses a cluster file: one shard a line, `HOST:PORT` (`[IPv6]:PORT`) or an
/// absolute path; blank lines and `#` comments are ignored. `origin` names
/// the text in errors. Throws InvalidArgument `ORIGIN:LINE: …` on a bad line,
/// a repeated shard or no shard at all.
[[nodiscard]] Cluster parse_cluster(std::string_view text, std::string_view origin);

/// Throws InvalidArgument when `cluster` lists no shard, more than
/// limits::kMaxShards, or one shard twice (paths compared once normalised:
/// `/srv/a/` is `/srv/a`), which would count its articles twice.
void check_cluster(const Cluster& cluster);

/// Reads and parses a cluster file; IoError when it cannot be read.
[[nodiscard]] Cluster read_cluster_file(const std::string& path);

} // namespace lede
