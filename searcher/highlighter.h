#pragma once

#include <lede/analyzer.h>
#include <lede/searcher.h>

#include "searcher/highlight_spec.h"

#include <memory>
#include <string_view>
#include <unicode/brkiter.h>
#include <vector>

namespace lede {

/// Builds snippets with the same Analyzer as the index, so every word the
/// query matched (forms of its stems, folded forms, CJK words) is marked: the best
/// sentence-bounded passage of about `max_chars` characters. One per thread.
class Highlighter {
public:
    explicit Highlighter(Analyzer& analyzer);
    ~Highlighter();
    Highlighter(const Highlighter&) = delete;
    Highlighter& operator=(const Highlighter&) = delete;

    /// `text` must be valid UTF-8 (stored text is). Reads at most
    /// limits::kMaxSnippetInput bytes.
    /// `evidence` are byte spans of `text` to mark as well (stated casualty
    /// figures when the search filters on them).
    [[nodiscard]] std::vector<SnippetPart>
    snippet(std::string_view text, const HighlightSpec& spec, std::size_t max_chars,
            const std::vector<std::pair<std::size_t, std::size_t>>& evidence = {});

private:
    [[nodiscard]] std::vector<std::pair<std::size_t, std::size_t>> sentences(std::string_view text);

    Analyzer& analyzer_;
    std::unique_ptr<icu::BreakIterator> sentence_breaker_;
};

} // namespace lede
