#pragma once

#include <lede/cluster.h>
#include <lede/error.h>

#include "common/db_path.h"

#include <chrono>
#include <optional>
#include <string>

namespace lede {

/// The help of the options that name what to search, the same in both executables.
inline constexpr const char* kDbOptionHelp = "database directory (default: $LEDE_DB, else ./lede-db)";
inline constexpr const char* kClusterOptionHelp =
    "search the shards FILE lists, one a line: HOST:PORT of a shard server or an absolute path (default: "
    "$LEDE_CLUSTER)";
inline constexpr const char* kShardTimeoutOptionHelp =
    "seconds one exchange with a shard may take before it counts as failed (default 10)";

/// The rule both searching executables share: `--cluster FILE`, else `--db`,
/// else `$LEDE_CLUSTER`, else `$LEDE_DB`, else `./lede-db`. Naming both a
/// database and a cluster, by options or by environment, is an error.
/// `timeout_seconds` sets a cluster's shard timeout. The caller reads the
/// environment; the library never does.
[[nodiscard]] inline SearchTarget resolve_search_target(const std::optional<std::string>& db_option,
                                                        const std::optional<std::string>& cluster_option,
                                                        const char* env_db, const char* env_cluster,
                                                        std::optional<double> timeout_seconds) {
    const auto set = [](const char* value) { return value != nullptr && *value != '\0'; };
    const bool db_given = db_option && !db_option->empty();
    const bool cluster_given = cluster_option && !cluster_option->empty();
    if (db_given && cluster_given) {
        throw InvalidArgument("--db and --cluster: search one database or one cluster, not both");
    }
    if (!db_given && !cluster_given && set(env_db) && set(env_cluster)) {
        throw InvalidArgument("both LEDE_DB and LEDE_CLUSTER are set: unset one, or say --db or --cluster");
    }
    SearchTarget target;
    if (cluster_given || (!db_given && set(env_cluster))) {
        target.cluster = read_cluster_file(cluster_given ? *cluster_option : std::string(env_cluster));
        if (timeout_seconds) {
            if (!(*timeout_seconds > 0 && *timeout_seconds <= 3600)) {
                throw InvalidArgument("--shard-timeout must be more than 0 and at most 3600 seconds");
            }
            target.cluster->timeout = std::chrono::milliseconds(
                std::max<long long>(1, static_cast<long long>(*timeout_seconds * 1000)));
        }
        return target;
    }
    if (timeout_seconds) {
        throw InvalidArgument("--shard-timeout goes with a cluster (--cluster or LEDE_CLUSTER)");
    }
    target.db_path = resolve_db_path(db_option, env_db);
    return target;
}

} // namespace lede
