// The places idea (indexer/extract/places/): a weak place name counts only
// where the article supports it. Each rule has a sentence it must accept and
// a near miss it must refuse.
#include <lede/analyzer.h>

#include "common/entities/entity_table.h"
#include "extract_test_support.h"
#include "indexer/extract/places/place_evidence.h"

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <ostream>
#include <set>
#include <string>
#include <vector>

namespace {

using extract_test::builtin;

/// The ids an article of one title and one body keeps, sorted, space-separated.
std::string kept(const std::string& title, const std::string& body, const std::string& lang) {
    lede::Analyzer analyzer;
    const std::vector<lede::Token> title_tokens = analyzer.analyze(title);
    const std::vector<lede::Token> body_tokens = analyzer.analyze(body);
    std::vector<lede::EntityMention> in_title = builtin().find_mentions(title, title_tokens, lang);
    std::vector<lede::EntityMention> in_body = builtin().find_mentions(body, body_tokens, lang);
    std::vector<lede::extract::places::MentionedText> texts{{title, title_tokens, in_title, true},
                                                            {body, body_tokens, in_body, false}};
    lede::extract::places::keep_supported(texts, lang, builtin());
    std::set<std::string> ids;
    for (const auto& mentions : {in_title, in_body}) {
        for (const lede::EntityMention& mention : mentions) {
            ids.insert(mention.id);
        }
    }
    std::string out;
    for (const std::string& id : ids) {
        out += (out.empty() ? "" : " ") + id;
    }
    return out;
}

struct Case {
    std::string rule;
    std::string lang;
    std::string title;
    std::string body;
    std::string ids;
};
std::ostream& operator<<(std::ostream& out, const Case& row) {
    return out << row.rule << " (" << row.lang << ")";
}

const std::vector<Case> kCases = {
    // A locative preposition before a town.
    {"preposition", "en", "", "Two people died in Goslar on Sunday.", "goslar"},
    {"preposition: near miss", "en", "", "Goslar said it would appeal.", ""},
    {"preposition (ru)", "ru", "", "Пожар произошёл в Брянске ночью.", "bryansk"},
    {"preposition (de)", "de", "", "Ein Feuer in Norden zerstörte zwei Häuser.", "norden"},
    {"preposition по (ru)", "ru", "", "Удары нанесены по Белгороду ночью.", "belgorod"},
    // One adjective in lower case between the preposition and the town.
    {"preposition and adjective", "en", "", "Two people died in nearby Goslar on Sunday.", "goslar"},
    {"preposition and adjective: not a locative adjective", "en", "",
     "Two people died in old Goslar on Sunday.", ""},
    {"preposition and adjective (de)", "de", "",
     "Ein Feuer im niedersächsischen Goslar zerstörte zwei Häuser.", "goslar"},
    {"preposition, article and adjective (de)", "de", "", "Die Feuerwehr kam aus dem benachbarten Goslar.",
     "goslar"},
    {"adjective without a preposition (de): near miss", "de", "", "Wir danken dem niedersächsischen Goslar.",
     ""},
    {"preposition and adjective (ru)", "ru", "", "Пожар произошёл в соседнем Брянске ночью.", "bryansk"},
    {"adjective after a non-locative word (ru): near miss", "ru", "", "Вопрос о соседнем Брянске обсудили.",
     ""},
    // A lower-case word list (wspanish) holds proper nouns too: only a word that a case-keeping dictionary
    // of the language also writes in lower case is a common word.
    {"a city the Spanish word list writes in lower case", "es", "", "Los asaltantes entraron en Guayaquil.",
     "guayaquil"},
    {"a town that is also a word: near miss", "es", "", "Los asaltantes entraron en Cuenca.", ""},
    // A katakana name is no kanji name's tail.
    {"a katakana place after a compass word (ja)", "ja", "", "インド西部グジャラート州で事故があった。",
     "gujarat india"},
    {"a kanji place as a longer name's tail (ja): near miss", "ja", "", "東大阪市で事故があった。", ""},
    {"an article makes a noun: near miss", "de", "", "Schwere Regenfälle im Norden des Landes.", ""},
    {"a region named with its article (fr)", "fr", "", "Des crues ont touché la Wallonie.", "walloon-region"},
    {"a region named with its article (de)", "de", "", "Schwere Unwetter im Saarland.", "saarland"},
    // The town's region or country named elsewhere in the article.
    {"ancestor", "en", "Storm hits Lower Saxony", "Goslar was flooded.", "goslar lower-saxony"},
    {"ancestor: a common word", "en", "", "Floods reached Reading, in the south of England.",
     "england reading"},
    {"a common word with only a preposition: near miss", "en", "", "Officials met in Reading on Monday.", ""},
    // Another named town of its region.
    {"a town of a named town's region", "ru", "", "Жители Ростова-на-Дону и Таганрога слышали взрывы.",
     "rostov-on-don taganrog"},
    {"a common word in a named town's region: near miss", "en", "", "Floods hit London and Reading.",
     "london"},
    // The dateline.
    {"dateline", "en", "", "NICE (AP) — A storm hit the coast.", "nice"},
    {"dateline: near miss mid-text", "en", "", "The storm was Nice, they said.", ""},
    // A place word.
    {"place word", "en", "", "The town of Goslar was evacuated.", "goslar"},
    {"place word (zh)", "zh", "", "山东省滕州市发生火灾。", "shandong tengzhou"},
    {"han pair with only the country: near miss", "zh", "", "中国的滕州发生火灾。", "china"},
    // Written as a name.
    {"lower case: near miss", "fr", "", "Les touristes visitaient la médina de Fès.", "fez"},
    {"inside a person's name: near miss", "en", "", "Jordan Bardella spoke in Paris.",
     "jordan-bardella paris"},
    {"a given-name country with a preposition", "en", "", "Aid convoys crossed into Jordan on Friday.",
     "jordan"},
    {"after a capitalised word: near miss", "en", "", "Fans of Michael Jordan gathered.", "michael-jordan"},
    // A GeoNames name that needs no evidence is still written as a name.
    {"a region inside a person's name: near miss", "en", "", "He met Vladimir Putin.", "vladimir-putin"},
    {"a region named alone", "en", "", "Fires spread across Vladimir, officials said.", "vladimir"},
    {"a name ending in a lower-case word before a person's name", "ru", "",
     "Было тихо. Губернатор Свердловской области Евгений Куйвашев прибыл на место.", "sverdlovsk-oblast"},
    {"Title Case in a headline", "en", "Floods Hit Novosibirsk After Storm", "", "novosibirsk"},
    {"a place inside a longer place name: near miss", "en", "Storm hits Lower Saxony", "", "lower-saxony"},
    {"an Arabic town after a preposition, its country named", "ar", "",
     "وقال مسؤول في بنغازي إن ليبيا تحتاج إلى المساعدة.", "benghazi libya"},
    {"an Arabic town after a preposition, no country: near miss", "ar", "",
     "وقال مسؤول في بنغازي إن الوضع صعب.", ""},
    {"an Arabic town with its country, no preposition: near miss", "ar", "", "أعلنت ليبيا أن بنغازي منكوبة.",
     "libya"},
    {"a place word before an Arabic town, a space between (ar)", "ar", "",
     "اجتاحت السيول مدينة درنة في شرق ليبيا.", "darnah libya"},
    {"an Arabic list after a preposition shares it (ar)", "ar", "", "تضررت مناطق في سوسة والمنستير بتونس.",
     "monastir sousse tunisia"},
    {"a name with the Arabic article is a noun: near miss (ar)", "ar", "", "اجتاحت السيول الوادي.", ""},
    // An office or an origin tied to a place before "de"/"of" is evidence; the word alone is not.
    {"an office of a place (fr)", "fr", "", "Louis Aliot, actuel maire de Perpignan, a réagi.", "perpignan"},
    {"an origin (fr)", "fr", "", "Il est originaire de Trente, a-t-il dit.", "trento"},
    {"a town that is a word: near miss (fr)", "fr", "", "Trente ans après, la ville se souvient.", ""},
    // A Japanese dateline in brackets, its agency after it, is a dateline; a word in them is not.
    {"a dateline in brackets (ja)", "ja", "", "【マイアミ＝共同】大谷翔平が出場した。",
     "miami shohei-ohtani"},
    {"a dateline in brackets without an agency (ja)", "ja", "", "【マイアミ】大谷翔平が出場した。",
     "miami shohei-ohtani"},
    {"a word in brackets: near miss (ja)", "ja", "", "【マイアミ旅行】人気が高まった。", ""},
    // A name ending in a compass point before 部 is a direction; 部分 is a part of the place.
    {"a compass point before 部 (ja)", "ja", "", "北海道の中東部で地震があった。", "hokkaido"},
    {"a compass point before 部 (zh)", "zh", "", "我国中东部地区将出现大范围降温。", ""},
    {"a part of the place: near miss (zh)", "zh", "", "山东部分地区出现暴雨。", "shandong"},
    {"a name ending in a compass point is none (zh)", "zh", "", "山东青岛发生爆炸。", "qingdao shandong"},
    // Unless the article is the name's own: الرياض and القاهرة are how Riyadh and Cairo are written.
    {"a name whose own article is written (ar)", "ar", "", "وفي الرياض، قال المسؤول إن الوضع مستقر.",
     "riyadh"},
    {"a name whose own article is written, after a preposition (ar)", "ar", "",
     "قال المسؤول إن الوضع في القاهرة مستقر.", "cairo"},
    // A Han place right after a larger unit that does not contain it is that unit's namesake.
    {"a ward after another city than its own (ja)", "ja", "",
     "東京都でも火災があった。大阪市北区のビルが燃えた。", "osaka tokyo"},
    {"a ward after its own city: near miss (ja)", "ja", "", "東京都港区のビルが燃えた。",
     "minato-tokyo tokyo"},
    // A town's adjective before "район" names a district of another town, not the town.
    {"a town's adjective before 'район' (ru)", "ru", "", "Пожар произошёл в Советском районе Казани.",
     "kazan"},
    {"the town after a preposition: near miss (ru)", "ru", "", "Пожар произошёл в Советске.", "sovetsk"},
    // A local service's word names the town it serves: "Feuerwehr Leverkusen", "Bomberos de Riobamba".
    {"a local service's word before a town (de)", "de", "", "Die Feuerwehr Leverkusen war im Einsatz.",
     "leverkusen"},
    {"a town with no service word: near miss (de)", "de", "", "Dann sprach Leverkusen von einem Unglück.",
     ""},
    {"a local service's word and 'de' before a town (es)", "es", "", "Los Bomberos de Riobamba llegaron.",
     "riobamba"},
    {"another noun and 'de' before a town: near miss (es)", "es", "", "Los jugadores de Riobamba llegaron.",
     ""},
    {"the police's word before a town (ar)", "ar", "", "قالت شرطة إربد إن السائق فر.", "irbid"},
    {"a list after a preposition shares it (de)", "de", "",
     "Die Verletzten wurden nach Kempten, Garmisch-Partenkirchen und Innsbruck gebracht.",
     "garmisch-partenkirchen innsbruck kempten-allgau"},
    {"a list with no preposition: near miss (de)", "de", "",
     "Am Montag meldeten Kempten, Garmisch-Partenkirchen und Innsbruck Schäden.", ""},
    // In Han script, a city's name at the head of a ward's or town's, or (Japanese) at the tail of a longer
    // kanji name, is no mention of the city.
    {"a city after its prefecture (ja)", "ja", "", "大阪府堺市で火災があった。", "osaka sakai"},
    {"a Tokyo ward with Tokyo named (ja)", "ja", "", "気象庁は東京都港区で会見を開いた。",
     "japan-meteorological-agency minato-tokyo tokyo"},
    {"a ward of the same name in Osaka: near miss (ja)", "ja", "", "大阪市港区で火災があった。", "osaka"},
    {"the head of a ward's name: near miss (ja)", "ja", "", "広島市安芸区で土砂崩れがあった。", "hiroshima"},
    {"the tail of a longer kanji name: near miss (ja)", "ja", "", "大阪府大阪狭山市で火災があった。",
     "osaka"},
    {"a city without 市 (zh)", "zh", "", "记者在深圳看到，道路积水严重。", "shenzhen"},
    // Demonyms name no place (the gold guide), nor does a country's name after a compass kanji.
    {"a people after ชาว: near miss (th)", "th", "", "มีชาวจีนและชาวเกาหลีใต้เดินทางมา", ""},
    {"a country named (th)", "th", "", "นักท่องเที่ยวจากจีนเดินทางมา", "china"},
    {"a people with 人: near miss (ja)", "ja", "", "日本人観光客が足止めされた。", ""},
    {"a region after a compass kanji: near miss (ja)", "ja", "", "西日本を中心に大雨が降った。", ""},
    {"a word opening with 人 is no people (zh)", "zh", "", "这是别斯兰人质事件以来最严重的袭击。",
     "beslan beslan-school-siege-2004"},
    // A short Thai name of a foreign town or region is as often a syllable: it needs evidence.
    {"a short Thai name inside a word: near miss (th)", "th", "", "เมื่อวานนี้เดินไกล 5 กิโลเมตร", ""},
    // A Thai province is a word of ICU's dictionary: across two others it is none (อัตรา|ดอกเบี้ย, "interest
    // rate").
    {"a Thai province across words: near miss (th)", "th", "", "ธนาคารคงอัตราดอกเบี้ยนโยบาย", ""},
    {"a Thai province (th)", "th", "", "น้ำท่วมหนักที่จังหวัดตราด", "trat"},
    {"a town in its named region (zh)", "zh", "", "北京市通州出现暴雨。", "beijing tongzhou"},
    {"the head of a district's name: near miss (zh)", "zh", "", "北京市通州区出现暴雨。", "beijing"},
    // Japan's regions; 四国 is weak, as Chinese writes it for "four countries"; a company's name is opaque.
    {"Japan's regions (ja)", "ja", "", "台風は九州を縦断し、関東や東北にも被害が出た。",
     "kanto kyushu tohoku"},
    {"a region with its suffix (ja)", "ja", "", "台風10号は四国沖を北上し、四国地方で大雨。", "shikoku"},
    {"four countries: near miss (zh)", "zh", "", "四国外长举行会谈。", ""},
    {"a company named after a region: near miss (ja)", "ja", "", "九州電力は異常はないと発表した。",
     "kyushu-electric-power"},
};

} // namespace

BOOST_AUTO_TEST_SUITE(place_evidence)

BOOST_DATA_TEST_CASE(weak_places_count_only_with_evidence, boost::unit_test::data::make(kCases), row) {
    BOOST_TEST(kept(row.title, row.body, row.lang) == row.ids);
}

BOOST_AUTO_TEST_CASE(mentions_that_need_no_evidence_pass_unchanged) {
    BOOST_TEST(kept("", "Crowds gathered in Novosibirsk and Moscow.", "en") == "moscow novosibirsk");
    BOOST_TEST(kept("", "Толпы собрались в Новосибирске.", "ru") == "novosibirsk");
}

BOOST_AUTO_TEST_SUITE_END()
