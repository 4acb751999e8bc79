#include "indexer/input/json_reader.h"

#include "indexer/input/article_fields.h"

#include <lede/limits.h>

#include "common/analysis/text_cleanup.h"

#include <nlohmann/json.hpp>

#include <vector>

namespace lede::input {
namespace {

constexpr std::size_t kChunkBytes = 64 * 1024;
constexpr std::string_view kJsonSpace = " \t\n\r";

[[nodiscard]] bool is_json_space(char c) noexcept {
    return kJsonSpace.find(c) != std::string_view::npos;
}

[[nodiscard]] std::string too_large_reason() {
    return "JSON file larger than " + std::to_string(kMaxJsonFileBytes >> 20) + " MiB; use JSON Lines";
}

/// Reads the whole file, or returns false once it proves longer than
/// kMaxJsonFileBytes (growing with the data, so a small file costs little).
bool read_whole(std::istream& in, std::string& out) {
    std::vector<char> chunk(kChunkBytes);
    for (;;) {
        in.read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
        const auto got = static_cast<std::size_t>(in.gcount());
        if (got == 0) {
            return true;
        }
        if (out.size() + got > kMaxJsonFileBytes) {
            return false;
        }
        out.append(chunk.data(), got);
    }
}

class DocumentReader {
public:
    DocumentReader(std::string_view document, const InputFile& file, const RecordSink& sink,
                   const ProblemSinks& problems)
        : doc_(document), file_(file), sink_(sink), problems_(problems) {}

    void read() {
        const std::size_t start = doc_.find_first_not_of(kJsonSpace);
        if (start == std::string_view::npos) {
            report(problems_.reject, file_, 0, "empty file");
        } else if (doc_[start] == '[') {
            read_array(start);
        } else {
            // A single record: the file is the article, as with .txt.
            deliver(doc_.substr(start), line_at(doc_, start), file_.id_base);
        }
    }

private:
    /// Parses one top-level value and hands it on; false when it was
    /// rejected as JSON (the record rules may still reject it later).
    bool deliver(std::string_view value, std::size_t line, const std::string& fallback_id) {
        if (json_nesting_exceeds(value, limits::kMaxJsonDepth)) {
            report(problems_.reject, file_, line, nesting_reason());
            return false;
        }
        nlohmann::json record;
        try {
            record = nlohmann::json::parse(value.begin(), value.end());
        } catch (const nlohmann::json::exception& error) {
            report(problems_.reject, file_, line, invalid_json_reason(error));
            return false;
        }
        deliver_json_record(record, file_, line, fallback_id, 0, sink_, problems_);
        return true;
    }

    /// Ends the element being scanned at `end` (a ',' or ']' at array level).
    bool finish_element(std::size_t end, char delimiter, std::size_t line) {
        if (element_begin_ == std::string_view::npos) {
            if (delimiter == ']' && !after_comma_) {
                return true; // `[]`, or the close after nothing at all
            }
            report(problems_.reject, file_, line,
                   std::string("invalid JSON: expected a value before '") + delimiter + "'");
            return false;
        }
        const std::string_view value = doc_.substr(element_begin_, end - element_begin_);
        element_begin_ = std::string_view::npos;
        return deliver(value, element_line_, file_.id_base + "#" + std::to_string(element_line_));
    }

    /// Splits the top-level array into its elements by scanning for ',' and
    /// ']' at depth 0 outside strings. The depth is a counter, not a stack,
    /// so hostile nesting costs no memory; each element is then parsed alone.
    void read_array(std::size_t open) {
        std::size_t line = line_at(doc_, open);
        std::size_t depth = 0;
        bool in_string = false;
        bool escaped = false;
        for (std::size_t i = open + 1; i < doc_.size(); ++i) {
            const char c = doc_[i];
            if (c == '\n') {
                ++line;
            }
            if (in_string) {
                if (escaped) {
                    escaped = false;
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == '"') {
                    in_string = false;
                }
                continue;
            }
            if (depth == 0) {
                if (c == ',') {
                    finish_element(i, ',', line);
                    after_comma_ = true;
                    continue;
                }
                if (c == ']') {
                    finish_element(i, ']', line);
                    check_trailing(i + 1);
                    return;
                }
                if (is_json_space(c)) {
                    continue;
                }
            }
            if (element_begin_ == std::string_view::npos) {
                element_begin_ = i;
                element_line_ = line;
            }
            if (c == '"') {
                in_string = true;
            } else if (c == '[' || c == '{') {
                ++depth;
            } else if ((c == ']' || c == '}') && depth > 0) {
                --depth;
            }
        }
        // Truncated file: the records before the cut are still good.
        const bool pending = element_begin_ != std::string_view::npos;
        if (!pending || finish_element(doc_.size(), ']', line)) {
            report(problems_.reject, file_, line, "invalid JSON: unexpected end of input; expected ']'");
        }
    }

    void check_trailing(std::size_t after) {
        const std::size_t extra = doc_.find_first_not_of(kJsonSpace, after);
        if (extra != std::string_view::npos) {
            report(problems_.reject, file_, line_at(doc_, extra),
                   "invalid JSON: unexpected content after the top-level array");
        }
    }

    std::string_view doc_;
    const InputFile& file_;
    const RecordSink& sink_;
    const ProblemSinks& problems_;
    std::size_t element_begin_ = std::string_view::npos;
    std::size_t element_line_ = 0;
    bool after_comma_ = false;
};

} // namespace

bool json_nesting_exceeds(std::string_view json, std::size_t limit) {
    std::size_t depth = 0;
    bool in_string = false;
    bool escaped = false;
    for (const char c : json) {
        if (in_string) {
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                in_string = false;
            }
        } else if (c == '"') {
            in_string = true;
        } else if (c == '[' || c == '{') {
            if (++depth > limit) {
                return true;
            }
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return false;
}

std::string invalid_json_reason(const std::exception& error) {
    // "[json.exception.parse_error.101] parse error at line 1, column 5: syntax
    // error ..." — the id and position mean nothing to a user who gets a line
    // number from lede, so only the explanation is kept.
    std::string_view message = error.what();
    if (message.starts_with("[json.exception.")) {
        const std::size_t end = message.find("] ");
        message.remove_prefix(end == std::string_view::npos ? 0 : end + 2);
    }
    if (message.starts_with("parse error")) {
        const std::size_t colon = message.find(": ");
        if (colon != std::string_view::npos) {
            message.remove_prefix(colon + 2);
        }
    }
    constexpr std::size_t kMaxReasonChars = 100;
    return "invalid JSON: " + cut_chars(message, kMaxReasonChars);
}

std::string nesting_reason() {
    return "JSON nested deeper than " + std::to_string(limits::kMaxJsonDepth);
}

void read_json(std::istream& in, const InputFile& file, const RecordSink& sink,
               const ProblemSinks& problems) {
    if (file.size > kMaxJsonFileBytes) {
        report(problems.reject, file, 0, too_large_reason());
        return;
    }
    std::string raw;
    if (!read_whole(in, raw)) { // the file grew since the walk
        report(problems.reject, file, 0, too_large_reason());
        return;
    }
    CleanText cleaned = clean_text(raw);
    if (cleaned.repaired > 0) {
        // Reported once for the file, at the first bad sequence: records are
        // only found after cleaning.
        std::size_t bad_offset = 0;
        const std::size_t line = is_valid_utf8(raw, &bad_offset) ? 1 : line_at(raw, bad_offset);
        report(problems.warn, file, line, repaired_reason(cleaned.repaired));
    }
    raw = std::string();
    DocumentReader(cleaned.text, file, sink, problems).read();
}

} // namespace lede::input
