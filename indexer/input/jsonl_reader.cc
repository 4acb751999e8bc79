#include "indexer/input/jsonl_reader.h"

#include "indexer/input/article_fields.h"
#include "indexer/input/json_reader.h"

#include <lede/limits.h>

#include "common/analysis/text_cleanup.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <vector>

namespace lede::input {
namespace {

constexpr std::size_t kChunkBytes = 64 * 1024;

void read_line(std::string& line, std::size_t line_number, const InputFile& file, const RecordSink& sink,
               const ProblemSinks& problems) {
    // Cleaning first means nlohmann only ever sees valid UTF-8; a BOM on the
    // first line and a CR before the newline come out as harmless whitespace.
    CleanText cleaned = clean_text(line);
    line = std::string(); // the raw line is no longer needed: halve the peak
    const std::string_view text = trim_space(cleaned.text);
    if (text.empty()) {
        return;
    }
    if (json_nesting_exceeds(text, limits::kMaxJsonDepth)) {
        report(problems.reject, file, line_number, nesting_reason());
        return;
    }
    nlohmann::json record;
    try {
        record = nlohmann::json::parse(text.begin(), text.end());
    } catch (const nlohmann::json::exception& error) {
        report(problems.reject, file, line_number, invalid_json_reason(error));
        return;
    }
    deliver_json_record(record, file, line_number, file.id_base + "#" + std::to_string(line_number),
                        cleaned.repaired, sink, problems);
}

} // namespace

void read_jsonl(std::istream& in, const InputFile& file, const RecordSink& sink,
                const ProblemSinks& problems) {
    std::vector<char> chunk(kChunkBytes);
    std::string line;
    std::size_t line_number = 1;
    bool skipping = false; // inside a line already rejected as too long
    for (;;) {
        in.read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
        const auto got = static_cast<std::size_t>(in.gcount());
        if (got == 0) {
            break;
        }
        std::string_view data(chunk.data(), got);
        while (!data.empty()) {
            const std::size_t newline = data.find('\n');
            const std::string_view piece = data.substr(0, newline);
            if (!skipping && line.size() + piece.size() > kMaxJsonLineBytes) {
                report(problems.reject, file, line_number,
                       "record larger than " + std::to_string(kMaxJsonLineBytes >> 20) + " MiB");
                skipping = true;
                line = std::string(); // release the memory, not just the length
            }
            if (!skipping) {
                line.append(piece);
            }
            if (newline == std::string_view::npos) {
                break;
            }
            if (!skipping) {
                read_line(line, line_number, file, sink, problems);
            }
            line.clear();
            skipping = false;
            ++line_number;
            data.remove_prefix(newline + 1);
        }
    }
    if (!skipping && !line.empty()) {
        read_line(line, line_number, file, sink, problems); // last line without a newline
    }
}

} // namespace lede::input
