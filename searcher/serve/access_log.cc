#include "searcher/serve/access_log.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <ctime>

namespace lede::serve {

std::string iso8601_utc(std::chrono::system_clock::time_point time) {
    const auto since_epoch = std::chrono::duration_cast<std::chrono::milliseconds>(time.time_since_epoch());
    const std::time_t seconds =
        static_cast<std::time_t>(std::chrono::floor<std::chrono::seconds>(since_epoch).count());
    const long milliseconds = static_cast<long>(since_epoch.count() - static_cast<long long>(seconds) * 1000);
    std::tm parts{};
    gmtime_r(&seconds, &parts);
    char text[40];
    const int length = std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.%03ldZ",
                                     parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday, parts.tm_hour,
                                     parts.tm_min, parts.tm_sec, milliseconds);
    return std::string(text, length > 0 ? static_cast<std::size_t>(length) : 0);
}

std::string format_access_record(const AccessRecord& record) {
    nlohmann::ordered_json line;
    line["time"] = iso8601_utc(record.time);
    line["method"] = record.method;
    line["path"] = record.path;
    line["status"] = record.status;
    line["bytes"] = record.bytes;
    line["ms"] = std::round(record.ms * 1000) / 1000; // microseconds are plenty
    line["remote"] = record.remote;
    return line.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

void AccessLog::write(const AccessRecord& record) {
    const std::string line = format_access_record(record) + '\n';
    const std::lock_guard lock(mutex_);
    out_.write(line.data(), static_cast<std::streamsize>(line.size()));
    out_.flush();
}

} // namespace lede::serve
