// lede-index: the command-line face of lede::Indexer. It owns the process:
// options, $LEDE_DB, the progress bar, messages and the exit status.
#include <lede/error.h>
#include <lede/indexer.h>
#include <lede/version.h>

#include "common/db_path.h"
#include "common/messages.h"

#include <CLI/CLI.hpp>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <iostream>
#include <new>
#include <optional>
#include <string>
#include <unistd.h>

namespace {

// Exit statuses (README): 0 everything indexed, 3 some records rejected,
// 2 usage error, 1 I/O or database error.
constexpr int kExitOk = 0;
constexpr int kExitFailure = 1;
constexpr int kExitUsage = 2;
constexpr int kExitRejected = 3;

void print_error(const std::string& message) {
    std::fprintf(stderr, "%s\n", lede::one_line_message("lede-index", message).c_str());
}

// The database being written, for the terminate handler.
std::string g_db_path;

// Xapian 1.4 can throw from a destructor while it unwinds a failed commit
// (seen with ENOSPC), which ends the process through std::terminate. The
// commit is atomic, so the database still holds its last committed batch:
// say so in one line and exit 1 without running destructors that would
// touch it again.
[[noreturn]] void on_terminate() {
    std::string reason;
    if (const std::exception_ptr current = std::current_exception()) {
        try {
            std::rethrow_exception(current);
        } catch (const lede::Error& error) {
            reason = error.what();
        } catch (const std::exception& error) {
            reason = error.what();
        } catch (...) {
            // Xapian's own exceptions: the cause is told by the disk below.
        }
    }
    if (reason.empty()) {
        std::error_code error;
        const std::filesystem::space_info space =
            std::filesystem::space(g_db_path.empty() ? std::string(".") : g_db_path, error);
        reason = !error && space.available < 1024 * 1024 ? "disk full"
                                                         : "the database library failed while writing";
    }
    print_error(g_db_path + ": " + reason + " (the database keeps its last committed batch)");
    std::_Exit(kExitFailure);
}

class ProgressBar {
public:
    explicit ProgressBar(bool enabled) : enabled_(enabled) {}

    void update(const lede::IndexProgress& progress) {
        if (!enabled_) {
            return;
        }
        const auto now = std::chrono::steady_clock::now();
        if (now - last_ < std::chrono::milliseconds(100)) {
            return;
        }
        last_ = now;
        const double fraction = progress.bytes_total == 0 ? 0.0
                                                          : static_cast<double>(progress.bytes_done) /
                                                                static_cast<double>(progress.bytes_total);
        const int filled = static_cast<int>(fraction * 30);
        std::fprintf(stderr, "\r[%-30s] %3d%%  %zu articles",
                     std::string(static_cast<std::size_t>(filled), '#').c_str(),
                     static_cast<int>(fraction * 100), progress.records_done);
        std::fflush(stderr);
        drawn_ = true;
    }

    void clear() {
        if (drawn_) {
            std::fprintf(stderr, "\r%60s\r", "");
            drawn_ = false;
        }
    }

private:
    bool enabled_;
    bool drawn_ = false;
    std::chrono::steady_clock::time_point last_{};
};

// "K/N" with 0 <= K < N <= 1024; nullopt otherwise.
std::optional<lede::Partition> parse_partition(const std::string& text) {
    const std::size_t slash = text.find('/');
    if (slash == std::string::npos || slash == 0 || slash + 1 == text.size() ||
        text.find_first_not_of("0123456789/") != std::string::npos ||
        text.find('/', slash + 1) != std::string::npos || slash > 4 || text.size() - slash - 1 > 4) {
        return std::nullopt;
    }
    const auto index = static_cast<unsigned>(std::stoul(text.substr(0, slash)));
    const auto count = static_cast<unsigned>(std::stoul(text.substr(slash + 1)));
    if (count == 0 || count > 1024 || index >= count) {
        return std::nullopt;
    }
    return lede::Partition{index, count};
}

CLI::Validator partition_validator() {
    return CLI::Validator(
        [](const std::string& text) {
            return parse_partition(text) ? std::string()
                                         : "expected K/N with 0 <= K < N <= 1024, got \"" + text + "\"";
        },
        "K/N");
}

} // namespace

int main(int argc, char** argv) {
    std::signal(SIGPIPE, SIG_IGN); // a closed pipe is a write error to report, not a death

    CLI::App app{"lede-index: index news articles (.txt, .jsonl, .ndjson, .json) into a lede database"};
    app.set_version_flag("--version", std::string("lede-index ") + lede::version());
    std::optional<std::string> db;
    unsigned jobs = 0;
    unsigned shards = 1;
    bool prune = false;
    std::size_t batch_size = 1000;
    bool quiet = false;
    std::string progress_mode = "auto";
    std::vector<std::string> inputs;
    std::vector<std::string> gazetteers;
    bool no_extract = false;
    std::string shard;
    app.add_option("--db", db, "database directory (default: $LEDE_DB, else ./lede-db)");
    app.add_option("--jobs,-j", jobs, "analysis threads (default: all cores)")->check(CLI::Range(0u, 256u));
    app.add_option("--shards", shards,
                   "build a NEW database as N shards in parallel, merged and compacted (default 1: in place)")
        ->check(CLI::Range(1u, 64u));
    app.add_option("--shard", shard,
                   "index only shard K of a feed split N ways (K/N, 0 <= K < N; by SHA-256 of the id)")
        ->check(partition_validator());
    app.add_flag("--prune", prune, "delete articles of the given inputs that are no longer there");
    app.add_option("--batch-size", batch_size, "articles per transaction (default 1000)")
        ->check(CLI::Range(std::size_t{1}, std::size_t{1000000}));
    app.add_option("--progress", progress_mode, "progress bar: auto (on a terminal), always, never")
        ->check(CLI::IsMember({"auto", "always", "never"}));
    app.add_option("--gazetteer", gazetteers, "merge this entity TSV over the built-in table (repeatable)")
        ->allow_extra_args(false); // one value per flag: never swallow the INPUTs
    app.add_flag("--no-extract", no_extract, "text only: no entities or casualty figures (faster)");
    app.add_flag("--quiet,-q", quiet, "no summary line");
    app.add_option("INPUT", inputs, "files or directories to index")->required();

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

    try {
        const bool show_progress =
            progress_mode == "always" || (progress_mode == "auto" && !quiet && isatty(STDERR_FILENO));
        ProgressBar bar(show_progress);
        lede::IndexOptions options;
        options.db_path = lede::resolve_db_path(db, std::getenv("LEDE_DB"));
        g_db_path = options.db_path;
        std::set_terminate(on_terminate);
        options.jobs = jobs;
        options.shards = shards;
        options.prune = prune;
        options.batch_size = batch_size;
        options.gazetteers = gazetteers;
        options.extract = !no_extract;
        if (!shard.empty()) {
            options.partition = *parse_partition(shard);
        }
        options.on_rejected = [&bar](const lede::InputProblem& problem) {
            bar.clear();
            std::fprintf(stderr, "%s\n", problem.to_string().c_str());
        };
        options.on_warning = [&bar](const lede::InputProblem& problem) {
            bar.clear();
            std::fprintf(stderr, "%s (warning)\n", problem.to_string().c_str());
        };
        options.on_progress = [&bar](const lede::IndexProgress& progress) { bar.update(progress); };

        // A missing input is an error before the database is created or locked.
        for (const std::string& input : inputs) {
            std::error_code error;
            if (!std::filesystem::exists(input, error)) {
                throw lede::IoError("cannot read " + input + ": no such file or directory");
            }
        }
        lede::Indexer indexer(options);
        const lede::IndexReport report = indexer.index(inputs);
        bar.clear();
        if (!quiet) {
            const double seconds = report.seconds > 0 ? report.seconds : 1e-9;
            const std::size_t written = report.added + report.replaced;
            const std::string elsewhere =
                shard.empty() ? "" : ", " + std::to_string(report.elsewhere) + " on other shards";
            std::printf("%zu added, %zu replaced, %zu unchanged, %zu deleted, %zu rejected%s in %.2f s "
                        "(%.0f articles/s, %.2f MB/s)\n",
                        report.added, report.replaced, report.unchanged, report.deleted, report.rejected,
                        elsewhere.c_str(), report.seconds,
                        static_cast<double>(written + report.unchanged) / seconds,
                        static_cast<double>(report.bytes) / 1e6 / seconds);
        }
        if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
            print_error("cannot write to standard output");
            return kExitFailure;
        }
        return report.rejected == 0 ? kExitOk : kExitRejected;
    } catch (...) {
        const lede::Failure failure = lede::describe_current_exception("lede-index");
        std::fprintf(stderr, "%s\n", failure.message.c_str());
        return failure.exit_status;
    }
}
