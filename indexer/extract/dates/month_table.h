#pragma once

// Month names by language and the table that finds them in a token stream: the date finder's
// (mentioned_dates.cc) and the finder of months named alone (months_alone.cc). Private to
// indexer/extract/dates/.

#include "common/key_filter.h"
#include "indexer/extract/numbers/tokens.h"

#include <algorithm>
#include <array>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace lede::extract::dates {

// Month names by language, '|'-separated per month, in the forms a date uses (Russian and
// Ukrainian: genitive "22 марта", nominative "март 2024", locative "в марте 2024").
struct MonthNames {
    std::string_view lang;
    std::array<std::string_view, 12> months;
};

constexpr std::array kMonthNames = {
    MonthNames{"en",
               {"january|jan", "february|feb", "march|mar", "april|apr", "may", "june|jun", "july|jul",
                "august|aug", "september|sept|sep", "october|oct", "november|nov", "december|dec"}},
    MonthNames{"de",
               {"januar|jänner|jan", "februar|feb", "märz|maerz", "april|apr", "mai", "juni", "juli",
                "august|aug", "september|sept|sep", "oktober|okt", "november|nov", "dezember|dez"}},
    MonthNames{"fr",
               {"janvier|janv", "février|fevrier|févr", "mars", "avril", "mai", "juin", "juillet|juil",
                "août|aout", "septembre|sept", "octobre|oct", "novembre|nov", "décembre|decembre|déc"}},
    MonthNames{"es",
               {"enero|ene", "febrero|feb", "marzo", "abril|abr", "mayo", "junio|jun", "julio|jul",
                "agosto|ago", "septiembre|setiembre|sept|sep", "octubre|oct", "noviembre|nov",
                "diciembre|dic"}},
    MonthNames{"ru",
               {"января|январь|январе", "февраля|февраль|феврале", "марта|март|марте", "апреля|апрель|апреле",
                "мая|май|мае", "июня|июнь|июне", "июля|июль|июле", "августа|август|августе",
                "сентября|сентябрь|сентябре", "октября|октябрь|октябре", "ноября|ноябрь|ноябре",
                "декабря|декабрь|декабре"}},
    MonthNames{"uk",
               {"січня|січень|січні", "лютого|лютий|лютому", "березня|березень|березні",
                "квітня|квітень|квітні", "травня|травень|травні", "червня|червень|червні",
                "липня|липень|липні", "серпня|серпень|серпні", "вересня|вересень|вересні",
                "жовтня|жовтень|жовтні", "листопада|листопад|листопаді", "грудня|грудень|грудні"}},
    // Egyptian/Gulf names, then Levantine ones (two-word names are one alternative).
    MonthNames{"ar",
               {"يناير|كانون الثاني", "فبراير|شباط", "مارس|آذار", "أبريل|ابريل|نيسان", "مايو|أيار",
                "يونيو|يونيه|حزيران", "يوليو|يوليه|تموز", "أغسطس|آب", "سبتمبر|أيلول", "أكتوبر|تشرين الأول",
                "نوفمبر|تشرين الثاني", "ديسمبر|كانون الأول"}},
    MonthNames{"th",
               {"มกราคม|ม.ค", "กุมภาพันธ์|ก.พ", "มีนาคม|มี.ค", "เมษายน|เม.ย", "พฤษภาคม|พ.ค", "มิถุนายน|มิ.ย",
                "กรกฎาคม|ก.ค", "สิงหาคม|ส.ค", "กันยายน|ก.ย", "ตุลาคม|ต.ค", "พฤศจิกายน|พ.ย", "ธันวาคม|ธ.ค"}},
};

/// A month name as folded tokens, with its number.
struct MonthForm {
    std::vector<std::string> parts;
    int month = 0;
};

class MonthTable {
public:
    explicit MonthTable(std::string_view lang) : unspaced_(lang == "th") {
        const auto found = std::find_if(kMonthNames.begin(), kMonthNames.end(),
                                        [&](const MonthNames& names) { return names.lang == lang; });
        const MonthNames& names = found != kMonthNames.end() ? *found : kMonthNames.front();
        for (std::size_t m = 0; m < names.months.size(); ++m) {
            const std::string_view all = names.months[m];
            std::string_view alts = all;
            while (!alts.empty()) {
                const std::size_t bar = std::min(alts.find('|'), alts.size());
                const std::string_view name = alts.substr(0, bar);
                std::vector<std::string> parts = numbers::phrase_parts(name, lang);
                // A beginning of another name of its month ("sept" of "septembre", "jan" of "january").
                if (parts.size() == 1) {
                    for (std::string_view rest = all; !rest.empty();) {
                        const std::size_t next = std::min(rest.find('|'), rest.size());
                        const std::string_view other = rest.substr(0, next);
                        if (other.size() > name.size() && other.starts_with(name)) {
                            abbreviations_.push_back(parts.front());
                            break;
                        }
                        rest.remove_prefix(std::min(next + 1, rest.size()));
                    }
                }
                if (unspaced_ && parts.size() == 1) {
                    prefixes_.push_back({parts, static_cast<int>(m) + 1});
                }
                if (!parts.empty()) {
                    forms_[parts.front()].push_back({std::move(parts), static_cast<int>(m) + 1});
                }
                alts.remove_prefix(std::min(bar + 1, alts.size()));
            }
        }
        filter_ = detail::KeyFilter(forms_.size());
        for (const auto& [first, forms] : forms_) {
            filter_.add(first);
        }
    }

    /// Whether a folded word is an abbreviation of a month name (a beginning of another of its names).
    [[nodiscard]] bool abbreviation(std::string_view word) const {
        return std::find(abbreviations_.begin(), abbreviations_.end(), word) != abbreviations_.end();
    }

    /// The month named at token `i`: its number and the token after it; {0, i} when none.
    [[nodiscard]] std::pair<int, std::size_t> at(const numbers::TokenizedText& t, std::size_t i) const {
        // Asked of nearly every word, twice: most are no month, told here without a call.
        if (i >= t.toks.size() || t.toks[i].kind != numbers::TokKind::word ||
            (prefixes_.empty() && !filter_.may_contain_hash(t.toks[i].hash))) {
            return {0, i};
        }
        std::pair<int, std::size_t> month = one_name_at(t, i);
        // "26 سبتمبر/أيلول 2015": pan-Arab papers give a month both its names, a slash between them.
        if (month.first != 0 && month.second < t.toks.size() && t.gap_before(month.second) == "/") {
            if (const std::pair<int, std::size_t> other = one_name_at(t, month.second);
                other.first == month.first) {
                month.second = other.second;
            }
        }
        return month;
    }

    [[nodiscard]] static bool is_space(std::string_view gap) {
        return !gap.empty() && gap.size() <= 3 &&
               gap.find_first_not_of(" \t\u00a0") == std::string_view::npos;
    }

private:
    [[nodiscard]] std::pair<int, std::size_t> one_name_at(const numbers::TokenizedText& t,
                                                          std::size_t i) const {
        if (i >= t.toks.size() || t.toks[i].kind != numbers::TokKind::word) {
            return {0, i};
        }
        const auto found =
            filter_.may_contain_hash(t.toks[i].hash) ? forms_.find(t.toks[i].text) : forms_.end();
        if (found == forms_.end()) {
            // Thai writes no space after the month: "10 กันยายนเป็นต้นมา".
            for (const MonthForm& form : prefixes_) {
                if (t.toks[i].text.starts_with(form.parts.front())) {
                    return {form.month, i + 1};
                }
            }
            return {0, i};
        }
        std::pair<int, std::size_t> best{0, i};
        for (const MonthForm& form : found->second) {
            const std::size_t end = i + form.parts.size();
            if (end > t.toks.size() || end <= best.second) {
                continue;
            }
            bool all = true;
            for (std::size_t k = 1; k < form.parts.size() && all; ++k) {
                const std::string_view gap = t.gap_before(i + k);
                all = t.toks[i + k].text == form.parts[k] && (is_space(gap) || gap == "."); // ก.ย.
            }
            if (all) {
                best = {form.month, end};
            }
        }
        return best;
    }

    bool unspaced_ = false;
    std::unordered_map<std::string, std::vector<MonthForm>> forms_;
    detail::KeyFilter filter_;               ///< of forms_'s keys
    std::vector<MonthForm> prefixes_;        ///< unspaced scripts: full names a longer token may start with
    std::vector<std::string> abbreviations_; ///< folded, as tokens are
};

/// The month names of `lang` (English for a language without a table), built once.
[[nodiscard]] inline const MonthTable& month_table(std::string_view lang) {
    static const std::map<std::string, MonthTable, std::less<>> tables = [] {
        std::map<std::string, MonthTable, std::less<>> all;
        for (const MonthNames& names : kMonthNames) {
            all.emplace(std::string(names.lang), MonthTable(names.lang));
        }
        return all;
    }();
    const auto found = tables.find(lang);
    return found != tables.end() ? found->second : tables.at("en");
}

} // namespace lede::extract::dates
