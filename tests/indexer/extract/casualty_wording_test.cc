// Casualty figures worded without the common verbs (CASUALTIES.md, "Tolls stated without a kill/injure
// verb"): a noun and its verb split by the event ("Жертвами пожара … стали 9 человек"), wounds received or
// suffered, hospital admissions, feminine and singular verbs and "a woman was killed", Arabic and Japanese
// wordings, the Chinese headline shorthand "3死8伤", Thai number words, numbers that name a road or an
// aircraft, and earlier events told without a year. Each row has a near miss.
#include "tests/indexer/extract/casualty_test_support.h"

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <vector>

namespace {

using namespace casualty_test;

const std::vector<Row> kSplitTriggerRows = {
    {"ru", "trigger-num", "Жертвами пожара в торговом центре стали 9 человек.", "deaths 9..9 exact"},
    {"ru", "!trigger-num", "Жертвами мошенников в прошлом году стали 120 человек.", ""},
    {"ru", "trigger-num", "Ранения в результате обстрела Белгорода получили 23 человека.",
     "injured 23..23 exact"},
    {"ru", "!trigger-num", "Травмы колена на тренировке получили 3 игрока.", ""},
    {"uk", "trigger-num", "Поранення внаслідок атаки дронів отримали 12 людей.", "injured 12..12 exact"},
    {"uk", "trigger-num", "Жертвами обстрілу Харкова стали 7 людей.", "deaths 7..7 exact"},
    {"uk", "!trigger-num", "Жертвами шахраїв минулого року стали 300 людей.", ""},
    // The event may take a dozen words: a concert, its singer and its hall.
    {"uk", "trigger-num",
     "Жертвами вибуху на концерті американської співачки Аріани Гранде на «Манчестер Арені» стали 22 людини.",
     "deaths 22..22 exact"},
    {"uk", "!trigger-num",
     "Жертвами шахраїв, які діяли через популярні сайти оголошень у трьох областях, стали 120 людей.", ""},
};

const std::vector<Row> kWoundsAndHospitalRows = {
    {"ru", "trigger-num", "Ранения различной степени тяжести получили 15 человек.", "injured 15..15 exact"},
    {"ru", "trigger-num", "С ранениями госпитализированы 11 человек.", "injured 11..11 exact"},
    {"ru", "!trigger-num", "Госпитализированы 3 мая, выписаны через неделю.", ""},
    {"uk", "trigger-num", "Травмування отримали 6 людей.", "injured 6..6 exact"},
    {"uk", "trigger-num", "Поранень зазнали 19 мешканців будинку.", "injured 19..19 exact"},
    {"uk", "!trigger-num", "Збитків зазнали 40 підприємств.", ""},
    // A flood "affects" people: пострадали/постраждали then counts no injured.
    {"ru", "trigger-num", "В результате взрыва пострадали 12 человек.", "injured 12..12 exact"},
    {"ru", "!trigger-num", "От наводнения пострадали более 5 тысяч жителей, погибших нет.", ""},
    {"uk", "!trigger-num", "Внаслідок повені постраждали 300 мешканців.", ""},
    {"de", "num-trigger", "Mehr als hundert Menschen erlitten Verletzungen.", "injured 101.. more_than"},
    {"de", "!num-trigger", "Der Verein erlitt in dieser Saison 3 Niederlagen.", ""},
    {"en", "num-trigger", "Nine people died and 14 were taken to hospital with injuries.",
     "deaths 9..9 exact; injured 14..14 exact"},
    {"en", "!num-trigger", "The 3 suspects were taken to a police station.", ""},
    {"zh", "num-trigger", "另有20余名伤员正在接受治疗。", "injured 21.. more_than"},
    {"zh", "!num-trigger", "医院新招收了20余名护士。", ""},
    // Still or remaining in hospital; a degree of injury before or after the count; a fronted participle.
    {"en", "num-trigger", "At least 100 people were still in hospital on Monday.", "injured 100.. at_least"},
    {"en", "!num-trigger", "At least 100 nurses were on duty in hospital on Monday.", ""},
    // Injuries told by their treatment; a clinic's routine is none.
    {"en", "num-trigger", "At least 67 people had been treated for burns and smoke inhalation.",
     "injured 67.. at_least"},
    {"en", "num-trigger", "Three patients with severe burns were flown to Honolulu.", "injured 3..3 exact"},
    {"en", "!num-trigger", "The clinic treated 40 patients for flu last week.", ""},
    {"zh", "trigger-num", "其中重伤33人。", "injured 33..33 exact"},
    {"zh", "num-trigger", "另有3人伤势较重。", "injured 3..3 exact"},
    {"th", "num-trigger", "โดยมี 3 รายอาการสาหัส", "injured 3..3 exact"},
    {"ja", "toll", "重傷者は799人に上った。", "injured 799..799 exact"},
    {"de", "trigger-num", "Verletzt wurden 85 Menschen.", "injured 85..85 exact"},
    {"de", "!trigger-num", "Verletzt wurde niemand, 85 Menschen flohen.", ""},
};

const std::vector<Row> kArabicAndJapaneseRows = {
    {"ar", "trigger-num", "أسفر الهجوم عن مقتل 12 شخصا وإصابة 30 آخرين.",
     "deaths 12..12 exact; injured 30..30 exact"},
    {"ar", "trigger-num", "توفي ثلاثة أشخاص غرقا في السيول.", "deaths 3..3 exact"},
    {"ar", "!trigger-num", "توفي الفنان عن 85 عاما بعد صراع مع المرض.", ""},
    // The dual of a person noun counts two.
    {"ar", "trigger-num", "قتل جنديان وأصيب ثلاثة آخرون في الهجوم.", "deaths 2..2 exact; injured 3..3 exact"},
    {"ar", "!trigger-num", "استقبل الرئيس شخصين من الوفد.", ""},
    {"ja", "num-trigger", "男性2人が死亡し、女性1人が意識不明の重体となっている。",
     "deaths 2..2 exact; injured 1..1 exact"},
    {"ja", "!num-trigger", "容体が重体から回復した患者3人が退院した。", ""},
    {"ja", "toll", "この地震で亡くなった人は22人となりました。", "deaths 22..22 exact"},
    {"ja", "!toll", "亡くなった人の遺族は120人を超えた。", ""},
    // The noun a number counts may stand before its qualifier; a year-shaped count is one before it.
    {"ar", "trigger-num", "قتل 131 إيرانيا على الأقل في التدافع.", "deaths 131.. at_least"},
    {"ar", "trigger-num", "قتل 1426 حاجا في تدافع داخل نفق.", "deaths 1426..1426 exact"},
    // إصابة is an infection where a virus is named with it, an injury in a hospital fire.
    {"ar", "trigger-num", "أسفر الحريق في مستشفى لمرضى كورونا عن مقتل 82 شخصا وإصابة 110 آخرين.",
     "deaths 82..82 exact; injured 110..110 exact"},
    {"ar", "!num-trigger", "وسجلت وزارة الصحة 8000 إصابة جديدة بفيروس كورونا.", ""},
    {"ja", "toll", "死者の数は35人に上った。", "deaths 35..35 exact"},
    {"ja", "toll", "大雨で、亡くなった方は4人となりました。", "deaths 4..4 exact"},
    {"zh", "!toll", "遇难者人数的统计工作由120名志愿者完成。", ""},
};

const std::vector<Row> kSingularVerbRows = {
    {"ru", "trigger-num", "В результате взрыва пострадал 21 человек.", "injured 21..21 exact"},
    {"ru", "trigger-num", "За медицинской помощью обратились 79 человек.", "injured 79..79 exact"},
    {"ru", "!trigger-num", "За медицинской помощью никто не обращался, 79 человек эвакуировали.", ""},
    {"en", "num-trigger", "A woman was killed and her two children were seriously injured.",
     "deaths 1..1 exact; injured 2..2 exact"},
    {"en", "!num-trigger", "A man who survived the 2004 tsunami said 40 homes were destroyed.", ""},
    {"ru", "trigger-num", "Погибла одна женщина, ранены двое.", "deaths 1..1 exact; injured 2..2 exact"},
    {"ru", "!trigger-num", "Его отец умер 5 лет назад.", ""},
    {"uk", "trigger-num", "Загинула одна жінка.", "deaths 1..1 exact"},
    {"uk", "!trigger-num", "Його мати померла 3 роки тому.", ""},
};

const std::vector<Row> kShorthandRows = {
    {"zh", "num-trigger", "车祸导致3死8伤。", "deaths 3..3 exact; injured 8..8 exact"},
    {"zh", "!num-trigger", "法院判处3人死刑，另有2人死缓。", ""},
    {"zh", "!num-trigger", "3死刑犯被依法执行。", ""},
    {"zh", "!num-trigger", "被困矿工九死一生，终于获救。", ""},
    // The Thai headline pair: the next count's trigger stands after the first count, a qualifier may follow
    // it, and "เพิ่มเป็น" may stand between the verb and its count.
    {"th", "trigger-num", "ดับเพิ่มเป็น 12 เจ็บกว่า 120 ราย", "deaths 12..12 exact; injured 121.. more_than"},
    // A long subject set off by a space: the clause after it opens on the rise; not on another noun.
    {"th", "toll", "ยอดผู้เสียชีวิตจากเหตุระเบิดในอำเภอเมือง เพิ่มเป็น 12 ราย", "deaths 12..12 exact"},
    {"th", "!toll", "ยอดผู้เสียชีวิตยังไม่ชัดเจน ผู้อพยพเพิ่มเป็น 500 ราย", ""},
};

const std::vector<Row> kThaiNumberWordRows = {
    {"th", "trigger-num", "เหตุไฟไหม้โรงงาน มีผู้เสียชีวิตสามราย และบาดเจ็บอีกสิบสองคน",
     "deaths 3..3 exact; injured 12..12 exact"},
    {"th", "!trigger-num", "ผู้สูงอายุหกล้มเสียชีวิตในบ้านพัก", ""},
    {"th", "!trigger-num", "พันเอกสมชายเสียชีวิตเมื่อคืนนี้", ""},
    {"th", "!trigger-num", "ร้อยตำรวจเอกสมศักดิ์ได้รับบาดเจ็บจากเหตุปะทะ", ""},
};

const std::vector<Row> kDesignationRows = {
    {"ru", "trigger-num", "В гимназии № 175 погибли 9 человек.", "deaths 9..9 exact"},
    {"ru", "trigger-num", "В ДТП на трассе М-4 погибли трое.", "deaths 3..3 exact"},
    {"en", "trigger-num", "COVID-19 killed 5 residents of the home.", "deaths 5..5 exact"},
    {"en", "trigger-num", "A Su-24 killed 3 civilians in the strike.", "deaths 3..3 exact"},
};

// An earlier event told without a year: by its distance in time, as a yearly rate, or as the event a
// "since" compares with. Its figures never become the article's.
const std::vector<Row> kToldInThePastRows = {
    {"fr", "historical",
     "Le plus meurtrier depuis Nice, le 14 juillet 2016, lorsqu'un camion avait foncé sur la foule, tuant 86 "
     "personnes.",
     "deaths 86..86 exact historical"},
    {"en", "historical", "The storm killed 8 people. Last year, a similar storm killed 40.",
     "deaths 8..8 exact; deaths 40..40 exact historical"},
    {"en", "!historical", "Since last year, 150 people have died in the fighting.", "deaths 150..150 exact"},
    {"en", "historical", "Road accidents kill about 1,500 people a year.",
     "deaths 1350..1650 about historical"},
    {"en", "!historical", "Two people died a day after the attack.", "deaths 2..2 exact"},
    {"en", "historical", "It was the deadliest since a tremor that killed 9,000 people.",
     "deaths 9000..9000 exact historical"},
    {"en", "!historical", "Since Monday, 40 people have died.", "deaths 40..40 exact"},
    {"de", "historical", "Im vergangenen Winter starben 21 Menschen in Lawinen.",
     "deaths 21..21 exact historical"},
    {"de", "!historical", "In diesem Winter starben 21 Menschen in Lawinen.", "deaths 21..21 exact"},
    {"fr", "historical", "L'hiver dernier, 12 skieurs sont morts dans des avalanches.",
     "deaths 12..12 exact historical"},
    {"fr", "historical", "Les attentats de Paris avaient fait 130 morts quatre mois plus tôt.",
     "deaths 130..130 exact historical"},
    {"es", "historical", "Hace tres meses, otro sismo había dejado 40 muertos.",
     "deaths 40..40 exact historical"},
    {"fr", "!historical", "Deux jours plus tôt, 30 morts avaient été recensés.", "deaths 30..30 exact"},
    // A sentence that opens on "at the time" is dated by the one before.
    {"zh", "historical", "上一次类似的洪水发生在1975年8月。当时，水库溃坝，约2.6万人遇难。",
     "deaths 23400..28600 about historical"},
    {"en", "historical", "The last such flood struck in 1975. At the time, 200 people died.",
     "deaths 200..200 exact historical"},
    {"en", "!historical", "The town was founded in 1975. On Monday, 200 people died.",
     "deaths 200..200 exact"},
    {"ru", "historical",
     "Это самые кровопролитные события с мая 2005 года. Правозащитники тогда называли цифру в "
     "несколько сотен жертв.",
     "deaths 100.. vague historical"},
    // "حيث" (where) opens a clause about the place of an earlier event the sentence dates.
    {"ar", "historical",
     "أصدرت المحكمة مذكرة توقيف عام 2009 بتهم ارتكاب جرائم في إقليم دارفور، حيث قتل نحو 300 "
     "ألف شخص.",
     "deaths 270000..330000 about historical"},
    // A count of another kind right after an earlier event's toll is that event's too, unless told as now.
    {"ja", "historical", "2019年7月に京都市のアニメ制作会社で36人が死亡、32人が重軽傷を負った。",
     "deaths 36..36 exact historical; injured 32..32 exact historical"},
    {"en", "!historical", "In 2004, a storm killed 334 people. Now 20 are injured.",
     "deaths 334..334 exact historical; injured 20..20 exact"},
    // "after" tells a sequence, not the present: it does not part a year from its toll.
    {"en", "historical",
     "It was the worst since August 1979, when the dam burst after heavy rain and the flood "
     "killed at least 1,800 people.",
     "deaths 1800.. at_least historical"},
    // The event a "since" compared with, named again at the head of the next sentence, is still that
    // event; not a place or event the article named before the comparison.
    {"zh", "historical", "这是继2015年天津港爆炸事故以来最严重的化工事故。天津港事故共造成165人遇难。",
     "deaths 165..165 exact historical"},
    {"en", "historical",
     "It was the deadliest since the 2015 Tianjin blast. The Tianjin blast killed 173 people.",
     "deaths 173..173 exact historical"},
    {"en", "!historical", "It was the worst flood since 2010 in Sindh. Sindh officials said 12 people died.",
     "deaths 12..12 exact"},
    {"zh", "!historical",
     "天津港化工厂发生爆炸。这是继2015年天津港事故以来最严重的爆炸。天津港爆炸共造成78人死亡。",
     "deaths 78..78 exact"},
    // A year named with its month two months or more before publication is of an earlier event (under six,
    // unless its sentence names what the headline names); the month before may be the article's.
    {"en", "historical", "In May 2023, a plane crashed in the hills, killing all 22 people on board.",
     "deaths 22..22 exact historical"},
    {"en", "historical", "In January 2024, a storm killed 12 people in the region.",
     "deaths 12..12 exact historical"},
    {"en", "!historical", "In February 2024, a storm killed 12 people in the region.", "deaths 12..12 exact"},
    // A month or "in" before a year-shaped number makes it a year, though a verb of dying follows it.
    {"de", "historical", "Im Juni 1998 starben in Eschede 101 Menschen.", "deaths 101..101 exact historical"},
    {"es", "historical", "En 2018 murieron 51 personas en la región.", "deaths 51..51 exact historical"},
    {"de", "!historical", "Insgesamt starben 1998 Menschen.", "deaths 1998..1998 exact"},
    // Chinese and Japanese run a sentence's clauses on: a year in any of them dates the rest.
    {"ja", "historical", "国内の放火事件では、2019年7月にスタジオが放火され、社員36人が死亡した。",
     "deaths 36..36 exact historical"},
    {"ja", "!historical", "国内の放火事件では、2019年7月にスタジオが放火されたが、今回は3人が死亡した。",
     "deaths 3..3 exact"},
    {"ru", "historical", "Прошлой зимой в лавинах погибли 9 человек.", "deaths 9..9 exact historical"},
    {"ru", "historical", "В прошлом году при пожаре в этом же здании погибли 12 человек.",
     "deaths 12..12 exact historical"},
    {"uk", "historical", "Торік у подібній аварії загинули 9 людей.", "deaths 9..9 exact historical"},
    {"de", "historical", "Vor zwei Jahren starben dort 30 Menschen.", "deaths 30..30 exact historical"},
    {"de", "!historical", "Vor dem Rathaus starben 3 Menschen.", "deaths 3..3 exact"},
    {"fr", "historical", "Il y a deux ans, un drame similaire avait fait 30 morts.",
     "deaths 30..30 exact historical"},
    {"fr", "!historical", "Il y a 5 morts selon la police.", "deaths 5..5 exact"},
    {"es", "historical", "Hace tres años, otro sismo causó 670 víctimas mortales.",
     "deaths 670..670 exact historical"},
    {"zh", "historical", "去年同一地区发生的类似事故曾造成30人死亡。", "deaths 30..30 exact historical"},
    {"zh", "historical", "每年约有1500人死于交通事故。", "deaths 1350..1650 about historical"},
    {"ja", "historical", "昨年の同様の事故では12人が死亡している。", "deaths 12..12 exact historical"},
    {"ar", "historical", "وفي العام الماضي لقي 20 شخصا حتفهم في حادث مماثل.",
     "deaths 20..20 exact historical"},
    // Counted up to now, or told against the past: not historical.
    {"en", "!historical", "Since the war began two years ago, more than 30,000 people have been killed.",
     "deaths 30001.. more_than"},
    {"en", "!historical", "Last year 40 people died, but this year 60 have died.",
     "deaths 40..40 exact historical; deaths 60..60 exact"},
    {"en", "!historical", "An airstrike killed 12 people a day earlier.", "deaths 12..12 exact"},
    {"de", "!historical", "Seit Montag sind mehr als 40 Menschen gestorben.", "deaths 41.. more_than"},
    {"de", "!historical", "Seit 2014 wurden mehr als 14.000 Menschen getötet.", "deaths 14001.. more_than"},
    {"es", "!historical", "Desde que comenzó la guerra han muerto 500 personas.", "deaths 500..500 exact"},
    {"ja", "!historical", "毎日新聞の取材で3人の死亡が確認された。", "deaths 3..3 exact"},
    {"zh", "!historical", "今年前5个月，交通事故造成120人死亡。", "deaths 120..120 exact"},
    // A whole year named before: a CJK year with no month, a Thai year after ปี.
    {"zh", "historical", "另据统计，2023年全国共接报火灾74.5万起，死亡1381人。",
     "deaths 1381..1381 exact historical"},
    {"zh", "!historical", "2024年全国共接报火灾，死亡13人。", "deaths 13..13 exact"},
    {"th", "historical", "เมื่อปี 2566 เกิดเหตุโกดังพลุระเบิด มีผู้เสียชีวิต 12 ราย", "deaths 12..12 exact historical"},
    {"th", "!historical", "ปี 2567 มีผู้เสียชีวิต 12 ราย", "deaths 12..12 exact"},
    // A count over years sums other events.
    {"ru", "historical", "За 17 лет работы компании на её предприятиях погибли более 100 человек.",
     "deaths 101.. more_than historical"},
    {"ru", "!historical", "За сутки погибли 5 человек.", "deaths 5..5 exact"},
    // A year after the figure past the list of places it struck; a Thai paragraph's earlier clause.
    {"fr", "historical",
     "Le cyclone Idai avait fait 1 000 morts au Mozambique, au Zimbabwe et au Malawi en mars 2019.",
     "deaths 1000..1000 exact historical"},
    {"fr", "!historical",
     "Le cyclone a fait 12 morts au Mozambique et au Malawi, un bilan plus lourd qu'en 2019.",
     "deaths 12..12 exact"},
    {"th", "historical", "เป็นอุบัติเหตุร้ายแรง ครั้งก่อนหน้านี้เมื่อวันที่ 2 มกราคม 2560 รถตู้ชนกับรถกระบะ มีผู้เสียชีวิต 25 ราย",
     "deaths 25..25 exact historical"},
    {"th", "!historical", "ไฟไหม้รถบัสเมื่อวันที่ 22 มีนาคม 2567 มีผู้เสียชีวิต 23 ราย", "deaths 23..23 exact"},
};

// Bodies recovered are deaths: "tela/тіла" only after a verb of finding ("температура тела" is none).
const std::vector<Row> kBodiesRows = {
    {"ja", "num-trigger", "火事で焼け跡から2人の遺体が見つかりました。", "deaths 2..2 exact"},
    {"zh", "num-trigger", "搜救人员已找到5具遗体。", "deaths 5..5 exact"},
    {"ar", "num-trigger", "انتشلت فرق الإنقاذ 7 جثث من تحت الأنقاض.", "deaths 7..7 exact"},
    {"ru", "trigger-num", "Из-под завалов извлекли тела 4 человек.", "deaths 4..4 exact"},
    {"ru", "!trigger-num", "Температура тела 5 пациентов превысила 39 градусов.", ""},
    {"uk", "trigger-num", "З-під завалів дістали тіла 6 людей.", "deaths 6..6 exact"},
    {"de", "num-trigger", "Die Rettungskräfte bargen 9 Leichen.", "deaths 9..9 exact"},
    {"fr", "trigger-num", "Les secours ont retrouvé les corps de 3 randonneurs.", "deaths 3..3 exact"},
    {"es", "trigger-num", "Los equipos de rescate recuperaron los cuerpos de 11 personas.",
     "deaths 11..11 exact"},
    {"es", "!trigger-num", "Los cuerpos de seguridad detuvieron a 3 personas.", "detained 3..3 exact"},
};

// Japanese names its few victims one by one, each with an age in brackets: the ages are the count.
const std::vector<Row> kNamedVictimRows = {
    {"ja", "named-victims", "この事故で、運転していた会社員の田中太郎さん（45）が死亡した。",
     "deaths 1..1 exact"},
    {"ja", "named-victims", "住人の夫（72）と妻（68）が重傷を負った。", "injured 2..2 exact"},
    {"ja", "!named-victims", "逮捕されたのは無職の山田一郎容疑者（52）で、調べに対し容疑を認めている。", ""},
    {"ja", "!named-victims", "田中さん（45）は「怖かった」と話した。", ""},
};

// A damage estimate is a hypothetical toll, and a seismic intensity no count.
const std::vector<Row> kJapaneseEstimateRows = {
    {"ja", "num-trigger",
     "政府の被害想定では、南海トラフ巨大地震が起きた場合、最悪で約32万3000人が死亡するとされる。",
     "deaths 290700..355300 about hypothetical"},
    {"ja", "!blocker", "宮崎県日南市で震度6弱を観測した。", ""},
    {"ja", "num-trigger", "地震で3人が死亡した。", "deaths 3..3 exact"},
};

// "Пострадавшие" are injured after a crash, affected after a flood, as the verb пострадали is.
const std::vector<Row> kVictimsTollRows = {
    {"ru", "toll", "Число пострадавших возросло до 27.", "injured 27..27 exact"},
    {"ru", "!toll", "Число пострадавших от паводка превысило 5000.", ""},
    {"uk", "toll", "Кількість постраждалих зросла до 25.", "injured 25..25 exact"},
    // A clause inserted between the toll and its rise: a relative clause, a source.
    {"uk", "toll", "Кількість жертв землетрусу, який у середу зруйнував Аматріче, зросла до 290.",
     "deaths 290..290 exact"},
    {"en", "toll", "The death toll, officials said, has risen to 290.", "deaths 290..290 exact"},
    {"en", "!toll",
     "The death toll stood at 4, officials said, while the count of damaged homes rose to 290.",
     "deaths 4..4 exact"},
    {"ru", "trigger-num", "Травмированы семь человек, в том числе водитель.", "injured 7..7 exact"},
    {"uk", "trigger-num", "Травмовано 5 людей.", "injured 5..5 exact"},
};

// Japanese sets the topic off with a comma: "死者は、…241人となりました" is one toll.
const std::vector<Row> kJapaneseTopicRows = {
    {"ja", "toll", "地震による死者は、石川県内で241人となりました。", "deaths 241..241 exact"},
    {"ja", "toll", "死亡した人は、あわせて8人となりました。", "deaths 8..8 exact"},
    {"ja", "toll", "亡くなった人の数は、17日までに35人となりました。", "deaths 35..35 exact"},
    {"ja", "toll", "犠牲になった人は12人に上りました。", "deaths 12..12 exact"},
    {"ja", "!toll", "死者・行方不明者は合わせて42人となっている。", ""},
    {"ja", "!toll", "死者は確認されていないが、避難者は300人に上る。", ""},
    // "2人増えて9人": the toll rose by 2 to 9; the increase is no toll.
    {"ja", "toll", "死者は前日から2人増えて9人となった。", "deaths 9..9 exact"},
    {"ja", "toll", "けが人は3人増えて15人になった。", "injured 15..15 exact"},
    {"ja", "!toll", "死者は2人増えた。", ""},
    {"ja", "!toll", "観光客は前年より2万人増えて90万人となった。", ""},
    // The rise in the te-form before the comma goes on to the count: "増え、…計127人に上った".
    {"ja", "toll", "負傷者は前日の98人から増え、21府県で計127人に上った。", "injured 127..127 exact"},
    {"ja", "!toll", "観光客は前年から増え、21府県で計127万人に上った。", ""},
};

// Wire wordings in German, French and Spanish that the common verbs miss.
const std::vector<Row> kLatinWireRows = {
    // Drowned people are deaths, drowned sheep are not.
    {"de", "trigger-num", "In Sinzig ertranken in der Nacht zwölf Bewohner.", "deaths 12..12 exact"},
    {"de", "!trigger-num", "Auf der Weide ertranken in der Nacht 20 Schafe.", ""},
    {"es", "num-trigger", "Tres personas se ahogaron frente a la costa.", "deaths 3..3 exact"},
    {"fr", "num-trigger", "Trois migrants se sont noyés dans la Manche.", "deaths 3..3 exact"},
    // A count of buildings or vehicles is no count of people.
    {"en", "trigger-num", "The bombings of three churches killed 321 people.", "deaths 321..321 exact"},
    {"de", "trigger-num", "Ums Leben kamen dabei 6 Menschen.", "deaths 6..6 exact"},
    {"de", "!trigger-num", "Ums Leben kam dabei niemand, 3 Autos brannten aus.", ""},
    {"fr", "num-trigger", "Dix-neuf corps ont été retrouvés.", "deaths 19..19 exact"},
    {"fr", "!num-trigger", "Le 3e corps d'armée a été déployé.", ""},
    {"es", "lives", "Las inundaciones se cobraron la vida de 43 personas.", "deaths 43..43 exact"},
    {"es", "!lives", "La reforma cambió la vida de 43 familias.", ""},
    {"es", "num-trigger", "Al menos 112 fallecimientos han sido confirmados.", "deaths 112.. at_least"},
    {"es", "toll", "El número de heridos alcanza los 85.", "injured 85..85 exact"},
    {"es", "!toll", "El número de camas alcanza los 85.", ""},
    {"es", "num-trigger", "Otras 66 personas permanecen hospitalizadas.", "injured 66..66 exact"},
    // Shot dead by the police or soldiers.
    {"fr", "num-trigger", "Trois assaillants ont été abattus par les forces spéciales.", "deaths 3..3 exact"},
    {"es", "num-trigger", "Dos atacantes fueron abatidos por la policía.", "deaths 2..2 exact"},
    {"de", "num-trigger", "Zwei Angreifer wurden erschossen.", "deaths 2..2 exact"},
    {"fr", "!num-trigger", "Trois arbres ont été abattus par la tempête.", ""},
    // A currency after the count: "20 ألف جنيه لكل مصاب" is money for each injured person.
    {"ar", "!num-trigger", "صرف 20 ألف جنيه لكل مصاب.", ""},
    // An indefinite article is one only before a person or a casualty word.
    {"es", "toll", "La cifra de muertos por la explosión de un ducto subió a 79.", "deaths 79..79 exact"},
    {"es", "num-trigger", "Un muerto y tres heridos dejó el choque.",
     "deaths 1..1 exact; injured 3..3 exact"},
    {"de", "!num-trigger", "Eine vierte Person wurde verletzt.", ""},
};

// Russian and Ukrainian "the injured" after the count; after a flood they are the affected.
const std::vector<Row> kAffectedRows = {
    {"ru", "num-trigger", "В больницы доставлены 93 пострадавших.", "injured 93..93 exact"},
    {"ru", "!num-trigger", "После наводнения в регионе насчитали 5000 пострадавших.", ""},
    {"uk", "num-trigger", "До лікарень доставлено 35 постраждалих.", "injured 35..35 exact"},
    {"uk", "!num-trigger", "Через повінь в області 5000 постраждалих.", ""},
    // Bodies found and people brought in with injuries (the development set's ru-005).
    {"ru", "trigger-num", "Спасатели обнаружили под слоем грязи и камней тела ещё четырёх человек.",
     "deaths 4..4 exact"},
    {"ru", "!trigger-num", "У пациента температура тела 39 градусов, вес тела 80 кг.", ""},
    {"ru", "num-trigger", "Ещё восемь человек с травмами доставлены в больницы.", "injured 8..8 exact"},
    {"ru", "num-trigger", "Судьба ещё 13 человек остаётся неизвестной.", "missing 13..13 exact"},
    {"ru", "!num-trigger", "Судьба проекта стоимостью 13 млн рублей неизвестна.", ""},
};

// Injuries told by their degree or by a vague word with the article.
const std::vector<Row> kInjuryDegreeRows = {
    {"en", "num-trigger", "Four people remain in critical condition.", "injured 4..4 exact"},
    {"en", "!num-trigger", "The bridge, built in 1960, is in critical condition.", ""},
    {"zh", "num-trigger", "火灾造成2人死亡，9人不同程度受伤。", "deaths 2..2 exact; injured 9..9 exact"},
    {"zh", "!num-trigger", "9人不同程度参与了调查。", ""},
    {"ar", "vague", "أسفر الزلزال عن مقتل 12 شخصا وإصابة العشرات.",
     "deaths 12..12 exact; injured 10.. vague"},
    {"ar", "!vague", "حضر العشرات حفل الافتتاح.", ""},
};

// A running total takes the kind of the figure before it; headline and plural toll heads.
// A count of people right after a part word, with no trigger of its own, is a part of the figure before it.
const std::vector<Row> kPartRows = {
    {"zh", "part", "事故已造成78人死亡，其中56人已确认身份。", "deaths 78..78 exact; deaths 56..56 exact"},
    {"ru", "part", "Число погибших выросло до 37, среди них шестеро детей.",
     "deaths 37..37 exact; deaths 6..6 exact"},
    {"de", "part", "Fünf weitere Menschen wurden verletzt, zwei von ihnen schwer.",
     "injured 5..5 exact; injured 2..2 exact"},
    {"ru", "part", "Пострадали 17 человек, 13 из них дети.", "injured 17..17 exact; injured 13..13 exact"},
    {"ja", "part", "死者は50人に上った。このうち9人は子どもだった。",
     "deaths 50..50 exact; deaths 9..9 exact"},
    {"en", "part", "The fire killed 20 people, including 3 children.",
     "deaths 20..20 exact; deaths 3..3 exact"},
    // A part word that names the victims may stand a verb or two before the count, of any noun.
    {"en", "part", "The attack killed 19 people. Among the dead were four children.",
     "deaths 19..19 exact; deaths 4..4 exact"},
    {"de", "part", "Bei dem Unglück starben elf Menschen. Unter den Toten sind vier Bahnmitarbeiter.",
     "deaths 11..11 exact; deaths 4..4 exact"},
    {"es", "part", "El sismo dejó 30 muertos. Entre las víctimas mortales hay al menos tres menores.",
     "deaths 30..30 exact; deaths 3.. at_least"},
    // A part word that does not name them reaches no count past a verb.
    {"en", "!part", "The attack killed 19 people. Among them were four children.", "deaths 19..19 exact"},
    // Not things, not a part larger than its whole, not without a figure before it.
    {"en", "!part", "The fire killed 20 people and destroyed 40 homes, including 3 schools.",
     "deaths 20..20 exact"},
    {"en", "!part", "The fire killed 2 people, including 30 children.", "deaths 2..2 exact"},
    {"zh", "!part", "该市共有120所学校，其中56人为教师。", ""},
    // Without a figure before it, a part word that names the victims gives their kind itself, across a dash
    // too; a bare part word, or one without a count, gives nothing.
    {"uk", "part", "Серед поранених — 12 дітей.", "injured 12..12 exact"},
    {"ru", "part", "Среди погибших 12 детей.", "deaths 12..12 exact"},
    {"zh", "part", "遇难者中有250名学生。", "deaths 250..250 exact"},
    {"ar", "part", "وبين القتلى ثلاثة بريطانيين.", "deaths 3..3 exact"},
    {"uk", "!part", "Серед поранених — діти.", ""},
    {"en", "!part", "Among them were 3 children.", ""},
};

// French pluperfect and custody wordings, and a degree of injury standing for the injured it counts.
const std::vector<Row> kFrenchPastAndCustodyRows = {
    {"fr", "trigger-num", "Un camion avait tué 86 personnes.", "deaths 86..86 exact"},
    {"fr", "num-trigger", "Sept personnes ont été placées en garde à vue.", "detained 7..7 exact"},
    {"fr", "!num-trigger", "Sept personnes ont été placées en tête de liste.", ""},
    {"fr", "part", "Onze personnes avaient été blessées, dont quatre grièvement.",
     "injured 11..11 exact; injured 4..4 exact"},
};

const std::vector<Row> kRunningTotalRows = {
    {"en", "total", "Rescuers pulled three more bodies from the rubble, bringing the total to 56.",
     "deaths 3..3 exact; deaths 56..56 exact"},
    {"en", "!total", "The chain opened 3 more stores, bringing the total to 56.", ""},
    {"en", "toll", "Death toll tops 1,000 as rescuers dig through rubble.", "deaths 1001.. more_than"},
    {"en", "toll", "Fatalities rose to 19, the ministry said.", "deaths 19..19 exact"},
    {"en", "!toll", "Investigators looked into the deaths at 2 hospitals.", ""},
    {"ja", "toll", "犠牲者の数は19人に達した。", "deaths 19..19 exact"},
    // "The figure" refers back to the toll before it.
    {"ru", "total", "Сначала говорили о 40 погибших, ночью цифра превысила шестьдесят.",
     "deaths 40..40 exact superseded; deaths 61.. more_than"},
    {"ru", "!total", "Цифра 5 стала символом кампании.", ""},
    {"uk", "num-trigger", "Доля 20 людей невідома, ще 79 осіб поранені.",
     "missing 20..20 exact; injured 79..79 exact"},
    {"uk", "!num-trigger", "Причина пожежі у 5-поверховому будинку досі невідома.", ""},
    {"en", "total", "Officials first reported 12 dead. By evening the figure rose to 19.",
     "deaths 12..12 exact superseded; deaths 19..19 exact"},
    {"es", "total", "Se confirmaron 12 muertos. Por la noche la cifra ascendió a 19.",
     "deaths 12..12 exact; deaths 19..19 exact"},
    {"de", "total", "Die Polizei meldete 12 Tote. Am Abend stieg die Zahl auf 19.",
     "deaths 12..12 exact; deaths 19..19 exact"},
    {"fr", "total", "On comptait 12 morts. Le soir, le chiffre est passé à 19.",
     "deaths 12..12 exact; deaths 19..19 exact"},
};

} // namespace

BOOST_AUTO_TEST_SUITE(casualty_wording)

BOOST_DATA_TEST_CASE(japanese_victims_named_with_their_ages_are_counted,
                     boost::unit_test::data::make(kNamedVictimRows), row) {
    check(row);
}

BOOST_DATA_TEST_CASE(bodies_recovered_are_deaths, boost::unit_test::data::make(kBodiesRows), row) {
    check(row);
}

BOOST_DATA_TEST_CASE(an_earlier_event_told_without_a_year_is_historical,
                     boost::unit_test::data::make(kToldInThePastRows), row) {
    check(row);
}

BOOST_DATA_TEST_CASE(a_noun_and_its_verb_split_by_the_event_are_a_trigger,
                     boost::unit_test::data::make(kSplitTriggerRows), row) {
    check(row);
}

BOOST_DATA_TEST_CASE(wounds_received_or_suffered_and_hospital_admissions_are_injured,
                     boost::unit_test::data::make(kWoundsAndHospitalRows), row) {
    check(row);
}

BOOST_DATA_TEST_CASE(arabic_and_japanese_tolls_without_the_common_verbs_are_figures,
                     boost::unit_test::data::make(kArabicAndJapaneseRows), row) {
    check(row);
}

BOOST_DATA_TEST_CASE(feminine_and_singular_verbs_are_triggers,
                     boost::unit_test::data::make(kSingularVerbRows), row) {
    check(row);
}

BOOST_DATA_TEST_CASE(the_chinese_shorthand_counts_only_right_after_the_number,
                     boost::unit_test::data::make(kShorthandRows), row) {
    check(row);
}

BOOST_DATA_TEST_CASE(thai_number_words_are_counts_but_ranks_and_verbs_are_not,
                     boost::unit_test::data::make(kThaiNumberWordRows), row) {
    check(row);
}

BOOST_DATA_TEST_CASE(a_number_naming_a_road_aircraft_or_virus_is_not_a_count,
                     boost::unit_test::data::make(kDesignationRows), row) {
    check(row);
}

BOOST_DATA_TEST_CASE(the_number_of_victims_is_injured_unless_a_flood_affected_them,
                     boost::unit_test::data::make(kVictimsTollRows), row) {
    check(row);
}

BOOST_DATA_TEST_CASE(a_japanese_toll_reaches_its_count_across_the_topic_comma,
                     boost::unit_test::data::make(kJapaneseTopicRows), row) {
    check(row);
}

BOOST_DATA_TEST_CASE(german_french_and_spanish_wire_wordings_are_figures,
                     boost::unit_test::data::make(kLatinWireRows), row) {
    check(row);
}

BOOST_DATA_TEST_CASE(a_japanese_damage_estimate_is_hypothetical_and_a_seismic_intensity_no_count,
                     boost::unit_test::data::make(kJapaneseEstimateRows), row) {
    check(row);
}

BOOST_DATA_TEST_CASE(the_injured_after_the_count_are_injured_unless_a_disaster_affected_them,
                     boost::unit_test::data::make(kAffectedRows), row) {
    check(row);
}

BOOST_DATA_TEST_CASE(injuries_told_by_their_degree_are_injured,
                     boost::unit_test::data::make(kInjuryDegreeRows), row) {
    check(row);
}

BOOST_DATA_TEST_CASE(a_count_after_a_part_word_is_a_part_of_the_figure_before_it,
                     boost::unit_test::data::make(kPartRows), row) {
    check(row);
}

BOOST_DATA_TEST_CASE(a_running_total_takes_the_kind_of_the_figure_before_it,
                     boost::unit_test::data::make(kRunningTotalRows), row) {
    check(row);
}

BOOST_DATA_TEST_CASE(french_pluperfect_custody_and_a_degree_standing_for_the_injured,
                     boost::unit_test::data::make(kFrenchPastAndCustodyRows), row) {
    check(row);
}

BOOST_AUTO_TEST_SUITE_END()
