#include "searcher/serve/connection_queue.h"

namespace lede::serve {
namespace {

thread_local bool t_refusing = false;

} // namespace

bool connection_is_refused() {
    return t_refusing;
}

ConnectionQueue::ConnectionQueue(std::size_t threads, std::size_t max_waiting) : max_waiting_(max_waiting) {
    threads_.reserve(threads + 1);
    for (std::size_t i = 0; i < threads; ++i) {
        threads_.emplace_back([this] { work(waiting_, false); });
    }
    threads_.emplace_back([this] { work(refused_, true); });
}

ConnectionQueue::~ConnectionQueue() {
    shutdown();
}

void ConnectionQueue::enqueue(std::function<void()> connection) {
    {
        const std::lock_guard lock(mutex_);
        (waiting_.size() < max_waiting_ ? waiting_ : refused_).push_back(std::move(connection));
    }
    ready_.notify_all();
}

void ConnectionQueue::shutdown() {
    {
        const std::lock_guard lock(mutex_);
        if (shutting_down_) {
            return;
        }
        shutting_down_ = true;
    }
    ready_.notify_all();
    for (std::thread& thread : threads_) {
        thread.join();
    }
}

void ConnectionQueue::work(std::deque<std::function<void()>>& queue, bool refusing) {
    t_refusing = refusing;
    for (;;) {
        std::function<void()> connection;
        {
            std::unique_lock lock(mutex_);
            ready_.wait(lock, [&] { return !queue.empty() || shutting_down_; });
            if (queue.empty()) {
                return; // shutting down, and nothing left to serve
            }
            connection = std::move(queue.front());
            queue.pop_front();
        }
        connection();
    }
}

} // namespace lede::serve
