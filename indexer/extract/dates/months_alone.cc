#include "indexer/extract/dates/months_alone.h"

#include "indexer/extract/dates/month_table.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <string>

namespace lede::extract::dates {
namespace {

// Whether the month name at token `i` may stand alone: written out, and in English capitalised.
// An abbreviation alone is as often another word ("Trente-sept", "Jan").
[[nodiscard]] bool may_stand_alone(const numbers::TokenizedText& t, const MonthTable& months,
                                   std::string_view lang, std::size_t i) {
    if (months.abbreviation(t.toks[i].text)) {
        return false;
    }
    const char initial = t.text[t.toks[i].begin];
    return lang != "en" || (initial >= 'A' && initial <= 'Z');
}

// Languages whose month names are read alone. Not Thai (its names are matched inside longer words) nor
// Arabic (مارس is also "practised").
[[nodiscard]] bool reads_months_alone(std::string_view lang) {
    static constexpr std::array<std::string_view, 6> kLanguages = {"en", "de", "fr", "es", "ru", "uk"};
    return std::find(kLanguages.begin(), kLanguages.end(), lang) != kLanguages.end();
}

} // namespace

std::vector<MentionedDate> months_alone(const numbers::NumberedText& text, std::string_view publication_date,
                                        const std::vector<MentionedDate>& mentioned) {
    std::vector<MentionedDate> out;
    constexpr std::size_t kYearMonth = 7; // "YYYY-MM"
    constexpr int kMonthsPerYear = 12;
    int published_year = 0;
    int published_month = 0;
    if (!reads_months_alone(text.lang) || publication_date.size() < kYearMonth ||
        std::from_chars(publication_date.data(), publication_date.data() + 4, published_year).ec !=
            std::errc{} ||
        std::from_chars(publication_date.data() + 5, publication_date.data() + kYearMonth, published_month)
                .ec != std::errc{} ||
        published_month < 1 || published_month > kMonthsPerYear) {
        return out;
    }
    const numbers::TokenizedText& t = text.tokens;
    const MonthTable& months = month_table(text.lang);
    for (std::size_t i = 0; i < t.toks.size(); ++i) {
        const auto [month, after] = months.at(t, i);
        if (month == 0) {
            continue;
        }
        const std::size_t begin = t.toks[i].begin;
        const std::size_t end = t.toks[after - 1].end;
        const bool in_a_date =
            std::any_of(mentioned.begin(), mentioned.end(),
                        [&](const MentionedDate& date) { return date.begin < end && begin < date.end; });
        if (!in_a_date && may_stand_alone(t, months, text.lang, i)) {
            const int year = month <= published_month ? published_year : published_year - 1;
            out.push_back(
                {std::to_string(year) + (month < 10 ? "-0" : "-") + std::to_string(month), begin, end});
        }
        i = after - 1;
    }
    return out;
}

} // namespace lede::extract::dates
