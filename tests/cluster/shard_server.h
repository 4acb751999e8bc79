#pragma once

// A shard server for the cluster tests: scripts/shard-server (stock
// xapian-tcpsrv) on a free port of 127.0.0.1, in a process group of its own
// so that stopping it also ends the processes it forked for connections.
#include <string>

#include <sys/types.h>

namespace lede::testing {

class ShardServer {
public:
    /// Serves `db_dir` on a free port; waits until the port accepts.
    /// `idle_seconds`: the server's --timeout (connections idle longer are closed).
    explicit ShardServer(std::string db_dir, int idle_seconds = 60);
    ~ShardServer();
    ShardServer(const ShardServer&) = delete;
    ShardServer& operator=(const ShardServer&) = delete;

    [[nodiscard]] int port() const { return port_; }
    [[nodiscard]] std::string address() const { return "127.0.0.1:" + std::to_string(port_); }

    /// Ends the server and its connections (SIGKILL to the group).
    void stop();
    /// Serves the same directory on the same port again.
    void start();
    /// Freezes (SIGSTOP) or thaws (SIGCONT) the whole group: a shard that
    /// accepts connections but never answers.
    void freeze();
    void thaw();

private:
    std::string db_dir_;
    int idle_seconds_;
    int port_ = 0;
    pid_t pid_ = -1;
};

/// A TCP port of 127.0.0.1 that was free a moment ago.
[[nodiscard]] int free_port();

} // namespace lede::testing
