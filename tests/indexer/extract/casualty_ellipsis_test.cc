// Casualty counts whose verb or noun the sentence leaves out (CASUALTIES.md, rules gapped, coordinated,
// later, toll-from and label): a clause of a place and a count, a second count of people after "and", a later
// count after "then", an earlier toll after "up from" or "frente a los", a table row under its header
// whatever its label's length. Each rule has a near miss.
#include "tests/indexer/extract/casualty_test_support.h"

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <vector>

namespace {

using namespace casualty_test;

// A clause of a place and a count repeats the verb of the figure before it in its sentence.
const std::vector<Row> kGappedRows = {
    {"ru", "gapped", "В Харькове погибли 12 человек, в Днепре — 24.",
     "deaths 12..12 exact; deaths 24..24 exact"},
    {"uk", "gapped", "У Харкові загинули 5 людей, у Дніпрі — 9.", "deaths 5..5 exact; deaths 9..9 exact"},
    {"de", "gapped", "In Kiew starben vier Menschen, in Dnipro 7.", "deaths 4..4 exact; deaths 7..7 exact"},
    {"en", "gapped", "Twelve people were killed in Kharkiv and 24 in Dnipro.",
     "deaths 12..12 exact; deaths 24..24 exact"},
    {"es", "gapped", "Murieron 8 personas en Quito y 3 en Guayaquil.",
     "deaths 8..8 exact; deaths 3..3 exact"},
    {"fr", "gapped", "Neuf personnes ont été tuées à Gaza et 4 à Rafah.",
     "deaths 9..9 exact; deaths 4..4 exact"},
    // A month is no place, nor a lower-case word; a count with a noun of things, or in another sentence, is
    // not the verb's.
    {"ru", "!gapped", "В Харькове погибли 12 человек, в мае — 24.", "deaths 12..12 exact"},
    {"en", "!gapped", "Twelve people were killed on Monday and 24 in May.", "deaths 12..12 exact"},
    {"en", "!gapped", "Five people were killed and 24 homes in Dnipro were destroyed.", "deaths 5..5 exact"},
    {"en", "!gapped", "The storm killed 3 people in Ohio. In Texas, 24 schools closed.", "deaths 3..3 exact"},
    {"en", "!gapped", "The storm killed 3 people in Ohio. In Texas — 24.", "deaths 3..3 exact"},
};

// The earlier toll after "up from" or "frente a los" needs no noun: "a day earlier" is a time, not "a.m.".
// A count of people joined by "and" to the figure before it, its own people between, is of its kind.
const std::vector<Row> kCoordinatedRows = {
    {"es", "coordinated", "Murieron 19 niños y siete adultos.", "deaths 19..19 exact; deaths 7..7 exact"},
    {"ru", "coordinated", "Погибли 65 пассажиров и шесть членов экипажа.",
     "deaths 65..65 exact; deaths 6..6 exact"},
    {"en", "coordinated", "The blast killed 8 civilians and 3 soldiers.",
     "deaths 8..8 exact; deaths 3..3 exact"},
    // Not time, nor things after a verb of their own.
    {"es", "!coordinated", "Murieron 19 niños y siete años después se reabrió.", "deaths 19..19 exact"},
    {"en", "!coordinated", "The blast killed 8 people and destroyed 69 homes.", "deaths 8..8 exact"},
};

const std::vector<Row> kEarlierTollRows = {
    {"en", "toll-from", "The death toll rose to 93 on Saturday, up from 80 a day earlier.",
     "deaths 93..93 exact; deaths 80..80 exact superseded"},
    {"es", "toll-from", "La cifra de muertos subió a 480, frente a los 413 contabilizados el lunes.",
     "deaths 480..480 exact; deaths 413..413 exact superseded"},
    {"en", "!toll-from", "The death toll rose to 93 on Saturday; trading opened at 8 a.m.",
     "deaths 93..93 exact"},
    {"es", "!toll-from", "La cifra de muertos subió a 480, frente a los 413 euros del año pasado.",
     "deaths 480..480 exact"},
    // After the new toll: "rose to 36 from 22", "down from the 2,445"; not a count of something else.
    {"en", "toll-from", "The toll rose to 36 from 22 on Thursday.",
     "deaths 36..36 exact; deaths 22..22 exact superseded"},
    {"en", "toll-from", "Officials put the toll at 1,482, down from the 2,445 announced earlier.",
     "deaths 1482..1482 exact; deaths 2445..2445 exact superseded"},
    {"en", "!toll-from", "Fire killed 12 people from 3 families.", "deaths 12..12 exact"},
};

// A table row's label may run to six words.
// A bare count after "then" counts the figure before it again, later; the earlier count is superseded. Not a
// count of time or things, nor a smaller one.
const std::vector<Row> kLaterCountRows = {
    {"fr", "later", "Les autorités faisaient état de dix morts, puis de 66 en fin de journée.",
     "deaths 10..10 exact superseded; deaths 66..66 exact"},
    {"en", "later", "Officials first reported 10 dead, then 66 by evening.",
     "deaths 10..10 exact superseded; deaths 66..66 exact"},
    {"ru", "later", "Сначала сообщали о 10 погибших, затем — о 66.",
     "deaths 10..10 exact superseded; deaths 66..66 exact"},
    // A later day, the verb and noun left out.
    {"uk", "later", "Увечері в суботу влада називала двох загиблих, у неділю — 12.",
     "deaths 2..2 exact superseded; deaths 12..12 exact"},
    {"ru", "later", "В субботу называли двух погибших, в воскресенье — 12.",
     "deaths 2..2 exact superseded; deaths 12..12 exact"},
    {"uk", "!later", "У п'ятницю загинули 11 людей, у суботу — 3 пожежі.", "deaths 11..11 exact"},
    {"fr", "!later", "Les secours faisaient état de dix morts, puis de 66 kilomètres de routes coupées.",
     "deaths 10..10 exact"},
    {"en", "!later", "Ten people died, then 12 more hours of rain fell.", "deaths 10..10 exact"},
    {"fr", "!later", "Douze morts, puis 3 blessés légers.", "deaths 12..12 exact; injured 3..3 exact"},
    {"de", "!later", "Zwölf Menschen starben, dann 3 Wochen Trauer.", "deaths 12..12 exact"},
};

const std::vector<Row> kLongLabelRows = {
    // A note in brackets on the label.
    {"uk", "label", "Поранених за країнами:\n— Болгарія (Софія) — 12;\n— Сербія — 5.",
     "injured 12..12 exact; injured 5..5 exact"},
    {"es", "label",
     "Muertos por provincia:\n- Manabí: 410\n- Santo Domingo de los Tsáchilas: 5\n- Santa Elena: 2",
     "deaths 410..410 exact; deaths 5..5 exact; deaths 2..2 exact"},
    {"es", "!label",
     "Muertos por provincia:\n- Manabí: 410\nEl gobierno de la provincia anunció hoy un plan de 5",
     "deaths 410..410 exact"},
};

} // namespace

BOOST_AUTO_TEST_SUITE(casualty_ellipsis)

BOOST_DATA_TEST_CASE(a_place_and_a_count_repeat_the_verb_before_them,
                     boost::unit_test::data::make(kGappedRows), row) {
    check(row);
}

BOOST_DATA_TEST_CASE(a_count_joined_by_and_takes_the_kind_before_it,
                     boost::unit_test::data::make(kCoordinatedRows), row) {
    check(row);
}

BOOST_DATA_TEST_CASE(a_count_after_then_is_a_later_count_of_the_kind_before_it,
                     boost::unit_test::data::make(kLaterCountRows), row) {
    check(row);
}

BOOST_DATA_TEST_CASE(an_earlier_toll_needs_no_noun_after_up_from,
                     boost::unit_test::data::make(kEarlierTollRows), row) {
    check(row);
}

BOOST_DATA_TEST_CASE(a_table_row_s_label_may_run_to_six_words, boost::unit_test::data::make(kLongLabelRows),
                     row) {
    check(row);
}

BOOST_AUTO_TEST_SUITE_END()
