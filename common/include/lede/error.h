#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>

namespace lede {

/// Root of every exception lede throws. The executables map the subtypes to
/// exit codes: UsageError (and its children) → 2, everything else → 1.
class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// The caller is at fault: a bad option, argument or query.
class UsageError : public Error {
public:
    using Error::Error;
};

/// A query that cannot be parsed or exceeds a limit. `offset()` is the byte
/// offset in the query text where the problem was found.
class QueryError : public UsageError {
public:
    QueryError(std::size_t offset, const std::string& reason)
        : UsageError("query error at byte " + std::to_string(offset) + ": " + reason), offset_(offset),
          reason_(reason) {}
    [[nodiscard]] std::size_t offset() const noexcept { return offset_; }
    [[nodiscard]] const std::string& reason() const noexcept { return reason_; }

private:
    std::size_t offset_;
    std::string reason_;
};

/// A bad option value: a date, a range, a limit, an unknown format name.
class InvalidArgument : public UsageError {
public:
    using UsageError::UsageError;
};

/// The database cannot be opened, is locked, corrupt or of another format.
class IndexError : public Error {
public:
    using Error::Error;
};

/// A read or write failed (including a full disk).
class IoError : public Error {
public:
    using Error::Error;
};

/// A shard of a cluster does not answer (down, refusing, or too slow): the
/// search may succeed again once it is back, or with SearchRequest::partial.
class ShardUnavailable : public IoError {
public:
    using IoError::IoError;
};

/// A broken invariant or a failed ICU call: a bug in lede.
class InternalError : public Error {
public:
    using Error::Error;
};

} // namespace lede
