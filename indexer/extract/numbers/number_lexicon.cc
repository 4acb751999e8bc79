#include "indexer/extract/numbers/number_lexicon.h"

#include <array>
#include <map>
#include <memory>
#include <mutex>
#include <span>
#include <unicode/locid.h>
#include <unicode/rbnf.h>
#include <unicode/unistr.h>

namespace lede::extract::numbers {
namespace {

struct Supplement {
    std::string_view phrase;
    std::uint64_t value;
    bool approx = false;
};

struct Multiplier {
    std::string_view words; // '|'-separated
    std::uint64_t value;
};

// "A woman was killed": one person named by the article, the count of the toll.
constexpr Supplement kEnWords[] = {
    {"a dozen", 12}, {"a hundred", 100},      {"a thousand", 1000}, {"zero", 0},         {"a man", 1},
    {"a woman", 1},  {"a child", 1},          {"a boy", 1},         {"a girl", 1},       {"a teenager", 1},
    {"a person", 1}, {"a soldier", 1},        {"a civilian", 1},    {"a pedestrian", 1}, {"a passenger", 1},
    {"a driver", 1}, {"a police officer", 1}, {"a firefighter", 1}, {"a journalist", 1}, {"a worker", 1}};
constexpr Multiplier kEnMul[] = {
    {"thousand", 1000}, {"million|mln", 1'000'000}, {"billion|bn", 1'000'000'000}, {"dozen", 12}};

constexpr Supplement kRuWords[] = {
    {"двое", 2},         {"трое", 3},           {"четверо", 4},        {"пятеро", 5},
    {"шестеро", 6},      {"семеро", 7},         {"восьмеро", 8},       {"девятеро", 9},
    {"десятеро", 10},    {"двоих", 2},          {"троих", 3},          {"четверых", 4},
    {"пятерых", 5},      {"шестерых", 6},       {"семерых", 7},        {"восьмерых", 8},
    {"девятерых", 9},    {"десятерых", 10},     {"тысяча", 1000},      {"полтораста", 150},
    {"ноль", 0},         {"десяток", 10, true}, {"десятка", 10, true}, {"сотня", 100, true},
    {"сотню", 100, true}};
constexpr Multiplier kRuMul[] = {
    {"тысяча|тысячи|тысяч|тысячам|тысячами|тысячах|тысячу|тысяче|тысячей|тыс", 1000},
    {"миллион|миллиона|миллионов|млн", 1'000'000},
    {"миллиард|миллиарда|миллиардов|млрд", 1'000'000'000},
    // "два десятка", "не меньше двух десятков": tens counted (alone, "десятки" is vague).
    {"десятка|десятков|десяткам|десятками|десятках", 10}};

// With the collective numerals' genitive-accusative and instrumental, which ICU's spell-out lacks: "оплакує
// сімох загиблих", "про п'ятьох загиблих", "за сімома людьми" (двох, трьох, чотирьох are below).
constexpr Supplement kUkWords[] = {
    {"двоє", 2},    {"троє", 3},           {"четверо", 4},       {"п'ятеро", 5},   {"шестеро", 6},
    {"семеро", 7},  {"восьмеро", 8},       {"дев'ятеро", 9},     {"десятеро", 10}, {"тисяча", 1000},
    {"нуль", 0},    {"десяток", 10, true}, {"сотня", 100, true}, {"п'ятьох", 5},   {"шістьох", 6},
    {"сімох", 7},   {"вісьмох", 8},        {"дев'ятьох", 9},     {"десятьох", 10}, {"п'ятьма", 5},
    {"шістьма", 6}, {"сімома", 7},         {"вісьмома", 8},      {"дев'ятьма", 9}, {"десятьма", 10}};
constexpr Multiplier kUkMul[] = {{"тисяча|тисячі|тисяч|тисячам|тисячами|тисячах|тисячу|тис", 1000},
                                 {"мільйон|мільйона|мільйонів|млн", 1'000'000},
                                 {"мільярд|мільярда|мільярдів|млрд", 1'000'000'000},
                                 {"десятки|десятків|десяткам|десятками|десятках", 10}};
// Genitive forms ICU lacks; combined below into every number up to 999 ("ста тридцяти трьох").
constexpr Supplement kUkGenHundreds[] = {{"ста", 100},         {"двохсот", 200},   {"трьохсот", 300},
                                         {"чотирьохсот", 400}, {"п'ятисот", 500},  {"шестисот", 600},
                                         {"семисот", 700},     {"восьмисот", 800}, {"дев'ятисот", 900}};
constexpr Supplement kUkGenTens[] = {{"двадцяти", 20},    {"тридцяти", 30},   {"сорока", 40},
                                     {"п'ятдесяти", 50},  {"шістдесяти", 60}, {"сімдесяти", 70},
                                     {"вісімдесяти", 80}, {"дев'яноста", 90}};
constexpr Supplement kUkGenSmall[] = {
    {"одного", 1},       {"однієї", 1},      {"двох", 2},          {"трьох", 3},
    {"чотирьох", 4},     {"п'яти", 5},       {"шести", 6},         {"семи", 7},
    {"восьми", 8},       {"дев'яти", 9},     {"десяти", 10},       {"одинадцяти", 11},
    {"дванадцяти", 12},  {"тринадцяти", 13}, {"чотирнадцяти", 14}, {"п'ятнадцяти", 15},
    {"шістнадцяти", 16}, {"сімнадцяти", 17}, {"вісімнадцяти", 18}, {"дев'ятнадцяти", 19}};

constexpr Supplement kDeWords[] = {{"eins", 1}, {"ein dutzend", 12}, {"null", 0}};
constexpr Multiplier kDeMul[] = {{"tausend", 1000},
                                 {"million|millionen|mio", 1'000'000},
                                 {"milliarde|milliarden|mrd", 1'000'000'000},
                                 {"dutzend", 12}};

constexpr Supplement kFrWords[] = {{"une dizaine", 10, true},
                                   {"une douzaine", 12, true},
                                   {"une quinzaine", 15, true},
                                   {"une vingtaine", 20, true},
                                   {"une trentaine", 30, true},
                                   {"une quarantaine", 40, true},
                                   {"une cinquantaine", 50, true},
                                   {"une soixantaine", 60, true},
                                   {"une centaine", 100, true},
                                   {"un millier", 1000, true},
                                   {"zéro", 0}};
constexpr Multiplier kFrMul[] = {
    {"mille", 1000}, {"million|millions", 1'000'000}, {"milliard|milliards", 1'000'000'000}};

constexpr Supplement kEsWords[] = {{"una decena", 10, true},
                                   {"una docena", 12, true},
                                   {"una veintena", 20, true},
                                   {"una treintena", 30, true},
                                   {"un centenar", 100, true},
                                   {"un millar", 1000, true},
                                   {"cero", 0}};
constexpr Multiplier kEsMul[] = {{"mil", 1000}, {"millón|millones", 1'000'000}};

constexpr Supplement kArWords[] = {
    {"عشرين", 20},
    {"ثلاثين", 30},
    {"أربعين", 40},
    {"خمسين", 50},
    {"ستين", 60},
    {"سبعين", 70},
    {"ثمانين", 80},
    {"تسعين", 90},
    {"مئة", 100},
    {"مائة", 100},
    {"مئتان", 200},
    {"مئتين", 200},
    {"مائتان", 200},
    {"مائتين", 200},
    {"ثلاثمئة", 300},
    {"ثلاثمائة", 300},
    {"أربعمئة", 400},
    {"أربعمائة", 400},
    {"خمسمئة", 500},
    {"خمسمائة", 500},
    {"ستمئة", 600},
    {"ستمائة", 600},
    {"سبعمئة", 700},
    {"سبعمائة", 700},
    {"ثمانمئة", 800},
    {"ثمانمائة", 800},
    {"تسعمئة", 900},
    {"تسعمائة", 900},
    {"ألف", 1000},
    {"ألفين", 2000},
    {"ألفان", 2000},
    {"ألفي", 2000}, // the dual before its noun: "مقتل نحو ألفي شخص"
    {"اثنين", 2},
    {"اثنان", 2},
    // The dual of a person noun is a count of two ("لقي طفلان حتفهما"); not where the dual's ending is also a
    // plural's (مدنيين, صحفيين) or the noun another word's (رجلين, "two legs").
    {"شخصان", 2},
    {"شخصين", 2},
    {"طفلان", 2},
    {"طفلين", 2},
    {"جنديان", 2},
    {"جنديين", 2},
    {"امرأتان", 2},
    {"امرأتين", 2},
    {"شابان", 2},
    {"شابين", 2}};
constexpr Multiplier kArMul[] = {
    {"ألف|آلاف|ألفا|الاف", 1000}, {"مليون|ملايين", 1'000'000}, {"مليار|مليارات", 1'000'000'000}};
constexpr std::string_view kArUnits[] = {"واحد", "اثنين",  "اثنان", "ثلاثة", "ثلاث", "أربعة",
                                         "أربع", "خمسة",   "خمس",   "ستة",   "ست",   "سبعة",
                                         "سبع",  "ثمانية", "ثماني", "ثمان",  "تسعة", "تسع"};
constexpr std::uint64_t kArUnitValues[] = {1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 8, 9, 9};

// Thai spells numbers out with ICU's rules; only the big multipliers follow digits ("1.2 ล้าน").
// No zero: ศูนย์ is also "centre".
constexpr Multiplier kThMul[] = {{"หมื่น", 10'000}, {"แสน", 100'000}, {"ล้าน", 1'000'000}};

struct LangData {
    std::string_view lang;
    std::span<const Supplement> words;
    std::span<const Multiplier> multipliers;
};

constexpr LangData kLangData[] = {
    {"en", kEnWords, kEnMul}, {"ru", kRuWords, kRuMul}, {"uk", kUkWords, kUkMul}, {"de", kDeWords, kDeMul},
    {"fr", kFrWords, kFrMul}, {"es", kEsWords, kEsMul}, {"ar", kArWords, kArMul}, {"th", {}, kThMul}};

[[nodiscard]] bool has_rbnf(std::string_view lang) {
    for (const auto& d : kLangData) {
        if (d.lang == lang) {
            return true;
        }
    }
    return false;
}

// The spelled-out forms of `value` in every cardinal rule set of `rbnf`.
std::vector<std::string> spellouts(const icu::RuleBasedNumberFormat& rbnf, std::int32_t value) {
    std::vector<std::string> out;
    for (std::int32_t r = 0; r < rbnf.getNumberOfRuleSetNames(); ++r) {
        const icu::UnicodeString name = rbnf.getRuleSetName(r);
        if (!name.startsWith(u"%spellout-cardinal") && name != u"%spellout-numbering") {
            continue;
        }
        icu::UnicodeString formatted;
        icu::FieldPosition field;
        UErrorCode status = U_ZERO_ERROR;
        rbnf.format(value, name, formatted, field, status);
        if (U_SUCCESS(status)) {
            std::string utf8;
            formatted.toUTF8String(utf8);
            out.push_back(std::move(utf8));
        }
    }
    return out;
}

} // namespace

NumberLexicon::NumberLexicon(std::string_view lang) : lang_(lang) {
    if (has_rbnf(lang)) {
        add_generated();
        add_supplements();
    }
    first_word_filter_ = detail::KeyFilter(first_words_.size());
    for (const std::string& word : first_words_) {
        first_word_filter_.add(word);
    }
}

void NumberLexicon::add(std::string_view phrase, std::uint64_t value, bool approx) {
    const std::vector<std::string> parts = phrase_parts(phrase, lang_);
    if (parts.empty()) {
        return;
    }
    std::string key;
    for (const std::string& part : parts) {
        key += key.empty() ? "" : " ";
        key += part;
    }
    forms_.try_emplace(std::move(key), NumberWord{value, approx});
    first_words_.insert(parts.front());
    max_parts_ = std::max(max_parts_, parts.size());
}

void NumberLexicon::add_generated() {
    UErrorCode status = U_ZERO_ERROR;
    const icu::RuleBasedNumberFormat rbnf(icu::URBNF_SPELLOUT, icu::Locale(lang_.c_str()), status);
    if (U_FAILURE(status)) {
        return;
    }
    for (std::int32_t v = 1; v <= 1000; ++v) {
        for (const std::string& form : spellouts(rbnf, v)) {
            add(form, static_cast<std::uint64_t>(v));
            if (lang_ == "en") { // British "one hundred and thirty-three"
                const std::size_t h = form.find("hundred ");
                if (h != std::string::npos) {
                    add(form.substr(0, h + 8) + "and " + form.substr(h + 8), static_cast<std::uint64_t>(v));
                }
            } else if (lang_ == "de" && form.rfind("ein", 0) == 0 && v >= 100) {
                add(form.substr(3), static_cast<std::uint64_t>(v)); // "hundertdreiunddreißig"
            }
        }
    }
}

void NumberLexicon::add_supplements() {
    for (const auto& d : kLangData) {
        if (d.lang != lang_) {
            continue;
        }
        for (const Supplement& s : d.words) {
            add(s.phrase, s.value, s.approx);
        }
        for (const Multiplier& m : d.multipliers) {
            std::string_view words = m.words;
            while (!words.empty()) {
                const std::size_t bar = words.find('|');
                for (std::string& part : phrase_parts(words.substr(0, bar), lang_)) {
                    multipliers_.emplace(std::move(part), m.value);
                }
                words = bar == std::string_view::npos ? std::string_view{} : words.substr(bar + 1);
            }
        }
    }
    if (lang_ == "uk") {
        for (const Supplement& h : kUkGenHundreds) {
            add(h.phrase, h.value);
        }
        auto add_below_100 = [&](std::string_view prefix, std::uint64_t base) {
            for (const Supplement& s : kUkGenSmall) {
                add(std::string(prefix) + std::string(s.phrase), base + s.value);
            }
            for (const Supplement& t : kUkGenTens) {
                add(std::string(prefix) + std::string(t.phrase), base + t.value);
                for (std::size_t u = 0; u < 10; ++u) { // units only, not teens
                    const Supplement& s = kUkGenSmall[u];
                    add(std::string(prefix) + std::string(t.phrase) + " " + std::string(s.phrase),
                        base + t.value + s.value);
                }
            }
        };
        add_below_100("", 0);
        for (const Supplement& h : kUkGenHundreds) {
            add_below_100(std::string(h.phrase) + " ", h.value);
        }
    } else if (lang_ == "ar") { // "سبعة وأربعين": unit, then the tens with a fused و
        for (std::size_t u = 0; u < std::size(kArUnits); ++u) {
            for (std::size_t t = 0; t < 8; ++t) {
                add(std::string(kArUnits[u]) + " و" + std::string(kArWords[t].phrase),
                    kArUnitValues[u] + kArWords[t].value);
            }
        }
    }
}

std::size_t NumberLexicon::match(const TokenizedText& text, std::size_t i, NumberWord& out) const {
    const Tok& first = text.toks[i];
    if (first.kind != TokKind::word) {
        return 0;
    }
    std::size_t best = 0;
    if (first_word_filter_.may_contain_hash(first.hash) && first_words_.contains(first.text)) {
        std::string key;
        for (std::size_t n = 1; n <= max_parts_ && i + n <= text.toks.size(); ++n) {
            const Tok& tok = text.toks[i + n - 1];
            if (tok.kind != TokKind::word || !text.same_clause(i, i + n - 1)) {
                break;
            }
            key += n > 1 ? " " : "";
            key += tok.text;
            if (const auto it = forms_.find(key); it != forms_.end()) {
                best = n;
                out = it->second;
            }
        }
    }
    if (best == 0 && lang_ == "de") { // compounds: "elftausend", "siebenundvierzigtausendfünfhundert"
        const std::size_t t = first.text.find("tausend");
        if (t != std::string::npos) {
            const auto prefix = forms_.find(first.text.substr(0, t));
            const std::string rest = first.text.substr(t + 7);
            const auto suffix = forms_.find(rest);
            const std::uint64_t high = t == 0 ? 1 : (prefix == forms_.end() ? 0 : prefix->second.value);
            if (high > 0 && high < 1000 &&
                (rest.empty() || (suffix != forms_.end() && suffix->second.value < 1000))) {
                out = {high * 1000 + (rest.empty() ? 0 : suffix->second.value), false};
                best = 1;
            }
        }
    }
    return best;
}

std::uint64_t NumberLexicon::multiplier(std::string_view folded_word) const {
    const auto it = multipliers_.find(std::string(folded_word));
    return it == multipliers_.end() ? 0 : it->second;
}

const NumberLexicon& number_lexicon(std::string_view lang) {
    static std::mutex mutex;
    static std::map<std::string, std::unique_ptr<const NumberLexicon>, std::less<>> lexicons;
    const std::lock_guard lock(mutex);
    auto it = lexicons.find(lang);
    if (it == lexicons.end()) {
        it = lexicons.emplace(std::string(lang), std::make_unique<const NumberLexicon>(lang)).first;
    }
    return *it->second;
}

namespace {

// A CJK numeral character: a digit 0…9 (unit 0), or a unit 十 百 千 万 亿 (digit −1).
struct CjkDigit {
    std::string_view ch;
    int digit; // -1 for units
    std::uint64_t unit;
};
constexpr CjkDigit kCjkDigits[] = {{"〇", 0, 0},
                                   {"零", 0, 0},
                                   {"一", 1, 0},
                                   {"二", 2, 0},
                                   {"两", 2, 0},
                                   {"兩", 2, 0},
                                   {"三", 3, 0},
                                   {"四", 4, 0},
                                   {"五", 5, 0},
                                   {"六", 6, 0},
                                   {"七", 7, 0},
                                   {"八", 8, 0},
                                   {"九", 9, 0},
                                   {"十", -1, 10},
                                   {"百", -1, 100},
                                   {"千", -1, 1000},
                                   {"万", -1, 10'000},
                                   {"萬", -1, 10'000},
                                   {"亿", -1, 100'000'000},
                                   {"億", -1, 100'000'000}};

[[nodiscard]] const CjkDigit* cjk_digit(const Tok& tok) {
    if (tok.kind != TokKind::cjk) {
        return nullptr;
    }
    for (const CjkDigit& d : kCjkDigits) {
        if (d.ch == tok.text) {
            return &d;
        }
    }
    return nullptr;
}

} // namespace

std::size_t match_cjk_numeral(const TokenizedText& text, std::size_t i, std::uint64_t& value) {
    const CjkDigit* first = cjk_digit(text.toks[i]);
    // A numeral starts with a digit or 十; 百 千 万 on their own are words ("千万", "万一").
    if (first == nullptr || (first->digit < 0 && first->unit != 10)) {
        return 0;
    }
    std::uint64_t total = 0, section = 0, digit = 0;
    std::size_t n = 0;
    for (; i + n < text.toks.size(); ++n) {
        if (n > 0 && !text.gap_before(i + n).empty()) {
            break;
        }
        const CjkDigit* d = cjk_digit(text.toks[i + n]);
        if (d == nullptr) {
            break;
        }
        if (d->digit >= 0) {
            digit = digit * 10 + static_cast<std::uint64_t>(d->digit); // "一一八" reads as 118
        } else if (d->unit < 10'000) {
            section += (digit == 0 ? 1 : digit) * d->unit;
            digit = 0;
        } else {
            total += (section + digit == 0 ? 1 : section + digit) * d->unit;
            section = digit = 0;
        }
    }
    value = total + section + digit;
    return n;
}

std::uint64_t cjk_multiplier(std::string_view folded_char) {
    if (folded_char == "万" || folded_char == "萬") {
        return 10'000;
    }
    if (folded_char == "亿" || folded_char == "億") {
        return 100'000'000;
    }
    return folded_char == "千" ? 1000 : 0;
}

} // namespace lede::extract::numbers
