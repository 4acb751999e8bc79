#include "indexer/input/article_fields.h"

#include <lede/limits.h>

#include "common/analysis/text_cleanup.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cstdint>

namespace lede::input {
namespace {

constexpr std::array<std::string_view, 3> kWideSpaces = {"\xC2\xA0", "\xE3\x80\x80", "\xEF\xBB\xBF"};

[[nodiscard]] bool is_ascii_space(char c) noexcept {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

[[nodiscard]] bool is_digit(char c) noexcept {
    return c >= '0' && c <= '9';
}

[[nodiscard]] bool is_alpha(char c) noexcept {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

[[nodiscard]] bool is_continuation(char c) noexcept {
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

/// Two digits at `pos` forming a number no greater than `max`.
[[nodiscard]] bool two_digits(std::string_view text, std::size_t pos, int max, int* value = nullptr) {
    if (pos + 2 > text.size() || !is_digit(text[pos]) || !is_digit(text[pos + 1])) {
        return false;
    }
    const int number = (text[pos] - '0') * 10 + (text[pos + 1] - '0');
    if (value != nullptr) {
        *value = number;
    }
    return number <= max;
}

/// The part after 'T': HH:MM[:SS[.fraction]][Z|±HH[:MM]]. Only checked so
/// that garbage after a valid date is not silently accepted.
[[nodiscard]] bool valid_time(std::string_view time) {
    if (!two_digits(time, 0, 23) || time.size() < 5 || time[2] != ':' || !two_digits(time, 3, 59)) {
        return false;
    }
    std::size_t pos = 5;
    if (pos < time.size() && time[pos] == ':') {
        if (!two_digits(time, pos + 1, 60)) { // 60: leap second
            return false;
        }
        pos += 3;
        if (pos < time.size() && (time[pos] == '.' || time[pos] == ',')) {
            const std::size_t start = ++pos;
            while (pos < time.size() && is_digit(time[pos])) {
                ++pos;
            }
            if (pos == start) {
                return false;
            }
        }
    }
    if (pos == time.size()) {
        return true;
    }
    if (time[pos] == 'Z' || time[pos] == 'z') {
        return pos + 1 == time.size();
    }
    if (time[pos] != '+' && time[pos] != '-') {
        return false;
    }
    if (!two_digits(time, ++pos, 23)) {
        return false;
    }
    pos += 2;
    if (pos == time.size()) {
        return true;
    }
    if (time[pos] == ':') {
        ++pos;
    }
    return two_digits(time, pos, 59) && pos + 2 == time.size();
}

[[nodiscard]] int days_in_month(int year, int month) {
    constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : kDays[static_cast<std::size_t>(month - 1)];
}

} // namespace

std::string_view trim_space(std::string_view text) {
    for (bool changed = true; changed && !text.empty();) {
        changed = false;
        if (is_ascii_space(text.front())) {
            text.remove_prefix(1);
            changed = true;
        }
        if (!text.empty() && is_ascii_space(text.back())) {
            text.remove_suffix(1);
            changed = true;
        }
        for (std::string_view space : kWideSpaces) {
            if (text.starts_with(space)) {
                text.remove_prefix(space.size());
                changed = true;
            }
            if (text.ends_with(space)) {
                text.remove_suffix(space.size());
                changed = true;
            }
        }
    }
    return text;
}

FieldResult normalize_date(std::string_view raw) {
    const std::string_view date = trim_space(raw);
    if (date.empty()) {
        return {};
    }
    FieldResult invalid{{}, "invalid date " + quote_value(date)};
    if (date.size() < 10 || date[4] != '-' || date[7] != '-') {
        return invalid;
    }
    int century = 0;
    int year_in_century = 0;
    int month = 0;
    int day = 0;
    if (!two_digits(date, 0, 99, &century) || !two_digits(date, 2, 99, &year_in_century) ||
        !two_digits(date, 5, 12, &month) || !two_digits(date, 8, 31, &day)) {
        return invalid;
    }
    const int year = century * 100 + year_in_century;
    if (year == 0 || month == 0 || day == 0 || day > days_in_month(year, month)) {
        return invalid;
    }
    if (date.size() > 10) {
        const char separator = date[10];
        if ((separator != 'T' && separator != 't' && separator != ' ') || !valid_time(date.substr(11))) {
            return invalid;
        }
    }
    return {std::string(date.substr(0, 10)), {}};
}

FieldResult normalize_lang(std::string_view raw) {
    const std::string_view tag = trim_space(raw);
    if (tag.empty()) {
        return {};
    }
    FieldResult invalid{{}, "invalid lang " + quote_value(tag)};
    // Subtags after the primary one only need to look like BCP-47 subtags:
    // the language is all lede keeps.
    std::size_t start = 0;
    std::string primary;
    while (start <= tag.size()) {
        const std::size_t end = std::min(tag.find_first_of("-_", start), tag.size());
        const std::string_view subtag = tag.substr(start, end - start);
        if (start == 0) {
            if (subtag.size() < 2 || subtag.size() > 3 ||
                !std::all_of(subtag.begin(), subtag.end(), is_alpha)) {
                return invalid;
            }
            for (const char c : subtag) {
                primary += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
            }
        } else if (subtag.empty() || subtag.size() > 8 ||
                   !std::all_of(subtag.begin(), subtag.end(),
                                [](char c) { return is_alpha(c) || is_digit(c); })) {
            return invalid;
        }
        start = end + 1;
    }
    return {primary, {}};
}

std::string normalize_title(std::string_view raw) {
    const std::string_view text = trim_space(raw);
    std::string title;
    title.reserve(text.size());
    bool pending_space = false;
    for (const char c : text) {
        if (is_ascii_space(c)) {
            pending_space = true;
            continue;
        }
        if (pending_space) {
            title += ' ';
            pending_space = false;
        }
        title += c;
    }
    return title;
}

std::string first_sentence_title(std::string_view body) {
    const std::string_view text = trim_space(body);
    std::size_t end = text.size();
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\n') {
            end = i;
            break;
        }
        if ((c == '.' || c == '!' || c == '?') && (i + 1 == text.size() || is_ascii_space(text[i + 1]))) {
            end = c == '.' ? i : i + 1;
            break;
        }
        const std::string_view rest = text.substr(i);
        if (rest.starts_with("。")) {
            end = i;
            break;
        }
        if (rest.starts_with("！") || rest.starts_with("？")) {
            end = i + rest.substr(0, 3).size();
            break;
        }
    }
    const std::string sentence = normalize_title(text.substr(0, end));

    const auto chars = static_cast<std::size_t>(
        std::count_if(sentence.begin(), sentence.end(), [](char c) { return !is_continuation(c); }));
    if (chars <= kMaxTitleChars) {
        return sentence;
    }
    // One character is left for "…". A word boundary in the second half makes
    // a cleaner cut; text without spaces (CJK) is cut after any character.
    std::size_t keep = sentence.size();
    std::size_t last_space = std::string::npos;
    std::size_t index = 0;
    for (std::size_t i = 0; i < sentence.size(); ++i) {
        if (is_continuation(sentence[i])) {
            continue;
        }
        if (index == kMaxTitleChars - 1) {
            keep = i;
            break;
        }
        if (sentence[i] == ' ' && index >= kMaxTitleChars / 2) {
            last_space = i;
        }
        ++index;
    }
    std::string_view head = std::string_view(sentence).substr(0, std::min(keep, last_space));
    while (!head.empty() &&
           (head.back() == ' ' || head.back() == ',' || head.back() == ';' || head.back() == ':')) {
        head.remove_suffix(1);
    }
    return std::string(head) + "…";
}

std::string cut_chars(std::string_view text, std::size_t max_chars) {
    std::size_t chars = 0;
    std::size_t cut = text.size();
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (is_continuation(text[i])) {
            continue;
        }
        if (chars == max_chars - 1) {
            cut = i;
        }
        if (++chars > max_chars) {
            break;
        }
    }
    if (chars <= max_chars) {
        return std::string(text);
    }
    return std::string(text.substr(0, cut)) + "…";
}

bool truncate_utf8(std::string& text, std::size_t max_bytes) {
    if (text.size() <= max_bytes) {
        return false;
    }
    std::size_t cut = max_bytes;
    while (cut > 0 && is_continuation(text[cut])) {
        --cut;
    }
    text.resize(cut);
    return true;
}

std::string quote_value(std::string_view value) {
    constexpr std::size_t kMaxQuotedChars = 64;
    const std::string shown = cut_chars(value, kMaxQuotedChars);
    std::string quoted = "\"";
    for (const char c : shown) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            quoted += '\\';
            quoted += c;
        } else if (byte < 0x20 || byte == 0x7F) {
            constexpr std::string_view kHex = "0123456789ABCDEF";
            quoted += "\\x";
            quoted += kHex[byte >> 4];
            quoted += kHex[byte & 0x0F];
        } else {
            quoted += c;
        }
    }
    quoted += '"';
    return quoted;
}

std::size_t line_at(std::string_view text, std::size_t offset) {
    const std::string_view before = text.substr(0, std::min(offset, text.size()));
    return 1 + static_cast<std::size_t>(std::count(before.begin(), before.end(), '\n'));
}

std::string repaired_reason(std::size_t sequences) {
    return std::to_string(sequences) + " invalid UTF-8 sequence(s) replaced";
}

std::string truncated_reason() {
    return "body truncated to " + std::to_string(limits::kMaxRecordBytes >> 20) + " MiB";
}

ArticleNormalization normalize_article(Article& article) {
    // \u0000 and other escaped controls only appear after JSON decoding, so
    // cleaning comes here, not in the readers.
    for (std::string* field : {&article.id, &article.title, &article.date, &article.lang, &article.body,
                               &article.url, &article.source}) {
        *field = clean_text(*field).text;
    }
    ArticleNormalization result;
    article.body = std::string(trim_space(article.body));
    article.id = std::string(trim_space(article.id));
    if (article.body.empty()) {
        result.error = "missing or empty \"body\"";
        return result;
    }
    if (article.id.empty()) {
        result.error = "empty \"id\"";
        return result;
    }
    FieldResult date = normalize_date(article.date);
    FieldResult lang = normalize_lang(article.lang);
    if (!date.error.empty() || !lang.error.empty()) {
        result.error = !date.error.empty() ? std::move(date.error) : std::move(lang.error);
        return result;
    }
    article.date = std::move(date.value);
    article.lang = std::move(lang.value);
    result.truncated = truncate_utf8(article.body, limits::kMaxRecordBytes);
    article.title = normalize_title(article.title);
    if (article.title.empty()) {
        article.title = first_sentence_title(article.body);
    }
    article.url = std::string(trim_space(article.url));
    article.source = normalize_title(article.source);
    return result;
}

void report(const std::function<void(const InputProblem&)>& sink, const InputFile& file, std::size_t line,
            std::string reason) {
    if (sink) {
        sink(InputProblem{file.path.string(), line, std::move(reason)});
    }
}

void deliver_json_record(const nlohmann::json& record, const InputFile& file, std::size_t line,
                         const std::string& fallback_id, std::size_t repaired, const RecordSink& sink,
                         const ProblemSinks& problems) {
    if (!record.is_object()) {
        report(problems.reject, file, line, "record is not a JSON object");
        return;
    }
    std::string error;
    // null counts as absent; the text itself is cleaned by normalize_article.
    const auto string_field = [&](const char* key, std::string& out) {
        const auto it = record.find(key);
        if (!error.empty() || it == record.end() || it->is_null()) {
            return;
        }
        if (!it->is_string()) {
            error = "\"" + std::string(key) + "\" must be a string";
            return;
        }
        out = it->get_ref<const std::string&>();
    };

    Article article;
    if (const auto it = record.find("id"); it != record.end() && !it->is_null()) {
        if (it->is_number_unsigned()) {
            article.id = std::to_string(it->get<std::uint64_t>());
        } else if (it->is_number_integer()) {
            article.id = std::to_string(it->get<std::int64_t>());
        } else if (!it->is_string()) {
            error = "\"id\" must be a string or integer";
        } else {
            article.id = it->get_ref<const std::string&>();
        }
    } else {
        article.id = fallback_id;
    }
    string_field("title", article.title);
    string_field("date", article.date);
    string_field("lang", article.lang);
    string_field("body", article.body);
    string_field("url", article.url);
    string_field("source", article.source);
    if (!error.empty()) {
        report(problems.reject, file, line, std::move(error));
        return;
    }
    const ArticleNormalization normalized = normalize_article(article);
    if (!normalized.error.empty()) {
        report(problems.reject, file, line, normalized.error);
        return;
    }
    const bool truncated = normalized.truncated;

    if (repaired > 0) {
        report(problems.warn, file, line, repaired_reason(repaired));
    }
    if (truncated) {
        report(problems.warn, file, line, truncated_reason());
    }
    if (sink) {
        sink(InputRecord{std::move(article), file.path.string(), line, file.origin});
    }
}

} // namespace lede::input
