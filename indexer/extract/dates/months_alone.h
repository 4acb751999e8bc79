#pragma once

// Months named alone ("En août, un séisme…", "Im Juli … in Nizza"): no date of the
// `mentioned` facet, which needs a month's day or year, but they still date what a sentence tells. The
// casualty grammar takes a toll so dated two months or more before publication for an earlier event's.

#include "indexer/extract/dates/mentioned_dates.h"

#include <string_view>
#include <vector>

namespace lede::extract::dates {

/// The month names of `text` that stand in none of `mentioned` (what extract() found), each as `YYYY-MM`
/// with the year that puts it last on or before publication. Empty without a publication date. Only
/// names written out ("sept" is also seven) and, in English, capitalised ("may" is a verb); in English,
/// German, French, Spanish, Russian and Ukrainian.
[[nodiscard]] std::vector<MentionedDate> months_alone(const numbers::NumberedText& text,
                                                      std::string_view publication_date,
                                                      const std::vector<MentionedDate>& mentioned);

} // namespace lede::extract::dates
