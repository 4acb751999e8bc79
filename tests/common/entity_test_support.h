#pragma once

// What the entity-table tests share: the builtin table, built once, and a text's mentions as
// `id[matched text]`.

#include <lede/analyzer.h>

#include "common/entities/entity_table.h"

#include <ostream>
#include <set>
#include <string>

namespace entity_test {

// Built once: the builtin table is compiled on first use.
inline const lede::EntityTable& builtin() {
    static const lede::EntityTable table = lede::EntityTable::builtin();
    return table;
}

/// `id[matched text]` per mention the table asserts on its own, in text
/// order: a `weak` alias's mention (a GeoNames town, a name that is also a
/// word) is a candidate the article must support, tested with the places
/// idea (tests/indexer/extract/places_test.cc, geonames_places_test.cc).
inline std::string describe(const lede::EntityTable& table, const std::string& text,
                            const std::string& lang = "en") {
    lede::Analyzer analyzer;
    std::string out;
    for (const lede::EntityMention& mention : table.find_mentions(text, analyzer.analyze(text), lang)) {
        if (mention.needs_evidence) {
            continue;
        }
        out += (out.empty() ? "" : " ") + mention.id + '[' +
               text.substr(mention.begin, mention.end - mention.begin) + ']';
    }
    return out;
}

inline std::set<std::string> ids_in(const lede::EntityTable& table, const std::string& text,
                                    const std::string& lang) {
    lede::Analyzer analyzer;
    std::set<std::string> ids;
    for (const lede::EntityMention& mention : table.find_mentions(text, analyzer.analyze(text), lang)) {
        ids.insert(mention.id);
    }
    return ids;
}

struct MentionRow {
    std::string text;
    std::string lang;
    std::string expected; ///< describe() output
};

inline std::ostream& operator<<(std::ostream& out, const MentionRow& row) {
    return out << row.lang << ": " << row.text;
}

} // namespace entity_test
