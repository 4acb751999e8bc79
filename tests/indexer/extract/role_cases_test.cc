// Roles in the case their clause puts them in, and the occupations news quotes people by
// (role_words.cc): the name after an oblique Russian or Ukrainian role is in that case too, and its id
// is the nominative's (cyrillic_cases.cc). Each row has a near miss.
#include "tests/indexer/extract/names_test_support.h"

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <vector>

namespace {

using names_test::describe;
using names_test::Row;

const std::vector<Row> kObliqueRoles = {
    {"По словам губернатора Игоря Артамонова, пострадали трое.", "ru",
     "person:igor-artamonov[Игоря Артамонова]"},
    {"Встреча с губернатором Вячеславом Гладышевым прошла вчера.", "ru",
     "person:vyacheslav-gladyshev[Вячеславом Гладышевым]"},
    {"Об этом рассказала журналистка Анна Петрова.", "ru", "person:anna-petrova[Анна Петрова]"},
    {"Заявление представителя Марии Сидоровой опубликовано.", "ru", "person:maria-sidorova[Марии Сидоровой]"},
    {"Зустріч з міністром Дмитром Лубою відбулася.", "uk", "person:dmytro-luba[Дмитром Лубою]"},
    {"За словами речниці Ольги Кравченко, рішення ухвалено.", "uk",
     "person:olha-kravchenko[Ольги Кравченко]"},
    // A Ukrainian -ін surname: a man's genitive (Пилипіна), not a woman's name.
    {"За словами міністра Андрія Пилипіна, справу розслідують.", "uk",
     "person:andrii-pylypin[Андрія Пилипіна]"},
    // The instrumental: a surname no sure rule reads loses its ending, -енко keeps its vowel; a given name
    // that ends like one ("Артем") is a nominative.
    {"Розмову з військовим Андрієм Козирем записали вчора.", "uk", "person:andrii-kozyr[Андрієм Козирем]"},
    {"Зустріч з волонтером Олегом Шевченком відбулася.", "uk", "person:oleh-shevchenko[Олегом Шевченком]"},
    {"Військовий Артем Козир розповів про бій.", "uk", "person:artem-kozyr[Артем Козир]"},
    // A given name the lexicon lacks: its nominative is unknown, so no id rather than a wrong one.
    {"Заявление главы Рамзана Кадырова опубликовано.", "ru", ""},
    // A nominative name after a nominative role stays as it is.
    {"Губернатор Игорь Артамонов заявил о пожаре.", "ru", "person:igor-artamonov[Игорь Артамонов]"},
    // The role's portfolio or body in lower-case genitives between role and name; a given name opens it.
    {"Министр транспорта Андрей Лебедев прибыл.", "ru", "person:andrey-lebedev[Андрей Лебедев]"},
    {"Заступник голови центрального банку Сергій Ніколайчук заявив про зміни.", "uk",
     "person:serhii-nikolaichuk[Сергій Ніколайчук]"},
    {"Как сообщил представитель компании Северный Никель, работы продолжаются.", "ru",
     "org:severny-nikel[Северный Никель]"},
};

const std::vector<Row> kOccupations = {
    {"Survivor Fatima Ali said her street vanished.", "en", "person:fatima-ali[Fatima Ali]"},
    {"Le chanteur Cheb Khaled a annulé son concert.", "fr", "person:cheb-khaled[Cheb Khaled]"},
    {"La vecina Carmen Martínez perdió su casa.", "es", "person:carmen-martinez[Carmen Martínez]"},
    // Two given names and two surnames, as Spanish names go; four words after one given name are none.
    {"La jueza María Elena Fernández Currás dictó sentencia.", "es",
     "person:maria-elena-fernandez-curras[María Elena Fernández Currás]"},
    {"La jueza Elena Fernández Currás Pérez dictó sentencia.", "es", ""},
    {"Die Anwohnerin Petra Schneider verlor ihr Haus.", "de", "person:petra-schneider[Petra Schneider]"},
    {"Tamer Ramadan, head of the delegation, told reporters the toll could rise.", "en",
     "person:tamer-ramadan[Tamer Ramadan]"},
    {"Selon Tamer Ramadan, chef de la délégation, le bilan pourrait s'alourdir.", "fr",
     "person:tamer-ramadan[Tamer Ramadan]"},
    {"Head Office staff were evacuated.", "en", ""},
    {"Cardinal Malcolm Ranjith urged calm.", "en", "person:malcolm-ranjith[Malcolm Ranjith]"},
    {"Le cardinal Jean-Marc Aveline a prié.", "fr", "person:jean-marc-aveline[Jean-Marc Aveline]"},
    // German "von" after a noun is "of": a party and a person, not one name.
    {"Die Bierpartei von Dominik Wlazny scheiterte.", "de", "person:dominik-wlazny[Dominik Wlazny]"},
    // Royal and religious titles open names of places as often: no role.
    {"Traffic on the King Fahd Causeway resumed.", "en", ""},
    {"Trucks crossed the King Hussein Bridge.", "en", "place:king-hussein-bridge[King Hussein Bridge]"},
};

} // namespace

BOOST_AUTO_TEST_SUITE(role_cases)

BOOST_DATA_TEST_CASE(a_name_after_an_oblique_role_gets_its_nominative_id,
                     boost::unit_test::data::make(kObliqueRoles), row) {
    BOOST_TEST(describe(row.text, row.lang) == row.expected);
}

BOOST_DATA_TEST_CASE(occupations_name_people_but_titles_of_places_do_not,
                     boost::unit_test::data::make(kOccupations), row) {
    BOOST_TEST(describe(row.text, row.lang) == row.expected);
}

BOOST_AUTO_TEST_SUITE_END()
