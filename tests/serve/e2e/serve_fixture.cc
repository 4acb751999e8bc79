#include "tests/serve/e2e/serve_fixture.h"

#include <fstream>
#include <map>
#include <stdexcept>

namespace lede::testing {

std::string target_for(const std::vector<std::string>& args) {
    static const std::map<std::string, std::string> kValued = {
        {"--lang", "lang"},     {"--entity", "entity"},   {"--mentioned", "mentioned"},
        {"--deaths", "deaths"}, {"--injured", "injured"}, {"--from", "from"},
        {"--to", "to"},         {"--limit", "limit"},     {"--offset", "offset"},
        {"--sort", "sort"}};
    static const std::map<std::string, std::string> kFlags = {
        {"--facets", "facets=1"}, {"--collapse", "collapse=1"}, {"--no-snippets", "snippets=0"}};
    std::string path = "/v1/search";
    std::string query;
    const auto add = [&query](const std::string& piece) { query += (query.empty() ? "" : "&") + piece; };
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (arg == "--figures") {
            path = "/v1/figures";
        } else if (arg == "--stats") {
            path = "/v1/stats";
        } else if (kFlags.count(arg) != 0) {
            add(kFlags.at(arg));
        } else if (kValued.count(arg) != 0 && i + 1 < args.size()) {
            add(kValued.at(arg) + "=" + url_encode(args[++i]));
        } else if (arg.starts_with("--")) {
            throw std::runtime_error("e2e_queries.tsv: no parameter for " + arg);
        } else {
            add("q=" + url_encode(arg));
        }
    }
    return query.empty() ? path : path + "?" + query;
}

std::vector<std::vector<std::string>> e2e_queries() {
    std::ifstream in(std::string(LEDE_SOURCE_DIR) + "/tests/data/e2e_queries.tsv");
    std::vector<std::vector<std::string>> rows;
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line.starts_with('#')) {
            continue;
        }
        std::vector<std::string> fields;
        std::size_t start = 0;
        for (;;) {
            const std::size_t tab = line.find('\t', start);
            std::string field =
                line.substr(start, tab == std::string::npos ? std::string::npos : tab - start);
            fields.push_back(field == "\"\"" ? std::string() : field);
            if (tab == std::string::npos) {
                break;
            }
            start = tab + 1;
        }
        rows.push_back(fields);
    }
    return rows;
}

} // namespace lede::testing
