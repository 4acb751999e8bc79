// Query latency benchmark: runs every query of a file through lede::Searcher
// in-process and prints p50/p95/p99 per query class, without and with
// snippets. Input lines: `class<TAB>query`. Figures, not assertions.
#include <lede/error.h>
#include <lede/searcher.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <map>
#include <string>
#include <vector>

namespace {

struct Sample {
    std::string query_class;
    std::string query;
};

double percentile(std::vector<double> values, double p) {
    if (values.empty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const auto index = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
    return values[std::min(index, values.size() - 1)];
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

} // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: lede-query-bench DB QUERIES [REPETITIONS]\n");
        return 2;
    }
    const int repetitions = argc > 3 ? std::max(1, std::atoi(argv[3])) : 5;
    std::ifstream in(argv[2]);
    std::vector<Sample> samples;
    for (std::string line; std::getline(in, line);) {
        const auto tab = line.find('\t');
        if (tab != std::string::npos && !line.starts_with('#')) {
            samples.push_back({line.substr(0, tab), line.substr(tab + 1)});
        }
    }
    try {
        lede::Searcher searcher(argv[1]);
        std::map<std::string, std::vector<double>> plain;
        std::map<std::string, std::vector<double>> with_snippets;
        std::size_t hits = 0;
        for (const bool snippets : {false, true}) {
            for (int repetition = 0; repetition < repetitions; ++repetition) {
                for (const Sample& sample : samples) {
                    lede::SearchRequest request;
                    request.query = sample.query;
                    request.limit = 10;
                    request.snippets = snippets;
                    const auto start = std::chrono::steady_clock::now();
                    const lede::SearchResult result = searcher.search(request);
                    const double ms =
                        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                            .count();
                    hits += result.hits.size();
                    if (repetition > 0) { // the first round warms caches
                        (snippets ? with_snippets : plain)[sample.query_class].push_back(ms);
                    }
                }
            }
        }
        std::printf("%zu queries x %d repetitions (first discarded), %zu hits returned\n", samples.size(),
                    repetitions, hits);
        report("top-10 without snippets", plain);
        report("top-10 with snippets", with_snippets);
    } catch (const lede::Error& error) {
        std::fprintf(stderr, "lede-query-bench: %s\n", error.what());
        return 1;
    }
    return 0;
}
