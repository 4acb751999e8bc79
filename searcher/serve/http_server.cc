#include "searcher/serve/http_server.h"

#include "searcher/batch_request.h"
#include "searcher/serve/connection_queue.h"
#include "searcher/serve/embedded_page.h"
#include "searcher/serve/request_parser.h"
#include "searcher/serve/searcher_pool.h"
#include "searcher/serve/serve_limits.h"

#include "common/messages.h"
#include <lede/error.h>
#include <lede/render.h>
#include <lede/searcher.h>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <atomic>
#include <chrono>
#include <optional>
#include <sstream>
#include <thread>

#include <sys/socket.h>

namespace lede::serve {
namespace {

constexpr const char* kJson = "application/json";
constexpr const char* kAllow = "GET, HEAD";
constexpr const char* kBatchPath = "/v1/search/batch";
/// The page's policy: its own files only, no inline script or style, no framing.
constexpr const char* kContentSecurityPolicy =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/// When the request on this thread had been read, for the access log.
struct RequestClock {
    std::chrono::system_clock::time_point wall;
    std::chrono::steady_clock::time_point steady;
};
thread_local std::optional<RequestClock> t_request_clock;

void start_request_clock() {
    t_request_clock = RequestClock{std::chrono::system_clock::now(), std::chrono::steady_clock::now()};
}

/// The message lede-search prints for the exception in flight, without its
/// `lede-search: ` prefix: the same text, one line, the same cut.
std::string current_exception_message() {
    static constexpr std::string_view kProgram = "lede-search";
    std::string message = describe_current_exception(kProgram).message;
    const std::size_t prefix = kProgram.size() + 2;
    return message.size() >= prefix ? message.substr(prefix) : message;
}

void set_common_headers(httplib::Response& res) {
    res.set_header("Cache-Control", "no-cache");
    res.set_header("X-Content-Type-Options", "nosniff");
}

void send_error(httplib::Response& res, int status, const std::string& message,
                std::optional<std::size_t> position = std::nullopt) {
    std::string body = "{\"error\": ";
    body += nlohmann::json(message).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    if (position) {
        body += ", \"position\": " + std::to_string(*position);
    }
    body += "}\n";
    res.status = status;
    res.set_content(body, kJson);
    set_common_headers(res);
}

/// The text of an error httplib answered itself, before any handler ran.
std::string reason_of(int status) {
    switch (status) {
    case 400:
        return "bad request: malformed request line or headers, or a header line over 8 KiB";
    case 413:
        return "request body too large";
    case 414:
        return "request target too long (at most 8 KiB)";
    case 416:
        return "range not satisfiable";
    default:
        return "HTTP error " + std::to_string(status);
    }
}

bool is_api_path(std::string_view path) {
    return path == "/v1/search" || path == "/v1/figures" || path == "/v1/stats" || path == "/healthz";
}

/// Whether a raw request path names something we serve (for 405 against 404).
bool is_known_path(std::string_view raw_path) {
    try {
        const std::string path = percent_decode(raw_path, false);
        return is_api_path(path) || find_embedded_file(path) != nullptr;
    } catch (const InvalidArgument&) {
        return false;
    }
}

} // namespace

struct Server::Impl {
    explicit Impl(ServerOptions server_options)
        : options(std::move(server_options)), searchers(SearchTarget{options.db_path, options.cluster}) {}

    void configure();
    void handle(const httplib::Request& req, httplib::Response& res);
    void handle_api(const ApiRequest& api, httplib::Response& res);
    void handle_batch(const httplib::Request& req, httplib::Response& res);
    std::string run_api(const ApiRequest& api);
    void log(const httplib::Request& req, const httplib::Response& res);

    ServerOptions options;
    SearcherPool searchers;
    httplib::Server http;
    std::atomic<bool> started{false};
    std::atomic<bool> finished{false};
    std::atomic<bool> stop_requested{false};
    std::atomic<int> listen_fd{-1};
};

void Server::Impl::configure() {
    const std::size_t threads = options.threads == 0 ? 1 : options.threads;
    http.new_task_queue = [threads] {
        return new ConnectionQueue(threads, threads * limits::kQueuedConnectionsPerThread);
    };
    http.set_read_timeout(limits::kReadTimeoutSeconds, 0);
    http.set_write_timeout(limits::kWriteTimeoutSeconds, 0);
    http.set_keep_alive_timeout(limits::kKeepAliveSeconds);
    http.set_keep_alive_max_count(limits::kKeepAliveRequests);
    http.set_payload_max_length(limits::kMaxBodyBytes);
    http.set_tcp_nodelay(true);
    // httplib's default sets SO_REUSEPORT, which lets a second server bind
    // the same port silently; SO_REUSEADDR only allows a quick restart.
    http.set_socket_options([this](int fd) {
        const int yes = 1;
        ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
        listen_fd = fd;
    });

    // Every request is answered here, before httplib's own routing, which
    // reads a body: only a POST of a batch has one, and only it goes on to
    // the route that takes it (within limits::kMaxBodyBytes).
    http.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
        start_request_clock();
        if (req.method == "POST" && std::string_view(req.target) == kBatchPath && !connection_is_refused()) {
            return httplib::Server::HandlerResponse::Unhandled;
        }
        handle(req, res);
        return httplib::Server::HandlerResponse::Handled;
    });
    http.Post(kBatchPath,
              [this](const httplib::Request& req, httplib::Response& res) { handle_batch(req, res); });
    // Whatever httplib answers itself (400 bad request line, 413, 414) gets a JSON body too.
    http.set_error_handler([](const httplib::Request&, httplib::Response& res) {
        if (res.body.empty()) {
            send_error(res, res.status, reason_of(res.status));
        }
    });
    http.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
        send_error(res, 500, "internal error");
    });
    http.set_logger([this](const httplib::Request& req, const httplib::Response& res) { log(req, res); });
}

void Server::Impl::handle(const httplib::Request& req, httplib::Response& res) {
    try {
        if (connection_is_refused()) {
            res.set_header("Retry-After", "1");
            res.set_header("Connection", "close"); // free the refusing thread for the next one
            send_error(
                res, 503,
                "the server is busy: every worker is taken and the queue of waiting connections is full; "
                "retry shortly");
            return;
        }
        const std::string_view target = req.target;
        const std::string_view raw_path = target.substr(0, target.find('?'));
        if (raw_path == kBatchPath) {
            res.set_header("Connection", "close");
            res.set_header("Allow", "POST");
            send_error(res, 405,
                       "method " + req.method + " not allowed (POST the requests, one JSON object a line)");
            return;
        }
        if (req.method != "GET" && req.method != "HEAD") {
            // Its body (if any) stays unread: the client must not reuse the connection.
            res.set_header("Connection", "close");
            if (is_known_path(raw_path)) {
                res.set_header("Allow", kAllow);
                send_error(res, 405, "method " + req.method + " not allowed (use GET)");
            } else {
                send_error(res, 404, "not found");
            }
            return;
        }
        ApiRequest api;
        try {
            api = parse_request_target(target);
        } catch (const UsageError&) {
            send_error(res, 400, current_exception_message());
            return;
        }
        switch (api.endpoint) {
        case Endpoint::search:
        case Endpoint::figures:
        case Endpoint::stats:
            handle_api(api, res);
            return;
        case Endpoint::health:
            res.status = 200;
            res.set_content("ok\n", "text/plain; charset=utf-8");
            set_common_headers(res);
            return;
        case Endpoint::other:
            break;
        }
        const EmbeddedFile* file = find_embedded_file(api.path);
        if (file == nullptr) {
            send_error(res, 404, "not found");
            return;
        }
        res.status = 200;
        res.set_content(std::string(file->body), std::string(file->content_type).c_str());
        set_common_headers(res);
        res.set_header("Content-Security-Policy", kContentSecurityPolicy);
        res.set_header("Referrer-Policy", "no-referrer");
    } catch (...) {
        // Never let an exception leave a worker: httplib would end the process.
        try {
            send_error(res, 500, current_exception_message());
        } catch (...) {
            res.status = 500;
        }
    }
}

void Server::Impl::handle_api(const ApiRequest& api, httplib::Response& res) {
    try {
        const std::string body = run_api(api);
        res.status = 200;
        res.set_content(body, kJson);
        set_common_headers(res);
    } catch (const QueryError& error) {
        send_error(res, 400, current_exception_message(), error.offset());
    } catch (const UsageError&) {
        send_error(res, 400, current_exception_message());
    } catch (const IndexError&) {
        send_error(res, 503, current_exception_message());
    } catch (const ShardUnavailable&) {
        send_error(res, 503, current_exception_message()); // the searcher reconnects at the next request
    } catch (...) {
        searchers.discard_this_thread_searcher(); // its state is unknown: start afresh
        send_error(res, 500, current_exception_message());
    }
}

/// POST /v1/search/batch: what `lede-search --batch` prints for the body,
/// line for line (one JSON answer a line; a bad line answers its error).
void Server::Impl::handle_batch(const httplib::Request& req, httplib::Response& res) {
    try {
        std::vector<std::string_view> lines;
        std::string_view body = req.body;
        while (!body.empty()) {
            const std::size_t end = body.find('\n');
            lines.push_back(body.substr(0, end));
            body = end == std::string_view::npos ? std::string_view() : body.substr(end + 1);
        }
        if (lines.size() > limits::kMaxBatchRequests) {
            send_error(res, 413,
                       "a batch holds at most " + std::to_string(limits::kMaxBatchRequests) + " requests");
            return;
        }
        Searcher* searcher = nullptr;
        try {
            searcher = &searchers.this_thread_searcher();
        } catch (const IndexError&) {
            send_error(res, 503, current_exception_message());
            return;
        }
        std::string answers;
        bool failed = false; // each failure is answered in its line
        for (std::size_t i = 0; i < lines.size(); ++i) {
            answers += answer_batch_line(*searcher, lines[i], i + 1, failed);
        }
        res.status = 200;
        res.set_content(answers, "application/x-ndjson");
        set_common_headers(res);
    } catch (...) {
        send_error(res, 500, current_exception_message());
    }
}

std::string Server::Impl::run_api(const ApiRequest& api) {
    for (int attempt = 0;; ++attempt) {
        const bool was_open = searchers.this_thread_has_searcher();
        try {
            Searcher& searcher = searchers.this_thread_searcher();
            std::ostringstream out;
            switch (api.endpoint) {
            case Endpoint::search:
                render_json(out, searcher.search(api.search));
                break;
            case Endpoint::figures:
                render_figures_json(out, searcher.figures(api.search));
                break;
            default:
                render_stats_json(out, searcher.stats());
                break;
            }
            return out.str();
        } catch (const IndexError&) {
            // A database that went away or was replaced under an open
            // Searcher: open it afresh, once, before answering 503.
            searchers.discard_this_thread_searcher();
            if (!was_open || attempt > 0) {
                throw;
            }
        }
    }
}

void Server::Impl::log(const httplib::Request& req, const httplib::Response& res) {
    const std::optional<RequestClock> clock = std::exchange(t_request_clock, std::nullopt);
    if (!options.access_log) {
        return;
    }
    try {
        AccessRecord record;
        const auto now = std::chrono::steady_clock::now();
        record.time = clock ? clock->wall : std::chrono::system_clock::now();
        record.ms = clock ? std::chrono::duration<double, std::milli>(now - clock->steady).count() : 0.0;
        record.method = req.method.substr(0, 16);
        const std::string_view target = req.target;
        record.path = std::string(target.substr(0, std::min<std::size_t>(target.find('?'), 1024)));
        record.status = res.status;
        record.bytes = req.method == "HEAD" ? 0 : res.body.size();
        record.remote = req.remote_addr;
        options.access_log(record);
    } catch (...) {
        // A failed log line must not take a worker down.
    }
}

Server::Server(ServerOptions options) : impl_(std::make_unique<Impl>(std::move(options))) {
    impl_->configure();
}

Server::~Server() {
    stop();
}

int Server::bind() {
    const ServerOptions& options = impl_->options;
    int port = options.port;
    bool bound = false;
    if (port == 0) {
        port = impl_->http.bind_to_any_port(options.host);
        bound = port > 0;
    } else {
        bound = impl_->http.bind_to_port(options.host, port);
    }
    if (!bound) {
        throw IoError("cannot listen on " + options.host + ":" + std::to_string(options.port) +
                      " (address in use, not local, or not permitted)");
    }
    // httplib listens with a backlog of 5: a burst of connections would wait
    // for SYN retransmits. Listening again on Linux only raises the backlog.
    if (impl_->listen_fd >= 0) {
        ::listen(impl_->listen_fd, limits::kListenBacklog);
    }
    return port;
}

void Server::run() {
    impl_->started = true;
    if (!impl_->stop_requested) {
        impl_->http.listen_after_bind();
    }
    impl_->finished = true;
}

void Server::stop() {
    impl_->stop_requested = true;
    // httplib's stop() acts only once listening has begun: wait for that, or
    // for run() not to have started (it then sees stop_requested) or to have ended.
    while (impl_->started && !impl_->finished) {
        if (impl_->http.is_running()) {
            impl_->http.stop();
            return;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
}

} // namespace lede::serve
