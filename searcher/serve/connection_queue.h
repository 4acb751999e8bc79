#pragma once

#include <httplib.h>

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace lede::serve {

/// httplib's task queue with a bound: `threads` workers serve connections,
/// at most `max_waiting` accepted connections wait for one, and any further
/// connection goes to a single refusing thread that answers it 503 at once
/// (connection_is_refused() is true there). httplib hands over a connection
/// as a closure that must run to close its socket, so excess connections
/// are answered quickly rather than dropped.
class ConnectionQueue final : public httplib::TaskQueue {
public:
    ConnectionQueue(std::size_t threads, std::size_t max_waiting);
    ~ConnectionQueue() override;
    ConnectionQueue(const ConnectionQueue&) = delete;
    ConnectionQueue& operator=(const ConnectionQueue&) = delete;

    void enqueue(std::function<void()> connection) override;
    /// Serves every connection already accepted, then joins the threads.
    void shutdown() override;

private:
    void work(std::deque<std::function<void()>>& queue, bool refusing);

    std::size_t max_waiting_;
    std::mutex mutex_;
    std::condition_variable ready_;
    std::deque<std::function<void()>> waiting_;
    std::deque<std::function<void()>> refused_;
    bool shutting_down_ = false;
    std::vector<std::thread> threads_;
};

/// True on the thread that answers connections over the bound.
[[nodiscard]] bool connection_is_refused();

} // namespace lede::serve
