// Casualty wordings of news the rules were not written on (the fresh probe sets of issue #14), each with a
// near miss: kill, custody and missing verbs in Spanish and English, injuries told by their kind or by a
// stay in hospital in Russian and Ukrainian, Chinese and Japanese toll words, Arabic toll heads with an
// adjective and custody nouns with a fused preposition.
#include "tests/indexer/extract/casualty_test_support.h"

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <vector>

namespace {

using namespace casualty_test;

const std::vector<Row> kVerbRows = {
    {"en", "trigger-num", "The gunman killed eight people, before shooting dead 69 others.",
     "deaths 8..8 exact; deaths 69..69 exact"},
    {"en", "!trigger-num", "Police shot dead the gunman.", ""},
    {"es", "trigger-num", "La policía ha detenido a cuatro personas.", "detained 4..4 exact"},
    {"es", "trigger-num", "Los agentes abatieron a cinco terroristas.", "deaths 5..5 exact"},
    {"es", "!trigger-num", "El banco central logró abatir la inflación al 4 %.", ""},
    {"es", "num-trigger", "Seis personas siguen sin localizar.", "missing 6..6 exact"},
    {"es", "!num-trigger", "La policía sigue sin localizar el coche de los tres sospechosos.", ""},
};

const std::vector<Row> kInjuryRows = {
    {"ru", "num-trigger", "Пять человек получили огнестрельные ранения.", "injured 5..5 exact"},
    {"ru", "trigger-num", "В больницах остаются 28 человек.", "injured 28..28 exact"},
    {"ru", "!trigger-num", "В больницах региона работают 28 врачей.", ""},
    {"uk", "trigger-num", "У лікарнях залишаються 12 людей.", "injured 12..12 exact"},
};

// The second round of probe sets (M, N, O).
const std::vector<Row> kSecondRoundRows = {
    {"en", "num-trigger", "Officials said 273 people remained in hospitals on Sunday.",
     "injured 273..273 exact"},
    {"en", "!num-trigger", "The city has 12 hospitals.", ""},
    {"de", "num-trigger", "74 Menschen wurden in Krankenhäusern behandelt.", "injured 74..74 exact"},
    {"de", "toll", "Die Polizei setzte die Zahl der bestätigten Todesopfer auf 30.", "deaths 30..30 exact"},
    // German puts the modal last in a subordinate clause; the count is projected, not stated.
    {"de", "hypothetical", "Helfer befürchten, dass die Zahl der Toten auf mehr als 70 steigen könnte.",
     "deaths 71.. more_than hypothetical"},
    {"de", "toll", "Die Zahl der Toten stieg auf 70, wie die Polizei mitteilen konnte.",
     "deaths 70..70 exact"},
    {"uk", "num-trigger", "Ще 4521 людина поранена.", "injured 4521..4521 exact"},
    {"uk", "num-trigger", "441 людина вважається зниклою.", "missing 441..441 exact"},
    {"uk", "trigger-num", "Поліція затримала 224 людей.", "detained 224..224 exact"},
    {"ru", "trigger-num", "Полиция задержала 30 человек.", "detained 30..30 exact"},
    // The injured who died are dead; those taken to hospital stay injured.
    {"ru", "num-trigger", "Позже трое пострадавших скончались в больнице.", "deaths 3..3 exact"},
    {"ru", "num-trigger", "Трое пострадавших госпитализированы.", "injured 3..3 exact"},
    // Regression: a death label on the next line is no verb of the injured.
    {"fr", "num-trigger", "Six personnes ont été blessées.\n\n- morts : 3.",
     "injured 6..6 exact; deaths 3..3 exact"},
    {"ru", "num-trigger", "12 человек остаются на лечении.", "injured 12..12 exact"},
    {"es", "num-trigger", "Otras 23 personas fueron atendidas por inhalación de humo.",
     "injured 23..23 exact"},
    {"es", "!num-trigger", "El hospital atendió a 300 pacientes durante la semana.", ""},
    // A toll heads a table row as a bare noun does, though its noun alone does not open the clause.
    {"ru", "label", "Число погибших — 71.", "deaths 71..71 exact"},
    {"es", "label", "Heridos leves: 4", "injured 4..4 exact"},
    {"ru", "part", "Среди жертв — трое детей.", "deaths 3..3 exact"},
    // Thai parts a long subject from its verb with spaces, more than one; a number between ends the reach.
    {"th", "toll", "ตำรวจปรับลดยอดผู้เสียชีวิตจากเหตุชุลมุนในสนามกีฬาคันจูรูฮัน เมืองมาลัง จังหวัดชวาตะวันออก เหลือ 125 ราย",
     "deaths 125..125 exact"},
    {"th", "!toll", "ยอดผู้เสียชีวิตยังไม่ชัดเจน ผู้อพยพ 300 คน ในศูนย์พักพิง เพิ่มเป็น 500 ราย", ""},
    {"en", "toll", "Astroworld toll reaches nine as student dies.", "deaths 9..9 exact"},
    {"en", "!toll", "The number of hospitals reaches 40.", ""},
    {"ar", "toll", "وفيات الفيضانات ترتفع إلى 77", "deaths 77..77 exact"},
    {"ar", "!toll", "عدد المستشفيات يرتفع إلى 40.", ""},
    // An event dated weeks back and told by a relative clause after the headline is another's; the article's
    // own, updated, is not.
    {"fr", "historical",
     "Bamako a été frappée. Une semaine après les attentats qui ont fait 130 morts à Paris, la ville est "
     "sous le choc.",
     "deaths 130..130 exact historical"},
    {"en", "historical",
     "A new tremor struck Hatay. Two weeks after the quake that killed more than 41,000 people, it toppled "
     "more buildings.",
     "deaths 41001.. more_than historical"},
    {"fr", "!historical", "Une semaine après l'attaque, le bilan est passé à 21 morts.",
     "deaths 21..21 exact"},
};

// The third round (P, Q, R).
const std::vector<Row> kThirdRoundRows = {
    {"fr", "label", "Blessés légers : 6", "injured 6..6 exact"},
    {"fr", "label", "Gardes à vue : 182", "detained 182..182 exact"},
    {"zh", "trigger-num", "死亡29人、失踪16人。", "deaths 29..29 exact; missing 16..16 exact"},
    {"uk", "num-trigger", "155 людей перебувають у лікарнях.", "injured 155..155 exact"},
    // A year before a verb that has its own count is the year; a count before its verb is a count.
    {"es", "trigger-num", "En el accidente de 2016 murieron 71 personas.", "deaths 71..71 exact"},
    {"es", "!trigger-num", "Murieron 2016 personas.", "deaths 2016..2016 exact"},
    // An age or a flight with its number stands between a count and its verb; the age is no count.
    {"en", "num-trigger", "Eight people aged 14 to 27 were pronounced dead.", "deaths 8..8 exact"},
    {"en", "num-trigger", "Eight passengers on flight 302 died.", "deaths 8..8 exact"},
    {"ar", "trigger-num", "ألقت الشرطة القبض على 12 شخصا.", "detained 12..12 exact"},
    {"ar", "trigger-num", "قررت النيابة حبس 4 متهمين.", "detained 4..4 exact"},
    {"ar", "!trigger-num", "حبس الأنفاس 10 دقائق.", ""},
    {"ar", "toll", "ارتفع عدد المتوفين إلى 41.", "deaths 41..41 exact"},
    {"ru", "num-trigger", "Десять тяжелораненых доставлены в Москву.", "injured 10..10 exact"},
    {"ru", "coordinated", "Погибли 15 студентов и пять сотрудников.",
     "deaths 15..15 exact; deaths 5..5 exact"},
    // A correction's "до" links its toll, as a rise's does; "до" alone is "up to".
    {"ru", "toll", "Позднее число погибших уточнили до 12.", "deaths 12..12 exact"},
    {"ru", "!toll", "Погибли до 12 человек.", "deaths 1..12 up_to"},
    // A Thai header with "latest" after its kind heads the rows below it.
    {"th", "label", "ยอดผู้เสียชีวิตล่าสุด\n- ผู้โดยสาร 175 ราย\n- ลูกเรือ 4 ราย",
     "deaths 175..175 exact; deaths 4..4 exact"},
};

// The fourth round (S, T, U).
const std::vector<Row> kFourthRoundRows = {
    // A row's label may go on past its kind's words, on a line of its own, naming no other kind.
    {"ru", "label", "Итоги:\n— погибли на месте — 27\n— госпитализированы после аварии — 72 человека",
     "deaths 27..27 exact; injured 72..72 exact"},
    {"ru", "!label", "Итоги:\n— эвакуированы из зоны подтопления — 300", ""},
    {"es", "label", "Balance:\nHeridos aún hospitalizados: 37", "injured 37..37 exact"},
    {"de", "label", "Bilanz:\nVerletzte im Krankenhaus: 27", "injured 27..27 exact"},
    {"de", "!label", "Bilanz:\nVerletzte und Tote im Krankenhaus: 27", ""},
    // A German article in a genitive is no number between a count and its verb.
    {"de", "num-trigger", "Die Polizei hat 25 Mitglieder einer Gruppe festgenommen.",
     "detained 25..25 exact"},
    // A question states no count; "many" does.
    {"de", "!num-trigger", "Wie viele Menschen verletzt wurden, ist unklar.", ""},
    {"en", "!num-trigger", "How many people were injured is unclear.", ""},
    {"de", "vague", "Viele Demonstranten wurden verletzt.", "injured 2.. vague"},
    // A correction supersedes the larger toll its sentence says it was lowered from; a rise does not.
    {"ar", "num-trigger", "خفض الوزير الحصيلة إلى 84 قتيلا بعدما كانت 103 قتلى.",
     "deaths 84..84 exact; deaths 103..103 exact superseded"},
    {"ar", "!correction", "ارتفعت الحصيلة إلى 84 قتيلا بعدما كانت 60 قتيلا.",
     "deaths 84..84 exact; deaths 60..60 exact"},
    {"es", "toll", "Los medios hablaron de 103 muertos. Las autoridades rebajaron la cifra de muertos a 84.",
     "deaths 103..103 exact superseded; deaths 84..84 exact"},
    // The injured who died are dead, in French as in Russian; those moved stay injured.
    {"fr", "num-trigger", "Quatre blessés ont succombé à l'hôpital.", "deaths 4..4 exact"},
    {"fr", "num-trigger", "Quatre blessés ont été transférés à Ankara.", "injured 4..4 exact"},
    {"fr", "trigger-num", "La police a placé en garde à vue huit personnes.", "detained 8..8 exact"},
    // Where the verb comes last, a count joined by "and" to the next takes its kind; not when that has none.
    {"ja", "coordinated", "児童19人と大人6人が死亡した。", "deaths 19..19 exact; deaths 6..6 exact"},
    {"ja", "!coordinated", "児童19人と教員6人が避難した。", ""},
    {"zh", "coordinated", "事故造成儿童19人和成人6人死亡。", "deaths 19..19 exact; deaths 6..6 exact"},
    // A toll head reaches its count across inserted clauses when the count's clause opens on a link, as on a
    // rise; a count with no link there is another's.
    {"ru", "toll", "Число погибших, по данным властей, превысило 530 человек.", "deaths 531.. more_than"},
    {"ru", "!toll", "Число погибших неизвестно, более 530 человек эвакуированы.", ""},
    // The fifth round (V, W, X).
    {"uk", "num-trigger", "271 пораненого доставили до лікарень.", "injured 271..271 exact"},
    {"uk", "num-trigger", "Семеро людей дістали травми.", "injured 7..7 exact"},
    {"zh", "trigger-num", "事故造成3人死亡，住院24人。", "deaths 3..3 exact; injured 24..24 exact"},
    {"zh", "!trigger-num", "学校共有住院医生24人。", ""},
    // The sixth round (Y, Z, AA): German "taken to hospital" is injured, as the English is; not a time's
    // count.
    {"de", "num-trigger", "Noch 30 Menschen werden stationär behandelt.", "injured 30..30 exact"},
    {"de", "num-trigger", "31 Menschen wurden ins Krankenhaus gebracht.", "injured 31..31 exact"},
    {"de", "!num-trigger", "Vor 30 Jahren wurde sie ins Krankenhaus gebracht.", ""},
    {"de", "!num-trigger", "Um 14 Uhr wurde der Fahrer ins Krankenhaus gebracht.", ""},
    {"de", "label", "Bilanz:\n- im Krankenhaus: 31\n- Tote: 2", "injured 31..31 exact; deaths 2..2 exact"},
    {"de", "!label", "Im Krankenhaus: 3 Tage Wartezeit.", ""},
    // English headlines tell in the present; a count of minutes is no one arrested.
    {"en", "trigger-num", "Police arrest 1,500 after riot.", "detained 1500..1500 exact"},
    {"en", "trigger-num", "Brazil detains about 1,500 after storming of Congress.",
     "detained 1350..1650 about"},
    {"en", "trigger-num", "Storm injures 40 in Texas.", "injured 40..40 exact"},
    {"en", "!trigger-num", "The arrest 30 minutes later ended the chase.", ""},
    // Places counted are no people: "3県で死者が計7人".
    {"ja", "toll", "関東と東北の3県で死者が計7人に上った。", "deaths 7..7 exact"},
    // Chinese counts its villagers and citizens so ("12名村民", "12市民"): a place character after a count
    // is no unit there.
    {"zh", "num-trigger", "事故造成12名村民死亡。", "deaths 12..12 exact"},
    // A count of people reaches its verb across an inserted clause between commas; not a count of things.
    {"fr", "num-trigger", "Deux rescapés, un Irakien et un Somalien, ont été hospitalisés à Calais.",
     "injured 2..2 exact"},
    {"fr", "num-trigger",
     "Onze personnes, dont le propriétaire de l'hôtel, avaient été placées en garde à vue.",
     "detained 11..11 exact"},
    {"fr", "num-trigger", "Cinq passeurs présumés avaient été interpellés dans la nuit.",
     "detained 5..5 exact"},
    {"en", "num-trigger", "Three people, police said, were injured.", "injured 3..3 exact"},
    {"fr", "!num-trigger", "Trois maisons, selon la police, ont été détruites.", ""},
    {"fr", "num-trigger", "Deux voitures, selon la police, ont été incendiées et trois personnes blessées.",
     "injured 3..3 exact"},
    {"fr", "!num-trigger", "Deux personnes, un homme et 3 femmes, ont été blessées.", ""},
    // Ages in the inserted clause are measures, not counts.
    {"fr", "num-trigger", "Trois personnes, des jeunes âgés de 17 à 36 ans, ont été tuées.",
     "deaths 3..3 exact"},
    {"en", "num-trigger", "Three people, aged 17 years, were injured.", "injured 3..3 exact"},
    {"fr", "!num-trigger", "Trois personnes, des jeunes et 36 adultes, ont été tuées.", ""},
    // The remains or bodies of people found are dead, past a "more"; not those of buildings. Ukrainian and
    // Russian "they hospitalised N"; Arabic labels in the nominative.
    {"en", "trigger-num", "Search teams found the remains of eight more people on Friday.",
     "deaths 8..8 exact"},
    {"en", "!trigger-num", "Archaeologists found the remains of 3 more buildings.", ""},
    {"uk", "num-trigger", "Ще понад 130 людей госпіталізували з променевою хворобою.",
     "injured 131.. more_than"},
    {"ar", "label", "- الموقوفون: 13\n- المعتقلون: 4", "detained 13..13 exact; detained 4..4 exact"},
    // A sub-total with its place and no noun: "dont 408 à Paris"; not one of things.
    {"fr", "part", "Au total, 875 interpellations ont eu lieu, dont 408 à Paris.",
     "detained 875..875 exact; detained 408..408 exact"},
    {"fr", "!part", "Au total, 875 interpellations ont eu lieu, dont 408 voitures.",
     "detained 875..875 exact"},
    // Spanish bodies: "recuperaron 12 cuerpos", "los cuerpos de 5 personas"; not the security forces
    // ("cuerpos de seguridad"). A designator glued to letters is no count (MH370). The injured who died
    // despite
    // treatment are dead; not where none died.
    {"es", "num-trigger", "Los equipos de rescate recuperaron 12 cuerpos.", "deaths 12..12 exact"},
    {"es", "trigger-num", "Hallaron los cuerpos de 5 personas.", "deaths 5..5 exact"},
    {"es", "!trigger-num", "Los cuerpos de seguridad desplegaron 131 agentes.", ""},
    {"zh", "!num-trigger", "马航MH370航班失联。", ""},
    {"zh", "num-trigger", "MH17航班坠毁，机上298人全部遇难。", "deaths 298..298 exact"},
    {"zh", "num-trigger", "另有3名重伤者经抢救无效死亡。", "deaths 3..3 exact"},
    {"zh", "num-trigger", "3名伤者中无人死亡。", "injured 3..3 exact"},
    // Round 7 (AD): Spanish feminine labels, "siguen ingresadas", an official toll, "no descartaron que" (a
    // projection); Ukrainian singular and missing forms, a label that tells where the injured are.
    {"es", "num-trigger", "Siete internas siguen ingresadas en el hospital.", "injured 7..7 exact"},
    {"es", "!num-trigger", "La empresa ha ingresado 12 millones de euros.", ""},
    {"es", "label", "Balance:\n- fallecidas: 46\n- heridas hospitalizadas: 7",
     "deaths 46..46 exact; injured 7..7 exact"},
    {"es", "toll", "La cifra oficial de muertos subió a 46.", "deaths 46..46 exact"},
    {"es", "num-trigger",
     "Las autoridades confirmaron 12 muertos y no descartaron que el balance llegue a 15 muertos.",
     "deaths 12..12 exact; deaths 15..15 exact hypothetical"},
    {"fr", "num-trigger", "Les autorités n'excluent pas que le bilan dépasse les 80 morts.",
     "deaths 81.. more_than hypothetical"},
    {"th", "trigger-num", "ไฟไหม้โรงงาน ดับ 5 ราย", "deaths 5..5 exact"},
    {"th", "!trigger-num", "เจ้าหน้าที่ดับเพลิง 13 ราย เข้าควบคุมเพลิง", ""},
    // Round 7 (AB): French sub-totals "parmi lesquels", and a count of people "among the injured".
    {"fr", "part", "Au moins 40 blessés, parmi lesquels 22 policiers.",
     "injured 40.. at_least; injured 22..22 exact"},
    {"fr", "num-trigger", "22 policiers figuraient parmi les blessés.", "injured 22..22 exact"},
    {"fr", "!num-trigger", "Trois maisons figurent parmi les bâtiments détruits.", ""},
    // Round 7 (AC): a Japanese headline's 不明 right after the count and its classifier; not 身元が不明
    // (identity
    // unknown), and the Chinese 死 still not after a classifier (判处3人死刑).
    {"ja", "num-trigger", "土砂崩れで4人死亡、なお17人不明", "deaths 4..4 exact; missing 17..17 exact"},
    // Not missing: 17 of the dead are unidentified, a sub-total of the dead (toll head 死者のうち).
    {"ja", "!num-trigger", "死者のうち17人は身元が不明。", "deaths 17..17 exact"},
    {"zh", "!num-trigger", "法院判处3人死刑。", ""},
    {"uk", "num-trigger", "Відомо про 21 загиблий.", "deaths 21..21 exact"},
    {"uk", "num-trigger", "2 зниклі безвісти.", "missing 2..2 exact"},
    {"uk", "label", "Перебувають у лікарнях — 45.", "injured 45..45 exact"},
    {"uk", "!label", "У лікарнях — 45 ліжок.", ""},
    // A toll's count is the one its link reaches, whatever other kind's trigger follows it; a toll head that
    // has
    // its count reaches no later one across another subject, but goes on to its next verb.
    {"en", "toll", "Wildfire death toll climbs to 71 as list of missing passes 1,000",
     "deaths 71..71 exact; missing 1001.. more_than"},
    {"en", "toll", "The death toll climbs to 71 as reports of looting pass 1,000.", "deaths 71..71 exact"},
    {"en", "toll", "The death toll from the bombings of three churches rose to 321.",
     "deaths 321..321 exact"},
    {"en", "toll", "The death toll stands at 40 and could reach 100.",
     "deaths 40..40 exact; deaths 100..100 exact hypothetical"},
    {"en", "toll", "The death toll rose to 40 and then to 71.", "deaths 40..40 exact; deaths 71..71 exact"},
    // Thai: a day's number between a toll and its rise is no count of its own; "จากเดิม N" ("from the
    // original N") gives the earlier toll.
    {"th", "toll", "ยอดผู้เสียชีวิตจากเหตุแผ่นดินไหวเมื่อวันที่ 21 มีนาคม เพิ่มขึ้นเป็น 157 ราย", "deaths 157..157 exact"},
    {"th", "!toll", "ยอดผู้เสียชีวิตจากเหตุแผ่นดินไหว 5 ครั้ง เพิ่มขึ้นเป็น 157 ราย", ""},
    {"th", "toll-from", "ยอดผู้เสียชีวิตเพิ่มขึ้นเป็น 157 ราย จากเดิม 128 ราย",
     "deaths 157..157 exact; deaths 128..128 exact superseded"},
    {"th", "!toll-from", "ระดับน้ำเพิ่มขึ้นเป็น 5 เมตร จากเดิม 3 เมตร", ""},
    // A label word after the people it counts is the row's kind, whatever the header above says; a label
    // naming two kinds is neither.
    {"fr", "label", "Bilan :\n- morts : 3\n- pompiers blessés : 7", "deaths 3..3 exact; injured 7..7 exact"},
    {"de", "!label", "Bilanz:\nTote und Verletzte: 27", ""},
    {"fr", "label", "Bilan :\n- blessés : 204\n- dont pompiers blessés : 7",
     "injured 204..204 exact; injured 7..7 exact"},
};

const std::vector<Row> kTollWordRows = {
    {"zh", "num-trigger", "另有1人经抢救无效不治身亡。", "deaths 1..1 exact"},
    {"ja", "toll", "連絡が取れなくなっている人は18人いる。", "missing 18..18 exact"},
    {"ja", "toll", "死亡確認14人、行方不明12人。", "deaths 14..14 exact; missing 12..12 exact"},
    {"ja", "num-trigger", "15人の行方がわかっていない。", "missing 15..15 exact"},
    {"ja", "!num-trigger", "ウクライナ人の行方がわかっていない親族", ""},
    {"ar", "toll", "ويصل العدد الإجمالي للقتلى إلى 183 على الأقل.", "deaths 183.. at_least"},
    {"ar", "!toll", "ويصل العدد الإجمالي للناخبين إلى 183 ألفا.", ""},
    {"ar", "trigger-num", "وقامت الشرطة بتوقيف نحو 300 شخص.", "detained 270..330 about"},
    {"ar", "!trigger-num", "وقامت الجمعية بتوزيع 300 حصة غذائية.", ""},
    // An earlier word between the topic and its count ("initially", "at one point").
    {"ja", "toll", "死者数は当初28人と伝えられた。", "deaths 28..28 exact"},
    {"ja", "toll", "安否不明者は一時64人に上っていた。", "missing 64..64 exact"},
    {"ja", "!toll", "会議は当初28日に予定されていた。", ""},
    // Deaths as the head of their rise; a sum for each is no count.
    {"en", "toll", "Liquor deaths rise to 52", "deaths 52..52 exact"},
    {"en", "!toll", "Road deaths rise to 5 percent of all.", ""},
    {"ar", "num-trigger", "ونقل 20 مصابا إلى المستشفى.", "injured 20..20 exact"},
    {"ar", "!num-trigger", "ووجه بصرف 100 ألف جنيه لأسرة كل متوفى و20 ألفا لكل مصاب.", ""},
};

// A victims noun counts the dead in a sentence that names an incident and no other death; else it is people
// the count reads on past.
const std::vector<Row> kVictimsRows = {
    {"fr", "num-trigger", "Le cyclone Idai a fait au moins 437 victimes au Mozambique.",
     "deaths 437.. at_least"},
    {"fr", "!num-trigger", "L'escroquerie a fait 300 victimes en France.", ""},
    {"fr", "!num-trigger", "L'accident a fait 12 victimes, dont 3 morts.", "deaths 3..3 exact"},
    {"fr", "num-trigger", "Trois autres victimes sont décédées depuis.", "deaths 3..3 exact"},
    {"ar", "num-trigger", "لبنان: 28 ضحية في انفجار صهريج وقود", "deaths 28..28 exact"},
    {"ar", "!num-trigger", "بلغ عدد المشتركين 300 ضحية للاحتيال.", ""},
};

} // namespace

BOOST_AUTO_TEST_SUITE(casualty_phrasing)

BOOST_DATA_TEST_CASE(a_victims_noun_counts_the_dead_of_an_incident,
                     boost::unit_test::data::make(kVictimsRows), row) {
    check(row);
}

BOOST_DATA_TEST_CASE(kill_custody_and_missing_verbs, boost::unit_test::data::make(kVerbRows), row) {
    check(row);
}

BOOST_DATA_TEST_CASE(injuries_by_their_kind_or_a_stay_in_hospital, boost::unit_test::data::make(kInjuryRows),
                     row) {
    check(row);
}

BOOST_DATA_TEST_CASE(wordings_of_the_second_round, boost::unit_test::data::make(kSecondRoundRows), row) {
    check(row);
}

BOOST_DATA_TEST_CASE(wordings_of_the_third_round, boost::unit_test::data::make(kThirdRoundRows), row) {
    check(row);
}

BOOST_DATA_TEST_CASE(wordings_of_the_fourth_round, boost::unit_test::data::make(kFourthRoundRows), row) {
    check(row);
}

BOOST_DATA_TEST_CASE(toll_words_and_custody_nouns, boost::unit_test::data::make(kTollWordRows), row) {
    check(row);
}

BOOST_AUTO_TEST_SUITE_END()
