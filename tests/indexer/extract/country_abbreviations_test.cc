// Countries written as one character in Chinese and Japanese news
// (indexer/extract/places/country_abbreviations.cc): the character counts before a word of state, trade or
// war, in a pair of them, or (Japanese) before a firm's name. Each use has a near miss where the character is
// part of another word.
#include "extract_test_support.h"
#include "indexer/extract/places/country_abbreviations.h"

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <ostream>
#include <string>
#include <vector>

namespace {

using extract_test::builtin;

/// The countries found in one text, in text order: "united-states[米] china[中]".
std::string countries_in(const std::string& text, const std::string& lang) {
    const extract_test::AnalyzedText in = extract_test::analyzed(text, lang);
    return extract_test::ids_with_surfaces(text, lede::extract::places::find_country_abbreviations(
                                                     in.text, in.tokens, lang, in.known, builtin()));
}

struct Row {
    std::string lang;
    std::string text;
    std::string countries;
};
std::ostream& operator<<(std::ostream& out, const Row& row) {
    return out << row.lang << ": " << row.text;
}

const std::vector<Row> kRows = {
    {"ja", "米政府は声明を発表した。", "united-states[米]"},
    {"ja", "日米首脳会談が開かれた。", "japan[日] united-states[米]"},
    {"ja", "米中関係が悪化した。", "united-states[米] china[中]"},
    {"ja", "仏ルノーと提携した。", "france[仏]"},
    {"ja", "独VWの販売が伸びた。", "germany[独]"},
    {"ja", "新米の価格が上がった。", ""},     // new rice
    {"ja", "南米では大雨が続いた。", ""},     // South America
    {"ja", "日中は暑かった。", ""},           // daytime
    {"ja", "中米諸国が会合した。", ""},       // Central America
    {"ja", "米国政府は声明を発表した。", ""}, // the table's 米国
    {"zh", "美方表示关切。", "united-states[美]"},
    {"zh", "中美关系出现变化。", "china[中] united-states[美]"},
    {"zh", "俄乌冲突持续。", "russia[俄] ukraine[乌]"},
    {"zh", "他表示，以军发动空袭。", "israel[以]"},
    {"zh", "这里的风景很美丽。", ""},
    {"zh", "法院作出判决。", ""},
    {"zh", "美元汇率上涨。", ""},
    {"zh", "可以方便地查询。", ""}, // 以 inside a word
};

} // namespace

BOOST_AUTO_TEST_SUITE(country_abbreviations)

BOOST_DATA_TEST_CASE(a_country_in_one_character_counts_where_news_abbreviates_it,
                     boost::unit_test::data::make(kRows), row) {
    BOOST_TEST(countries_in(row.text, row.lang) == row.countries);
}

BOOST_AUTO_TEST_SUITE_END()
