#pragma once

#include <optional>
#include <string>

namespace lede {

/// The database path rule shared by both executables: the `--db` option if
/// given, else the `LEDE_DB` environment value if non-empty, else `./lede-db`.
/// The caller reads the environment; the library never does.
[[nodiscard]] inline std::string resolve_db_path(const std::optional<std::string>& option,
                                                 const char* env_value) {
    if (option && !option->empty()) {
        return *option;
    }
    if (env_value != nullptr && *env_value != '\0') {
        return env_value;
    }
    return "lede-db";
}

} // namespace lede
