// lede-search: the command-line face of lede::Searcher. It owns the process:
// options, $LEDE_DB, colour on a terminal, messages and the exit status.
#include <lede/error.h>
#include <lede/render.h>
#include <lede/searcher.h>
#include <lede/version.h>

#include "common/messages.h"
#include "searcher/search_target.h"

#include <CLI/CLI.hpp>

#include "searcher/batch_request.h"

#include <atomic>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <new>
#include <optional>
#include <sstream>
#include <string>
#include <thread>
#include <unistd.h>
#include <vector>

namespace {

// Exit statuses (README): 0 results or none, 2 bad query or argument, 1 I/O
// or database error.
constexpr int kExitOk = 0;
constexpr int kExitFailure = 1;
constexpr int kExitUsage = 2;
constexpr int kExitSomeFailed = 3; // --batch: some requests failed, each answered with its error

void print_error(const std::string& message) {
    std::fprintf(stderr, "%s\n", lede::one_line_message("lede-search", message).c_str());
}

/// Writes everything at once and checks it: a full disk or a closed pipe is an error.
[[nodiscard]] bool write_stdout(const std::string& text) {
    if (!text.empty() && std::fwrite(text.data(), 1, text.size(), stdout) != text.size()) {
        return false;
    }
    return std::fflush(stdout) == 0 && !std::ferror(stdout);
}

/// `--batch`: one request a line in, one JSON result a line out, in order.
/// With one searcher each line is answered as soon as it is read (a program
/// can converse over a pipe); with several, lines are read ahead in chunks
/// and answered in parallel, one searcher a thread, then written in order.
/// Returns the exit status: 0 when every request succeeded, 3 when some failed.
[[nodiscard]] int run_batch(std::vector<lede::Searcher>& searchers, const std::string& path) {
    std::ifstream file;
    std::istream* in = &std::cin;
    if (path != "-") {
        file.open(path, std::ios::binary);
        if (!file) {
            throw lede::IoError("cannot read " + path);
        }
        in = &file;
    }
    const std::size_t chunk_lines = searchers.size() == 1 ? 1 : searchers.size() * 32;
    bool any_failed = false;
    std::size_t number = 0;
    std::vector<std::pair<std::size_t, std::string>> chunk; // line number, text
    std::string line;
    for (bool more = true; more;) {
        chunk.clear();
        while (chunk.size() < chunk_lines && (more = static_cast<bool>(std::getline(*in, line)))) {
            chunk.emplace_back(++number, std::move(line));
        }
        std::vector<std::string> answers(chunk.size());
        std::vector<char> failed(chunk.size(), 0);
        std::atomic<std::size_t> next{0};
        const auto work = [&](lede::Searcher& searcher) {
            for (std::size_t i = next++; i < chunk.size(); i = next++) {
                bool line_failed = false;
                answers[i] = lede::answer_batch_line(searcher, chunk[i].second, chunk[i].first, line_failed);
                failed[i] = line_failed ? 1 : 0;
            }
        };
        std::vector<std::thread> threads;
        for (std::size_t t = 1; t < searchers.size() && t < chunk.size(); ++t) {
            threads.emplace_back(work, std::ref(searchers[t]));
        }
        work(searchers.front());
        for (std::thread& thread : threads) {
            thread.join();
        }
        for (std::size_t i = 0; i < answers.size(); ++i) {
            any_failed = any_failed || failed[i] != 0;
            if (!write_stdout(answers[i])) {
                print_error("cannot write to standard output");
                return kExitFailure;
            }
        }
    }
    if (in->bad()) {
        throw lede::IoError("cannot read " + (path == "-" ? std::string("standard input") : path));
    }
    return any_failed ? kExitSomeFailed : kExitOk;
}

} // namespace

int main(int argc, char** argv) {
    std::signal(SIGPIPE, SIG_IGN); // `lede-search … | head` must end in an error we report, not a signal

    CLI::App app{"lede-search: search a lede database of news articles"};
    app.set_version_flag("--version", std::string("lede-search ") + lede::version());
    std::optional<std::string> db;
    std::optional<std::string> cluster;
    std::optional<double> shard_timeout;
    bool partial = false;
    std::vector<std::string> langs;
    std::vector<std::string> entities;
    std::string deaths;
    std::string injured;
    std::string mentioned;
    std::string from;
    std::string to;
    std::size_t limit = 10;
    std::size_t offset = 0;
    std::string sort = "relevance";
    std::string format = "text";
    std::string color = "auto";
    bool facets = false;
    bool stats = false;
    bool figures = false;
    bool collapse = false;
    bool no_snippets = false;
    std::string query;
    std::string batch;
    unsigned jobs = 1;
    app.add_option("--db", db, lede::kDbOptionHelp);
    app.add_option("--cluster", cluster, lede::kClusterOptionHelp);
    app.add_option("--shard-timeout", shard_timeout, lede::kShardTimeoutOptionHelp);
    app.add_flag("--partial", partial,
                 "with a cluster: answer from the shards that answer, marked partial, when some do not");
    app.add_option("--lang", langs, "only articles in this language (repeatable)")->allow_extra_args(false);
    app.add_option("--entity", entities,
                   "only articles mentioning this entity: a name in any language, or an id "
                   "(repeatable; all must match)")
        ->allow_extra_args(false);
    app.add_option("--deaths", deaths, "only articles stating deaths in RANGE: N, N.., ..N or N..M");
    app.add_option("--injured", injured, "only articles stating injured in RANGE");
    app.add_option("--mentioned", mentioned,
                   "only articles whose text mentions a date in YYYY[-MM[-DD]] or a range A..B, A.., ..B");
    app.add_option("--from", from, "only articles published on or after YYYY[-MM[-DD]]");
    app.add_option("--to", to, "only articles published on or before YYYY[-MM[-DD]]");
    app.add_option("--limit,-n", limit, "hits to show (default 10, max 1000)");
    app.add_option("--offset", offset, "hits to skip (default 0)");
    app.add_option("--sort", sort, "relevance (default), date or -date");
    app.add_option("--format,-f", format, "text (default), json or jsonl");
    app.add_option("--color", color, "highlight colours: auto (on a terminal), always, never")
        ->check(CLI::IsMember({"auto", "always", "never"}));
    app.add_flag("--facets", facets,
                 "count entities, dates, mentioned years, casualty figures and languages over all matches");
    app.add_flag("--no-snippets", no_snippets, "leave snippets out (faster)");
    app.add_flag("--collapse", collapse,
                 "one hit per story: fold near-identical reports that state the same figures");
    app.add_flag("--figures", figures,
                 "list every casualty figure the matching reports state, and whether they agree");
    app.add_flag("--stats", stats, "show database statistics instead of searching");
    app.add_option(
        "--batch", batch,
        "run the requests of FILE (- for standard input), one JSON object a line with \"query\" and "
        "the long options as keys; print one JSON result a line");
    app.add_option("--jobs", jobs,
                   "with --batch: answer N requests at once, one searcher a thread, reading ahead in chunks "
                   "(default 1: each line answered as soon as it is read)")
        ->check(CLI::Range(1U, 256U));
    app.add_option("QUERY", query,
                   "the query (see README: words, \"phrases\", AND OR NOT, -word, NEAR, "
                   "word*, title: lang: date: source: entity: deaths: injured: mentioned:)");

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
        const lede::OutputFormat output = lede::parse_output_format(format);
        if (app.count("--batch") > 0) {
            for (const char* option :
                 {"QUERY", "--stats", "--figures", "--lang", "--entity", "--deaths", "--injured",
                  "--mentioned", "--from", "--to", "--limit", "--offset", "--sort", "--facets",
                  "--no-snippets", "--collapse", "--format", "--partial"}) {
                if (app.count(option) > 0) {
                    throw lede::InvalidArgument(std::string("--batch takes ") + option +
                                                " from each request line, not from the command line");
                }
            }
            const lede::SearchTarget target = lede::resolve_search_target(
                db, cluster, std::getenv("LEDE_DB"), std::getenv("LEDE_CLUSTER"), shard_timeout);
            const lede::SearcherCache cache; // one facet column for every thread's searcher
            std::vector<lede::Searcher> searchers;
            for (unsigned job = 0; job < jobs; ++job) {
                searchers.emplace_back(target, cache);
            }
            return run_batch(searchers, batch);
        }
        if (app.count("--jobs") > 0) {
            throw lede::InvalidArgument("--jobs goes with --batch");
        }
        lede::Searcher searcher(lede::resolve_search_target(db, cluster, std::getenv("LEDE_DB"),
                                                            std::getenv("LEDE_CLUSTER"), shard_timeout),
                                lede::SearcherCache());
        std::ostringstream out;
        if (stats) {
            if (!query.empty()) {
                throw lede::InvalidArgument("--stats takes no query");
            }
            const lede::Stats numbers = searcher.stats();
            if (output == lede::OutputFormat::text) {
                lede::render_stats_text(out, numbers);
            } else {
                lede::render_stats_json(out, numbers);
            }
        } else {
            if (app.count("QUERY") == 0) {
                throw lede::InvalidArgument("a QUERY is required (use \"\" to match every article)");
            }
            lede::SearchRequest request;
            request.query = query;
            request.langs = langs;
            request.entities = entities;
            request.deaths = deaths;
            request.injured = injured;
            request.mentioned = mentioned;
            request.collapse = collapse;
            request.from = from;
            request.to = to;
            request.limit = limit;
            request.offset = offset;
            request.sort = lede::parse_sort_order(sort);
            request.facets = facets;
            request.snippets = !no_snippets;
            request.partial = partial;
            const bool use_color = color == "always" || (color == "auto" && isatty(STDOUT_FILENO));
            if (figures) {
                const lede::FiguresReport report = searcher.figures(request);
                if (output == lede::OutputFormat::text) {
                    lede::render_figures_text(out, report, lede::TextStyle{use_color});
                } else {
                    lede::render_figures_json(out, report);
                }
            } else {
                const lede::SearchResult result = searcher.search(request);
                switch (output) {
                case lede::OutputFormat::json:
                    lede::render_json(out, result);
                    break;
                case lede::OutputFormat::jsonl:
                    lede::render_jsonl(out, result);
                    break;
                case lede::OutputFormat::text:
                    lede::render_text(out, result, lede::TextStyle{use_color});
                    break;
                }
            }
        }
        if (!write_stdout(out.str())) {
            print_error("cannot write to standard output");
            return kExitFailure;
        }
        return kExitOk;
    } catch (...) {
        const lede::Failure failure = lede::describe_current_exception("lede-search");
        std::fprintf(stderr, "%s\n", failure.message.c_str());
        return failure.exit_status;
    }
}
