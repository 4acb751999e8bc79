// Casualty figures told by where the people are or what was done to them (CASUALTIES.md, the hospital and
// custody wordings): admitted to or still treated in hospital, held in custody, an active verb with its
// object ("ракети вбили 28 людей"), the singular a count ending in 1 takes, the genitive of counting with
// "было", the singular prepositional ("о 21 погибшем"), burns and medical help, a Japanese sub-total named
// by its kind ("死者のうち3人"), tens counted ("двух десятков"), collective numerals ("сімох"), bodies found
// ("тіла ще двох людей"), a lives noun before its verb, a bare casualty noun before its rise, and the breaks
// between a headline's counts. Each row has a near miss.
#include "tests/indexer/extract/casualty_test_support.h"

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <vector>

namespace {

using namespace casualty_test;

const std::vector<Row> kHospitalRows = {
    {"ja", "num-trigger", "このうち114人が入院した。", "injured 114..114 exact"},
    {"ja", "!num-trigger", "宮崎市内の病院では一部の入院患者を一時別の病棟に移した。", ""},
    {"ja", "toll", "入院者は114人。", "injured 114..114 exact"},
    {"ja", "!toll", "入院期間は2週間。", ""},
    {"es", "num-trigger", "Clara Brugada explicó que 44 pacientes permanecen internados.",
     "injured 44..44 exact"},
    {"es", "!num-trigger", "Los 44 internados del penal fueron trasladados.", ""},
    {"ar", "num-trigger", "وقال إن 95 حاجا ما زالوا يتلقون العلاج في المستشفيات.", "injured 95..95 exact"},
    {"ar", "!num-trigger", "خصصت الوزارة 95 مليون دولار لمن يتلقون العلاج.", ""},
    {"th", "trigger-num", "ขณะนี้ยังมีผู้ป่วยนอนรักษาตัวในโรงพยาบาล 42 ราย", "injured 42..42 exact"},
    {"th", "!trigger-num", "เขานอนรักษาตัวในโรงพยาบาล 3 วัน", ""},
    {"zh", "trigger-num", "其中前者收治19人、后者收治11人。", "injured 19..19 exact; injured 11..11 exact"},
    {"zh", "trigger-num", "珠海市人民医院收治伤员25人。", "injured 25..25 exact"},
    {"zh", "!trigger-num", "该院去年收治患者3万人次。", ""},
    {"uk", "trigger-num", "До лікарень доправили 60 людей.", "injured 60..60 exact"},
    {"uk", "!trigger-num", "До лікарень доправили 60 тонн ліків.", ""},
    {"uk", "num-trigger", "Понад 100 протестувальників звернулися по медичну допомогу.",
     "injured 101.. more_than"},
    {"es", "num-trigger", "Más de 1.600 personas fueron atendidas por quemaduras.",
     "injured 1601.. more_than"},
    {"fr", "num-trigger", "Deux enfants ont été héliportés vers l'hôpital de Grenoble.",
     "injured 2..2 exact"},
    {"fr", "!num-trigger", "Trois tonnes de matériel ont été héliportées.", ""},
    // Being in hospital or intensive care, and a unit's case forms: "3 тонны" counts tonnes, not people.
    {"ru", "trigger-num", "Накануне вечером в больницах находился 121 человек.", "injured 121..121 exact"},
    {"ru", "!trigger-num", "В больницах находились 3 тонны лекарств.", ""},
    {"ru", "num-trigger", "64 человека находятся в реанимации.", "injured 64..64 exact"},
    {"uk", "!trigger-num", "До лікарень доставили 2 тонни ліків.", ""},
};

const std::vector<Row> kCustodyRows = {
    {"fr", "num-trigger",
     "Dix personnes, dont des membres de sa famille, étaient en garde à vue samedi soir.",
     "detained 10..10 exact"},
    {"fr", "num-trigger", "Attaque au couteau : un mort et trois blessés, dix gardes à vue",
     "deaths 1..1 exact; injured 3..3 exact; detained 10..10 exact"},
    {"fr", "!num-trigger", "La garde à vue a duré 48 heures.", ""},
    {"fr", "num-trigger", "Seize personnes ont été placées en détention.", "detained 16..16 exact"},
    {"fr", "!num-trigger", "16 tonnes de cigarettes ont été placées en détention douanière.", ""},
    {"en", "num-trigger", "Three security guards were also among those arrested.", "detained 3..3 exact"},
    {"en", "!num-trigger", "Two years later he was among those arrested.", ""},
    {"en", "trigger-num", "Those detained included two men.", "detained 2..2 exact"},
    {"en", "!trigger-num", "Those arrested included two trucks.", ""},
};

const std::vector<Row> kVerbFormRows = {
    // The active verb with its object, a person noun after the count.
    {"uk", "trigger-num", "Ракети вбили 28 людей.", "deaths 28..28 exact"},
    {"uk", "!trigger-num", "Вбили 2 години на дорогу.", ""},
    {"uk", "trigger-num", "Обстріл поранив 9 людей.", "injured 9..9 exact"},
    {"uk", "!trigger-num", "Осколки поранили 2 дерева.", ""},
    {"ru", "trigger-num", "Ракеты убили 28 человек.", "deaths 28..28 exact"},
    {"ru", "!trigger-num", "Убили 2 часа на дорогу.", ""},
    // Bodies found, in Ukrainian as in Russian ("тела"): people must follow the count.
    {"uk", "trigger-num", "Рятувальники знайшли під уламками тіла ще двох людей.", "deaths 2..2 exact"},
    {"uk", "!trigger-num", "Вага тіла 80 кілограмів.", ""},
    // Collective numerals in their oblique cases, which ICU's spell-out lacks.
    {"uk", "num-trigger", "Львів оплакує сімох загиблих.", "deaths 7..7 exact"},
    {"uk", "!num-trigger", "Вона виховала сімох дітей.", ""},
    {"uk", "num-trigger", "Спершу повідомляли про п'ятьох загиблих.", "deaths 5..5 exact"},
    {"ru", "trigger-num", "Полиция задержала восьмерых.", "detained 8..8 exact"},
    // One missing, a person noun required; the bodies of the missing found are dead.
    {"ru", "num-trigger", "Ещё один жилец числится пропавшим без вести.", "missing 1..1 exact"},
    {"ru", "!num-trigger", "Один документ числится пропавшим.", ""},
    {"th", "trigger-num", "เจ้าหน้าที่กู้ภัยพบร่างผู้สูญหายอีก 4 ราย", "deaths 4..4 exact"},
    {"th", "trigger-num", "ยังมีผู้สูญหายอีก 4 ราย", "missing 4..4 exact"},
    // A count ending in 1 takes the singular.
    {"uk", "num-trigger", "Ще 61 людина отримала поранення.", "injured 61..61 exact"},
    {"uk", "trigger-num", "Поранення отримала 61 людина.", "injured 61..61 exact"},
    {"uk", "!num-trigger", "61 людина отримала компенсацію.", ""},
    // Singular prepositional after a count ending in 1; attackers eliminated; burns and medical help.
    {"ru", "num-trigger", "В субботу утром МЧС сообщало о 21 погибшем.", "deaths 21..21 exact"},
    {"ru", "num-trigger", "Пятеро нападавших ликвидированы.", "deaths 5..5 exact"},
    {"ru", "!num-trigger", "3 склада ликвидированы.", ""},
    {"ru", "trigger-num", "Получили ранения и ожоги более 290 человек.", "injured 291.. more_than"},
    {"ru", "trigger-num", "Медицинская помощь потребовалась 18 горнякам.", "injured 18..18 exact"},
    {"ru", "!trigger-num", "Финансовая помощь потребовалась 18 предприятиям.", ""},
    {"ru", "trigger-num", "Без вести пропавшими числились двое.", "missing 2..2 exact"},
    // A sub-total named by its kind.
    {"ja", "toll", "死者のうち3人は落石に巻き込まれた。", "deaths 3..3 exact"},
    {"ja", "!toll", "観光客のうち3人は落石に巻き込まれた。", ""},
    // "все" between a trigger and its count; a Japanese cleft and whereabouts unknown.
    {"ru", "trigger-num", "Ранения получили все 29 выживших.", "injured 29..29 exact"},
    {"ja", "toll", "患者のうち、死亡したのは77人に上る。", "deaths 77..77 exact"},
    {"ja", "!toll", "注目したのは3人の選手だ。", ""},
    {"ja", "num-trigger", "残る15人の行方は依然として分かっていない。", "missing 15..15 exact"},
    // The genitive of counting with "было", or with "уже" in a headline.
    {"ru", "toll", "Среди протестующих пострадавших было не меньше двух десятков.", "injured 20.. at_least"},
    {"uk", "toll", "Удар по «Епіцентру» в Харкові: загиблих уже 19", "deaths 19..19 exact"},
    {"uk", "!toll", "Загиблих уже поховали на 2 кладовищах.", ""},
    {"uk", "toll", "Поранених було щонайменше 30.", "injured 30.. at_least"},
    {"ru", "!toll", "Пострадавших от наводнения было 5 тысяч.", ""},
    // A partitive's total is a count of its own when its casualty word follows it.
    {"es", "num-trigger", "Han identificado a siete de los diez fallecidos.",
     "deaths 7..7 exact; deaths 10..10 exact"},
    {"en", "!num-trigger", "Eight of the 10 passengers died.", "deaths 8..8 exact"},
    // Person nouns the reach needs: soldiers in an Arabic sub-total, "construction workers"; murdered with
    // its
    // people; a court's arrest.
    {"ar", "part", "الجزائر: 34 قتيلا في حرائق الغابات بينهم 10 عسكريين",
     "deaths 34..34 exact; deaths 10..10 exact"},
    {"en", "trigger-num", "Divers recovered the bodies of two construction workers.", "deaths 2..2 exact"},
    {"en", "!trigger-num", "Divers recovered the remains of two construction sites.", ""},
    {"es", "num-trigger", "72 migrantes fueron asesinados por Los Zetas.", "deaths 72..72 exact"},
    {"es", "!num-trigger", "3 proyectos fueron asesinados.", ""},
    {"ru", "trigger-num", "Вечером суд отправил под административный арест ещё 15 человек.",
     "detained 15..15 exact"},
    {"ru", "!trigger-num", "Суд арестовал 15 счетов.", ""},
    // Two person nouns of one count.
    {"fr", "num-trigger", "45 policiers et gendarmes ont été blessés au cours de la nuit.",
     "injured 45..45 exact"},
    {"fr", "!num-trigger", "12 policiers et des manifestants ont été blessés.", ""},
    {"fr", "num-trigger",
     "Plus de 3 000 personnes ont été arrêtées et quelque 700 membres des forces de l'ordre blessés.",
     "detained 3001.. more_than; injured 630..770 about"},
    {"fr", "!num-trigger", "Quelque 700 membres des forces de l'ordre ont été mobilisés.", ""},
    // The people a Chinese classifier counts, before the verb's adverbial.
    {"zh", "vague", "门头沟区另有数十名群众在转移途中受伤。", "injured 10.. vague"},
    {"zh", "!vague", "数十名游客参观了博物馆。", ""},
    // Tens counted.
    {"ru", "trigger-num", "Ранены не менее двух десятков человек.", "injured 20.. at_least"},
    {"ru", "!trigger-num", "В первую десятку вошли 3 команды.", ""},
    // A lives noun before its verb, where the verb comes last.
    {"de", "lives", "Das Hochwasser hat mindestens fünf Menschenleben gefordert.", "deaths 5.. at_least"},
    {"de", "!lives", "Das Buch hat fünf Menschenleben beschrieben.", ""},
};

const std::vector<Row> kProjectionAndUnitRows = {
    // Deemed likely, to the end of the clause: a projection, never the article's figure.
    {"ar", "hypothetical", "ورجّحت المفوضية أن يتجاوز عدد الضحايا 500 شخص.",
     "deaths 501.. more_than hypothetical"},
    {"ar", "!hypothetical", "قتل 20 شخصا، وتوقعت السلطات ارتفاع الحصيلة.", "deaths 20..20 exact"},
    // Floors count no people: "un edificio de 14 plantas" after a toll.
    {"es", "!num-trigger",
     "Elevan a diez el número de fallecidos en el incendio de un edificio de 14 plantas.",
     "deaths 10..10 exact"},
    {"fr", "num-trigger", "L'incendie d'un immeuble de 8 étages a fait 3 morts.", "deaths 3..3 exact"},
};

const std::vector<Row> kHeadlineBreakRows = {
    // A middle dot lists a headline's counts; "as" parts a toll from the next clause's kind.
    {"ja", "toll", "台風10号、死者6人・けが人120人超に", "deaths 6..6 exact; injured 121.. more_than"},
    {"en", "toll", "India train crash: death toll revised to 275 as injured top 1,100",
     "deaths 275..275 exact; injured 1101.. more_than"},
    // A bare casualty noun heads a toll only before its rise or a qualifying link.
    {"en", "toll", "The injured rose to 1,100.", "injured 1100..1100 exact"},
    {"es", "toll", "Los muertos suben a 19 tras la explosión.", "deaths 19..19 exact"},
    {"es", "!toll", "Los heridos en 3 hospitales reciben visitas.", ""},
    {"en", "!toll", "The injured at 2 sites were treated by medics.", ""},
    // A Thai headline's last count may drop its classifier.
    {"th", "trigger-num", "โกดังพลุระเบิด ยอดผู้เสียชีวิตเพิ่มเป็น 11 ราย เจ็บ 121",
     "deaths 11..11 exact; injured 121..121 exact"},
    {"th", "!trigger-num", "เขาเจ็บ 3 วันก่อนเข้าโรงพยาบาล", ""},
    // A bracketed note before a list header's colon.
    {"en", "label", "Injured admitted, by hospital (state figures, Sunday):\n- Balasore: 526\n- Cuttack: 205",
     "injured 526..526 exact; injured 205..205 exact"},
    {"en", "!label", "Trains cancelled, by line (railway figures, Sunday):\n- Howrah: 52\n- Puri: 20", ""},
    {"de", "label", "Verletzte nach Schwere (Stand: Sonntagmittag):\n- schwer: 41\n- leicht: 133",
     "injured 41..41 exact; injured 133..133 exact"},
};

} // namespace

BOOST_AUTO_TEST_SUITE(casualty_care_and_custody)

BOOST_DATA_TEST_CASE(hospital_admissions_and_stays_count_as_injured,
                     boost::unit_test::data::make(kHospitalRows), row) {
    check(row);
}

BOOST_DATA_TEST_CASE(custody_states_and_nouns_count_as_detained, boost::unit_test::data::make(kCustodyRows),
                     row) {
    check(row);
}

BOOST_DATA_TEST_CASE(active_verbs_singulars_tens_and_lives_verbs_last,
                     boost::unit_test::data::make(kVerbFormRows), row) {
    check(row);
}

BOOST_DATA_TEST_CASE(projections_deemed_likely_and_floors_counted,
                     boost::unit_test::data::make(kProjectionAndUnitRows), row) {
    check(row);
}

BOOST_DATA_TEST_CASE(a_headline_s_counts_and_a_list_header_s_note,
                     boost::unit_test::data::make(kHeadlineBreakRows), row) {
    check(row);
}

BOOST_AUTO_TEST_SUITE_END()
