// libFuzzer target: snippets of any text, for a query made from its first
// words, are valid UTF-8 whose only markup is balanced <mark> elements, whether
// the highlighter chooses the sentence or is given it.
#include <lede/analyzer.h>
#include <lede/render.h>

#include "common/analysis/text_cleanup.h"
#include "searcher/highlighter.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace {

void check_snippet(const std::string& html) {
    if (!lede::is_valid_utf8(html)) {
        __builtin_trap();
    }
    // Outside the marks, no '<' survives escaping; marks nest never and balance.
    bool open = false;
    for (std::size_t at = html.find('<'); at != std::string::npos; at = html.find('<', at + 1)) {
        if (html.compare(at, 6, "<mark>") == 0 && !open) {
            open = true;
        } else if (html.compare(at, 7, "</mark>") == 0 && open) {
            open = false;
        } else {
            __builtin_trap();
        }
    }
    if (open) {
        __builtin_trap();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static lede::Analyzer analyzer;
    static lede::Highlighter highlighter(analyzer);
    const std::string text =
        lede::clean_text(std::string_view(reinterpret_cast<const char*>(data), size)).text;
    lede::HighlightSpec spec;
    for (const lede::Token& token : analyzer.analyze(text.substr(0, 64))) {
        spec.sequences.push_back({lede::WordMatch{token.term, true, false, {}}});
        if (token.is_cjk()) {
            spec.cjk_strings.push_back(token.term);
        }
    }
    check_snippet(lede::snippet_html(highlighter.snippet(text, spec, 1 + size % 300)));
    // The same from a given sentence, as the searcher does from stored starts.
    static lede::SentenceBreaker sentences;
    const auto bounds = sentences.split(text);
    if (!bounds.empty()) {
        check_snippet(lede::snippet_html(
            highlighter.snippet_at(text, bounds, size % bounds.size(), spec, 1 + size % 300)));
    }
    return 0;
}
