// Query latency benchmark: runs every query of a file through lede::Searcher
// in process and prints p50/p95/p99 per query class, for top-10 searches
// without snippets, with snippets, and (class `faceted`, or every query with
// --facets) with all facets counted over every match. Figures, not assertions.
//
//   lede-query-bench DB QUERIES [--reps N] [--tsv OUT]
//
// QUERIES lines: `class<TAB>query`, or `qid<TAB>class<TAB>query`. With --tsv,
// one row per query in the peers' format (../shared/bench: qid, ms_ids,
// ms_snip, hits, top10, snippet, ms_facet, facets), so that their report
// tables lede beside them.
#include <lede/error.h>
#include <lede/render.h>
#include <lede/searcher.h>

#include "searcher/facet_column.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace {

struct Sample {
    std::string qid;
    std::string query_class;
    std::string query;
    std::vector<double> plain_ms;
    double snippet_ms = 0;
    double facet_ms = 0; ///< the search with facets minus the median plain search
    std::size_t total = 0;
    std::vector<std::string> top;
    std::string snippet;
    std::string facets;
};

double percentile(std::vector<double> values, double p) {
    if (values.empty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const double rank = p * static_cast<double>(values.size() - 1);
    const auto low = static_cast<std::size_t>(rank);
    const std::size_t high = std::min(low + 1, values.size() - 1);
    return values[low] + (values[high] - values[low]) * (rank - static_cast<double>(low));
}

void report(const char* label, const std::map<std::string, std::vector<double>>& by_class) {
    std::vector<double> all;
    std::printf("\n%s (ms)\n%-10s %6s %8s %8s %8s\n", label, "class", "n", "p50", "p95", "p99");
    for (const auto& [name, values] : by_class) {
        all.insert(all.end(), values.begin(), values.end());
        std::printf("%-10s %6zu %8.3f %8.3f %8.3f\n", name.c_str(), values.size(), percentile(values, 0.5),
                    percentile(values, 0.95), percentile(values, 0.99));
    }
    std::printf("%-10s %6zu %8.3f %8.3f %8.3f\n", "all", all.size(), percentile(all, 0.5),
                percentile(all, 0.95), percentile(all, 0.99));
}

double timed(lede::Searcher& searcher, const lede::SearchRequest& request,
             lede::SearchResult* out = nullptr) {
    const auto start = std::chrono::steady_clock::now();
    lede::SearchResult result = searcher.search(request);
    const double ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    if (out != nullptr) {
        *out = std::move(result);
    }
    return ms;
}

std::vector<std::string> split_tabs(const std::string& line) {
    std::vector<std::string> fields;
    std::size_t start = 0;
    for (;;) {
        const std::size_t tab = line.find('\t', start);
        fields.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
        if (tab == std::string::npos) {
            return fields;
        }
        start = tab + 1;
    }
}

std::string one_line(std::string text) {
    std::replace_if(
        text.begin(), text.end(), [](char c) { return c == '\t' || c == '\n' || c == '\r'; }, ' ');
    return text;
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr,
                     "usage: lede-query-bench DB QUERIES [--reps N] [--tsv OUT] [--facets] [--plain-only]\n");
        return 2;
    }
    int repetitions = 3;
    std::string tsv_path;
    bool all_facets = false;
    bool plain_only = false; // for profiling the search itself
    for (int i = 3; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--reps" && i + 1 < argc) {
            repetitions = std::max(1, std::atoi(argv[++i]));
        } else if (arg == "--tsv" && i + 1 < argc) {
            tsv_path = argv[++i];
        } else if (arg == "--facets") {
            all_facets = true;
        } else if (arg == "--plain-only") {
            plain_only = true;
        } else {
            std::fprintf(stderr, "lede-query-bench: unknown argument %s\n", argv[i]);
            return 2;
        }
    }
    std::ifstream in(argv[2]);
    if (!in) {
        std::fprintf(stderr, "lede-query-bench: cannot read %s\n", argv[2]);
        return 2;
    }
    std::vector<Sample> samples;
    for (std::string line; std::getline(in, line);) {
        if (line.empty() || line.starts_with('#')) {
            continue;
        }
        const std::vector<std::string> fields = split_tabs(line);
        Sample sample;
        if (fields.size() >= 3) {
            sample.qid = fields[0];
            sample.query_class = fields[1];
            sample.query = fields[2];
        } else if (fields.size() == 2) {
            sample.qid = "q" + std::to_string(samples.size() + 1);
            sample.query_class = fields[0];
            sample.query = fields[1];
        } else {
            continue;
        }
        samples.push_back(std::move(sample));
    }
    try {
        lede::Searcher searcher(argv[1]);
        const auto request_for = [](const Sample& sample, bool snippets, bool facets) {
            lede::SearchRequest request;
            request.query = sample.query;
            request.limit = 10;
            request.snippets = snippets;
            request.facets = facets;
            return request;
        };
        // One untimed pass warms the caches, as the peers' harness does.
        for (const Sample& sample : samples) {
            (void)searcher.search(request_for(sample, !plain_only, !plain_only));
        }
        std::map<std::string, std::vector<double>> plain;
        std::map<std::string, std::vector<double>> with_snippets;
        std::map<std::string, std::vector<double>> with_facets;
        std::map<std::string, std::vector<double>> facet_cost;
        for (int repetition = 0; repetition < repetitions; ++repetition) {
            for (Sample& sample : samples) {
                const bool facets = all_facets || sample.query_class == "faceted";
                lede::SearchResult result;
                const double ms = timed(searcher, request_for(sample, false, facets), &result);
                sample.plain_ms.push_back(ms);
                (facets ? with_facets : plain)[sample.query_class].push_back(ms);
                if (repetition == 0) {
                    sample.total = result.total;
                    for (const lede::Hit& hit : result.hits) {
                        sample.top.push_back(hit.id);
                    }
                }
            }
        }
        for (Sample& sample : samples) {
            if (plain_only) {
                break;
            }
            lede::SearchResult result;
            sample.snippet_ms = timed(searcher, request_for(sample, true, false), &result);
            with_snippets[sample.query_class].push_back(sample.snippet_ms);
            if (!result.hits.empty()) {
                sample.snippet = one_line(lede::snippet_html(result.hits.front().snippet));
            }
            // What counting every facet over all matches adds to the same search without them.
            const double plain_ms = timed(searcher, request_for(sample, false, false));
            lede::SearchResult faceted;
            const double facet_ms = timed(searcher, request_for(sample, false, true), &faceted);
            sample.facet_ms = std::max(0.0, facet_ms - plain_ms);
            facet_cost[sample.query_class].push_back(sample.facet_ms);
            if (faceted.facets) {
                for (const lede::EntityFacetValue& value : faceted.facets->entity) {
                    sample.facets += (sample.facets.empty() ? "" : "|") + value.entity.name + ":" +
                                     std::to_string(value.count);
                }
            }
        }
        std::printf("%zu queries x %d timed repetitions after one warm-up pass\n", samples.size(),
                    repetitions);
        report("top-10 without snippets", plain);
        if (!with_facets.empty()) {
            report("top-10 with every facet over all matches", with_facets);
        }
        report("top-10 with snippets", with_snippets);
        report("what facets add to a search", facet_cost);
        if (!plain_only && !samples.empty()) {
            // A searcher counts facets from values on its first faceted search of
            // a revision and reads the facet column on the second: what each costs.
            const Sample& widest =
                *std::max_element(samples.begin(), samples.end(),
                                  [](const auto& a, const auto& b) { return a.total < b.total; });
            lede::Searcher fresh(argv[1]);
            const lede::SearchRequest request = request_for(widest, false, true);
            const double from_values = timed(fresh, request);
            const double reading_column = timed(fresh, request);
            const double from_column = timed(fresh, request);
            std::printf(
                "\nfacet column, a fresh searcher, %s (%zu matches): 1st faceted search %.2f ms (values), "
                "2nd %.2f ms (reads the column), 3rd %.2f ms (column)\n",
                widest.qid.c_str(), widest.total, from_values, reading_column, from_column);
            const Xapian::Database db(argv[1]);
            const auto start = std::chrono::steady_clock::now();
            const lede::FacetColumn column(db);
            const double read_ms =
                std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
            std::printf("facet column alone: %u documents read in %.1f ms, %.1f MB (%.1f bytes a document), "
                        "%zu entity ids, %zu days\n",
                        db.get_doccount(), read_ms, static_cast<double>(column.bytes()) / 1e6,
                        static_cast<double>(column.bytes()) / std::max(1U, db.get_doccount()),
                        column.entity_ids().size(), column.days().size());
        }
        if (!tsv_path.empty()) {
            std::ofstream tsv(tsv_path);
            tsv << "qid\tms_ids\tms_snip\thits\ttop10\tsnippet\tms_facet\tfacets\n";
            for (const Sample& sample : samples) {
                std::string ms;
                for (const double value : sample.plain_ms) {
                    char text[32];
                    std::snprintf(text, sizeof text, "%s%.4f", ms.empty() ? "" : ",", value);
                    ms += text;
                }
                std::string top;
                for (const std::string& id : sample.top) {
                    top += (top.empty() ? "" : ",") + id;
                }
                char snippet_ms[32];
                char facet_ms[32];
                std::snprintf(snippet_ms, sizeof snippet_ms, "%.4f", sample.snippet_ms);
                std::snprintf(facet_ms, sizeof facet_ms, "%.4f", sample.facet_ms);
                tsv << sample.qid << '\t' << ms << '\t' << snippet_ms << '\t' << sample.total << '\t' << top
                    << '\t' << sample.snippet << '\t' << facet_ms << '\t' << sample.facets << '\n';
            }
            if (!tsv) {
                std::fprintf(stderr, "lede-query-bench: cannot write %s\n", tsv_path.c_str());
                return 1;
            }
        }
    } catch (const lede::Error& error) {
        std::fprintf(stderr, "lede-query-bench: %s\n", error.what());
        return 1;
    }
    return 0;
}
