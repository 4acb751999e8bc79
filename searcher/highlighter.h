#pragma once

#include <lede/analyzer.h>
#include <lede/searcher.h>

#include "common/analysis/sentence_breaker.h"
#include "searcher/highlight_spec.h"

#include <memory>
#include <optional>
#include <string_view>
#include <utility>
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

    /// The same snippet when the sentence to show is known: `bounds` are the
    /// text's sentences (byte spans covering it) and `best` the one to show
    /// (PassageLocator). Only that passage is analysed.
    [[nodiscard]] std::vector<SnippetPart>
    snippet_at(std::string_view text, const std::vector<std::pair<std::size_t, std::size_t>>& bounds,
               std::size_t best, const HighlightSpec& spec, std::size_t max_chars,
               const std::vector<std::pair<std::size_t, std::size_t>>& evidence = {});

private:
    static void mark_evidence(const std::vector<Token>& tokens, std::vector<int>& marks,
                              const HighlightSpec& spec,
                              const std::vector<std::pair<std::size_t, std::size_t>>& evidence);
    /// The passage from sentence `best` on, with the marked tokens.
    [[nodiscard]] static std::vector<SnippetPart>
    render(std::string_view text, const std::vector<Token>& tokens, const std::vector<int>& marks,
           const std::vector<std::pair<std::size_t, std::size_t>>& bounds, std::size_t best,
           std::size_t max_chars);

    Analyzer& analyzer_;
    /// Made on first use: building ICU's filtered sentence breaker costs about
    /// 2.3 million instructions, a third of a `lede-search --stats` run, and
    /// snippets usually come from stored sentence starts without it.
    std::optional<SentenceBreaker> sentence_breaker_;
};

} // namespace lede
