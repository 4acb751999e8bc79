#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace lede::query {

/// An inclusive range of counts; an absent bound is open.
struct CountRange {
    std::optional<std::uint64_t> low;
    std::optional<std::uint64_t> high;
};

/// `--deaths` / `--injured` / `deaths:` values: `100`, `100..`, `..40`,
/// `40..200`. Throws InvalidArgument naming the text for anything else
/// (signs, spaces, overflow, an empty or reversed range).
[[nodiscard]] CountRange parse_count_range(std::string_view text);

} // namespace lede::query
