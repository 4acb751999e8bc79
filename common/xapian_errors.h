#pragma once

#include <lede/error.h>

#include <string>
#include <string_view>
#include <xapian.h>

namespace lede::detail {

/// Maps a Xapian exception to the lede error a caller can act on, keeping
/// Xapian's description. `context` says what lede was doing, e.g. the path.
[[noreturn]] inline void rethrow_xapian(const Xapian::Error& error, std::string_view context) {
    const std::string message = std::string(context) + ": " + error.get_description();
    const std::string type = error.get_type();
    if (type == "DatabaseLockError") {
        // Xapian says "already locked" only when another writer holds the
        // lock; otherwise the lock file could not be made (read-only disk).
        if (error.get_msg().find("already locked") != std::string::npos) {
            throw IndexError(std::string(context) + ": database is locked by another writer");
        }
        throw IoError(std::string(context) + ": cannot open for writing: " + error.get_msg());
    }
    if (message.find("No space left on device") != std::string::npos) {
        throw IoError(std::string(context) + ": disk full: " + error.get_description());
    }
    if (type == "DatabaseOpeningError" || type == "DatabaseVersionError" || type == "DatabaseCorruptError" ||
        type == "DatabaseNotFoundError") {
        throw IndexError(message);
    }
    if (type == "DatabaseError" || type == "DatabaseModifiedError" || type == "DatabaseClosedError" ||
        type == "NetworkError" || type == "NetworkTimeoutError") {
        throw IoError(message);
    }
    throw InternalError(message);
}

} // namespace lede::detail
