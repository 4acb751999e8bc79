// Chinese counties, towns, townships and districts, and Japanese towns, villages and wards
// (indexer/extract/places/admin_units.cc): a name after the larger unit it belongs to is the pinyin of
// its name and its kind, or the Hepburn spelling of ENAMDICT's one reading. Each rule has a near
// miss that must give nothing.
#include "extract_test_support.h"
#include "indexer/extract/places/admin_units.h"

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <ostream>
#include <string>
#include <vector>

namespace {

using extract_test::builtin;

/// The ids and names of the units found in one text, in text order: "luding-county[泸定县]".
std::string units_in(const std::string& text, const std::string& lang = "zh") {
    const extract_test::AnalyzedText in = extract_test::analyzed(text, lang);
    return extract_test::ids_with_surfaces(
        text, lede::extract::places::find_admin_units(in.text, in.tokens, lang, in.known, builtin()));
}

struct Row {
    std::string rule;
    std::string text;
    std::string units;
};
std::ostream& operator<<(std::ostream& out, const Row& row) {
    return out << row.rule << ": " << row.text;
}

const std::vector<Row> kRows = {
    {"after a province's and a prefecture's names", "四川省甘孜州泸定县发生地震。", "luding-county[泸定县]"},
    {"a town after its county (which has none before it)", "泸定县磨西镇受灾严重。", "moxi-town[磨西镇]"},
    {"after a city the table knows", "广东省梅州市大埔县发生塌方。", "dabu-county[大埔县]"},
    {"a district", "宜宾市翠屏区发生洪涝。", "cuiping-district[翠屏区]"},
    {"after an autonomous prefecture", "甘孜藏族自治州泸定县发生地震。", "luding-county[泸定县]"},
    {"an autonomous county by its name", "青海省海东市民和回族土族自治县受灾。",
     "minhe-county[民和回族土族自治县]"},
    {"a list of counties", "四川省泸定县、石棉县和九龙县受灾。",
     "luding-county[泸定县] shimian-county[石棉县] jiulong-county[九龙县]"},
    // Near misses.
    {"a name alone: near miss", "泸定县发生地震。", ""},
    {"a word for an area: near miss", "四川省受灾地区正在救援，全县停电。", ""},
    {"a new area: near miss", "天津市滨海新区发生爆炸。", ""},
    {"after a word for an area: near miss", "灾区群众和县城居民已转移。", ""},
    {"a theatre command: near miss", "解放军西部战区派出兵力。", ""},
    {"a function word before the kind, after a place: near miss", "珠穆朗玛峰就在县境内。", ""},
    {"a county after a place (a mountain)", "珠穆朗玛峰定日县受灾。", "dingri-county[定日县]"},
};

// Japanese towns, villages and wards ENAMDICT reads one way, after their prefecture or city.
const std::vector<Row> kJapaneseRows = {
    {"a town after its prefecture", "長野県軽井沢町でバスが転落した。", "karuizawa[軽井沢町]"},
    {"a village", "長野県白馬村で雪崩があった。", "hakuba[白馬村]"},
    {"a town after its city", "岡山県倉敷市真備町が浸水した。", "mabi[真備町]"},
    {"a ward takes its city's id", "京都市伏見区で火災があった。", "fushimi-kyoto[伏見区]"},
    {"a particle between: near miss", "群馬県の軽井沢町でバスが転落した。", ""},
    {"two readings (しか, しが): near miss", "石川県志賀町で震度7を観測した。", ""},
    {"a ward with no city named: near miss", "伏見区で火災があった。", ""},
};

} // namespace

BOOST_AUTO_TEST_SUITE(admin_units)

BOOST_DATA_TEST_CASE(a_chinese_unit_after_its_larger_unit_is_its_pinyin_and_kind,
                     boost::unit_test::data::make(kRows), row) {
    BOOST_TEST(units_in(row.text, row.text.find("県") != std::string::npos ? "ja" : "zh") == row.units);
}

BOOST_AUTO_TEST_CASE(a_unit_is_named_in_english_news_style) {
    lede::Analyzer analyzer;
    const std::string text = "四川省甘孜州泸定县磨西镇";
    const std::vector<lede::Token> tokens = analyzer.analyze(text);
    const auto units = lede::extract::places::find_admin_units(text, tokens, "zh", {}, builtin());
    BOOST_REQUIRE(units.size() == 2U);
    BOOST_TEST(units[0].name == "Luding County");
    BOOST_TEST(units[1].name == "Moxi Town");
}

BOOST_AUTO_TEST_SUITE_END()
