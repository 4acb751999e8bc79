// lede-serve-bench: a bounded load on a running lede-serve over loopback.
// N clients (one thread and one kept-alive connection each) send searches
// for T seconds, cycling through a query list with snippets on and every
// other request faceted; prints requests/s, latency percentiles and errors.
// Figures, never assertions (scripts/bench-serve runs it).
#include <httplib.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace {

std::string url_encode(const std::string& text) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte >= '0' && byte <= '9') || (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') ||
            c == '-' || c == '.' || c == '_' || c == '~') {
            out.push_back(c);
        } else {
            out.push_back('%');
            out.push_back(kHex[byte >> 4]);
            out.push_back(kHex[byte & 0x0F]);
        }
    }
    return out;
}

/// One query a line; a `qid<TAB>class<TAB>query` line (scripts/benchkit/peer_queries.py) gives its last
/// field.
std::vector<std::string> read_queries(const std::string& path) {
    std::vector<std::string> queries;
    std::ifstream in(path);
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line.starts_with('#')) {
            continue;
        }
        const std::size_t tab = line.rfind('\t');
        queries.push_back(tab == std::string::npos ? line : line.substr(tab + 1));
    }
    return queries;
}

double percentile(const std::vector<double>& sorted, double p) {
    if (sorted.empty()) {
        return 0;
    }
    const auto index = static_cast<std::size_t>(p / 100.0 * static_cast<double>(sorted.size() - 1) + 0.5);
    return sorted[std::min(index, sorted.size() - 1)];
}

[[noreturn]] void usage() {
    std::fprintf(stderr,
                 "usage: lede-serve-bench --port N [--clients 16] [--seconds 30] [--warmup 0] [--rate R] "
                 "[--queries FILE]\n");
    std::exit(2);
}

} // namespace

int main(int argc, char** argv) {
    int port = 0;
    int clients = 16;
    int seconds = 30;
    double rate = 0; // requests/s of all clients together; 0: each client as fast as it is answered
    int warmup = 0;  // seconds run first and not measured
    std::string queries_path;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (i + 1 >= argc) {
            usage();
        }
        if (arg == "--port") {
            port = std::atoi(argv[++i]);
        } else if (arg == "--clients") {
            clients = std::atoi(argv[++i]);
        } else if (arg == "--seconds") {
            seconds = std::atoi(argv[++i]);
        } else if (arg == "--warmup") {
            warmup = std::atoi(argv[++i]);
        } else if (arg == "--rate") {
            rate = std::atof(argv[++i]);
        } else if (arg == "--queries") {
            queries_path = argv[++i];
        } else {
            usage();
        }
    }
    if (port <= 0 || clients <= 0 || seconds <= 0 || rate < 0 || warmup < 0) {
        usage();
    }
    std::vector<std::string> queries = {
        "crocus",    "\"Crocus City Hall\"",  "killed OR injured", "flood*",
        "lang:ru",   "entity:Moscow attack",  "deaths:100..",      "earthquake",
        "date:2024", "title:(moscow OR kyiv)"};
    if (!queries_path.empty()) {
        queries = read_queries(queries_path);
        if (queries.empty()) {
            std::fprintf(stderr, "lede-serve-bench: no queries in %s\n", queries_path.c_str());
            return 1;
        }
    }

    std::atomic<bool> stop{false};
    std::mutex mutex;
    std::vector<double> latencies_ms;
    std::size_t errors = 0;
    std::size_t faceted = 0;
    std::string first_error;
    std::vector<std::thread> threads;
    const auto started = std::chrono::steady_clock::now();
    const auto measured_from = started + std::chrono::seconds(warmup);
    for (int c = 0; c < clients; ++c) {
        threads.emplace_back([&, c] {
            httplib::Client client("127.0.0.1", port); // loopback only
            client.set_keep_alive(true);
            client.set_read_timeout(60, 0);
            std::vector<double> mine;
            std::size_t my_errors = 0;
            std::size_t my_faceted = 0;
            std::string my_first_error;
            for (std::size_t n = static_cast<std::size_t>(c) * 7, k = 0; !stop; ++n, ++k) {
                const bool facets = n % 2 == 1;
                const std::string target =
                    "/v1/search?q=" + url_encode(queries[n % queries.size()]) + (facets ? "&facets=1" : "");
                auto before = std::chrono::steady_clock::now();
                if (rate > 0) {
                    // Open loop: request k of client c is due at (c + k * clients) / rate. Latency counts
                    // from when it was due, so a slow answer that delays the next request is not hidden
                    // (coordinated omission).
                    const auto due =
                        started +
                        std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                            std::chrono::duration<double>(
                                (static_cast<double>(c) + static_cast<double>(k) * clients) / rate));
                    if (due > before) {
                        std::this_thread::sleep_until(due);
                    }
                    before = due;
                    if (stop) {
                        break;
                    }
                }
                const httplib::Result result = client.Get(target.c_str());
                const auto after = std::chrono::steady_clock::now();
                if (!result || result->status != 200) {
                    ++my_errors;
                    if (my_first_error.empty()) {
                        my_first_error =
                            result ? std::to_string(result->status) + " " + result->body.substr(0, 200)
                                   : "connection: " + httplib::to_string(result.error());
                    }
                    continue;
                }
                if (before < measured_from) {
                    continue; // warm-up: the server's searchers open and read their caches
                }
                my_faceted += facets ? 1 : 0;
                mine.push_back(std::chrono::duration<double, std::milli>(after - before).count());
            }
            const std::lock_guard lock(mutex);
            latencies_ms.insert(latencies_ms.end(), mine.begin(), mine.end());
            errors += my_errors;
            faceted += my_faceted;
            if (first_error.empty()) {
                first_error = my_first_error;
            }
        });
    }
    std::this_thread::sleep_for(std::chrono::seconds(warmup + seconds));
    stop = true;
    for (std::thread& thread : threads) {
        thread.join();
    }
    const double elapsed =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - measured_from).count();
    std::sort(latencies_ms.begin(), latencies_ms.end());
    std::printf("clients %d, %.1f s, %s, %zu queries: %zu ok (%zu with facets), %zu errors\n", clients,
                elapsed,
                rate > 0 ? ("offered " + std::to_string(static_cast<long>(rate)) + " requests/s").c_str()
                         : "closed loop",
                queries.size(), latencies_ms.size(), faceted, errors);
    std::printf("throughput %.1f requests/s\n", static_cast<double>(latencies_ms.size()) / elapsed);
    std::printf("latency ms: p50 %.2f  p95 %.2f  p99 %.2f  max %.2f\n", percentile(latencies_ms, 50),
                percentile(latencies_ms, 95), percentile(latencies_ms, 99),
                latencies_ms.empty() ? 0.0 : latencies_ms.back());
    if (errors > 0) {
        std::printf("first error: %s\n", first_error.c_str());
    }
    return 0;
}
