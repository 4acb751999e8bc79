#pragma once

#include <optional>
#include <string>
#include <sys/stat.h>
#include <utility>

namespace lede {

/// The device and inode `path` resolves to (through a symbolic link too), or
/// nothing when it names nothing: tells a database that `scripts/reindex
/// --rebuild` swapped in from the one that was opened.
[[nodiscard]] inline std::optional<std::pair<dev_t, ino_t>> directory_identity(const std::string& path) {
    struct stat status {};
    if (::stat(path.c_str(), &status) != 0) {
        return std::nullopt;
    }
    return std::make_pair(status.st_dev, status.st_ino);
}

} // namespace lede
