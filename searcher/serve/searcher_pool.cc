#include "searcher/serve/searcher_pool.h"

namespace lede::serve {

Searcher& SearcherPool::this_thread_searcher() {
    const std::thread::id me = std::this_thread::get_id();
    {
        const std::lock_guard lock(mutex_);
        const auto found = searchers_.find(me);
        if (found != searchers_.end() && found->second) {
            return *found->second;
        }
    }
    // Opened outside the lock: opening reads the disk, and other threads
    // must not wait for it. Only this thread ever writes its own entry.
    auto searcher = std::make_unique<Searcher>(target_, cache_);
    const std::lock_guard lock(mutex_);
    std::unique_ptr<Searcher>& slot = searchers_[me];
    slot = std::move(searcher);
    return *slot;
}

bool SearcherPool::this_thread_has_searcher() {
    const std::lock_guard lock(mutex_);
    const auto found = searchers_.find(std::this_thread::get_id());
    return found != searchers_.end() && found->second;
}

void SearcherPool::discard_this_thread_searcher() {
    std::unique_ptr<Searcher> old;
    {
        const std::lock_guard lock(mutex_);
        const auto found = searchers_.find(std::this_thread::get_id());
        if (found != searchers_.end()) {
            old = std::move(found->second);
        }
    }
    // `old` closes here, outside the lock.
}

} // namespace lede::serve
