// Tolls the article itself reports as superseded (issue #14): an earlier report contrasted with a
// newer toll never becomes the article's figure, whether the newer toll is larger or smaller; a
// preliminary toll with nothing newer stays the figure. Sentences in every language, each with its
// near misses, then one whole article per language through extract_article, as the indexer calls it.
#include "tests/indexer/extract/casualty_test_support.h"

#include "common/entities/entity_table.h"

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <optional>
#include <string>
#include <vector>

namespace {

using namespace casualty_test;

struct EarlierRow {
    std::string lang;
    std::string kind; ///< "earlier": a superseded toll; "!…": a near miss that supersedes nothing
    std::string text;
    std::string expected;     ///< describe() of the figures
    std::uint64_t resolved{}; ///< the article's deaths (stated); its injured for kind "injured"
};
std::ostream& operator<<(std::ostream& out, const EarlierRow& row) {
    return out << row.lang << " " << row.kind << ": " << row.text;
}

// An earlier report and a newer toll; each language's near misses: a preliminary toll that is the
// current one, an "earlier" that is another event or a sequence, an initial toll with nothing newer.
const std::vector<EarlierRow> kEarlierRows = {
    {"en", "earlier", "Authorities first said 50 people died; the toll now stands at 35.",
     "deaths 50..50 exact superseded; deaths 35..35 exact", 35},
    {"en", "earlier", "Officials had initially reported 50 deaths. Police now say 35 people were killed.",
     "deaths 50..50 exact superseded; deaths 35..35 exact", 35},
    {"en", "earlier", "35 people were killed, police said, revising an earlier toll of 50.",
     "deaths 35..35 exact; deaths 50..50 exact superseded", 35},
    {"en", "earlier", "Officials initially said 12 people died. By Monday the toll had risen to 31.",
     "deaths 12..12 exact superseded; deaths 31..31 exact", 31},
    {"en", "earlier",
     "Rescuers have found survivors, and the toll now stands at 35, down from an earlier death "
     "toll of 50.",
     "deaths 35..35 exact; deaths 50..50 exact superseded", 35},
    {"en", "earlier", "The toll stands at 35 after initial reports of 50 deaths.",
     "deaths 35..35 exact; deaths 50..50 exact superseded", 35},
    {"en", "!preliminary", "Preliminary figures show 50 people dead. In the old town, 12 people were killed.",
     "deaths 50..50 exact; deaths 12..12 exact", 50},
    {"en", "!another-event",
     "Earlier this month, 3 people were killed in a similar attack. On Sunday, 12 "
     "people were killed.",
     "deaths 3..3 exact; deaths 12..12 exact", 12},
    {"en", "!sequence", "The blast initially killed 12 people, and 3 more died later in hospital.",
     "deaths 12..12 exact; deaths 3..3 exact", 12},
    {"en", "earlier", "Police had earlier put the death toll at 50. On Monday 35 people were confirmed dead.",
     "deaths 50..50 exact superseded; deaths 35..35 exact", 35},
    {"en", "!sequence",
     "The gunmen had earlier killed 12 people at a checkpoint. Eight more died in the hotel.",
     "deaths 12..12 exact; deaths 8..8 exact", 12},
    {"en", "earlier",
     "Fifty people died, according to an earlier toll. Police now say 35 people were killed.",
     "deaths 50..50 exact superseded; deaths 35..35 exact", 35},
    {"en", "earlier", "35 people were killed, more than earlier reports of 20 deaths.",
     "deaths 35..35 exact; deaths 20..20 exact superseded", 35},
    {"en", "!initial-only", "Officials initially said 12 people died.", "deaths 12..12 exact", 12},
    // "First reports" of a toll are an earlier one.
    {"uk", "earlier", "Загинули 14 людей. Перші повідомлення про 18 загиблих не підтвердилися.",
     "deaths 14..14 exact; deaths 18..18 exact superseded", 14},
    {"ru", "earlier", "Погибли 14 человек. Первые сообщения о 18 погибших не подтвердились.",
     "deaths 14..14 exact; deaths 18..18 exact superseded", 14},
    {"en", "!sub-total", "Officials initially said 50 people died. Twelve of the dead were children.",
     "deaths 50..50 exact; deaths 12..12 exact", 50},
    {"en", "!verb-then-adverb",
     "Police said 12 people were killed in the previously peaceful village. A further 8 died in hospital.",
     "deaths 12..12 exact; deaths 8..8 exact", 12},
    {"en", "!part",
     "Officials initially said 40 people died in the two blasts. In the market blast alone, 25 "
     "people were killed.",
     "deaths 40..40 exact; deaths 25..25 exact", 40},
    {"en", "!said-earlier",
     "Police said earlier on Sunday that 31 people were killed. Among them, 4 children "
     "died in the school.",
     "deaths 31..31 exact; deaths 4..4 exact", 31},
    {"de", "earlier", "Zunächst war von 50 Toten die Rede, inzwischen spricht die Polizei von 35 Toten.",
     "deaths 50..50 exact superseded; deaths 35..35 exact", 35},
    {"de", "earlier", "Die Behörden hatten zunächst 50 Tote gemeldet. Nun sind 35 Tote bestätigt.",
     "deaths 50..50 exact superseded; deaths 35..35 exact", 35},
    {"de", "earlier",
     "Nach ersten Angaben kamen 40 Menschen ums Leben. Zuvor hatte die Polizei von 45 Toten "
     "gesprochen.",
     "deaths 40..40 exact; deaths 45..45 exact superseded", 40},
    {"de", "earlier",
     "Die zunächst gemeldeten 50 Toten bestätigte die Polizei nicht, inzwischen spricht sie von 35 Toten.",
     "deaths 50..50 exact superseded; deaths 35..35 exact", 35},
    {"de", "!preliminary",
     "Nach ersten Angaben kamen 50 Menschen ums Leben. In der Altstadt starben 12 Menschen.",
     "deaths 50..50 exact; deaths 12..12 exact", 50},
    {"de", "!another-event",
     "Zuvor waren bei einem ähnlichen Anschlag 3 Menschen getötet worden. Am Sonntag "
     "starben 12 Menschen.",
     "deaths 3..3 exact; deaths 12..12 exact", 12},
    {"fr", "injured",
     "Près de 600 personnes ont été blessées, alors que les premiers chiffres faisaient état de 575 blessés.",
     "injured 540..599 nearly; injured 575..575 exact superseded", 600},
    {"fr", "earlier", "Un précédent bilan faisait état de 50 morts. Le bilan s'établit désormais à 35 morts.",
     "deaths 50..50 exact superseded; deaths 35..35 exact", 35},
    {"fr", "earlier",
     "Les autorités avaient initialement annoncé 50 morts, mais on compte désormais 35 morts.",
     "deaths 50..50 exact superseded; deaths 35..35 exact", 35},
    {"fr", "!preliminary",
     "Selon un premier bilan, 50 personnes sont mortes. Dans le centre, 12 personnes ont "
     "été tuées.",
     "deaths 50..50 exact; deaths 12..12 exact", 50},
    {"fr", "!another-event",
     "Plus tôt ce mois-ci, 3 personnes ont été tuées dans une attaque similaire. "
     "Dimanche, 12 personnes ont été tuées.",
     "deaths 3..3 exact; deaths 12..12 exact", 12},
    {"es", "earlier",
     "Un balance anterior hablaba de 50 muertos. Ahora las autoridades confirman 35 muertos.",
     "deaths 50..50 exact superseded; deaths 35..35 exact", 35},
    {"es", "earlier",
     "Las autoridades informaron inicialmente de 50 muertos, pero la cifra de muertos es "
     "ahora de 35.",
     "deaths 50..50 exact superseded; deaths 35..35 exact", 35},
    {"es", "!preliminary",
     "Según un primer balance, 50 personas murieron. En el centro murieron 12 personas.",
     "deaths 50..50 exact; deaths 12..12 exact", 50},
    {"es", "!another-event",
     "Anteriormente, 3 personas murieron en un ataque similar. El domingo murieron 12 "
     "personas.",
     "deaths 3..3 exact; deaths 12..12 exact", 12},
    {"ru", "earlier", "Ранее сообщалось о 50 погибших. Сейчас число погибших составляет 35.",
     "deaths 50..50 exact superseded; deaths 35..35 exact", 35},
    {"ru", "earlier", "Первоначально власти сообщали о 50 погибших, однако теперь говорят о 35 погибших.",
     "deaths 50..50 exact superseded; deaths 35..35 exact", 35},
    {"ru", "earlier", "По предварительным данным, погибли 12 человек. Ранее в МЧС сообщали о 15 погибших.",
     "deaths 12..12 exact; deaths 15..15 exact superseded", 12},
    {"ru", "earlier", "Погибли 15 человек, по первоначальным данным. Сейчас число погибших составляет 11.",
     "deaths 15..15 exact superseded; deaths 11..11 exact", 11},
    {"ru", "!part", "Первоначально сообщалось о 40 погибших. Из них 25 человек погибли на рынке.",
     "deaths 40..40 exact; deaths 25..25 exact", 40},
    {"ru", "!preliminary",
     "По предварительным данным, погибли 50 человек. В центре города погибли 12 человек.",
     "deaths 50..50 exact; deaths 12..12 exact", 50},
    {"ru", "!another-event",
     "Ранее в этом месяце при похожем нападении погибли 3 человека. В воскресенье "
     "погибли 12 человек.",
     "deaths 3..3 exact; deaths 12..12 exact", 12},
    {"uk", "earlier", "Раніше повідомлялося про 50 загиблих. Наразі кількість загиблих становить 35.",
     "deaths 50..50 exact superseded; deaths 35..35 exact", 35},
    {"uk", "earlier", "Спочатку рятувальники повідомляли про 50 загиблих, але тепер йдеться про 35 загиблих.",
     "deaths 50..50 exact superseded; deaths 35..35 exact", 35},
    {"uk", "earlier",
     "Спершу в поліції повідомляли про 18 загиблих, однак згодом цифру уточнили: загинули 14 людей.",
     "deaths 18..18 exact superseded; deaths 14..14 exact", 14},
    {"uk", "!preliminary", "За попередніми даними, загинули 50 людей. У центрі міста загинули 12 людей.",
     "deaths 50..50 exact; deaths 12..12 exact", 50},
    {"uk", "!another-event",
     "Раніше цього місяця під час схожої атаки загинули 3 людини. У неділю загинули 12 "
     "людей.",
     "deaths 3..3 exact; deaths 12..12 exact", 12},
    {"zh", "earlier", "此前报道称50人遇难，目前死亡人数为35人。",
     "deaths 50..50 exact superseded; deaths 35..35 exact", 35},
    {"zh", "earlier", "当局最初公布的死亡人数为50人。截至目前，死亡人数为35人。",
     "deaths 50..50 exact superseded; deaths 35..35 exact", 35},
    {"zh", "!part", "此前报道称40人遇难。其中25人在爆炸中遇难。", "deaths 40..40 exact; deaths 25..25 exact",
     40},
    {"zh", "!preliminary", "据初步统计，50人遇难。市中心有12人遇难。",
     "deaths 50..50 exact; deaths 12..12 exact", 50},
    {"zh", "!another-event", "此前同一地区的袭击造成3人死亡。周日的袭击造成12人死亡。",
     "deaths 3..3 exact; deaths 12..12 exact", 12},
    {"ja", "earlier", "当初、死者は50人と発表されていた。その後、死者は35人に訂正された。",
     "deaths 50..50 exact superseded; deaths 35..35 exact", 35},
    {"ja", "earlier", "警察は死者を50人としていたが、死者は35人だと発表した。",
     "deaths 50..50 exact superseded; deaths 35..35 exact", 35},
    {"ja", "!preliminary", "これまでに50人の死亡が確認された。市内では12人が死亡した。",
     "deaths 50..50 exact; deaths 12..12 exact", 50},
    {"ja", "!another-event", "以前、同じ地域で起きた襲撃では3人が死亡した。今回の襲撃で12人が死亡した。",
     "deaths 3..3 exact; deaths 12..12 exact", 12},
    {"ar", "earlier", "وكانت حصيلة سابقة قد أشارت إلى 50 قتيلا. وأعلنت السلطات الآن مقتل 35 شخصا.",
     "deaths 50..50 exact superseded; deaths 35..35 exact", 35},
    {"ar", "earlier", "أعلنت السلطات في وقت سابق مقتل 50 شخصا، لكن عدد القتلى بلغ الآن 35.",
     "deaths 50..50 exact superseded; deaths 35..35 exact", 35},
    // The pluperfect "had announced", after the new toll.
    {"ar", "earlier", "عدلت الوزارة الحصيلة إلى 19 قتيلا، بعدما كانت قد أعلنت مقتل 32 شخصا.",
     "deaths 19..19 exact; deaths 32..32 exact superseded", 19},
    {"ar", "!preliminary", "وفي حصيلة أولية، قتل 50 شخصا. وفي وسط المدينة قتل 12 شخصا.",
     "deaths 50..50 exact; deaths 12..12 exact", 50},
    {"ar", "!another-event", "وفي وقت سابق من هذا الشهر قتل 3 أشخاص في هجوم مماثل. وقتل 12 شخصا يوم الأحد.",
     "deaths 3..3 exact; deaths 12..12 exact", 12},
    {"ar", "!less-than-half",
     "أعلنت وزارة الصحة في وقت سابق مقتل 20 شخصا. وقتل 5 أشخاص في قصف جديد يوم الأحد.",
     "deaths 20..20 exact; deaths 5..5 exact", 20},
    {"th", "earlier", "ก่อนหน้านี้มีรายงานผู้เสียชีวิต 50 ราย ล่าสุดยอดผู้เสียชีวิตอยู่ที่ 35 ราย",
     "deaths 50..50 exact superseded; deaths 35..35 exact", 35},
    {"th", "!preliminary", "เบื้องต้นมีผู้เสียชีวิต 50 ราย\nในตัวเมืองมีผู้เสียชีวิต 12 ราย",
     "deaths 50..50 exact; deaths 12..12 exact", 50},
    {"th", "!another-event", "ก่อนหน้านี้เกิดเหตุโจมตีคล้ายกันมีผู้เสียชีวิต 3 ราย\nวันอาทิตย์มีผู้เสียชีวิต 12 ราย",
     "deaths 3..3 exact; deaths 12..12 exact", 12},
};

// A later sentence with the current toll, larger (or, for injured, smaller): the earlier one is superseded.
const std::vector<EarlierRow> kLargerRows = {
    {"en", "injured", "Hospitals initially reported 120 injured; the number of injured now stands at 90.",
     "injured 120..120 exact superseded; injured 90..90 exact", 90},
    {"de", "larger", "Zunächst war von 12 Toten die Rede. Die Zahl der Toten stieg auf 31.",
     "deaths 12..12 exact superseded; deaths 31..31 exact", 31},
    {"fr", "larger", "Un précédent bilan faisait état de 12 morts. Le bilan est passé à 31.",
     "deaths 12..12 exact superseded; deaths 31..31 exact", 31},
    {"es", "larger", "Un balance anterior hablaba de 12 muertos. El número de muertos ascendió a 31.",
     "deaths 12..12 exact superseded; deaths 31..31 exact", 31},
    {"ru", "larger", "Ранее сообщалось о 12 погибших. Число погибших выросло до 31.",
     "deaths 12..12 exact superseded; deaths 31..31 exact", 31},
    {"uk", "larger", "Раніше повідомлялося про 12 загиблих. Кількість загиблих зросла до 31.",
     "deaths 12..12 exact superseded; deaths 31..31 exact", 31},
    {"zh", "larger", "此前报道称12人遇难。死亡人数已升至31人。",
     "deaths 12..12 exact superseded; deaths 31..31 exact", 31},
    {"ja", "larger", "当初、死者は12人と発表されていた。死者は31人に上った。",
     "deaths 12..12 exact superseded; deaths 31..31 exact", 31},
    {"ar", "larger", "وكانت حصيلة سابقة قد أشارت إلى 12 قتيلا. وارتفع عدد القتلى إلى 31.",
     "deaths 12..12 exact superseded; deaths 31..31 exact", 31},
    {"th", "larger", "ก่อนหน้านี้มีรายงานผู้เสียชีวิต 12 ราย\nยอดผู้เสียชีวิตเพิ่มเป็น 31 ราย",
     "deaths 12..12 exact superseded; deaths 31..31 exact", 31},
};

// A newer toll that is smaller, stated with the language's "fell to", "revised down to", "corrected to".
const std::vector<EarlierRow> kSmallerRows = {
    {"en", "fell", "50 people were reported dead. The death toll later fell to 35.",
     "deaths 50..50 exact superseded; deaths 35..35 exact", 35},
    {"en", "revised", "50 people were reported dead. The toll was revised down to 35.",
     "deaths 50..50 exact superseded; deaths 35..35 exact", 35},
    {"en", "lowered", "50 people were reported dead. Officials lowered the death toll to 35.",
     "deaths 50..50 exact superseded; deaths 35..35 exact", 35},
    {"de", "sank", "50 Menschen starben. Die Zahl der Toten sank später auf 35.",
     "deaths 50..50 exact superseded; deaths 35..35 exact", 35},
    {"de", "korrigiert", "50 Menschen starben. Die Zahl der Toten wurde auf 35 korrigiert.",
     "deaths 50..50 exact superseded; deaths 35..35 exact", 35},
    {"fr", "revu", "50 personnes sont mortes. Le bilan a été revu à la baisse à 35 morts.",
     "deaths 50..50 exact superseded; deaths 35..35 exact", 35},
    {"es", "bajó", "Murieron 50 personas. La cifra de muertos bajó a 35.",
     "deaths 50..50 exact superseded; deaths 35..35 exact", 35},
    {"es", "corregida", "Murieron 50 personas. La cifra de muertos fue corregida a 35.",
     "deaths 50..50 exact superseded; deaths 35..35 exact", 35},
    {"ru", "снизилось", "Погибли 50 человек. Позже число погибших снизилось до 35.",
     "deaths 50..50 exact superseded; deaths 35..35 exact", 35},
    {"uk", "зменшилася", "Загинули 50 людей. Згодом кількість загиблих зменшилася до 35.",
     "deaths 50..50 exact superseded; deaths 35..35 exact", 35},
    {"zh", "下调", "50人遇难。死亡人数随后下调至35人。",
     "deaths 50..50 exact superseded; deaths 35..35 exact", 35},
    {"ja", "下方修正", "50人が死亡した。死者は35人に下方修正された。",
     "deaths 50..50 exact superseded; deaths 35..35 exact", 35},
    {"ar", "خفضت", "قتل 50 شخصا. وخفضت السلطات عدد القتلى إلى 35.",
     "deaths 50..50 exact superseded; deaths 35..35 exact", 35},
    {"th", "ปรับลด", "มีผู้เสียชีวิต 50 ราย\nต่อมายอดผู้เสียชีวิตปรับลดเป็น 35 ราย",
     "deaths 50..50 exact superseded; deaths 35..35 exact", 35},
};

void check_row(const EarlierRow& row) {
    const std::vector<CasualtyFigure> figures = extract_casualties(row.text, row.lang, kDate);
    BOOST_TEST(describe(figures) == row.expected);
    const auto resolved = casualties::resolve(figures);
    const auto& figure = row.kind == "injured" ? resolved.injured : resolved.deaths;
    BOOST_REQUIRE(figure.has_value());
    BOOST_TEST(figure->stated == row.resolved);
}

// A whole article: headline, an early larger toll the body reports as superseded, the current one.
struct ArticleRow {
    std::string lang, title, body;
    std::uint64_t early, current;
};
std::ostream& operator<<(std::ostream& out, const ArticleRow& row) {
    return out << row.lang << ": " << row.title;
}

const std::vector<ArticleRow> kArticles = {
    {"en", "Ferry capsizes on the river delta",
     "A crowded ferry capsized on Saturday evening near the river mouth. Local officials initially said 48 "
     "people had drowned, but the disaster agency later put the toll at 31 after several passengers were "
     "found alive downstream. Rescuers said 60 people were injured.",
     48, 31},
    {"de", "Busunglück in den Alpen",
     "Ein Reisebus ist am Sonntag in den Alpen von der Straße abgekommen. Zunächst war von 22 Toten die "
     "Rede. "
     "Die Polizei bestätigte inzwischen 17 Tote, weitere 30 Menschen wurden verletzt.",
     22, 17},
    {"fr", "Effondrement d'un immeuble à Lyon",
     "Un immeuble de quatre étages s'est effondré mardi matin. Un premier bilan faisait état de 14 morts. "
     "Les pompiers ont depuis retrouvé plusieurs habitants vivants et le bilan s'établit désormais à 9 "
     "morts.",
     14, 9},
    {"es", "Incendio en una fábrica de Valencia",
     "Un incendio arrasó una fábrica textil el lunes. Las autoridades informaron inicialmente de 26 muertos, "
     "pero la cifra de fallecidos es ahora de 19, según el último balance.",
     26, 19},
    {"ru", "Обрушение в торговом центре",
     "В среду в торговом центре обрушилась кровля. Ранее сообщалось о 23 погибших. По данным МЧС, сейчас "
     "число погибших составляет 18, ещё 40 человек получили ранения.",
     23, 18},
    {"uk", "Вибух на складі",
     "У вівторок на складі стався вибух. Раніше повідомлялося про 21 загиблого. Наразі кількість загиблих "
     "становить 16, поранено 12 людей.",
     21, 16},
    {"zh", "工厂爆炸事故", "周二，一家化工厂发生爆炸。此前报道称27人遇难，目前死亡人数为19人，另有40人受伤。",
     27, 19},
    {"ja", "トンネル崩落事故",
     "山間部のトンネルで崩落事故が起きた。当初、死者は15人と発表されていた。その後、死者は11人に訂正された。",
     15, 11},
    {"ar", "انهيار مبنى سكني",
     "انهار مبنى سكني مساء الاثنين. وكانت حصيلة سابقة قد أشارت إلى 25 قتيلا. وأعلن الدفاع المدني الآن مقتل "
     "18 "
     "شخصا.",
     25, 18},
    {"th", "เรือล่มกลางแม่น้ำ",
     "เรือโดยสารล่มกลางแม่น้ำเมื่อเย็นวันเสาร์ ก่อนหน้านี้มีรายงานผู้เสียชีวิต 20 ราย "
     "ล่าสุดยอดผู้เสียชีวิตอยู่ที่ 14 ราย",
     20, 14},
};

} // namespace

BOOST_AUTO_TEST_SUITE(casualty_figures)

BOOST_DATA_TEST_CASE(an_earlier_toll_contrasted_with_a_newer_one_is_superseded,
                     boost::unit_test::data::make(kEarlierRows), row) {
    check_row(row);
}

BOOST_DATA_TEST_CASE(a_larger_newer_toll_supersedes_the_earlier_one_as_before,
                     boost::unit_test::data::make(kLargerRows), row) {
    check_row(row);
}

BOOST_DATA_TEST_CASE(a_smaller_newer_toll_supersedes_the_larger_one_it_revises,
                     boost::unit_test::data::make(kSmallerRows), row) {
    check_row(row);
}

BOOST_DATA_TEST_CASE(an_article_reporting_its_early_toll_as_superseded_resolves_to_the_current_one,
                     boost::unit_test::data::make(kArticles), row) {
    lede::Article article;
    article.title = row.title;
    article.body = row.body;
    article.date = kDate;
    article.lang = row.lang;
    const lede::EntityTable no_entities;
    const lede::extract::ArticleExtraction extraction =
        lede::extract::extract_article(article, row.lang, {}, {}, no_entities);
    bool early_kept = false;
    for (const lede::extract::LocatedFigure& located : extraction.figures) {
        const CasualtyFigure& f = located.figure;
        if (f.kind == CasualtyKind::deaths && f.stated == row.early) {
            early_kept = true;
            BOOST_TEST(f.superseded);
        }
    }
    BOOST_TEST(early_kept, "the early toll " << row.early << " is listed");
    BOOST_REQUIRE(extraction.casualties.deaths.has_value());
    BOOST_TEST(extraction.casualties.deaths->stated == row.current);
}

BOOST_AUTO_TEST_SUITE_END()
