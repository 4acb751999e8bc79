#pragma once

// What the extraction tests share: the built-in table loaded once, a text analysed with the table's
// mentions as extract_article has them before it discovers anything (less the weak places the text does
// not support), and found spans written as one line a row can state.

#include "indexer/extract/places/place_evidence.h"

#include <lede/analyzer.h>

#include "common/entities/entity_table.h"

#include <string>
#include <vector>

namespace extract_test {

inline const lede::EntityTable& builtin() {
    static const lede::EntityTable table = lede::EntityTable::builtin();
    return table;
}

/// One body text, its tokens, and the table's mentions the text supports.
struct AnalyzedText {
    std::string text;
    std::vector<lede::Token> tokens;
    std::vector<lede::EntityMention> known;
};

inline AnalyzedText analyzed(const std::string& text, const std::string& lang) {
    lede::Analyzer analyzer;
    AnalyzedText out{text, analyzer.analyze(text), {}};
    out.known = builtin().find_mentions(out.text, out.tokens, lang);
    std::vector<lede::EntityMention> none;
    const std::vector<lede::Token> no_tokens;
    std::vector<lede::extract::places::MentionedText> texts{{"", no_tokens, none, true},
                                                            {out.text, out.tokens, out.known, false}};
    lede::extract::places::keep_supported(texts, lang, builtin());
    return out;
}

/// Spans that have an id, a begin and an end, in the order given: "luding-county[泸定县] ...".
template <typename Spans> std::string ids_with_surfaces(const std::string& text, const Spans& spans) {
    std::string out;
    for (const auto& span : spans) {
        out +=
            (out.empty() ? "" : " ") + span.id + '[' + text.substr(span.begin, span.end - span.begin) + ']';
    }
    return out;
}

} // namespace extract_test
