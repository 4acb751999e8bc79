#pragma once

// What the casualty tests share: the figures of a text as extract_article finds them, a one-line
// description of them, and a sentence row with the rule it exercises or must not fire on.

#include "indexer/extract/article_extraction.h"
#include "indexer/extract/casualties/figures.h"

#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace casualty_test {
namespace casualties = lede::extract::casualties;
using casualties::CasualtyFigure;
using casualties::CasualtyKind;
using casualties::kind_name;
using casualties::Qualifier;
using casualties::qualifier_name;

inline constexpr const char* kDate = "2024-03-23";

// The figures of a text as extract_article finds them: the text read for its numbers, then the
// casualty grammar over them.
inline std::vector<CasualtyFigure> extract_casualties(std::string_view text, std::string_view lang,
                                                      std::string_view publication_date) {
    const lede::extract::numbers::NumberedText numbered = lede::extract::read_numbers(text, lang);
    return casualties::extract(
        numbered, publication_date,
        lede::extract::named_months(numbered, publication_date,
                                    lede::extract::dates::extract(numbered, publication_date)));
}

// "deaths 133..133 exact; injured 101.. more_than", flagged " historical", " superseded", " hypothetical".
inline std::string describe(const std::vector<CasualtyFigure>& figures) {
    std::string out;
    for (const CasualtyFigure& f : figures) {
        out += out.empty() ? "" : "; ";
        out += std::string(kind_name(f.kind)) + " " + std::to_string(f.low) + ".." +
               (f.high ? std::to_string(*f.high) : "") + " " + std::string(qualifier_name(f.qualifier));
        out += f.historical ? " historical" : "";
        out += f.superseded ? " superseded" : "";
        out += f.hypothetical ? " hypothetical" : "";
    }
    return out;
}

struct Row {
    std::string lang;
    std::string rule; ///< the rule the sentence exercises; "!rule": a near miss it must not fire on
    std::string text;
    std::string expected;
};
inline std::ostream& operator<<(std::ostream& out, const Row& row) {
    return out << row.lang << " " << row.rule << ": " << row.text;
}

inline void check(const Row& row) {
    const std::vector<CasualtyFigure> figures = extract_casualties(row.text, row.lang, kDate);
    BOOST_TEST(describe(figures) == row.expected);
    if (!row.rule.starts_with("!") && row.rule != "historical" && row.rule != "hypothetical") {
        const std::string id = row.lang + "." + row.rule;
        BOOST_TEST(std::any_of(figures.begin(), figures.end(),
                               [&](const CasualtyFigure& f) { return f.rule == id; }),
                   "rule " << id << " fired");
    }
}

} // namespace casualty_test
