#pragma once

#include <cstddef>

namespace lede::serve::limits {

/// The bounds lede-serve puts on its clients, in one place (README "Serving").
/// Two more are compiled into Debian's cpp-httplib and cannot be changed from
/// here: a request line over 8 KiB is answered 414, and each header line
/// must fit in 8 KiB (else 400).
inline constexpr std::size_t kMaxTargetBytes = 8192; ///< path plus query string, decoded or not
inline constexpr std::size_t kMaxParameters = 64;    ///< name=value pairs in one query string
/// Only POST /v1/search/batch has a body: its requests, one JSON object a line.
inline constexpr std::size_t kMaxBodyBytes = 1 << 20;
inline constexpr std::size_t kMaxBatchRequests = 1000; ///< lines of one batch
inline constexpr int kReadTimeoutSeconds = 5;          ///< a client that stalls mid-request is cut off
inline constexpr int kWriteTimeoutSeconds = 5;         ///< a client that stops reading is cut off
inline constexpr int kKeepAliveSeconds = 2; ///< an idle kept-alive connection holds a worker this long
inline constexpr std::size_t kKeepAliveRequests = 100;         ///< requests on one connection
inline constexpr std::size_t kQueuedConnectionsPerThread = 16; ///< accepted connections waiting for a worker
inline constexpr std::size_t kMaxThreads = 256;                ///< --threads
/// Connections the kernel holds before accept.
inline constexpr int kListenBacklog = 512;

} // namespace lede::serve::limits
