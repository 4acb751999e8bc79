#include "indexer/input/txt_reader.h"

#include "indexer/input/article_fields.h"
#include "indexer/input/boilerplate.h"

#include <lede/limits.h>

#include "common/analysis/text_cleanup.h"

#include <algorithm>
#include <cstring>

namespace lede::input {
namespace {

/// A NUL this early means an image, archive or office file, not text.
constexpr std::size_t kBinarySniffBytes = 8 * 1024;
/// More invalid or control bytes than 1 in this many: not text either.
constexpr std::size_t kBinaryRatio = 10;

/// Reads up to kMaxRecordBytes, cut back to a UTF-8 sequence start when the
/// file is longer, so that truncation never creates an invalid sequence.
/// Returns whether the file was longer.
bool read_limited(std::istream& in, std::string& raw) {
    // Grown chunk by chunk: most articles are a few KiB, and a buffer sized
    // for the limit up front would cost 8 MiB of zeroing per file.
    constexpr std::size_t kChunkBytes = 64 * 1024;
    while (raw.size() <= limits::kMaxRecordBytes) {
        const std::size_t old_size = raw.size();
        raw.resize(std::min(old_size + kChunkBytes, limits::kMaxRecordBytes + 1));
        in.read(raw.data() + old_size, static_cast<std::streamsize>(raw.size() - old_size));
        raw.resize(old_size + static_cast<std::size_t>(in.gcount()));
        if (raw.size() == old_size) {
            break;
        }
    }
    if (raw.size() <= limits::kMaxRecordBytes) {
        return false;
    }
    std::size_t cut = limits::kMaxRecordBytes;
    for (int back = 0; back < 3 && cut > 0 && (static_cast<unsigned char>(raw[cut]) & 0xC0) == 0x80; ++back) {
        --cut;
    }
    raw.resize(cut);
    return true;
}

/// The leading `date YYYY-MM-DD` token, when the text starts with one.
struct DateToken {
    bool found = false;
    std::string_view value; ///< the date as written
    std::string_view rest;  ///< the text after the token
    std::size_t line = 1;   ///< where the token is
};

[[nodiscard]] DateToken find_date_token(std::string_view text) {
    DateToken token;
    const std::size_t start = std::min(text.find_first_not_of(" \t\n"), text.size());
    token.line = line_at(text, start);
    std::string_view view = text.substr(start);
    if (!view.starts_with("date") || view.size() < 5 || (view[4] != ' ' && view[4] != '\t')) {
        return token;
    }
    view.remove_prefix(std::min(view.find_first_not_of(" \t", 4), view.size()));
    const std::string_view value = view.substr(0, std::min(view.find_first_of(" \t\n"), view.size()));
    // "date night ..." is prose; only a token shaped like a date is the header.
    const bool shaped =
        value.size() >= 10 && value[4] == '-' &&
        std::all_of(value.begin(), value.begin() + 4, [](char c) { return c >= '0' && c <= '9'; });
    if (!shaped) {
        return token;
    }
    view.remove_prefix(value.size());
    view.remove_prefix(std::min(view.find_first_not_of(" \t"), view.size()));
    return {true, value, view, token.line};
}

/// Drops boilerplate lines and trailing spaces, trims blank lines at both
/// ends and keeps at most one blank line between paragraphs.
[[nodiscard]] std::string tidy_lines(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    bool pending_blank = false;
    while (!text.empty()) {
        const std::size_t end = std::min(text.find('\n'), text.size());
        std::string_view line = text.substr(0, end);
        text.remove_prefix(std::min(end + 1, text.size()));
        while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) {
            line.remove_suffix(1);
        }
        if (line.empty()) {
            pending_blank = !out.empty();
            continue;
        }
        if (is_boilerplate_line(line)) {
            continue;
        }
        if (!out.empty()) {
            out += pending_blank ? "\n\n" : "\n";
        }
        pending_blank = false;
        out += line;
    }
    return out;
}

} // namespace

void read_txt(std::istream& in, const InputFile& file, const RecordSink& sink, const ProblemSinks& problems) {
    std::string raw;
    const bool longer = read_limited(in, raw);
    if (raw.empty()) {
        report(problems.reject, file, 0, "empty file");
        return;
    }
    if (std::memchr(raw.data(), '\0', std::min(raw.size(), kBinarySniffBytes)) != nullptr) {
        report(problems.reject, file, 0, "binary file, not text");
        return;
    }
    CleanText cleaned = clean_text(raw);
    if ((cleaned.repaired + cleaned.removed_controls) * kBinaryRatio > raw.size()) {
        report(problems.reject, file, 0, "binary file, not text");
        return;
    }
    std::size_t first_bad_line = 0;
    if (cleaned.repaired > 0) {
        std::size_t bad_offset = 0;
        if (!is_valid_utf8(raw, &bad_offset)) {
            first_bad_line = line_at(raw, bad_offset);
        }
    }
    raw = std::string();

    Article article;
    std::string_view text = cleaned.text;
    const DateToken token = find_date_token(text);
    if (token.found) {
        FieldResult date = normalize_date(token.value);
        if (!date.error.empty()) {
            report(problems.reject, file, token.line, std::move(date.error));
            return;
        }
        article.date = std::move(date.value);
        text = token.rest;
    }
    article.body = tidy_lines(text);
    if (article.body.empty()) {
        report(problems.reject, file, 0, "empty file");
        return;
    }
    // U+FFFD is longer than the bytes it replaces, so the cleaned text can
    // outgrow the limit even when the file did not.
    const bool truncated = truncate_utf8(article.body, limits::kMaxRecordBytes) || longer;
    article.id = file.id_base;
    article.title = first_sentence_title(article.body);

    if (cleaned.repaired > 0) {
        report(problems.warn, file, std::max<std::size_t>(first_bad_line, 1),
               repaired_reason(cleaned.repaired));
    }
    if (truncated) {
        report(problems.warn, file, 0, truncated_reason());
    }
    if (sink) {
        sink(InputRecord{std::move(article), file.path.string(), 1, file.origin});
    }
}

} // namespace lede::input
