#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace lede::query {

/// Inclusive bounds as `YYYYMMDD`; an empty bound is open.
struct DateBounds {
    std::string low;
    std::string high;
};

/// First (`upper` false) or last (`upper` true) day of `YYYY`, `YYYY-MM` or
/// `YYYY-MM-DD`, as `YYYYMMDD`. Throws InvalidArgument naming the text for
/// anything else, including impossible dates (`2024-13`, `2023-02-29`).
[[nodiscard]] std::string date_bound(std::string_view text, bool upper);

/// `date:` values: a single period (`2024`, `2024-03`, `2024-03-23`), or a
/// range `a..b`, `a..`, `..b` of such periods. Throws InvalidArgument.
[[nodiscard]] DateBounds parse_date_filter(std::string_view text);

/// Years, months or days as the `mentioned` terms spell them: `YYYY`, `YYYYMM` or `YYYYMMDD`.
struct MentionedPeriod {
    std::string value;
};

/// The fewest whole years, months and days that cover `low`..`high`
/// (`YYYYMMDD`, inclusive) exactly; empty when `low` > `high`.
[[nodiscard]] std::vector<MentionedPeriod> covering_periods(std::string_view low, std::string_view high);

/// The fewest whole years, months and days that cover `bounds` exactly; open
/// ends stop at the years the indexer accepts as mentioned (1800–2100).
[[nodiscard]] std::vector<MentionedPeriod> mentioned_periods(const DateBounds& bounds);

} // namespace lede::query
