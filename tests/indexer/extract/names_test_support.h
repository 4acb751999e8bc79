#pragma once

// What the name discovery tests share: the names a text gives as extract_article finds them (the
// gazetteer's matches first, less the weak ones the text does not support), described in one line, and
// a sentence row with what it must give.

#include "indexer/extract/names/name_discovery.h"
#include "indexer/extract/places/place_evidence.h"

#include <lede/analyzer.h>

#include "common/entities/entity_table.h"

#include <ostream>
#include <string>
#include <vector>

namespace names_test {

struct Row {
    const char* text;
    const char* lang;
    const char* expected; ///< "type:id[surface] ...", in text order
};

inline std::ostream& operator<<(std::ostream& out, const Row& row) {
    return out << row.lang << ": " << row.text;
}

inline const lede::EntityTable& table() {
    static const lede::EntityTable builtin = lede::EntityTable::builtin();
    return builtin;
}

inline std::string describe(const std::string& text, const std::string& lang) {
    lede::Analyzer analyzer;
    const std::vector<lede::Token> tokens = analyzer.analyze(text);
    std::vector<lede::EntityMention> known = table().find_mentions(text, tokens, lang);
    std::vector<lede::EntityMention> none;
    const std::vector<lede::Token> no_tokens;
    std::vector<lede::extract::places::MentionedText> texts{{"", no_tokens, none, true},
                                                            {text, tokens, known, false}};
    lede::extract::places::keep_supported(texts, lang, table());
    std::string out;
    for (const lede::extract::names::DiscoveredMention& mention :
         lede::extract::names::discover(text, tokens, lang, known)) {
        out += (out.empty() ? "" : " ") + std::string(lede::entity_type_name(mention.type)) + ":" +
               mention.id + "[" + text.substr(mention.begin, mention.end - mention.begin) + "]";
    }
    return out;
}

} // namespace names_test
