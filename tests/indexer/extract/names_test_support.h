#pragma once

// What the name discovery tests share: the names a text gives as extract_article finds them (the
// gazetteer's matches first, less the weak ones the text does not support), described in one line, and
// a sentence row with what it must give.

#include "extract_test_support.h"
#include "indexer/extract/names/name_discovery.h"

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
    return extract_test::builtin();
}

inline std::string describe(const std::string& text, const std::string& lang) {
    const extract_test::AnalyzedText in = extract_test::analyzed(text, lang);
    std::string out;
    for (const lede::extract::names::DiscoveredMention& mention :
         lede::extract::names::discover(in.text, in.tokens, lang, in.known)) {
        out += (out.empty() ? "" : " ") + std::string(lede::entity_type_name(mention.type)) + ":" +
               mention.id + "[" + text.substr(mention.begin, mention.end - mention.begin) + "]";
    }
    return out;
}

} // namespace names_test
