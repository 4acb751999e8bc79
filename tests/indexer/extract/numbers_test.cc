// The reading every casualty and date rule starts from (numbers::read): tokens
// folded one way whatever script or width they were written in, numbers in
// each language's grouping, clauses and sentences cut where the text cuts them.
// ASCII takes a shortcut past ICU's properties; each row here that mixes ASCII
// with other scripts is its near miss.
#include "indexer/extract/article_extraction.h"

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <ostream>
#include <string>
#include <vector>

namespace {

struct Case {
    const char* lang;
    const char* text;
    std::string tokens;  ///< folded texts joined by '|'
    std::string clauses; ///< each token's clause number
};

std::ostream& operator<<(std::ostream& out, const Case& c) {
    return out << c.lang << ": " << c.text;
}

const std::vector<Case> kCases = {
    {"en", "KILLED Killed killed", "killed|killed|killed", "000"},
    {"en", "ＫＩＬＬＥＤ ５ people", "killed|5|people", "000"},
    {"en", "At least 1,200 were hurt; 3 died.", "at|least|1200|were|hurt|3|died", "0000011"},
    {"de", "Mindestens 11.000 Verletzte, 3,5 Prozent", "mindestens|11000|verletzte|3.5|prozent", "00011"},
    {"fr", "2 900 blessés. Puis 40 morts", "2900|blessés|puis|40|morts", "00111"},
    {"ru", "Погибли ЁЛКИ и Ёж", "погибли|елки|и|еж", "0000"},
    {"uk", "м'ясо і Львів", "м'ясо|і|львів", "000"},
    {"en", "don't stop", "don|t|stop", "000"},
    {"ar", "قُتِلَ ٤٠ شخصا، وأصيب", "قتل|40|شخصا|واصيب", "0001"},
    {"ja", "死者40人", "死|者|40|人", "0000"},
    {"en", "5 died. Then 7 more", "5|died|then|7|more", "00111"},
};

} // namespace

BOOST_AUTO_TEST_SUITE(numbers)

BOOST_DATA_TEST_CASE(tokens_fold_alike_in_every_script_and_clauses_cut_where_the_text_does,
                     boost::unit_test::data::make(kCases), c) {
    const lede::extract::numbers::NumberedText read = lede::extract::read_numbers(c.text, c.lang);
    std::string tokens;
    std::string clauses;
    for (const auto& tok : read.tokens.toks) {
        tokens += (tokens.empty() ? "" : "|") + tok.text;
        clauses += static_cast<char>('0' + tok.clause);
    }
    BOOST_TEST(tokens == c.tokens);
    BOOST_TEST(clauses == c.clauses);
}

BOOST_AUTO_TEST_SUITE_END()
