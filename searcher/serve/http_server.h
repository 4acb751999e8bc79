#pragma once

#include <lede/cluster.h>

#include "searcher/serve/access_log.h"

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace lede::serve {

struct ServerOptions {
    std::string db_path;
    std::optional<Cluster> cluster; ///< when set, searched instead of db_path
    std::string host = "127.0.0.1";
    int port = 8080; ///< 0: any free port
    std::size_t threads = 4;
    /// Called once per answered request, from the worker thread; empty: no log.
    std::function<void(const AccessRecord&)> access_log;
};

/// lede's HTTP JSON API (README "Serving: lede-serve") over a pool of
/// worker threads, each with its own Searcher. The library part of
/// lede-serve: it never prints; the access log goes to the callback.
class Server {
public:
    explicit Server(ServerOptions options);
    ~Server();
    Server(const Server&) = delete;
    Server& operator=(const Server&) = delete;

    /// Opens the listening socket and returns its port (the one chosen for
    /// port 0). Throws IoError when the address cannot be bound.
    int bind();

    /// Serves until stop(); returns once every accepted connection is answered.
    void run();

    /// Ends run(). Safe from any thread, before run() starts or after it ended.
    void stop();

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace lede::serve
