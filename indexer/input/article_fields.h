#pragma once

#include "indexer/input/file_walker.h"
#include "indexer/input/input_record.h"

#include <nlohmann/json_fwd.hpp>

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

// Rules shared by the .txt, .jsonl and .json readers, so that one article
// gets the same fields whichever format it arrives in.
namespace lede::input {

/// A normalised field value, or why the record carrying it is rejected.
struct FieldResult {
    std::string value;
    std::string error; ///< empty when the value is acceptable
};

/// Removes ASCII whitespace, U+00A0, U+3000 and U+FEFF at both ends.
[[nodiscard]] std::string_view trim_space(std::string_view text);

/// `YYYY-MM-DD`, or an ISO 8601 datetime starting with it, must name a real
/// calendar date; the result is `YYYY-MM-DD`. Empty means no date.
[[nodiscard]] FieldResult normalize_date(std::string_view raw);

/// Lower-cased 2- or 3-letter language code; BCP-47 tags (`zh-Hans`,
/// `pt-BR`) are reduced to their primary subtag. Empty means unknown.
[[nodiscard]] FieldResult normalize_lang(std::string_view raw);

/// Trimmed, with every run of whitespace (newlines, tabs) made one space.
[[nodiscard]] std::string normalize_title(std::string_view raw);

/// A headline for an article that has none: the body up to the first sentence
/// end or line break, at most kMaxTitleChars characters (cut at a word
/// boundary, marked with "…"). '.', '!' and '?' end a sentence only when
/// followed by a space or the end, so that "3.5" and "lede.org" do not;
/// '!' and '?' are kept because they change the meaning of a headline.
[[nodiscard]] std::string first_sentence_title(std::string_view body);
inline constexpr std::size_t kMaxTitleChars = 200;

/// Cuts `text` to at most `max_bytes` without splitting a UTF-8 sequence.
/// Returns whether anything was cut.
bool truncate_utf8(std::string& text, std::size_t max_bytes);

/// At most `max_chars` code points of `text`, the last one "…" when cut.
[[nodiscard]] std::string cut_chars(std::string_view text, std::size_t max_chars);

/// `"value"` for a message: quotes and control bytes escaped, long values cut.
[[nodiscard]] std::string quote_value(std::string_view value);

/// 1-based line number of byte `offset` in `text`.
[[nodiscard]] std::size_t line_at(std::string_view text, std::size_t offset);

[[nodiscard]] std::string repaired_reason(std::size_t sequences);
[[nodiscard]] std::string truncated_reason();

/// How an article came out of normalize_article.
struct ArticleNormalization {
    std::string error;      ///< why the article is rejected; empty when it is accepted
    bool truncated = false; ///< the body was cut to limits::kMaxRecordBytes
};

/// The one normalisation every article gets, whichever route it came in by
/// (a JSON record, lede::Indexer::index_articles), so that the same article
/// gets the same stored record: every field made valid UTF-8 without control
/// characters, id, body and url trimmed, an empty id or body rejected, date and
/// language normalised (or rejected), the body cut to the record limit, the
/// title and source with their whitespace collapsed, a missing title taken from
/// the body's first sentence.
[[nodiscard]] ArticleNormalization normalize_article(Article& article);

/// Calls a sink when the caller gave one.
void report(const std::function<void(const InputProblem&)>& sink, const InputFile& file, std::size_t line,
            std::string reason);

/// Turns one parsed JSON record into an article and hands it to `sink`, or
/// rejects it. `fallback_id` is used when the record has no "id";
/// `repaired` (invalid UTF-8 sequences fixed in its text) becomes a warning.
void deliver_json_record(const nlohmann::json& record, const InputFile& file, std::size_t line,
                         const std::string& fallback_id, std::size_t repaired, const RecordSink& sink,
                         const ProblemSinks& problems);

} // namespace lede::input
