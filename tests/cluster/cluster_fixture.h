#pragma once

// corpus/ indexed whole and split into shards by the real lede-index
// (`--shard K/N`), the shards served by scripts/shard-server, and cluster
// files naming them: built once for the cluster tests that only read.
#include "tests/cluster/shard_server.h"
#include "tests/support/temp_dir.h"

#include <array>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace lede::testing {

struct ShardedCorpus {
    ShardedCorpus();

    TempDir dir;
    std::string whole;
    std::array<std::string, 2> half;
    std::array<std::string, 3> third;
    std::string empty; ///< a lede database with no article
    std::vector<std::unique_ptr<ShardServer>> servers;
    /// Cluster files by what they hold ("2 remote", …).
    std::map<std::string, std::string> clusters;
};

const ShardedCorpus& sharded_corpus();

/// Writes a cluster file listing `shards` (HOST:PORT or paths) and returns its path.
std::string write_cluster_file(const TempDir& dir, const std::string& name,
                               const std::vector<std::string>& shards);

} // namespace lede::testing
