// The bodies idea (indexer/extract/bodies/): a ministry named by its portfolio is one id in every
// language when a country stands beside it, a local service when its town or region does. Each wording has a
// near miss that must give nothing.
#include "extract_test_support.h"
#include "indexer/extract/bodies/public_bodies.h"

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <ostream>
#include <string>
#include <vector>

namespace {

using extract_test::builtin;

/// The ids of the bodies found in one text, in text order, space-separated.
std::string bodies_in(const std::string& text, const std::string& lang) {
    // The places the text does not support are gone first ("Of", a Turkish town, is a word).
    const extract_test::AnalyzedText in = extract_test::analyzed(text, lang);
    std::string out;
    for (const auto& body :
         lede::extract::bodies::find_public_bodies(in.text, in.tokens, lang, in.known, builtin())) {
        out += (out.empty() ? "" : " ") + body.id;
    }
    return out;
}

struct Row {
    std::string lang;
    std::string text;
    std::string ids;
};
std::ostream& operator<<(std::ostream& out, const Row& row) {
    return out << row.lang << ": " << row.text;
}

const std::vector<Row> kRows = {
    {"en", "Libya's Interior Ministry said the toll had risen.", "ministry-of-the-interior-of-libya"},
    {"en", "The Ministry of Health of Egypt sent teams.", "ministry-of-health-of-egypt"},
    {"en", "The Interior Ministry said on Monday that roads were closed.", ""},
    {"en", "Aid reached Morocco. Interior Ministry officials said more was coming.", ""},
    {"es", "El Ministerio del Interior de Argelia elevó la cifra.", "ministry-of-the-interior-of-algeria"},
    {"es", "El Ministerio de Sanidad envió ayuda.", ""},
    {"ru", "МВД Казахстана сообщило о новых жертвах.", "ministry-of-the-interior-of-kazakhstan"},
    {"ru", "По данным Министерства здравоохранения Турции, погибли 12 человек.",
     "ministry-of-health-of-turkey"},
    {"ru", "МВД сообщило о задержании подозреваемого.", ""},
    {"uk", "МОЗ Туреччини повідомило про поранених.", "ministry-of-health-of-turkey"},
    {"de", "Marokkos Gesundheitsministerium meldete weitere Tote.", "ministry-of-health-of-morocco"},
    {"de", "Das Bundesgesundheitsministerium teilte mit, die Lage sei ernst.",
     "ministry-of-health-of-germany"},
    {"de", "Der Innenminister Marokkos sagte, die Lage sei ernst.", ""},
    {"ar", "قالت وزارة الداخلية الليبية إن عدد القتلى ارتفع.", "ministry-of-the-interior-of-libya"},
    {"ar", "أعلنت وزارة الصحة السورية وصول المساعدات.", "ministry-of-health-of-syria"},
    {"ar", "أعلنت وزارة الداخلية الجديدة خطة للطوارئ.", ""},
    {"zh", "利比亚内政部表示，死亡人数继续上升。", "ministry-of-the-interior-of-libya"},
    {"zh", "摩洛哥外交部长表示哀悼。", ""},
    {"ja", "モロッコの保健省によると、死者は増え続けている。", "ministry-of-health-of-morocco"},
    {"ja", "保健省によると、死者は増え続けている。", ""},
    {"th", "กระทรวงสาธารณสุขของโมร็อกโกระบุว่ายอดผู้เสียชีวิตเพิ่มขึ้น", "ministry-of-health-of-morocco"},
    {"th", "กระทรวงสาธารณสุขแถลงว่ายอดผู้เสียชีวิตเพิ่มขึ้น", ""},
};

// Local services: the place beside the service's words, named the way the language names the service.
const std::vector<Row> kLocalRows = {
    {"de", "Wie die Polizei Köln mitteilte, wurden zwei Menschen verletzt.", "cologne-police"},
    {"de", "Die Staatsanwaltschaft Köln ermittelt.", "cologne-public-prosecutors-office"},
    {"de", "Die Kantonspolizei Wallis bestätigte den Tod.", "valais-cantonal-police"},
    {"de", "Die Kölner Polizei sprach von einem Unglück.", ""},
    {"de", "Das Polizeipräsidium München Süd meldete einen Unfall.", ""},
    {"de", "Die Staatsanwaltschaft München II ermittelt.", ""},
    {"en", "Dubai Police said the driver fled.", "dubai-police"},
    {"en", "The Dubai police said the driver fled.", ""},
    {"en", "The Hong Kong Police Force arrested him.", ""},
    {"es", "La Fiscalía Regional de Valparaíso abrió una investigación.",
     "valparaiso-regional-prosecutors-office"},
    {"es", "Los bomberos de Valparaíso llegaron tarde.", ""},
    {"fr", "Le parquet de Marseille a ouvert une enquête.", "marseille-public-prosecutors-office"},
    {"ar", "قالت شرطة دبي إن السائق فر.", "dubai-police"},
    {"ar", "وأعلنت الشرطة أن التحقيق جار.", ""},
    {"ja", "長野県警によると、バスが転落した。", "nagano-prefectural-police"},
    {"ja", "京都府警察は男を逮捕した。", "kyoto-prefectural-police"},
    {"ja", "長野県警備保障の社員がけがをした。", ""},
    {"ja", "警視庁は捜査している。", ""},
    {"th", "ตำรวจภูธรจังหวัดปทุมธานีระบุว่ามีผู้เสียชีวิต", "pathum-thani-provincial-police"},
    {"th", "ตำรวจระบุว่ามีผู้เสียชีวิตในปทุมธานี", ""},
    // Chinese and Japanese bodies of a place and a kind, named in English the same way.
    {"zh", "伤者被送往梅州市人民医院救治。", "meizhou-peoples-hospital"},
    {"zh", "四川省地震局发布消息。", "sichuan-earthquake-administration"},
    {"zh", "郑州大学的学生参加了活动。", "zhengzhou-university"},
    {"zh", "北京大学的学者说。", ""},       // Peking University is the table's
    {"zh", "香港中文大学的研究显示。", ""}, // a word between place and kind: another name
    {"ja", "静岡地裁は判決を言い渡した。", "shizuoka-district-court"},
    {"ja", "静岡県の熱海署によると、男を逮捕した。", "atami-police-station"},
    {"ja", "静岡県の熱海消防署が出動した。", ""},
};

} // namespace

BOOST_AUTO_TEST_SUITE(public_bodies)

BOOST_DATA_TEST_CASE(a_ministry_beside_its_country_has_one_id_in_every_language,
                     boost::unit_test::data::make(kRows), row) {
    BOOST_TEST(bodies_in(row.text, row.lang) == row.ids);
}

BOOST_DATA_TEST_CASE(a_local_service_beside_its_town_or_region_is_named_by_both,
                     boost::unit_test::data::make(kLocalRows), row) {
    BOOST_TEST(bodies_in(row.text, row.lang) == row.ids);
}

BOOST_AUTO_TEST_CASE(the_name_is_english_and_a_table_ministry_keeps_its_own_mention) {
    const std::string text = "Morocco's Health Ministry and the МИД Украины spoke.";
    const extract_test::AnalyzedText in = extract_test::analyzed(text, "en");
    const auto bodies =
        lede::extract::bodies::find_public_bodies(in.text, in.tokens, "en", in.known, builtin());
    BOOST_TEST_REQUIRE(bodies.size() == 1U);
    BOOST_TEST(bodies[0].name == "Ministry of Health of Morocco");
    BOOST_TEST(text.substr(bodies[0].begin, bodies[0].end - bodies[0].begin) == "Health Ministry");
}

namespace {

// Another country before a table body's own-country name makes it that country's body, which the table lacks.
const std::vector<Row> kForeignRows = {
    {"ja", "韓国消防庁によると", "south-korea"},
    {"ja", "消防庁によると", "fire-and-disaster-management-agency"},
    {"ja", "韓国国土交通省の発表", "south-korea"},
    {"ja", "日本国土交通省の発表", "japan ministry-of-land-infrastructure-transport-and-tourism"},
    {"ja", "バングラデシュ最高裁判所は", "bangladesh"},
    {"ja", "韓国・国土交通省の発表", "ministry-of-land-infrastructure-transport-and-tourism south-korea"},
};

/// The table's mentions left after drop_bodies_of_another_country, sorted, space-separated.
std::string kept_mentions(const std::string& text, const std::string& lang) {
    extract_test::AnalyzedText in = extract_test::analyzed(text, lang);
    lede::extract::bodies::drop_bodies_of_another_country(lang, in.known, builtin());
    std::vector<std::string> ids;
    for (const auto& mention : in.known) {
        ids.push_back(mention.id);
    }
    std::sort(ids.begin(), ids.end());
    std::string out;
    for (const std::string& id : ids) {
        out += (out.empty() ? "" : " ") + id;
    }
    return out;
}

} // namespace

BOOST_DATA_TEST_CASE(a_body_written_after_another_country_is_not_its_own_countrys,
                     boost::unit_test::data::make(kForeignRows), row) {
    BOOST_TEST(kept_mentions(row.text, row.lang) == row.ids);
}

BOOST_AUTO_TEST_SUITE_END()
