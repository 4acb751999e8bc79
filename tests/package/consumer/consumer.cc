// Indexes one article and finds it again through the installed headers only.
#include <lede/indexer.h>
#include <lede/searcher.h>
#include <lede/version.h>

#include <iostream>

int main(int argc, char** argv) {
    if (argc != 2) {
        return 2;
    }
    lede::IndexOptions options;
    options.db_path = argv[1];
    lede::Indexer indexer(options);
    const auto report =
        indexer.index_articles({{"a1", "Quake", "2024-01-01", "en", "A strong earthquake hit.", "", ""}});
    lede::Searcher searcher(argv[1]);
    lede::SearchRequest request;
    request.query = "earthquakes";
    const auto result = searcher.search(request);
    std::cout << lede::version() << ' ' << report.added << ' ' << result.total << '\n';
    return result.total == 1 && !result.hits.empty() && result.hits[0].id == "a1" ? 0 : 1;
}
