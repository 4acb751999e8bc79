#pragma once

#include <lede/searcher.h>

#include <cstddef>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace lede {

enum class OutputFormat { text, json, jsonl };

/// `text`, `json` or `jsonl`; throws InvalidArgument otherwise.
[[nodiscard]] OutputFormat parse_output_format(std::string_view name);

/// A snippet as HTML: text escaped (`& < > " '`), matches in `<mark>…</mark>`.
[[nodiscard]] std::string snippet_html(const std::vector<SnippetPart>& parts);

/// `--format json`: one object per the README contract, then a newline.
void render_json(std::ostream& out, const SearchResult& result);
/// `--format jsonl`: one hit object per line.
void render_jsonl(std::ostream& out, const SearchResult& result);

struct TextStyle {
    bool color = false; ///< ANSI colours for highlights and headings (a terminal)
};
/// `--format text`: a readable listing.
void render_text(std::ostream& out, const SearchResult& result, const TextStyle& style);

/// `--figures`: every stated figure and the verdict per kind.
void render_figures_json(std::ostream& out, const FiguresReport& report);
void render_figures_text(std::ostream& out, const FiguresReport& report, const TextStyle& style);

void render_stats_json(std::ostream& out, const Stats& stats);

/// An error as one JSON object on one line: `{"error": message}`, with
/// `"position"` (a QueryError's byte offset in the query) and `"line"` (the
/// request's line in a batch) when given.
void render_error_json(std::ostream& out, std::string_view message, std::optional<std::size_t> position = {},
                       std::optional<std::size_t> line = {});
void render_stats_text(std::ostream& out, const Stats& stats);

} // namespace lede
