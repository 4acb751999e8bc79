// Casualty figures set out as tables and lists (CASUALTIES.md, rule label; labels.cc): a label and its count
// ("Dead: 12", "・死者　37人"), rows of places or groups under a header that names the kind, list items that
// open on their count of people, and the cells of a pipe table under a column header. Each row has a near
// miss.
#include "tests/indexer/extract/casualty_test_support.h"

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <vector>

namespace {

using namespace casualty_test;

const std::vector<Row> kTableRowRows = {
    {"en", "label", "Storm toll by province:\nDead: 12\nInjured: 40\nMissing: 3",
     "deaths 12..12 exact; injured 40..40 exact; missing 3..3 exact"},
    {"en", "label", "Official figures: killed – at least 14, wounded – 52.",
     "deaths 14.. at_least; injured 52..52 exact"},
    {"en", "label", "Death toll: 45", "deaths 45..45 exact"},
    {"en", "!label", "Among the dead: 3 children and their teacher.", ""},
    {"en", "!label", "Dead: 12 hours of silence on the line.", ""},
    {"en", "!label", "Injured: 3-year-old boy recovers.", ""},
    // A verb heading its clause is a label too.
    {"ru", "label", "Погибли 5 человек, ранены — 17.", "deaths 5..5 exact; injured 17..17 exact"},
    {"ru", "!label", "Погибли 5 человек, ранены в 17 больницах не все.", "deaths 5..5 exact"},
    {"ru", "label", "Итоги по области. Погибших — 23. Раненых — 41.",
     "deaths 23..23 exact; injured 41..41 exact"},
    {"ru", "!label", "Итоги паводка: пострадавших — 5000.", ""},
    {"uk", "label", "Загиблих — 6, поранених — 27.", "deaths 6..6 exact; injured 27..27 exact"},
    {"de", "label", "Bilanz des Unwetters: Tote: 9, Verletzte: 31.",
     "deaths 9..9 exact; injured 31..31 exact"},
    {"fr", "label", "Morts\u00a0: 11. Blessés : 45.", "deaths 11..11 exact; injured 45..45 exact"},
    {"es", "label", "Muertos: 15. Heridos: 60.", "deaths 15..15 exact; injured 60..60 exact"},
    {"es", "!label", "Heridos, el documental, se estrena el 12 de mayo.", ""},
    {"zh", "label", "死亡：8人；受伤：33人。", "deaths 8..8 exact; injured 33..33 exact"},
    {"ja", "label", "死者：8人、負傷者：33人", "deaths 8..8 exact; injured 33..33 exact"},
    {"ar", "label", "القتلى: 17، الجرحى: 52.", "deaths 17..17 exact; injured 52..52 exact"},
    {"th", "label", "ผู้เสียชีวิต: 4 ราย ผู้บาดเจ็บ: 19 ราย", "deaths 4..4 exact; injured 19..19 exact"},
    // The kind in the table's header, each row a place and its count.
    {"ja", "label",
     "死者は確認されていない。県別の負傷者数は次の通り。\n宮崎県\u30008人\n鹿児島県\u30004人\n\n多くは高齢者"
     "だった。",
     "injured 8..8 exact; injured 4..4 exact"},
    {"ja", "label", "県別の主な死者数\n広島県：49人\n岡山県：42人",
     "deaths 49..49 exact; deaths 42..42 exact"},
    {"en", "label", "Deaths by province:\nHatay: 12\nAdana 4", "deaths 12..12 exact; deaths 4..4 exact"},
    {"ru", "label", "Число погибших по регионам:\nКурская область — 5\nБелгородская область — 3",
     "deaths 5..5 exact; deaths 3..3 exact"},
    {"th", "label", "รายงานจำนวนผู้เสียชีวิตแยกตามจังหวัด ดังนี้\n- ศรีสะเกษ 8 ราย\n- อุดรธานี 5 ราย",
     "deaths 8..8 exact; deaths 5..5 exact"},
    {"th", "!label", "รายงานราคาแยกตามจังหวัด ดังนี้\n- ศรีสะเกษ 8 ราย\n- อุดรธานี 5 ราย", ""},
    {"en", "!label", "Prices by city:\nHatay: 12\nAdana 4", ""},
    {"en", "!label", "Deaths by province:\nHatay and Adana reported 12 cases of flu in 2023", ""},
    // A header that names the counting and no kind heads rows that name their own; rows of other things
    // under it are no toll.
    {"fr", "!label", "Bilan :\n- véhicules incendiés : 2 000\n- bâtiments publics dégradés : 492", ""},
    {"en", "!label", "Toll:\n- Cars burned: 2,000", ""},
    {"fr", "label", "Bilan :\n- morts : 3\n- véhicules incendiés : 2 000", "deaths 3..3 exact"},
    {"fr", "label", "Bilan des morts :\n- enfants : 3\n- adultes : 9",
     "deaths 3..3 exact; deaths 9..9 exact"},
    {"en", "label", "Death toll by province:\nHatay: 12", "deaths 12..12 exact"},
    // A row's kind word may follow its people and their modifiers; a victim word opening the next row is
    // no part of this one.
    {"fr", "label",
     "Bilan :\n- rescapés hospitalisés : 2\n- disparu : 1\n- personnes interpellées : 5\n- personnes placées "
     "en garde à vue : 11\n- policiers et gendarmes blessés : 249",
     "injured 2..2 exact; missing 1..1 exact; detained 5..5 exact; detained 11..11 exact; injured 249..249 "
     "exact"},
    {"fr", "label", "- personnes interpellées : 5\n- personnes blessées : 11",
     "detained 5..5 exact; injured 11..11 exact"},
    {"fr", "!label", "- personnes évacuées : 5\n- personnes relogées : 11", ""},
    {"fr", "!label", "- morts et blessés des trois villes : 40", ""},
    // A row may be its kind alone, spaced from the count ("・死者　37人"), and end in a bracketed note; a
    // header may too. Not a row of things, nor a kind word that opens a longer label.
    {"ja", "label", "・死者\u300037人（うち80代以上26人）\n・重症\u30009人\n・軽症\u3000134人",
     "deaths 37..37 exact; injured 9..9 exact; injured 134..134 exact"},
    {"ja", "label", "各県の死者（12日午後）\n・茨城県\u30003人\n・栃木県\u30002人",
     "deaths 3..3 exact; deaths 2..2 exact"},
    {"en", "label", "Toll\nDead 12\nInjured 40", "deaths 12..12 exact; injured 40..40 exact"},
    {"ja", "!label", "価格（12日午後）\n・茨城県\u30003人", ""},
    {"ja", "!label", "避難所\u300037カ所", ""},
    {"ja", "!label", "重症患者\u300037人の病院", ""},
    {"en", "!label", "Dead 12 hours later", ""},
    // List items that open on their count of people take the kind of the header above; not under a header
    // naming none, nor an item counting things.
    {"ru", "label", "Среди погибших:\n— 12 сотрудников;\n— 3 ребёнка.",
     "deaths 12..12 exact; deaths 3..3 exact"},
    {"en", "label", "Among the dead:\n- 12 employees\n- 3 children",
     "deaths 12..12 exact; deaths 3..3 exact"},
    {"ru", "!label", "Эвакуированы:\n— 250 человек;\n— 12 сотрудников.", ""},
    {"en", "label", "Deaths:\n- 12 employees\n- 3 buses", "deaths 12..12 exact"},
    // A pipe table: a count alone in its cell takes the kind its column's header names, above the separator
    // row; not the next column's, nor a header that names no kind, nor rows without a separator.
    {"uk", "label",
     "| район пожежі | загиблі | зруйновані будівлі |\n|---|---|---|\n| Пасифік-Палісейдс | 8 | понад 5300 "
     "|\n| "
     "Альтадена | 16 | понад 7000 |",
     "deaths 8..8 exact; deaths 16..16 exact"},
    {"en", "label",
     "| Area | Deaths | Injured |\n|:---|---:|---:|\n| North | 12 | 40 |\n| South | about 3 | 7 people |",
     "deaths 12..12 exact; injured 40..40 exact; deaths 2..4 about; injured 7..7 exact"},
    {"uk", "!label", "| район | евакуйовані |\n|---|---|\n| Альтадена | 16 |", ""},
    {"uk", "label", "| район | загиблі |\n| Альтадена | 16 |", "deaths 16..16 exact"},
    {"uk", "!label", "| Київ | 12 |\n| Альтадена | 16 |", ""},
    {"en", "!label", "| Area | Deaths |\n|---|---|\n| North | 12 km of road |", ""},
    // A two-column table whose first cell is the kind.
    {"fr", "label", "| Bilan | Nombre |\n|---|---|\n| morts | 74 |\n| blessés | 61 |\n| relogés | 200 |",
     "deaths 74..74 exact; injured 61..61 exact"},
};

} // namespace

BOOST_AUTO_TEST_SUITE(casualty_tables)

BOOST_DATA_TEST_CASE(a_table_row_gives_its_label_s_kind_to_its_count,
                     boost::unit_test::data::make(kTableRowRows), row) {
    check(row);
}

BOOST_AUTO_TEST_SUITE_END()
