#pragma once

#include <chrono>
#include <cstddef>
#include <mutex>
#include <ostream>
#include <string>

namespace lede::serve {

/// One answered request, as the access log records it.
struct AccessRecord {
    std::chrono::system_clock::time_point time; ///< when its headers had been read
    std::string method;
    std::string path; ///< as sent, without the query string (which may hold private searches)
    int status = 0;
    std::size_t bytes = 0; ///< body bytes sent
    double ms = 0;         ///< from its headers read to its response written
    std::string remote;    ///< client address
};

/// `time` as ISO 8601 in UTC with milliseconds: `2024-03-23T07:05:09.042Z`.
[[nodiscard]] std::string iso8601_utc(std::chrono::system_clock::time_point time);

/// The record as one JSON object on one line (no newline): `{"time", "method",
/// "path", "status", "bytes", "ms", "remote"}`. Invalid UTF-8 is replaced.
[[nodiscard]] std::string format_access_record(const AccessRecord& record);

/// Writes records as JSON Lines onto a stream the caller owns (stderr or a
/// file), one whole line at a time from any thread, flushed after each.
class AccessLog {
public:
    explicit AccessLog(std::ostream& out) : out_(out) {}
    void write(const AccessRecord& record);

private:
    std::mutex mutex_;
    std::ostream& out_;
};

} // namespace lede::serve
