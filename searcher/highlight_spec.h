#pragma once

#include <string>
#include <unordered_set>
#include <vector>

namespace lede {

/// How one query word shows up in a document's tokens. Collected while the
/// query is built, so the highlighter marks exactly what the index matched.
struct WordMatch {
    std::string term;          ///< analysed query term
    bool allow_folded = false; ///< an unaccented word also matches accented text (`zurich` → `Zürich`)
    bool prefix = false;       ///< wildcard: any token starting with `term`
    /// Indexed words the query expanded this word to (the forms sharing a stem
    /// with it): a token matches if its term is one of them, so a snippet
    /// marks exactly the words the search matched.
    std::unordered_set<std::string> forms;
};

struct HighlightSpec {
    /// A sequence of one word matches anywhere; longer ones (phrases) match
    /// only on consecutive tokens.
    std::vector<std::vector<WordMatch>> sequences;
    /// CJK strings matched by characters, whatever the segmentation.
    std::vector<std::string> cjk_strings;
};

} // namespace lede
