#pragma once

#include <lede/searcher.h>

#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <unordered_map>

namespace lede::serve {

/// One lede::Searcher per worker thread (a Searcher is single-threaded),
/// opened lazily: a database (or a cluster) that does not exist yet, or cannot be opened,
/// fails the request at hand with the IndexError and is tried again on the
/// next one, so the server outlives a missing or replaced database.
class SearcherPool {
public:
    explicit SearcherPool(SearchTarget target) : target_(std::move(target)) {}

    /// The calling thread's Searcher, opened now if it is not open. Throws
    /// IndexError when the database cannot be opened.
    [[nodiscard]] Searcher& this_thread_searcher();

    /// Whether the calling thread has a Searcher open.
    [[nodiscard]] bool this_thread_has_searcher();

    /// Closes the calling thread's Searcher, so that the next request opens
    /// the database afresh.
    void discard_this_thread_searcher();

private:
    SearchTarget target_;
    SearcherCache cache_; // one facet column for every worker's searcher
    std::mutex mutex_;    // guards the map only; each Searcher is used by its own thread alone
    std::unordered_map<std::thread::id, std::unique_ptr<Searcher>> searchers_;
};

} // namespace lede::serve
