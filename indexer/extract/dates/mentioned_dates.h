#pragma once

// Dates and years an article's text mentions ("on 22 March 2024", "2024年3月22日", "в 2004 году",
// "22.03.2024"), normalised to ISO 8601, for the `mentioned` facet. Separate from the publication
// date: a report of 2024 recalls "the 2004 Beslan school siege".
//
// Conventions: a month name counts only next to a day or a year ("in May" alone is no date); a day
// and month without a year take the year that puts them nearest the publication (a report of
// 2 January recalling "28 December", one of 16 July announcing "14 August"); without a
// publication date such a day is dropped. A bare four-digit number is a year only where the
// casualty grammar would call it one (not "2004 residents", not "2000 km") and lies in 1800–2100.
// Thai Buddhist-era years (2567) are converted. Slashed dates are day/month/year, except in English,
// where one is taken only when a part above 12 tells the order.

#include "indexer/extract/numbers/numbered_text.h"

#include <string>
#include <string_view>
#include <vector>

namespace lede::extract::dates {

struct MentionedDate {
    std::string value;              ///< `YYYY`, `YYYY-MM` or `YYYY-MM-DD`
    std::size_t begin = 0, end = 0; ///< byte span in the text
};

/// Every date and year `text` mentions, in text order. `publication_date` is `YYYY-MM-DD` or empty.
[[nodiscard]] std::vector<MentionedDate> extract(const numbers::NumberedText& text,
                                                 std::string_view publication_date);

} // namespace lede::extract::dates
