// lede-serve: lede::Searcher over HTTP (README "Serving: lede-serve"). It owns
// the process: options, $LEDE_DB, signals, the access log's destination,
// messages and the exit status; the server itself is searcher/serve/.
#include "searcher/serve/access_log.h"
#include "searcher/serve/http_server.h"
#include "searcher/serve/serve_limits.h"

#include "common/messages.h"
#include "searcher/search_target.h"
#include <lede/error.h>
#include <lede/searcher.h>
#include <lede/version.h>

#include <CLI/CLI.hpp>

#include <atomic>
#include <charconv>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <optional>
#include <pthread.h>
#include <string>
#include <thread>

namespace {

constexpr int kExitOk = 0;
constexpr int kExitFailure = 1;
constexpr int kExitUsage = 2;
constexpr const char* kProgram = "lede-serve";

void print_error(const std::string& message) {
    std::fprintf(stderr, "%s\n", lede::one_line_message(kProgram, message).c_str());
}

struct ListenAddress {
    std::string host;
    int port = 0;
};

/// `HOST:PORT`, `[V6]:PORT`; throws InvalidArgument.
ListenAddress parse_listen(const std::string& text) {
    const std::size_t colon = text.rfind(':');
    if (colon == std::string::npos || colon == 0) {
        throw lede::InvalidArgument("--listen " + text + ": expected HOST:PORT, e.g. 127.0.0.1:8080");
    }
    ListenAddress address;
    address.host = text.substr(0, colon);
    if (address.host.size() > 2 && address.host.front() == '[' && address.host.back() == ']') {
        address.host = address.host.substr(1, address.host.size() - 2);
    }
    const std::string port = text.substr(colon + 1);
    const auto [end, error] = std::from_chars(port.data(), port.data() + port.size(), address.port);
    if (port.empty() || error != std::errc() || end != port.data() + port.size() || address.port < 0 ||
        address.port > 65535) {
        throw lede::InvalidArgument("--listen " + text + ": the port must be 0 to 65535 (0: any free port)");
    }
    return address;
}

std::string url_host(const std::string& host) {
    return host.find(':') == std::string::npos ? host : "[" + host + "]";
}

} // namespace

int main(int argc, char** argv) {
    std::signal(SIGPIPE, SIG_IGN); // a client that hangs up is an error on its socket, not our end

    CLI::App app{"lede-serve: search a lede database over HTTP (JSON API and a search page)"};
    app.set_version_flag("--version", std::string("lede-serve ") + lede::version());
    std::optional<std::string> db;
    std::optional<std::string> cluster;
    std::optional<double> shard_timeout;
    std::string listen = "127.0.0.1:8080";
    std::size_t threads = std::max(2U, std::thread::hardware_concurrency());
    std::string access_log_path;
    app.add_option("--db", db, lede::kDbOptionHelp);
    app.add_option("--cluster", cluster, lede::kClusterOptionHelp);
    app.add_option("--shard-timeout", shard_timeout, lede::kShardTimeoutOptionHelp);
    app.add_option("--listen", listen,
                   "HOST:PORT to listen on (default 127.0.0.1:8080; port 0: any free port)");
    app.add_option("--threads", threads,
                   "worker threads, each with its own searcher (default: the cores, at least 2)");
    app.add_option("--access-log", access_log_path,
                   "append the access log (JSON Lines) to FILE instead of standard error");
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp&) {
        std::cout << app.help();
        return kExitOk;
    } catch (const CLI::CallForVersion&) {
        std::cout << app.version() << '\n';
        return kExitOk;
    } catch (const CLI::ParseError& error) {
        print_error(error.what());
        return kExitUsage;
    }

    // Blocked before any thread starts, so every thread inherits the mask
    // and only the signal thread below takes SIGTERM and SIGINT.
    sigset_t stop_signals;
    sigemptyset(&stop_signals);
    sigaddset(&stop_signals, SIGTERM);
    sigaddset(&stop_signals, SIGINT);
    pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

    try {
        const ListenAddress address = parse_listen(listen);
        if (threads == 0 || threads > lede::serve::limits::kMaxThreads) {
            throw lede::InvalidArgument("--threads must be 1 to " +
                                        std::to_string(lede::serve::limits::kMaxThreads));
        }
        std::ofstream log_file;
        if (!access_log_path.empty()) {
            log_file.open(access_log_path, std::ios::app);
            if (!log_file) {
                throw lede::IoError("cannot open the access log " + access_log_path);
            }
        }
        lede::serve::AccessLog access_log(access_log_path.empty() ? std::cerr : log_file);

        lede::serve::ServerOptions options;
        const lede::SearchTarget target = lede::resolve_search_target(
            db, cluster, std::getenv("LEDE_DB"), std::getenv("LEDE_CLUSTER"), shard_timeout);
        options.db_path = target.db_path;
        options.cluster = target.cluster;
        options.host = address.host;
        options.port = address.port;
        options.threads = threads;
        options.access_log = [&access_log](const lede::serve::AccessRecord& record) {
            access_log.write(record);
        };
        lede::serve::Server server(options);
        const int port = server.bind();

        // Not fatal: each worker opens the database at its first request and
        // answers 503 until it can; say so once here.
        try {
            lede::Searcher probe(target, lede::SearcherCache());
        } catch (...) {
            const lede::Failure failure = lede::describe_current_exception(kProgram);
            std::fprintf(stderr, "%s (answering 503 until it can be opened)\n", failure.message.c_str());
        }

        std::printf("listening on http://%s:%d\n", url_host(address.host).c_str(), port);
        std::fflush(stdout);

        std::atomic<bool> signalled{false};
        std::thread signal_thread([&] {
            int signal_number = 0;
            sigwait(&stop_signals, &signal_number);
            signalled = true;
            server.stop(); // in-flight requests are answered before run() returns
        });
        server.run();
        if (!signalled) {
            pthread_kill(signal_thread.native_handle(), SIGTERM); // wake it: run() ended by itself
        }
        signal_thread.join();
        return kExitOk;
    } catch (...) {
        const lede::Failure failure = lede::describe_current_exception(kProgram);
        std::fprintf(stderr, "%s\n", failure.message.c_str());
        return failure.exit_status;
    }
}
