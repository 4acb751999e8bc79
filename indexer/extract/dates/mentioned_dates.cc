#include "indexer/extract/dates/mentioned_dates.h"

#include "indexer/extract/dates/month_table.h"

#include "common/key_filter.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <map>
#include <unordered_map>

namespace lede::extract::dates {
namespace {

using numbers::Phrase;
using numbers::Tok;
using numbers::TokenizedText;
using numbers::TokKind;

constexpr int kFirstYear = 1800;
constexpr int kLastYear = 2100;
constexpr int kBuddhistEraOffset = 543;

[[nodiscard]] bool leap(int year) {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

[[nodiscard]] bool valid_day(int year, int month, int day) {
    static constexpr std::array<int, 12> kDays = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month >= 1 && month <= 12 && day >= 1 && day <= kDays[month - 1] &&
           (month != 2 || day != 29 || leap(year));
}

[[nodiscard]] std::string two(int n) {
    return (n < 10 ? "0" : "") + std::to_string(n);
}

struct Publication {
    int year = 0, month = 0, day = 0; ///< all 0 when unknown
};

[[nodiscard]] Publication parse_publication(std::string_view date) {
    Publication p;
    if (date.size() != 10) {
        return p;
    }
    std::from_chars(date.data(), date.data() + 4, p.year);
    std::from_chars(date.data() + 5, date.data() + 7, p.month);
    std::from_chars(date.data() + 8, date.data() + 10, p.day);
    return valid_day(p.year, p.month, p.day) ? p : Publication{};
}

class Finder {
public:
    Finder(const TokenizedText& t, const numbers::WordTable& words, const std::vector<Phrase>& phrases,
           std::string_view lang, std::string_view publication_date)
        : t_(t), words_(words), phrases_(phrases), lang_(lang), months_(month_table(lang)),
          publication_(parse_publication(publication_date)), used_(t.toks.size(), false) {}

    std::vector<MentionedDate> run() {
        for (std::size_t i = 0; i < t_.toks.size(); ++i) {
            if (!used_[i]) {
                (void)(numeric(i) || cjk(i) || day_month(i) || month_day(i) || month_year(i));
            }
        }
        years();
        std::sort(out_.begin(), out_.end(),
                  [](const MentionedDate& a, const MentionedDate& b) { return a.begin < b.begin; });
        return std::move(out_);
    }

private:
    [[nodiscard]] const Tok* number(std::size_t i) const {
        return i < t_.toks.size() && t_.toks[i].kind == TokKind::number && !t_.toks[i].grouped ? &t_.toks[i]
                                                                                               : nullptr;
    }
    [[nodiscard]] const Tok* whole(std::size_t i, int max_digits) const {
        const Tok* tok = number(i);
        return tok != nullptr && !tok->decimal && tok->int_digits <= max_digits ? tok : nullptr;
    }
    /// A four-digit year at token i (Buddhist era converted in Thai), else 0.
    [[nodiscard]] int year_at(std::size_t i) const {
        const Tok* tok = whole(i, 4);
        if (tok == nullptr || tok->int_digits != 4) {
            return 0;
        }
        int year = static_cast<int>(tok->int_value);
        if (lang_ == "th" && year > kLastYear + kBuddhistEraOffset / 2) {
            year -= kBuddhistEraOffset;
        }
        return year >= kFirstYear && year <= kLastYear ? year : 0;
    }
    [[nodiscard]] bool gap_is(std::size_t before, std::string_view gap) const {
        return before < t_.toks.size() && t_.gap_before(before) == gap;
    }
    /// A gap inside a written date: spaces, optionally after a comma or a day's period.
    [[nodiscard]] bool date_gap(std::size_t before) const {
        if (before >= t_.toks.size()) {
            return false;
        }
        std::string_view gap = t_.gap_before(before);
        if (!gap.empty() && (gap.front() == ',' || gap.front() == '.')) {
            gap.remove_prefix(1);
        }
        return MonthTable::is_space(gap);
    }
    /// Skips a connector word ("22 de marzo de 2024") at token i.
    [[nodiscard]] std::size_t connector(std::size_t i) const {
        if (i < t_.toks.size() && (lang_ == "es" || lang_ == "pt") && t_.toks[i].text == "de" &&
            date_gap(i) && date_gap(i + 1)) {
            return i + 1;
        }
        if (i < t_.toks.size() && lang_ == "en" && t_.toks[i].text == "of" && date_gap(i) &&
            date_gap(i + 1)) {
            return i + 1;
        }
        return i;
    }
    /// A year word after a year ("2024 года", "2024 р.") belongs to the date's span.
    [[nodiscard]] std::size_t after_year_word(std::size_t i) const {
        static constexpr std::array<std::string_view, 8> kYearWords = {"года", "году", "год", "г",
                                                                       "року", "році", "рік", "р"};
        if (i < t_.toks.size() && date_gap(i) &&
            std::find(kYearWords.begin(), kYearWords.end(), t_.toks[i].text) != kYearWords.end()) {
            return i + 1;
        }
        return i;
    }

    void emit(std::size_t first, std::size_t last, int year, int month, int day) {
        std::string value = std::to_string(year);
        if (month != 0) {
            value += "-" + two(month);
        }
        if (day != 0) {
            value += "-" + two(day);
        }
        out_.push_back({std::move(value), t_.toks[first].begin, t_.toks[last - 1].end});
        std::fill(used_.begin() + static_cast<std::ptrdiff_t>(first),
                  used_.begin() + static_cast<std::ptrdiff_t>(last), true);
    }

    /// The year that puts a day of a month nearest the publication.
    [[nodiscard]] int nearest_year(int month, int day) const {
        const int published = publication_.month * 31 + publication_.day;
        const int stated = month * 31 + day;
        if (stated - published > 6 * 31) {
            return publication_.year - 1; // "28 December" in a report of 2 January
        }
        if (published - stated > 6 * 31) {
            return publication_.year + 1; // "3 January" in a report of 20 December
        }
        return publication_.year;
    }

    /// A day and month without a year: the year that puts it nearest the publication.
    bool emit_yearless(std::size_t first, std::size_t last, int month, int day) {
        if (publication_.year == 0) {
            return false;
        }
        const int year = nearest_year(month, day);
        if (!valid_day(year, month, day)) {
            return false;
        }
        emit(first, last, year, month, day);
        return true;
    }

    // 2024-03-22, 22.03.2024, 22/03/2024.
    bool numeric(std::size_t i) {
        const Tok* a = number(i);
        if (a == nullptr) {
            return false;
        }
        if (const int year = year_at(i); year != 0 && gap_is(i + 1, "-") && gap_is(i + 2, "-")) {
            const Tok* m = whole(i + 1, 2);
            const Tok* d = whole(i + 2, 2);
            if (m != nullptr && d != nullptr &&
                valid_day(year, static_cast<int>(m->int_value), static_cast<int>(d->int_value))) {
                emit(i, i + 3, year, static_cast<int>(m->int_value), static_cast<int>(d->int_value));
                return true;
            }
        }
        // The tokeniser reads "22.03" as one decimal number.
        if (a->decimal && a->int_digits <= 2 && gap_is(i + 1, ".")) {
            const std::size_t dot = a->text.find('.');
            int month = 0;
            if (dot != std::string::npos && a->text.size() - dot - 1 == 2) {
                std::from_chars(a->text.data() + dot + 1, a->text.data() + a->text.size(), month);
            }
            const int year = year_at(i + 1);
            const int day = static_cast<int>(a->int_value);
            if (year != 0 && valid_day(year, month, day)) {
                emit(i, i + 2, year, month, day);
                return true;
            }
        }
        if (!a->decimal && a->int_digits <= 2 && gap_is(i + 1, "/") && gap_is(i + 2, "/")) {
            const Tok* b = whole(i + 1, 2);
            const int year = year_at(i + 2);
            if (b == nullptr || year == 0) {
                return false;
            }
            int day = static_cast<int>(a->int_value);
            int month = static_cast<int>(b->int_value);
            if (lang_ == "en") {
                if (day <= 12 && month <= 12) {
                    emit(i, i + 3, year, 0, 0); // 03/04/2024: the order is unknown, the year is not
                    return true;
                }
                if (day <= 12) {
                    std::swap(day, month); // 03/22/2024
                }
            }
            if (valid_day(year, month, day)) {
                emit(i, i + 3, year, month, day);
                return true;
            }
        }
        return false;
    }

    [[nodiscard]] bool cjk_is(std::size_t k, std::string_view text) const {
        return k < t_.toks.size() && t_.toks[k].kind == TokKind::cjk && t_.toks[k].text == text;
    }

    /// The year a CJK month is relative to: 今年 / 本年 (this), 昨年 / 去年 (last), before token `k`.
    [[nodiscard]] int relative_year(std::size_t k) const {
        if (k < 2 || publication_.year == 0 || !cjk_is(k - 1, "年")) {
            return 0;
        }
        if (cjk_is(k - 2, "今") || cjk_is(k - 2, "本")) {
            return publication_.year;
        }
        if (cjk_is(k - 2, "昨") || cjk_is(k - 2, "去")) {
            return publication_.year - 1;
        }
        return 0;
    }

    // 2024年3月22日, 3月22日, 2024年3月, 今年1月, 12月份, 22日 (zh ja). A lone "2024年" is left to the
    // year rule; "3日間", "2日後", "2カ月" are durations.
    bool cjk(std::size_t i) {
        const auto is_day_mark = [&](std::size_t k) {
            return cjk_is(k, "日") || cjk_is(k, "号") || cjk_is(k, "號");
        };
        // Written right after the count: "2023年2月，内蒙古" is February, "3日内" three days.
        const auto duration_after = [&](std::size_t k) {
            if (k >= t_.toks.size() || !t_.gap_before(k).empty()) {
                return false;
            }
            for (const std::string_view mark : {"間", "间", "後", "后", "前", "内", "以", "来", "ぶ"}) {
                if (cjk_is(k, mark)) {
                    return true;
                }
            }
            return false;
        };
        int year = year_at(i);
        std::size_t k = i;
        if (year != 0 && cjk_is(i + 1, "年")) {
            k = i + 2;
        } else {
            year = relative_year(i);
        }
        const Tok* first = whole(k, 2);
        if (first == nullptr || (k == i && i > 0 && t_.toks[i - 1].kind == TokKind::number)) {
            return false;
        }
        if (!cjk_is(k + 1, "月")) {
            // 22日: a day of the publication month, or of the month before. Not 号 without its month:
            // "台風19号" is a typhoon's number.
            if (k != i || !cjk_is(k + 1, "日") || duration_after(k + 2) || publication_.year == 0) {
                return false;
            }
            const int day = static_cast<int>(first->int_value);
            int y = publication_.year;
            int month = publication_.month;
            if (day > publication_.day + 7) {
                month = month == 1 ? (--y, 12) : month - 1;
            }
            if (!valid_day(y, month, day)) {
                return false;
            }
            emit(i, k + 2, y, month, day);
            return true;
        }
        const int month = static_cast<int>(first->int_value);
        if (month < 1 || month > 12 || duration_after(k + 2)) {
            return false;
        }
        const Tok* d = whole(k + 2, 2);
        if (d != nullptr && is_day_mark(k + 3)) {
            const int day = static_cast<int>(d->int_value);
            if (year != 0) {
                if (valid_day(year, month, day)) {
                    emit(i, k + 4, year, month, day);
                    return true;
                }
                return false;
            }
            return emit_yearless(i, k + 4, month, day);
        }
        if (year == 0 && publication_.year != 0) {
            year = nearest_year(month, 15);
        }
        if (year == 0) {
            return false;
        }
        emit(i, k + 2, year, month, 0);
        return true;
    }

    // 22 March 2024, 22. März 2024, 22 de marzo de 2024, 22 марта 2024 года, 22 March.
    bool day_month(std::size_t i) {
        const Tok* d = whole(i, 2);
        if (d == nullptr) {
            return false;
        }
        std::size_t next = i + 1;
        if (next < t_.toks.size() && t_.gap_before(next).empty() &&
            (t_.toks[next].text == "er" || t_.toks[next].text == "st" || t_.toks[next].text == "nd" ||
             t_.toks[next].text == "rd" || t_.toks[next].text == "th")) {
            ++next; // 1er juin, 1st March
        }
        if (range_of_days(i, next)) {
            return true;
        }
        if (!date_gap(next)) {
            return false;
        }
        const auto [month, after] = months_.at(t_, connector(next));
        if (month == 0) {
            return false;
        }
        const int day = static_cast<int>(d->int_value);
        const std::size_t y = connector(after);
        if (const int year = date_gap(y) ? year_at(y) : 0; year != 0) {
            if (valid_day(year, month, day)) {
                emit(i, after_year_word(y + 1), year, month, day);
                return true;
            }
            return false;
        }
        return emit_yearless(i, after, month, day);
    }

    // 15–17 марта, 30-31 March: the first day takes the month and year of the second.
    bool range_of_days(std::size_t i, std::size_t next) {
        const std::string_view dash = next < t_.toks.size() ? t_.gap_before(next) : std::string_view();
        if (next != i + 1 || whole(next, 2) == nullptr || (dash != "–" && dash != "-" && dash != "—")) {
            return false;
        }
        const std::size_t before = out_.size();
        if (!day_month(next) || out_.size() != before + 1 || out_.back().value.size() != 10) {
            return false;
        }
        const int day = static_cast<int>(t_.toks[i].int_value);
        const std::string& second = out_.back().value;
        const int year = std::stoi(second.substr(0, 4));
        const int month = std::stoi(second.substr(5, 2));
        if (day >= std::stoi(second.substr(8, 2)) || !valid_day(year, month, day)) {
            return true; // the second day stands alone
        }
        MentionedDate last = std::move(out_.back());
        out_.pop_back();
        emit(i, i + 1, year, month, day);
        out_.push_back(std::move(last));
        return true;
    }

    // March 22, 2024; March 22 (en).
    bool month_day(std::size_t i) {
        const auto [month, after] = months_.at(t_, i);
        if (month == 0 || lang_ != "en") {
            return false;
        }
        const Tok* d = date_gap(after) ? whole(after, 2) : nullptr;
        if (d == nullptr || year_at(after) != 0) {
            return false;
        }
        const int day = static_cast<int>(d->int_value);
        if (const int year = date_gap(after + 1) ? year_at(after + 1) : 0; year != 0) {
            if (valid_day(year, month, day)) {
                emit(i, after + 2, year, month, day);
                return true;
            }
            return false;
        }
        // "May 5" could be "may 5 people": only a capitalised month counts without a year.
        const std::string_view written = t_.text.substr(t_.toks[i].begin, 1);
        if (written.empty() || written[0] < 'A' || written[0] > 'Z') {
            return false;
        }
        return emit_yearless(i, after + 1, month, day);
    }

    // March 2024, марте 2024 года, marzo de 2024.
    bool month_year(std::size_t i) {
        const auto [month, after] = months_.at(t_, i);
        if (month == 0) {
            return false;
        }
        const std::size_t y = connector(after);
        const int year = date_gap(y) ? year_at(y) : 0;
        if (year == 0) {
            return false;
        }
        emit(i, after_year_word(y + 1), year, month, 0);
        return true;
    }

    /// "2.0.2024", "2024-02-30": a number joined to another by . - / is a code or a bad date, not a year.
    [[nodiscard]] bool in_numeric_code(std::size_t i) const {
        const auto joins = [](std::string_view gap) { return gap == "." || gap == "-" || gap == "/"; };
        return (i > 0 && t_.toks[i - 1].kind == TokKind::number && joins(t_.gap_before(i))) ||
               (i + 1 < t_.toks.size() && t_.toks[i + 1].kind == TokKind::number && joins(t_.gap_after(i)));
    }

    // "in 2004", "the 2004 siege", "2004年", "в 2004 году": what the casualty grammar calls a year.
    void years() {
        for (const Phrase& p : phrases_) {
            if (p.first >= used_.size() || used_[p.first] || !p.year || p.range) {
                continue;
            }
            const int year = year_at(p.first);
            if (year == 0 || in_numeric_code(p.first) || !numbers::is_year(t_, words_, p) ||
                numbers::counts_people_next(t_, words_, p)) {
                continue;
            }
            emit(p.first, p.first + 1, year, 0, 0);
        }
        if (lang_ == "th") {
            buddhist_era_years();
        }
    }

    // "ปี 2554", "พ.ศ. 2567": a Buddhist-era year after its marker.
    void buddhist_era_years() {
        for (std::size_t i = 1; i < t_.toks.size(); ++i) {
            const Tok* tok = whole(i, 4);
            if (used_[i] || tok == nullptr || tok->int_digits != 4) {
                continue;
            }
            const int year = static_cast<int>(tok->int_value) - kBuddhistEraOffset;
            const std::string_view before = t_.toks[i - 1].text;
            const bool marked =
                before.ends_with("ปี") ||
                (before == "ศ" && i >= 2 && t_.toks[i - 2].text == "พ" && t_.gap_before(i - 1) == ".");
            if (marked && year >= kFirstYear && year <= kLastYear) {
                emit(i, i + 1, year, 0, 0);
            }
        }
    }

    const TokenizedText& t_;
    const numbers::WordTable& words_;
    const std::vector<Phrase>& phrases_;
    std::string lang_;
    const MonthTable& months_;
    Publication publication_;
    std::vector<bool> used_;
    std::vector<MentionedDate> out_;
};

} // namespace

std::vector<MentionedDate> extract(const numbers::NumberedText& text, std::string_view publication_date) {
    return Finder(text.tokens, *text.words, text.phrases, text.lang, publication_date).run();
}

} // namespace lede::extract::dates
