// Chinese people named in Han characters, with pinyin ids (indexer/extract/names/chinese_names.cc).
// Each cue has sentences it must handle and near misses it must not fire on; the sentences and the
// news paragraphs are written for these tests, none is from the bundled corpus.

#include "indexer/extract/article_extraction.h"
#include "names_test_support.h"

#include <lede/analyzer.h>

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <ostream>
#include <string>
#include <vector>

namespace {

struct Row {
    const char* text;
    const char* expected; ///< "type:id[surface] ...", in text order
};

std::ostream& operator<<(std::ostream& out, const Row& row) {
    return out << row.text;
}

using names_test::table;

std::string describe(const std::string& text) {
    return names_test::describe(text, "zh");
}

const std::vector<Row> kCuedNames = {
    // A role right before the name; the role may end a longer word (外交部长).
    {"外交部长王毅会见了来访的客人。", "person:wang-yi[王毅]"},
    {"村民李明华告诉记者，房子倒了。", "person:li-minghua[李明华]"},
    {"村民区志明告诉记者，房子倒了。", "person:ou-zhiming[区志明]"},
    {"副市长钱卫东出席了仪式。", "person:qian-weidong[钱卫东]"},
    {"外交部发言人毛宁表示，中方坚决反对。", "person:mao-ning[毛宁]"},
    {"嫌疑人吴建军已被刑事拘留。", "person:wu-jianjun[吴建军]"},
    {"公司首席执行官钱卫东表示，业绩良好。", "person:qian-weidong[钱卫东]"},
    {"首席预报员张涛表示，未来三天仍有强降雨。", "person:zhang-tao[张涛]"},
    {"球员武磊说，比赛很艰苦。", "person:wu-lei[武磊]"},
    // A speech verb or an honorific right after it, the name opening a clause.
    {"康晓峰表示，今年的收成不错。", "person:kang-xiaofeng[康晓峰]"},
    {"据王建国介绍，当地已经停电。", "person:wang-jianguo[王建国]"},
    {"张国强教授认为，经济将回升。", "person:zhang-guoqiang[张国强]"},
    {"事后，黄丽萍女士回忆了当晚的情形。", "person:huang-liping[黄丽萍]"},
    // A byline in parentheses.
    {"新华社北京5月1日电（记者韩晓雪）", "person:han-xiaoxue[韩晓雪]"},
    // The name, then its age.
    {"目击者刘芳（45岁）说，她听到了巨响。", "person:liu-fang[刘芳]"},
    {"遇难者包括司机赵立新(52岁)。", "person:zhao-lixin[赵立新]"},
};

const std::vector<Row> kSurnames = {
    // Compound surnames: the given name's syllables are joined.
    {"欧阳娜娜表示，她很高兴。", "person:ouyang-nana[欧阳娜娜]"},
    {"司马南指出，这个问题很复杂。", "person:sima-nan[司马南]"},
    {"总经理诸葛明华说，订单已经排满。", "person:zhuge-minghua[诸葛明华]"},
    // Surnames read otherwise than the character's common reading.
    {"曾伟说，他不知道。", "person:zeng-wei[曾伟]"},
    {"单田芳先生生前常说，书要说活。", "person:shan-tianfang[单田芳]"},
    {"记者查建英报道。", "person:zha-jianying[查建英]"},
    {"仇晓东指出，防线已经加固。", "person:qiu-xiaodong[仇晓东]"},
    {"研究员解振华介绍了方案。", "person:xie-zhenhua[解振华]"},
    {"区志强表示，他会坚持下去。", "person:ou-zhiqiang[区志强]"},
    // ü is written u, as the slug of the English spelling "Lü" is.
    {"村民吕桂兰说，水已经退了。", "person:lu-guilan[吕桂兰]"},
};

const std::vector<Row> kLengths = {
    // A function character after the name ends it.
    {"主任陈晓东在会上说，工作已经完成。", "person:chen-xiaodong[陈晓东]"},
    {"局长田春生的讲话很短。", "person:tian-chunsheng[田春生]"},
    // "Led" and "went to" after the name end it too.
    {"部长黄明率工作组连夜赶赴现场。", "person:huang-ming[黄明]"},
    // No cue after a role: the word after the name says where it ends (会见 is one word).
    {"外长王毅出席了开幕式。", "person:wang-yi[王毅]"},
    // Nothing says: two given characters, the common case.
    {"副市长钱卫东出席了仪式。", "person:qian-weidong[钱卫东]"},
    // A word after the name ends it, whatever its characters (特别).
    {"村民李明华特别强调，水要烧开再喝。", "person:li-minghua[李明华]"},
    // A speech verb right after the name settles it.
    {"记者张伟说，现场很乱。", "person:zhang-wei[张伟]"},
};

const std::vector<Row> kRecurrences = {
    {"外长王毅表示，中方愿意合作。王毅还说，双方将加强沟通。", "person:wang-yi[王毅] person:wang-yi[王毅]"},
    // Before the mention with the cue, too.
    {"记者向李明了解情况。李明说，没事。", "person:li-ming[李明] person:li-ming[李明]"},
    {"外长王毅表示反对。会后王毅还说，双方将保持沟通。", "person:wang-yi[王毅] person:wang-yi[王毅]"},
    // Not where the same characters are part of a word (毅然) or of a longer name (李明华).
    {"村民李明说，水退了。听说李明华也在。", "person:li-ming[李明]"},
    {"外长王毅表示反对。王毅然决定离开。", "person:wang-yi[王毅]"},
};

const std::vector<Row> kNearMisses = {
    // 区 after the word of an area it ends (居民区 "residential area"), not after a people noun alone.
    {"周边居民区密集，晚间常有数百名市民在此跑步。", ""},
    // A surname's character starting a word (王国, 高速, 黄金, 周末, 马上).
    {"他马上说，周末去王国看黄金周的高速公路。", ""},
    {"王国强调，文化和旅游部门要做好假日市场监管。", ""},
    {"和平与发展仍是时代主题，金融风险总体可控。", ""},
    {"于是他说，何时出发还没有定。", ""},
    // 单打 ("singles") after a word: 单 is a surname, 打 no given name.
    {"她在女子单打比赛中获胜。", ""},
    // After a title-like word, a surname's character inside a common word.
    {"部长高度评价了这一成果。", ""},
    {"旅游专家黄金周表示，客流创新高。", ""},
    {"总统马上表示反对。", ""},
    {"记者从高铁站了解到，春运首日客流平稳。", ""},
    {"林业局局长表示，今年植树造林面积超过去年。", ""},
    {"乘客安全带必须系好，游客高峰期将持续到周日。", ""},
    {"乘客白雪说，车厢里很挤。", ""}, // 白雪 (snow) is one word: a name spelt like a word is missed
    {"专家表示，有关方面表示，白宫表示，高层表示。", ""},
    // A lone surname with a word or an honorific is no full name.
    {"张先生说，王女士表示，李教授指出。", ""},
    {"嫌疑人孙某被抓获。", ""},
    {"李师傅说，车坏了。王大爷告诉记者，路断了。", ""},
    {"毛主席说过，王部长说，陈院士指出。", ""},
    // 于 and 曾 after a role are "at" and "once", not surnames.
    {"总统于周一表示，谈判取得进展。", ""},
    {"部长曾公开表示反对。", ""},
    // A surname's character without any cue.
    {"李强调研了当地的企业。", ""},
    {"他张开双臂说，欢迎回家。", ""},
    // Foreign names: joined by a middle dot, or transliterated (马克龙, 古特雷斯).
    {"美国总统唐纳德·特朗普表示反对。", ""},
    {"记者安娜·马丁说", ""},
    // A part of a dotted name recurs alone.
    {"英国外交官约翰·马丁抵达北京。马丁说，双方谈得很好。", ""},
    {"华为表示，新手机将于下月上市。", ""},
    {"法国总统马克龙表示，法国支持。", ""},
    {"英国首相苏纳克表示，英国支持。", ""},
    // A transliteration's character a little after a name-like start (梅德韦|杰夫).
    {"俄罗斯前总统梅德韦杰夫表示反对。", ""},
    {"欧盟委员会主席冯德莱恩表示欢迎。", ""},
    {"美国国务卿鲁比奥说，会谈富有成果。", ""},
    // A name from a place that romanises otherwise.
    {"韩国总统尹锡悦表示，韩国支持。", ""},
    {"台湾地区领导人赖清德表示", ""},
    // Or a city or seat of government of it; but a Chinese agency's byline there is a Chinese reporter.
    {"首尔市长吴世勋表示，将全力救援。", ""},
    {"中新社首尔10月31日电（记者钱卫东）通报称，救援仍在进行。", "person:qian-weidong[钱卫东]"},
    // Nor where it recurs in a sentence that does not name the place.
    {"韩国总统尹锡悦表示支持。尹锡悦说，合作将继续。", ""},
    // Names the table knows are the table's (李强, 康义), and so are the words it knows (武警, armed police,
    // which the dictionary splits like a name).
    {"国务院总理李强表示，经济稳中向好。", ""},
    {"国家统计局局长康义表示，数据真实可靠。", ""},
    {"消防员、武警说，现场已经封锁。", ""},
    // A known place: no name inside it.
    {"在王家岭煤矿，救援人员说，井下还有人。", ""},
};

// Ordinary news paragraphs with prices, places and organisations: nobody is named in them.
const std::vector<Row> kParagraphs = {
    {"今年国庆黄金周期间，全国铁路发送旅客超过一亿人次，高速公路日均车流量同比增长一成。受高温天气影响，"
     "南方多地用电负荷创下新高，电网公司表示将全力保障居民用电。",
     ""},
    {"据海关统计，上月黄金进口量环比下降，国际金价一度跌至每盎司二千三百美元。分析人士认为，降息预期升温，"
     "石油和有色金属价格随之反弹，周末期间市场交投清淡。",
     ""},
    {"江苏省南京市一家化工厂周二凌晨发生火灾，消防部门出动二十辆消防车，火势于清晨得到控制。市应急管理局"
     "表示，事故造成两人受伤，暂无人员死亡，起火原因正在调查中。有关部门马上进行了排查。",
     ""},
};

} // namespace

BOOST_AUTO_TEST_SUITE(chinese_names)

BOOST_DATA_TEST_CASE(a_role_a_speech_verb_or_an_age_names_a_person, boost::unit_test::data::make(kCuedNames),
                     row) {
    BOOST_TEST(describe(row.text) == row.expected);
}

BOOST_DATA_TEST_CASE(surnames_compound_or_read_as_surnames, boost::unit_test::data::make(kSurnames), row) {
    BOOST_TEST(describe(row.text) == row.expected);
}

BOOST_DATA_TEST_CASE(the_cues_and_the_words_around_set_the_length, boost::unit_test::data::make(kLengths),
                     row) {
    BOOST_TEST(describe(row.text) == row.expected);
}

BOOST_DATA_TEST_CASE(a_name_found_is_found_again_where_it_recurs, boost::unit_test::data::make(kRecurrences),
                     row) {
    BOOST_TEST(describe(row.text) == row.expected);
}

BOOST_DATA_TEST_CASE(words_foreign_names_and_known_places_are_no_chinese_names,
                     boost::unit_test::data::make(kNearMisses), row) {
    BOOST_TEST(describe(row.text) == row.expected);
}

BOOST_DATA_TEST_CASE(ordinary_news_text_names_nobody, boost::unit_test::data::make(kParagraphs), row) {
    BOOST_TEST(describe(row.text) == row.expected);
}

BOOST_AUTO_TEST_CASE(a_chinese_name_reaches_the_articles_entities) {
    lede::Article article;
    article.title = "救灾物资运抵灾区";
    article.body = "村民李明华告诉记者，救灾物资已经运到。李明华说，大家都很感激。";
    article.lang = "zh";
    lede::Analyzer analyzer;
    const lede::extract::ArticleExtraction extraction = lede::extract::extract_article(
        article, "zh", analyzer.analyze(article.title), analyzer.analyze(article.body), table());
    const auto found =
        std::find_if(extraction.entities.begin(), extraction.entities.end(),
                     [](const lede::extract::EntityOccurrence& entity) { return entity.id == "li-minghua"; });
    BOOST_TEST_REQUIRE((found != extraction.entities.end()));
    BOOST_TEST(found->mentions == 2U);
    BOOST_TEST(found->name == "李明华");
    BOOST_TEST((found->discovered == lede::EntityType::person));
}

BOOST_AUTO_TEST_SUITE_END()
