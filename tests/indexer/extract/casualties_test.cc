// Casualty figures (indexer/extract/casualties/figures.h, conventions in CASUALTIES.md beside it).
// Every rule has, in each of the nine languages, a sentence it must handle and a near miss it must
// not fire on; then the issue's examples, the traps of extraction.md §5.6, and the per-article
// resolution over the bundled corpus.

#include "indexer/extract/article_extraction.h"
#include "indexer/extract/casualties/figures.h"

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace {

namespace casualties = lede::extract::casualties;
using casualties::CasualtyFigure;
using casualties::CasualtyKind;
using casualties::kind_name;
using casualties::Qualifier;
using casualties::qualifier_name;

constexpr const char* kDate = "2024-03-23";

// The figures of a text as extract_article finds them: the text read for its numbers, then the
// casualty grammar over them.
std::vector<CasualtyFigure> extract_casualties(std::string_view text, std::string_view lang,
                                               std::string_view publication_date) {
    return casualties::extract(lede::extract::read_numbers(text, lang), publication_date);
}

// "deaths 133..133 exact; injured 101.. more_than", flagged " historical", " superseded", " hypothetical".
std::string describe(const std::vector<CasualtyFigure>& figures) {
    std::string out;
    for (const CasualtyFigure& f : figures) {
        out += out.empty() ? "" : "; ";
        out += std::string(kind_name(f.kind)) + " " + std::to_string(f.low) + ".." +
               (f.high ? std::to_string(*f.high) : "") + " " + std::string(qualifier_name(f.qualifier));
        out += f.historical ? " historical" : "";
        out += f.superseded ? " superseded" : "";
        out += f.hypothetical ? " hypothetical" : "";
    }
    return out;
}

struct Row {
    std::string lang;
    std::string rule; ///< the rule the sentence exercises; "!rule": a near miss it must not fire on
    std::string text;
    std::string expected;
};
std::ostream& operator<<(std::ostream& out, const Row& row) {
    return out << row.lang << " " << row.rule << ": " << row.text;
}

void check(const Row& row) {
    const std::vector<CasualtyFigure> figures = extract_casualties(row.text, row.lang, kDate);
    BOOST_TEST(describe(figures) == row.expected);
    if (!row.rule.starts_with("!") && row.rule != "historical" && row.rule != "hypothetical") {
        const std::string id = row.lang + "." + row.rule;
        BOOST_TEST(std::any_of(figures.begin(), figures.end(),
                               [&](const CasualtyFigure& f) { return f.rule == id; }),
                   "rule " << id << " fired");
    }
}

// Rules: num-trigger, trigger-num, toll, toll-from, vague, lives, and the historical flag.
const std::vector<Row> kRuleRows = {
    {"en", "num-trigger", "At least 40 people were killed in the attack.", "deaths 40.. at_least"},
    {"en", "!num-trigger", "The gunmen fired for 30 minutes before the police arrived.", ""},
    {"en", "trigger-num", "The blast killed 12 people and injured 30 more.",
     "deaths 12..12 exact; injured 30..30 exact"},
    {"en", "!trigger-num", "Police said the gunman killed himself at 8 p.m. on Friday.", ""},
    {"en", "toll", "The death toll rose to 137 on Sunday.", "deaths 137..137 exact"},
    {"en", "!toll", "The death toll will be updated on 22 March.", ""},
    {"en", "toll-from", "The death toll rose from 115 to 133.",
     "deaths 115..115 exact superseded; deaths 133..133 exact"},
    {"en", "!toll-from", "Flights were cut from 40 to 12 a day.", ""},
    {"en", "vague", "Dozens of people were wounded.", "injured 12.. vague"},
    {"en", "!vague", "Dozens of people gathered outside the hall.", ""},
    {"en", "lives", "The attack claimed 133 lives.", "deaths 133..133 exact"},
    {"en", "!lives", "Doctors saved 40 lives that night.", ""},
    {"en", "historical", "In 2004, 334 people were killed in Beslan.", "deaths 334..334 exact historical"},
    {"en", "!historical", "The attack, the deadliest since 2004, killed 133 people.",
     "deaths 133..133 exact"},
    {"ru", "num-trigger", "Не менее 40 человек погибли.", "deaths 40.. at_least"},
    {"ru", "!num-trigger", "Пожар охватил около 13 тысяч квадратных метров, погибших нет.", ""},
    {"ru", "trigger-num", "При захвате школы погибли 334 человека.", "deaths 334..334 exact"},
    {"ru", "!trigger-num", "Его родители погибли 5 марта.", ""},
    {"ru", "toll", "Число погибших выросло до 133 человек.", "deaths 133..133 exact"},
    {"ru", "!toll", "Число погибших уточняется, данные ожидаются к 18:00.", ""},
    {"ru", "toll-from", "Число погибших выросло со 115 до 133.",
     "deaths 115..115 exact superseded; deaths 133..133 exact"},
    {"ru", "!toll-from", "Число рейсов сократили с 40 до 12.", ""},
    {"ru", "vague", "Десятки человек получили ранения.", "injured 10.. vague"},
    {"ru", "!vague", "Десятки человек пришли к мемориалу.", ""},
    {"ru", "lives", "Теракт унес 137 жизней.", "deaths 137..137 exact"},
    {"ru", "!lives", "Врачи спасли 40 жизней.", ""},
    {"ru", "historical", "В 2004 году в Беслане погибли 334 человека.", "deaths 334..334 exact historical"},
    {"ru", "!historical", "С 2004 года это самый кровопролитный теракт: погибли 133 человека.",
     "deaths 133..133 exact"},
    {"uk", "num-trigger", "Щонайменше 45 людей загинули.", "deaths 45.. at_least"},
    {"uk", "!num-trigger", "Понад 70 квартир зруйновано.", ""},
    {"uk", "trigger-num", "Загинули 45 людей, серед них шестеро дітей.", "deaths 45..45 exact"},
    {"uk", "!trigger-num", "Його батьки загинули 5 років тому.", ""},
    {"uk", "toll", "Кількість загиблих зросла до 33.", "deaths 33..33 exact"},
    {"uk", "!toll", "Кількість загиблих уточнюють з 10:00.", ""},
    {"uk", "toll-from", "Кількість загиблих зросла з 40 до 45.",
     "deaths 40..40 exact superseded; deaths 45..45 exact"},
    {"uk", "!toll-from", "Кількість рейсів скоротили з 40 до 12.", ""},
    {"uk", "vague", "Десятки людей зазнали поранень.", "injured 10.. vague"},
    {"uk", "!vague", "Десятки людей прийшли до лікарні.", ""},
    {"uk", "lives", "Удар забрав 33 життя.", "deaths 33..33 exact"},
    {"uk", "!lives", "Лікарі врятували 40 життів.", ""},
    {"uk", "historical", "У 2015 році там загинули 40 людей.", "deaths 40..40 exact historical"},
    {"uk", "!historical", "З 2015 року це найсмертоносніший удар: загинули 33 людини.",
     "deaths 33..33 exact"},
    {"de", "num-trigger", "Mindestens 60 Menschen wurden getötet.", "deaths 60.. at_least"},
    {"de", "!num-trigger", "Mindestens 60 Menschen wurden evakuiert.", ""},
    {"de", "trigger-num", "Bei dem Anschlag starben 40 Menschen.", "deaths 40..40 exact"},
    {"de", "!trigger-num", "Die Eltern starben vor 20 Jahren.", ""},
    {"de", "toll", "Die Zahl der Toten stieg auf 133.", "deaths 133..133 exact"},
    {"de", "!toll", "Die Zahl der Toten wird am 23. März bekanntgegeben.", ""},
    {"de", "toll-from", "Die Zahl der Toten stieg von 115 auf 133.",
     "deaths 115..115 exact superseded; deaths 133..133 exact"},
    {"de", "!toll-from", "Die Zahl der Flüge sank von 40 auf 12.", ""},
    {"de", "vague", "Dutzende Menschen wurden verletzt.", "injured 12.. vague"},
    {"de", "!vague", "Dutzende Menschen legten Blumen nieder.", ""},
    {"de", "lives", "Das Beben forderte 40 Menschenleben.", "deaths 40..40 exact"},
    {"de", "!lives", "Die Retter retteten 40 Menschenleben.", ""},
    {"de", "historical", "Im Jahr 2004 wurden in Beslan mehr als 330 Menschen getötet.",
     "deaths 331.. more_than historical"},
    {"de", "!historical", "Es ist der schwerste Anschlag seit 2004: 133 Menschen wurden getötet.",
     "deaths 133..133 exact"},
    {"fr", "num-trigger", "Au moins 62 personnes ont été tuées.", "deaths 62.. at_least"},
    {"fr", "!num-trigger", "Au moins 62 personnes ont été évacuées.", ""},
    {"fr", "trigger-num", "L'explosion a tué 12 personnes.", "deaths 12..12 exact"},
    {"fr", "!trigger-num", "Il a tué 2 heures à attendre le train.", ""},
    {"fr", "toll", "Le bilan est passé à 62.", "deaths 62..62 exact"},
    {"fr", "!toll", "Le bilan sera publié à 18 h.", ""},
    {"fr", "toll-from", "Le bilan est passé de 48 à 62.",
     "deaths 48..48 exact superseded; deaths 62..62 exact"},
    {"fr", "!toll-from", "Le nombre de vols est passé de 40 à 12.", ""},
    {"fr", "vague", "Des dizaines de personnes ont été blessées.", "injured 10.. vague"},
    {"fr", "!vague", "Des dizaines de personnes ont manifesté.", ""},
    {"fr", "lives", "Le séisme a coûté la vie à 40 personnes.", "deaths 40..40 exact"},
    {"fr", "!lives", "Les secours ont sauvé 40 vies.", ""},
    {"fr", "historical", "En 1960, le séisme d'Agadir avait fait environ 12 000 morts.",
     "deaths 10800..13200 about historical"},
    {"fr", "!historical", "C'est le séisme le plus meurtrier depuis 1960 : plus de 2 900 morts.",
     "deaths 2901.. more_than"},
    {"es", "num-trigger", "Al menos 158 personas murieron.", "deaths 158.. at_least"},
    {"es", "!num-trigger", "Al menos 158 personas fueron rescatadas.", ""},
    {"es", "trigger-num", "En el accidente murieron 40 personas.", "deaths 40..40 exact"},
    {"es", "!trigger-num", "Sus padres murieron hace 20 años.", ""},
    {"es", "toll", "El número de muertos ascendió a 158.", "deaths 158..158 exact"},
    {"es", "!toll", "El número de muertos se conocerá a las 20.11 horas.", ""},
    {"es", "toll-from", "El número de muertos ascendió de 95 a 158.",
     "deaths 95..95 exact superseded; deaths 158..158 exact"},
    {"es", "!toll-from", "El número de vuelos bajó de 40 a 12.", ""},
    {"es", "vague", "Decenas de personas resultaron heridas.", "injured 10.. vague"},
    {"es", "!vague", "Decenas de personas se concentraron en la plaza.", ""},
    {"es", "lives", "La DANA se cobró 158 vidas.", "deaths 158..158 exact"},
    {"es", "!lives", "Los bomberos salvaron 30 vidas.", ""},
    {"es", "historical", "En 2004, 192 personas murieron en los atentados de Madrid.",
     "deaths 192..192 exact historical"},
    {"es", "!historical", "Es la peor riada desde 1957: al menos 158 muertos.", "deaths 158.. at_least"},
    {"zh", "num-trigger", "地震已造成118人遇难。", "deaths 118..118 exact"},
    {"zh", "!num-trigger", "地震造成118间房屋倒塌。", ""},
    {"zh", "trigger-num", "其中死亡5人，受伤12人。", "deaths 5..5 exact; injured 12..12 exact"},
    {"zh", "!trigger-num", "死亡事故发生在5月。", ""},
    {"zh", "toll", "死亡人数已升至137人。", "deaths 137..137 exact"},
    {"zh", "!toll", "死亡人数将于24日公布。", ""},
    {"zh", "toll-from", "死亡人数已从133人升至137人。",
     "deaths 133..133 exact superseded; deaths 137..137 exact"},
    {"zh", "!toll-from", "航班数量从40班减至12班。", ""},
    {"zh", "vague", "数十人受伤。", "injured 10.. vague"},
    {"zh", "!vague", "数十人参加了悼念活动。", ""},
    {"zh", "lives", "大火夺去了40人的生命。", "deaths 40..40 exact"},
    {"zh", "!lives", "医生挽救了40人的生命。", ""},
    {"zh", "historical", "2004年别斯兰人质事件造成330多人死亡。", "deaths 331.. more_than historical"},
    {"zh", "!historical", "这是2004年以来最严重的袭击，造成137人死亡。", "deaths 137..137 exact"},
    {"ja", "num-trigger", "少なくとも60人が死亡した。", "deaths 60.. at_least"},
    {"ja", "!num-trigger", "少なくとも60人が避難した。", ""},
    {"ja", "trigger-num", "死亡5人、負傷12人。", "deaths 5..5 exact; injured 12..12 exact"},
    {"ja", "!trigger-num", "死亡事故から5年が経った。", ""},
    {"ja", "toll", "死者は133人に上った。", "deaths 133..133 exact"},
    {"ja", "!toll", "死者は23日に発表された。", ""},
    {"ja", "vague", "数十人がけがをした。", "injured 10.. vague"},
    {"ja", "!vague", "数十人が集まった。", ""},
    {"ja", "lives", "火災で40人の命が奪われた。", "deaths 40..40 exact"},
    {"ja", "!lives", "医師が40人の命を救った。", ""},
    {"ja", "historical", "2004年にベスランで学校占拠事件が起き、330人以上が死亡した。",
     "deaths 330.. at_least historical"},
    {"ja", "!historical", "2004年以来最悪のテロで、133人が死亡した。", "deaths 133..133 exact"},
    {"ar", "num-trigger", "ارتفعت الحصيلة إلى 133 قتيلا.", "deaths 133..133 exact"},
    {"ar", "!num-trigger", "ارتفعت درجات الحرارة إلى 40 درجة.", ""},
    {"ar", "trigger-num", "أسفر الهجوم عن مقتل 40 شخصا.", "deaths 40..40 exact"},
    {"ar", "!trigger-num", "أصيب 15 بالمئة من السكان بالذعر.", ""},
    {"ar", "toll", "تجاوز عدد القتلى 21 ألف شخص.", "deaths 21001.. more_than"},
    {"ar", "!toll", "عدد القتلى سيعلن يوم 23 مارس.", ""},
    {"ar", "vague", "أصيب عشرات الأشخاص بجروح.", "injured 10.. vague"},
    {"ar", "!vague", "تظاهر عشرات الأشخاص في الساحة.", ""},
    {"ar", "lives", "أودى الزلزال بحياة 2122 شخصا.", "deaths 2122..2122 exact"},
    {"ar", "!lives", "أنقذ المسعفون حياة 40 شخصا.", ""},
    {"ar", "historical", "في عام 2004 قتل أكثر من 330 شخصا في بيسلان.", "deaths 331.. more_than historical"},
    {"ar", "!historical", "هذا أعنف هجوم منذ 2004، وقد قتل 133 شخصا.", "deaths 133..133 exact"},
};

// The examples of the issue, number words and digits in every script the issue names.
const std::vector<Row> kIssueRows = {
    {"en", "num-trigger", "133 dead after gunmen storm concert hall", "deaths 133..133 exact"},
    {"en", "num-trigger", "At least 40 people were killed.", "deaths 40.. at_least"},
    {"en", "num-trigger", "Over 130 lives were lost in the attack.", "deaths 131.. more_than"},
    {"en", "num-trigger", "More than 100 injured as fire spreads", "injured 101.. more_than"},
    {"en", "vague", "Dozens wounded in Moscow shooting", "injured 12.. vague"},
    {"en", "num-trigger", "Forty people were killed.", "deaths 40..40 exact"},
    {"en", "num-trigger", "One hundred and thirty-three people died.", "deaths 133..133 exact"},
    {"en", "num-trigger", "A dozen people were injured.", "injured 12..12 exact"},
    {"en", "num-trigger", "The attack left at least 40 dead and over 100 injured.",
     "deaths 40.. at_least; injured 101.. more_than"},
    {"en", "trigger-num", "Gunmen opened fire, killing at least 40 and injuring more than 100.",
     "deaths 40.. at_least; injured 101.. more_than"},
    {"en", "num-trigger", "40 dead, 100 injured in concert hall attack",
     "deaths 40..40 exact; injured 100..100 exact"},
    {"en", "num-trigger", "Between 40 and 60 people were killed.", "deaths 40..60 range"},
    {"en", "num-trigger", "40 to 60 people were killed.", "deaths 40..60 range"},
    {"en", "num-trigger", "About 300 people were injured.", "injured 270..330 about"},
    {"en", "num-trigger", "Nearly 300 people were injured.", "injured 270..299 nearly"},
    {"en", "num-trigger", "Up to 40 people may have died.", "deaths 1..40 up_to hypothetical"},
    {"en", "num-trigger", "Fewer than 10 people were hurt.", "injured 0..9 fewer_than"},
    {"en", "num-trigger", "100 or more people died.", "deaths 100.. at_least"},
    {"en", "num-trigger", "Officials said 3,000 people were killed.", "deaths 3000..3000 exact"},
    {"en", "num-trigger", "Six people are missing and 11 were arrested.",
     "missing 6..6 exact; detained 11..11 exact"},
    {"en", "trigger-num", "The quake killed 2004 residents of the valley.", "deaths 2004..2004 exact"},
    {"en", "lives", "The attack claimed the lives of 133 people.", "deaths 133..133 exact"},
    {"en", "lives", "The attack claimed numerous lives.", "deaths 2.. vague"},
    {"ru", "num-trigger", "Сорок человек погибли.", "deaths 40..40 exact"},
    {"ru", "trigger-num", "Погибли сто тридцать три человека.", "deaths 133..133 exact"},
    {"ru", "num-trigger", "Сообщили о ста тридцати трёх погибших.", "deaths 133..133 exact"},
    {"ru", "num-trigger", "Первые данные говорили о двенадцати погибших.", "deaths 12..12 exact"},
    {"ru", "toll", "Число погибших выросло до 133.", "deaths 133..133 exact"},
    {"ru", "num-trigger", "Более 100 раненых доставлены в больницы.", "injured 101.. more_than"},
    {"ru", "num-trigger", "До 40 человек могли погибнуть.", "deaths 1..40 up_to"},
    {"ru", "num-trigger", "От 10 до 20 человек получили ранения.", "injured 10..20 range"},
    {"ru", "lives", "Теракт унес жизни 137 человек.", "deaths 137..137 exact"},
    {"ru", "trigger-num", "ФСБ сообщила о задержании 11 человек.", "detained 11..11 exact"},
    {"uk", "num-trigger", "Сорок загиблих під завалами.", "deaths 40..40 exact"},
    {"uk", "num-trigger", "Повідомили про сорока загиблих.", "deaths 40..40 exact"},
    {"uk", "num-trigger", "Понад 120 киян зазнали поранень.", "injured 121.. more_than"},
    {"uk", "trigger-num", "У лікарні загинули двоє дорослих.", "deaths 2..2 exact"},
    {"uk", "num-trigger", "Йдеться про ста тридцяти трьох загиблих.", "deaths 133..133 exact"},
    {"de", "num-trigger", "Mehr als 11.000 Tote nach dem Beben.", "deaths 11001.. more_than"},
    {"de", "num-trigger", "Vierzig Menschen kamen ums Leben.", "deaths 40..40 exact"},
    {"de", "toll", "Die Zahl der Toten ist auf mehr als elftausend gestiegen.", "deaths 11001.. more_than"},
    {"de", "num-trigger", "Hundertdreiunddreißig Menschen starben.", "deaths 133..133 exact"},
    {"de", "num-trigger", "Elf Personen wurden festgenommen.", "detained 11..11 exact"},
    {"de", "lives", "Der Anschlag kostete 40 Menschen das Leben.", "deaths 40..40 exact"},
    {"fr", "num-trigger", "On compte plus de 2\u202f900 morts.", "deaths 2901.. more_than"},
    {"fr", "num-trigger", "On compte plus de 2 900 morts et 5 500 blessés.",
     "deaths 2901.. more_than; injured 5500..5500 exact"},
    {"fr", "num-trigger", "Quarante personnes sont mortes.", "deaths 40..40 exact"},
    {"fr", "num-trigger", "On dénombre une centaine de blessés.", "injured 90..110 about"},
    {"fr", "num-trigger", "Cent trente-trois personnes ont été tuées.", "deaths 133..133 exact"},
    {"es", "num-trigger", "Cuarenta personas murieron.", "deaths 40..40 exact"},
    {"es", "num-trigger", "Más de 1.000 personas resultaron heridas.", "injured 1001.. more_than"},
    {"es", "num-trigger", "Más de cuarenta y siete mil víctimas mortales.", "deaths 47001.. more_than"},
    {"es", "num-trigger", "Hubo entre 40 y 60 muertos.", "deaths 40..60 range"},
    {"zh", "num-trigger", "地震已造成118人遇难。", "deaths 118..118 exact"},
    {"zh", "toll", "遇难人数超过一万一千。", "deaths 11001.. more_than"},
    {"zh", "toll", "两国遇难人数已超过1.1万人。", "deaths 11001.. more_than"},
    {"zh", "num-trigger", "另有180余人在袭击中受伤。", "injured 181.. more_than"},
    {"zh", "num-trigger", "十三人遇难。", "deaths 13..13 exact"},
    {"zh", "num-trigger", "包括4名枪手在内的11人已被拘留。", "detained 11..11 exact"},
    {"ja", "num-trigger", "少なくとも60人が死亡した。", "deaths 60.. at_least"},
    {"ja", "toll", "負傷者は140人を超えている。", "injured 141.. more_than"},
    {"ja", "vague", "十数人がけがをした。", "injured 11..19 vague"},
    {"ja", "num-trigger", "実行犯4人を含む11人を拘束した。", "detained 11..11 exact"},
    {"ar", "num-trigger", "ارتفعت الحصيلة إلى ١٣٣ قتيلا.", "deaths 133..133 exact"},
    {"ar", "num-trigger", "ارتفعت الحصيلة إلى ۱۳۳ قتيلا.", "deaths 133..133 exact"},
    {"ar", "num-trigger", "تحدثت الأرقام الأولى عن نحو ثلاثمئة وفاة.", "deaths 270..330 about"},
    {"ar", "num-trigger", "سقط ما لا يقل عن 40 قتيلا.", "deaths 40.. at_least"},
    {"ar", "trigger-num", "قتل 40 شخصا على الأقل.", "deaths 40.. at_least"},
    {"ar", "num-trigger", "أعلنت الوزارة 2122 قتيلا و2421 جريحا.",
     "deaths 2122..2122 exact; injured 2421..2421 exact"},
    {"ar", "trigger-num", "اعتقلت أجهزة الأمن 11 شخصا.", "detained 11..11 exact"},
    {"ru", "num-trigger", "Более 1\u00a0200 человек получили ранения.", "injured 1201.. more_than"},
    {"ja", "num-trigger", "少なくとも６０人が死亡した。", "deaths 60.. at_least"},
    {"zh", "num-trigger", "至少１１８人遇难。", "deaths 118.. at_least"},
    {"en", "num-trigger", "Eight of the 10 passengers died at the scene.", "deaths 8..8 exact"},
    {"ru", "num-trigger", "Пятеро из 10 пассажиров погибли.", "deaths 5..5 exact"},
    {"en", "num-trigger", "At least 17 migrants drowned off the coast of Libya.", "deaths 17.. at_least"},
    {"de", "num-trigger", "Mehr als 300 Menschen wurden bei den Protesten festgenommen.",
     "detained 301.. more_than"},
    {"ar", "trigger-num", "استشهد 20 فلسطينيا في غارات إسرائيلية.", "deaths 20..20 exact"},
};

// Numbers next to people that are not casualties (extraction.md §4 and §5.6).
const std::vector<Row> kTrapRows = {
    {"en", "!age", "A man aged 19 was among those taken to hospital.", ""},
    {"en", "!age", "The 71-year-old was later released.", ""},
    {"en", "!duration", "It was the deadliest attack in Russia in 20 years.", ""},
    {"en", "!duration", "It was the deadliest incident in nearly two decades.", ""},
    {"en", "!duration", "The gunmen fired for 30 minutes, killing dozens.", "deaths 12.. vague"},
    {"en", "!distance", "Wajima lies 15 kilometres from the epicentre, where 48 people died.",
     "deaths 48..48 exact"},
    {"en", "!votes", "Putin won 87.28% of the votes.", ""},
    {"en", "!money", "The government pledged $10 million to the families of the 133 victims.", ""},
    {"en", "!money", "The city set aside 10 million dollars for the 40 injured.", "injured 40..40 exact"},
    {"en", "historical", "The 2004 Beslan school siege, in which 334 people were killed, was worse.",
     "deaths 334..334 exact historical"},
    {"en", "!detained", "Police said the four assailants were detained.", "detained 4..4 exact"},
    {"en", "!detained", "Eleven people were detained.", "detained 11..11 exact"},
    {"en", "!claim", "ISIS claimed responsibility for the attack.", ""},
    {"en", "!nobody", "No one was killed in the second blast.", ""},
    {"en", "!ordinal", "It was the 133rd day of the war, and 5 soldiers died.", "deaths 5..5 exact"},
    {"en", "!time", "The attack began at 20:00 and 12 people were hurt.", "injured 12..12 exact"},
    {"en", "!flight", "Flight 123 crashed on Monday.", ""},
    {"ru", "!age", "Погибший в возрасте 19 лет работал охранником.", ""},
    {"ru", "!duration", "Это самый кровопролитный теракт за 20 лет.", ""},
    {"ru", "!votes", "Путин набрал 87,28% голосов.", ""},
    {"ru", "!date", "Нападение произошло 22 марта около 20:00.", ""},
    {"de", "!duration", "Der letzte Titel liegt 58 Jahre zurück.", ""},
    {"de", "!time", "Das Beben ereignete sich um 4.17 Uhr.", ""},
    {"fr", "!distance", "L'épicentre se trouve à environ 70 kilomètres de Marrakech.", ""},
    {"es", "!money", "Un paquete de 10.600 millones de euros para los afectados.", ""},
    {"zh", "!age", "一位五十多岁的村民说。", ""},
    {"zh", "!distance", "震中距离兰州市约100公里。", ""},
    {"ja", "!money", "終値は3万9098円だった。", ""},
    {"ja", "!age", "70代の女性が話した。", ""},
    {"ar", "!distance", "على بعد نحو 70 كيلومترا من مراكش.", ""},
    {"en", "hypothetical", "The bomb could have killed hundreds of people.",
     "deaths 100.. vague hypothetical"},
    {"en", "hypothetical", "At least 40 people could have been killed.", "deaths 40.. at_least hypothetical"},
    {"en", "hypothetical", "The gunmen threatened to kill 20 hostages.", "deaths 20..20 exact hypothetical"},
    {"ru", "!hypothetical", "Теракт мог унести жизни 100 человек.", ""},
    {"de", "hypothetical", "Mindestens 100 Menschen hätten getötet werden können.",
     "deaths 100.. at_least hypothetical"},
    {"fr", "hypothetical", "Au moins 100 personnes auraient pu être tuées.",
     "deaths 100.. at_least hypothetical"},
    {"es", "hypothetical", "Al menos 100 personas podrían haber muerto.",
     "deaths 100.. at_least hypothetical"},
    {"de", "!reach", "Mehr als 300 Menschen wurden bei den Protesten in der Hauptstadt gesehen.", ""},
};

// Issue #14 item 1: a toll stated without a kill/injure verb ("victims", "received wounds", "lost
// their lives"), each with a near miss.
const std::vector<Row> kVictimRows = {
    {"ru", "trigger-num", "Жертвами стали 14 человек.", "deaths 14..14 exact"},
    {"ru", "!trigger-num", "Жертвами мошенников стали 200 пенсионеров.", ""},
    {"ru", "num-trigger", "14 человек стали жертвами нападения.", "deaths 14..14 exact"},
    {"ru", "toll", "Число жертв выросло до 14.", "deaths 14..14 exact"},
    {"ru", "trigger-num", "Ранения получили 20 человек.", "injured 20..20 exact"},
    {"ru", "!trigger-num", "Награды получили 20 человек.", ""},
    {"ru", "num-trigger", "20 человек получили ранения, ещё 5 получили травмы.",
     "injured 20..20 exact; injured 5..5 exact"},
    {"ru", "trigger-num", "В результате взрыва пострадали 30 человек.", "injured 30..30 exact"},
    {"ru", "!trigger-num", "От паводка пострадали 300 домов.", ""},
    {"uk", "trigger-num", "Жертвами стали 14 людей.", "deaths 14..14 exact"},
    {"uk", "trigger-num", "Загинули 14 людей.", "deaths 14..14 exact"},
    {"uk", "trigger-num", "Поранення отримали 20 людей.", "injured 20..20 exact"},
    {"uk", "!trigger-num", "Нагороди отримали 20 людей.", ""},
    {"de", "num-trigger", "14 Menschen kamen ums Leben.", "deaths 14..14 exact"},
    {"de", "!num-trigger", "14 Menschen kamen zur Feier.", ""},
    {"de", "num-trigger", "Der Anschlag forderte 14 Todesopfer.", "deaths 14..14 exact"},
    {"de", "toll", "Die Zahl der Toten stieg auf 14.", "deaths 14..14 exact"},
    {"fr", "num-trigger", "Le bilan s'établit à 14 morts.", "deaths 14..14 exact"},
    {"fr", "num-trigger", "14 personnes ont perdu la vie.", "deaths 14..14 exact"},
    {"fr", "!num-trigger", "14 personnes ont perdu leur emploi.", ""},
    {"es", "num-trigger", "El saldo es de 14 muertos.", "deaths 14..14 exact"},
    {"es", "num-trigger", "14 personas perdieron la vida.", "deaths 14..14 exact"},
    {"es", "num-trigger", "El accidente dejó 14 víctimas mortales.", "deaths 14..14 exact"},
    {"es", "!num-trigger", "El fraude dejó 14 víctimas en la ciudad.", ""},
    {"ar", "num-trigger", "سقط 14 ضحية في الهجوم.", "deaths 14..14 exact"},
    {"ar", "!num-trigger", "وقع 200 شخص ضحايا للاحتيال.", ""},
    {"ar", "num-trigger", "لقي 14 شخصا حتفهم.", "deaths 14..14 exact"},
    {"ar", "trigger-num", "أصيب 20 في الانفجار.", "injured 20..20 exact"},
    {"ja", "toll", "犠牲者は14人に上った。", "deaths 14..14 exact"},
    {"ja", "num-trigger", "14人が死亡した。", "deaths 14..14 exact"},
    {"ja", "toll", "けが人は20人です。", "injured 20..20 exact"},
    {"ja", "!toll", "参加者は20人です。", ""},
    {"zh", "num-trigger", "事故造成14人遇难。", "deaths 14..14 exact"},
    {"zh", "num-trigger", "14人罹难。", "deaths 14..14 exact"},
    {"zh", "num-trigger", "20人受伤。", "injured 20..20 exact"},
    {"zh", "!num-trigger", "20人参加了会议。", ""},
};

// Issue #14 item 2: Thai, which writes no spaces between words (the tokenizer cuts them with ICU's
// dictionary breaker) and uses a space between clauses.
const std::vector<Row> kThaiRows = {
    {"th", "trigger-num", "มีผู้เสียชีวิต 12 ราย", "deaths 12..12 exact"},
    {"th", "trigger-num", "น้ำท่วมเชียงราย เสียชีวิต 9 คน", "deaths 9..9 exact"},
    {"th", "!trigger-num", "ผู้เสียชีวิตอายุ 45 ปี", ""},
    {"th", "trigger-num", "บาดเจ็บ 30 ราย", "injured 30..30 exact"},
    {"th", "trigger-num", "ผู้บาดเจ็บ 30 คน", "injured 30..30 exact"},
    {"th", "trigger-num", "สูญหาย 5 ราย", "missing 5..5 exact"},
    {"th", "trigger-num", "มีผู้เสียชีวิต ๑๒ ราย", "deaths 12..12 exact"},
    {"th", "trigger-num", "มีผู้เสียชีวิตในภาคเหนือแล้วอย่างน้อย 9 ราย", "deaths 9.. at_least"},
    {"th", "trigger-num", "ผู้เสียชีวิตกว่า 12 ราย", "deaths 13.. more_than"},
    {"th", "trigger-num", "มีผู้บาดเจ็บประมาณ 40 คน", "injured 36..44 about"},
    {"th", "trigger-num", "มีผู้บาดเจ็บ 30 คน และสูญหายอีก 5 ราย", "injured 30..30 exact; missing 5..5 exact"},
    {"th", "trigger-num", "เจ้าหน้าที่จับกุมผู้ต้องสงสัย 3 คน", "detained 3..3 exact"},
    {"th", "!trigger-num", "ราคาน้ำมันเพิ่มขึ้น 5 บาท", ""},
    {"th", "num-trigger", "ชาย 2 คนเสียชีวิต", "deaths 2..2 exact"},
    {"th", "!num-trigger", "ชาย 2 คนเดินทางมาถึง", ""},
    {"th", "trigger-num", "ยอดผู้เสียชีวิตเพิ่มเป็น 9 ราย", "deaths 9..9 exact"},
    {"th", "toll", "ยอดผู้เสียชีวิตจากเหตุน้ำท่วมในภาคเหนือล่าสุดอยู่ที่ 9 ราย", "deaths 9..9 exact"},
    {"th", "!toll", "ยอดผู้เสียชีวิตจะประกาศวันที่ 14 กันยายน", ""},
    {"th", "toll-from", "ยอดผู้เสียชีวิตเพิ่มจาก 5 เป็น 9 ราย", "deaths 5..5 exact superseded; deaths 9..9 exact"},
    {"th", "toll-from", "มีผู้เสียชีวิตอย่างน้อย 9 ราย เพิ่มขึ้นจาก 5 รายที่รายงานไว้เมื่อวันก่อน",
     "deaths 9.. at_least; deaths 5..5 exact superseded"},
    {"th", "!toll-from", "ราคาข้าวเพิ่มขึ้นจาก 5 บาท", ""},
    {"th", "vague", "ได้รับบาดเจ็บหลายสิบราย", "injured 10.. vague"},
    {"th", "!vague", "นักท่องเที่ยวหลายสิบคนเดินทางมา", ""},
    {"th", "hypothetical", "ยอดผู้เสียชีวิตอาจเพิ่มขึ้นเป็น 100 ราย", "deaths 100..100 exact hypothetical"},
};

// Issue #14 item 3: "rose from X to Y" where the language puts it so; "up from X" after the figure.
const std::vector<Row> kRiseFromRows = {
    {"ja", "toll-from", "死者は12人から31人に増えた。",
     "deaths 12..12 exact superseded; deaths 31..31 exact"},
    {"ja", "!toll-from", "気温は12度から31度に上がった。", ""},
    {"ar", "toll-from", "ارتفع عدد القتلى من 12 إلى 31.",
     "deaths 12..12 exact superseded; deaths 31..31 exact"},
    {"ar", "toll", "ارتفعت حصيلة القتلى إلى 31.", "deaths 31..31 exact"},
    {"ar", "!toll-from", "ارتفع سعر الخبز من 12 إلى 31 درهما.", ""},
    {"en", "toll-from", "The floods killed 9 people, up from 5 on Monday.",
     "deaths 9..9 exact; deaths 5..5 exact superseded"},
    {"en", "!toll-from", "The floods killed 9 people. Exports were up from 5 in May.", "deaths 9..9 exact"},
};

// Issue #14 item 4: a toll the article itself replaces, smaller ones included.
const std::vector<Row> kCorrectionRows = {
    {"en", "toll-from", "The toll was revised down from 30 to 25.",
     "deaths 30..30 exact superseded; deaths 25..25 exact"},
    {"en", "correction", "Earlier reports of 40 deaths were corrected to 28.",
     "deaths 40..40 exact superseded; deaths 28..28 exact"},
    {"en", "!correction", "40 people died. Officials corrected the spelling of 28 names.",
     "deaths 40..40 exact"},
    {"en", "toll", "30 people were killed, officials said. The toll was later revised down to 25.",
     "deaths 30..30 exact superseded; deaths 25..25 exact"},
    {"ru", "correction", "Ранее сообщалось о 40 погибших… Уточнённые данные: 28.",
     "deaths 40..40 exact superseded; deaths 28..28 exact"},
    {"ru", "!correction", "Погибли 40 человек. Уточнённые данные о пострадавших ожидаются к 18:00.",
     "deaths 40..40 exact"},
    {"ru", "toll", "Погибли 30 человек. Позже число погибших снизилось до 25.",
     "deaths 30..30 exact superseded; deaths 25..25 exact"},
    {"uk", "correction", "Раніше повідомляли про 40 загиблих. Уточнені дані: 28.",
     "deaths 40..40 exact superseded; deaths 28..28 exact"},
    {"de", "toll-from", "Die Zahl der Toten wurde von 30 auf 25 nach unten korrigiert.",
     "deaths 30..30 exact superseded; deaths 25..25 exact"},
    {"fr", "num-trigger", "Le bilan a été ramené de 30 à 25 morts.",
     "deaths 30..30 exact superseded; deaths 25..25 exact"},
    {"es", "toll-from", "La cifra de muertos se corrigió de 30 a 25.",
     "deaths 30..30 exact superseded; deaths 25..25 exact"},
    {"zh", "toll-from", "死亡人数从30人下调至25人。", "deaths 30..30 exact superseded; deaths 25..25 exact"},
    {"ja", "toll-from", "死者は30人から25人に訂正された。",
     "deaths 30..30 exact superseded; deaths 25..25 exact"},
    {"ar", "toll-from", "خفضت السلطات عدد القتلى من 30 إلى 25.",
     "deaths 30..30 exact superseded; deaths 25..25 exact"},
    {"th", "toll-from", "ยอดผู้เสียชีวิตปรับลดจาก 30 เป็น 25 ราย",
     "deaths 30..30 exact superseded; deaths 25..25 exact"},
};

// Issue #14 item 5: projected, feared and hypothetical tolls are kept apart, each with the stated
// figure it must not be confused with.
const std::vector<Row> kHypotheticalRows = {
    {"en", "hypothetical", "The toll could rise to 100.", "deaths 100..100 exact hypothetical"},
    {"en", "hypothetical", "The death toll may exceed 1,000.", "deaths 1001.. more_than hypothetical"},
    {"en", "hypothetical", "Twenty people are feared dead.", "deaths 20..20 exact hypothetical"},
    {"en", "hypothetical", "Officials fear that the toll could reach 500.",
     "deaths 500..500 exact hypothetical"},
    {"en", "!hypothetical", "The toll rose to 100, and officials fear it will climb further.",
     "deaths 100..100 exact"},
    {"en", "!hypothetical", "Officials could not confirm whether 40 people died.", "deaths 40..40 exact"},
    {"ru", "hypothetical", "Число погибших может вырасти до 100.", "deaths 100..100 exact hypothetical"},
    {"ru", "hypothetical", "Число жертв может превысить 1 000.", "deaths 1001.. more_than hypothetical"},
    {"ru", "!hypothetical", "Число погибших выросло до 100.", "deaths 100..100 exact"},
    {"uk", "hypothetical", "Кількість загиблих може зрости до 100.", "deaths 100..100 exact hypothetical"},
    {"de", "hypothetical", "Die Zahl der Toten könnte auf 100 steigen.",
     "deaths 100..100 exact hypothetical"},
    {"de", "!hypothetical", "Die Zahl der Toten ist auf 100 gestiegen.", "deaths 100..100 exact"},
    {"fr", "hypothetical", "Le bilan pourrait dépasser les 1 000 morts.",
     "deaths 1001.. more_than hypothetical"},
    {"fr", "!hypothetical", "Le bilan dépasse les 1 000 morts.", "deaths 1001.. more_than"},
    {"es", "hypothetical", "La cifra de muertos podría superar los 1.000.",
     "deaths 1001.. more_than hypothetical"},
    {"es", "hypothetical", "Se teme que 100 personas hayan muerto.", "deaths 100..100 exact hypothetical"},
    {"es", "!hypothetical", "La cifra de muertos supera los 1.000.", "deaths 1001.. more_than"},
    {"ar", "hypothetical", "قد يرتفع عدد القتلى إلى 100.", "deaths 100..100 exact hypothetical"},
    {"ar", "!hypothetical", "وقد قتل 100 شخص.", "deaths 100..100 exact"},
    {"ja", "hypothetical", "死者は100人を超える恐れがある。", "deaths 101.. more_than hypothetical"},
    {"ja", "hypothetical", "死者は100人に上る見通しだ。", "deaths 100..100 exact hypothetical"},
    {"ja", "!hypothetical", "死者は100人に上り、さらに増える恐れがある。", "deaths 100..100 exact"},
    {"zh", "hypothetical", "死亡人数可能上升至100人。", "deaths 100..100 exact hypothetical"},
    {"zh", "hypothetical", "死亡人数或超过1000人。", "deaths 1001.. more_than hypothetical"},
    {"zh", "!hypothetical", "死亡人数已超过1000人。", "deaths 1001.. more_than"},
};

// Issue #14 item 6: a list of sub-totals inside a body is kept, and the stated total stays the
// article's figure.
struct ListRow {
    std::string lang, text;
    std::uint64_t total;              ///< the per-article deaths
    std::vector<std::uint64_t> items; ///< deaths figures the list states
};
std::ostream& operator<<(std::ostream& out, const ListRow& row) {
    return out << row.lang << ": " << row.text.substr(0, 40);
}

const std::vector<ListRow> kListRows = {
    {"en",
     "At least 30 people were killed in the storms, officials said.\nLagos: 12 dead, 3 injured\n— Oyo: 4 "
     "killed\nOgun: 14 dead",
     30,
     {12, 4, 14}},
    {"ru",
     "Всего погибли 25 человек.\nКурская область — 5 погибших\nБелгородская область — 20 погибших, 7 "
     "раненых",
     25,
     {5, 20}},
    {"uk", "Загинули 25 людей.\nХарківська область — 5 загиблих\nСумська область — 20 загиблих", 25, {5, 20}},
    {"de",
     "Insgesamt kamen 25 Menschen ums Leben.\nBayern: 5 Tote\nSachsen: 20 Tote, 7 Verletzte",
     25,
     {5, 20}},
    {"fr", "Le bilan s'élève à 25 morts.\n- Nord : 5 morts\n- Sud : 20 morts et 7 blessés", 25, {5, 20}},
    {"es",
     "Al menos 25 personas murieron.\nValencia: 5 muertos\nAlbacete: 20 muertos y 7 heridos",
     25,
     {5, 20}},
    {"zh", "地震共造成25人遇难。\n甘肃：20人遇难\n青海：5人遇难", 25, {20, 5}},
    {"ja", "地震の死者は25人に上った。\n石川県：20人死亡\n富山県：5人死亡", 25, {20, 5}},
    {"ar", "ارتفع عدد القتلى إلى 25 شخصا.\nالحوز: 20 قتيلا\nتارودانت: 5 قتلى", 25, {20, 5}},
    {"th", "ยอดผู้เสียชีวิตรวม 25 ราย\nเชียงราย เสียชีวิต 20 ราย\nพะเยา เสียชีวิต 5 ราย", 25, {20, 5}},
};

// Issue #14 item 7: text full of numbers that count no casualties (economy, elections, sport), in
// every language of the corpus, written for this test.
struct QuietText {
    std::string lang, text;
};
std::ostream& operator<<(std::ostream& out, const QuietText& row) {
    return out << row.lang;
}

const std::vector<QuietText> kQuietTexts = {
    {"en",
     "Brent crude rose 2.3% to $87.40 a barrel on Tuesday, while shares of the airline fell 40 cents to "
     "$12.15. The company, founded in 1998, employs 4,500 people and plans to hire 300 more by 2026. In "
     "the election, the governor won 1,204,311 votes, 52% of the total, against 980,000 for her rival, "
     "who is 61 years old. The marathon winner, aged 24, covered the 42 kilometres in 2 hours 4 minutes; "
     "United beat City 3-1 in front of 74,000 fans."},
    {"ru",
     "Нефть марки Brent подорожала на 2,3% до 87,4 доллара за баррель, акции компании выросли на 40 "
     "копеек. На выборах губернатор набрал 1 204 311 голосов, или 52%, его 61-летний соперник — 980 тысяч. "
     "Компания, основанная в 1998 году, планирует нанять ещё 300 сотрудников к 2026 году. Победитель "
     "марафона в возрасте 24 лет пробежал 42 километра за 2 часа 4 минуты; «Спартак» обыграл ЦСКА со счётом "
     "3:1 при 40 тысячах зрителей."},
    {"uk",
     "Ціна нафти зросла на 2,3% до 87,4 долара за барель, а акції компанії подешевшали на 40 копійок. На "
     "виборах мер отримав 204 311 голосів, тобто 52%, його 61-річний суперник — 98 тисяч. Компанія, "
     "заснована у 1998 році, найме ще 300 працівників до 2026 року. Переможець марафону пробіг 42 "
     "кілометри за 2 години 4 хвилини; «Динамо» перемогло з рахунком 3:1 при 40 тисячах глядачів."},
    {"de",
     "Der Ölpreis stieg um 2,3 Prozent auf 87,40 Dollar je Barrel, die Aktie verlor 40 Cent auf 12,15 "
     "Euro. Bei der Wahl erhielt der Kandidat 1.204.311 Stimmen, also 52 Prozent; sein 61 Jahre alter "
     "Gegner kam auf 980.000. Das 1998 gegründete Unternehmen beschäftigt 4.500 Menschen und will bis 2026 "
     "weitere 300 einstellen. Der 24-jährige Sieger lief die 42 Kilometer in 2 Stunden und 4 Minuten; "
     "Bayern gewann vor 75.000 Zuschauern mit 3:1."},
    {"fr",
     "Le baril de Brent a gagné 2,3 % à 87,40 dollars et l'action a cédé 40 centimes à 12,15 euros. Au "
     "second tour, la candidate a obtenu 1 204 311 voix, soit 52 %, contre 980 000 pour son rival de 61 "
     "ans. L'entreprise, fondée en 1998, emploie 4 500 personnes et prévoit 300 embauches d'ici 2026. Le "
     "vainqueur du marathon, âgé de 24 ans, a couru les 42 kilomètres en 2 heures et 4 minutes ; Lyon "
     "s'est imposé 3-1 devant 57 000 spectateurs."},
    {"es",
     "El barril de Brent subió un 2,3% hasta 87,40 dólares y las acciones cayeron 40 céntimos, a 12,15 "
     "euros. En las elecciones, el candidato obtuvo 1.204.311 votos, el 52%, frente a los 980.000 de su "
     "rival, de 61 años. La empresa, fundada en 1998, emplea a 4.500 personas y contratará a 300 más "
     "antes de 2026. El ganador del maratón, de 24 años, recorrió los 42 kilómetros en 2 horas y 4 "
     "minutos; el Betis ganó 3-1 ante 50.000 espectadores."},
    {"zh",
     "布伦特原油价格上涨2.3%，至每桶87.4美元，公司股价下跌0.4元。选举中，候选人获得120万4311票，得票率52%，"
     "其61岁的对手获得98万票。这家成立于1998年的公司雇佣4500人，计划到2026年再招聘300人。24岁的马拉松冠军"
     "用2小时4分钟跑完42公里；主队在7万名观众面前以3比1获胜。"},
    {"ja",
     "北海ブレント原油は2.3%上昇し1バレル87.4ドルとなり、同社の株価は40円下落した。選挙では候補者が120万"
     "4311票、得票率52%を獲得し、61歳の対立候補は98万票だった。1998年創業の同社は4500人を雇用し、2026年まで"
     "に300人を追加採用する。24歳の優勝者は42キロを2時間4分で走り、ホームチームは5万人の観客の前で3対1で"
     "勝った。"},
    {"ar",
     "ارتفع سعر خام برنت 2.3 بالمئة إلى 87.4 دولار للبرميل، وتراجع سهم الشركة 40 سنتا. وفي الانتخابات حصل "
     "المرشح على 1204311 صوتا، أي 52 بالمئة، مقابل 980 ألف صوت لمنافسه البالغ من العمر 61 عاما. وتوظف "
     "الشركة التي تأسست عام 1998 نحو 4500 شخص وتعتزم تعيين 300 آخرين بحلول 2026. وقطع الفائز بالماراثون "
     "42 كيلومترا في ساعتين و4 دقائق، وفاز الفريق 3-1 أمام 50 ألف متفرج."},
    {"th", "ราคาน้ำมันดิบเบรนท์เพิ่มขึ้น 2.3% เป็น 87.4 ดอลลาร์ต่อบาร์เรล หุ้นของบริษัทลดลง 40 สตางค์ "
           "ในการเลือกตั้ง ผู้สมัครได้ 1,204,311 เสียง คิดเป็นร้อยละ 52 ส่วนคู่แข่งวัย 61 ปีได้ 980,000 เสียง "
           "บริษัทซึ่งก่อตั้งเมื่อปี 2541 มีพนักงาน 4,500 คน และจะรับเพิ่มอีก 300 คนภายในปี 2569 "
           "ผู้ชนะมาราธอนอายุ 24 ปีวิ่ง 42 กิโลเมตรในเวลา 2 ชั่วโมง 4 นาที ทีมเจ้าบ้านชนะ 3-1 ต่อหน้าผู้ชม 50,000 คน"},
};

std::string read_file(const std::string& relative) {
    std::ifstream in(std::string(LEDE_SOURCE_DIR) + "/corpus/" + relative, std::ios::binary);
    BOOST_REQUIRE_MESSAGE(in, "cannot read corpus/" << relative);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

struct Article {
    std::string text, date;
};

// A .txt article: a leading "date YYYY-MM-DD" token is the publication date, not text.
Article read_txt(const std::string& relative) {
    const std::string raw = read_file(relative);
    Article article;
    std::size_t start = raw.find_first_not_of(" \t\r\n");
    if (start != std::string::npos && raw.compare(start, 5, "date ") == 0 && raw.size() >= start + 15) {
        article.date = raw.substr(start + 5, 10);
        start = raw.find_first_not_of(" \t\r\n", start + 15);
    }
    article.text = start == std::string::npos ? "" : raw.substr(start);
    return article;
}

// A JSON Lines record, as the indexer passes it: title + "\n\n" + body.
Article read_jsonl(const std::string& relative, const std::string& id) {
    std::istringstream lines(read_file(relative));
    std::string line;
    while (std::getline(lines, line)) {
        const nlohmann::json record = nlohmann::json::parse(line);
        if (record.at("id") == id) {
            return {record.at("title").get<std::string>() + "\n\n" + record.at("body").get<std::string>(),
                    record.at("date").get<std::string>()};
        }
    }
    BOOST_FAIL("no record " << id << " in corpus/" << relative);
    return {};
}

Article read_article(const std::string& relative, const std::string& id) {
    return id.empty() ? read_txt(relative) : read_jsonl(relative, id);
}

struct SeedRow {
    std::string file;
    std::uint64_t deaths_low;
    std::string deaths_qualifier;
    std::uint64_t injured_low; ///< 0: no injured figure
};
std::ostream& operator<<(std::ostream& out, const SeedRow& row) {
    return out << row.file;
}

const std::vector<SeedRow> kSeedRows = {
    {"seeds/001_fc2a1f6496cdb120.txt", 133, "exact", 0},     // "left 133 attendees dead"
    {"seeds/004_708629770d9b3668.txt", 133, "exact", 0},     // "the deaths of 133 individuals"
    {"seeds/002_1ad83453b1c116c7.txt", 131, "more_than", 0}, // "Over 130 lives were lost"
    {"seeds/003_e900a577a499e98e.txt", 40, "at_least", 101}, // "at least 40 dead and over 100 injured"
    {"seeds/000_be6f9aeb019a0a01.txt", 2, "vague", 0},       // "claimed numerous lives"
};

struct TollRow {
    std::string file, lang, id;
    std::uint64_t early; ///< the first toll the article states
    std::uint64_t final; ///< the updated toll, the article's figure
};
std::ostream& operator<<(std::ostream& out, const TollRow& row) {
    return out << row.file << " " << row.id;
}

const std::vector<TollRow> kTollRows = {
    {"samples/en/valencia-floods.txt", "en", "", 95, 158}, {"samples/ru.jsonl", "ru", "ru-001", 40, 133},
    {"samples/ru.jsonl", "ru", "ru-002", 12, 35},          {"samples/uk.jsonl", "uk", "uk-004", 40, 45},
    {"samples/de.jsonl", "de", "de-003", 60, 133},         {"samples/de.jsonl", "de", "de-001", 2300, 11000},
    {"samples/fr.jsonl", "fr", "fr-004", 48, 62},          {"samples/fr.jsonl", "fr", "fr-001", 2000, 2900},
    {"samples/es.jsonl", "es", "es-001", 95, 158},         {"samples/zh.jsonl", "zh", "zh-003", 40, 137},
    {"samples/zh.jsonl", "zh", "zh-001", 111, 118},        {"samples/ja.jsonl", "ja", "ja-003", 60, 133},
    {"samples/ar.jsonl", "ar", "ar-001", 2012, 2122},      {"samples/ar.jsonl", "ar", "ar-003", 40, 133},
};

struct HistoricalRow {
    std::string file, lang, id;
    std::uint64_t stated; ///< the toll of the earlier event (Beslan 2004, Agadir 1960)
};
std::ostream& operator<<(std::ostream& out, const HistoricalRow& row) {
    return out << row.id;
}

const std::vector<HistoricalRow> kHistoricalRows = {
    {"samples/ru.jsonl", "ru", "ru-001", 334},   {"samples/de.jsonl", "de", "de-003", 330},
    {"samples/fr.jsonl", "fr", "fr-001", 12000}, {"samples/zh.jsonl", "zh", "zh-003", 330},
    {"samples/ja.jsonl", "ja", "ja-003", 330},   {"samples/ar.jsonl", "ar", "ar-003", 330},
};

struct QuietRow {
    std::string file, lang, id;
};
std::ostream& operator<<(std::ostream& out, const QuietRow& row) {
    return out << row.id;
}

// Economy, politics and sport: percentages, prices, votes, scores, ages, years, crowds.
const std::vector<QuietRow> kQuietRows = {
    {"samples/ru.jsonl", "ru", "ru-003"}, {"samples/ru.jsonl", "ru", "ru-004"},
    {"samples/uk.jsonl", "uk", "uk-003"}, {"samples/de.jsonl", "de", "de-002"},
    {"samples/de.jsonl", "de", "de-004"}, {"samples/fr.jsonl", "fr", "fr-002"},
    {"samples/fr.jsonl", "fr", "fr-003"}, {"samples/es.jsonl", "es", "es-003"},
    {"samples/zh.jsonl", "zh", "zh-004"}, {"samples/ja.jsonl", "ja", "ja-004"},
    {"samples/ar.jsonl", "ar", "ar-004"},
};

CasualtyFigure made(CasualtyKind kind, std::uint64_t low, std::size_t begin) {
    CasualtyFigure f;
    f.kind = kind;
    f.low = low;
    f.high = low;
    f.begin = f.number_begin = begin;
    return f;
}

} // namespace

BOOST_AUTO_TEST_SUITE(casualty_figures)

BOOST_DATA_TEST_CASE(every_rule_handles_its_sentence_and_ignores_its_near_miss,
                     boost::unit_test::data::make(kRuleRows), row) {
    check(row);
}

BOOST_DATA_TEST_CASE(the_issue_examples_are_extracted_with_their_qualifiers,
                     boost::unit_test::data::make(kIssueRows), row) {
    check(row);
}

BOOST_DATA_TEST_CASE(a_toll_stated_as_victims_or_wounds_received_is_a_figure,
                     boost::unit_test::data::make(kVictimRows), row) {
    check(row);
}

BOOST_DATA_TEST_CASE(thai_figures_are_found_in_text_without_spaces, boost::unit_test::data::make(kThaiRows),
                     row) {
    check(row);
}

BOOST_DATA_TEST_CASE(a_toll_rising_from_an_earlier_one_supersedes_it,
                     boost::unit_test::data::make(kRiseFromRows), row) {
    check(row);
}

BOOST_DATA_TEST_CASE(a_corrected_toll_supersedes_the_larger_one_it_replaces,
                     boost::unit_test::data::make(kCorrectionRows), row) {
    check(row);
    const auto resolved = casualties::resolve(extract_casualties(row.text, row.lang, kDate));
    BOOST_REQUIRE(resolved.deaths.has_value());
    BOOST_TEST(!resolved.deaths->superseded);
}

BOOST_DATA_TEST_CASE(a_projected_toll_is_hypothetical_and_never_the_articles_figure,
                     boost::unit_test::data::make(kHypotheticalRows), row) {
    check(row);
    const std::vector<CasualtyFigure> figures = extract_casualties(row.text, row.lang, kDate);
    const auto resolved = casualties::resolve(figures);
    const bool stated =
        std::any_of(figures.begin(), figures.end(), [](const CasualtyFigure& f) { return !f.hypothetical; });
    BOOST_TEST(resolved.deaths.has_value() == stated);
}

BOOST_DATA_TEST_CASE(a_list_of_sub_totals_is_kept_and_the_stated_total_is_the_articles_figure,
                     boost::unit_test::data::make(kListRows), row) {
    const std::vector<CasualtyFigure> figures = extract_casualties(row.text, row.lang, kDate);
    for (const std::uint64_t item : row.items) {
        BOOST_TEST(std::any_of(figures.begin(), figures.end(),
                               [&](const CasualtyFigure& f) {
                                   return f.kind == CasualtyKind::deaths && f.stated == item && !f.superseded;
                               }),
                   "the list item " << item << " is kept as a figure: " << describe(figures));
    }
    const auto resolved = casualties::resolve(figures);
    BOOST_REQUIRE(resolved.deaths.has_value());
    BOOST_TEST(resolved.deaths->stated == row.total);
}

BOOST_DATA_TEST_CASE(prices_votes_shares_ages_distances_scores_and_years_state_no_figure,
                     boost::unit_test::data::make(kQuietTexts), row) {
    BOOST_TEST(describe(extract_casualties(row.text, row.lang, kDate)) == "");
}

BOOST_DATA_TEST_CASE(ages_durations_distances_votes_money_and_detentions_are_not_deaths,
                     boost::unit_test::data::make(kTrapRows), row) {
    check(row);
}

BOOST_DATA_TEST_CASE(each_crocus_seed_resolves_to_the_toll_it_states, boost::unit_test::data::make(kSeedRows),
                     row) {
    const Article article = read_txt(row.file);
    const auto resolved = casualties::resolve(extract_casualties(article.text, "en", article.date));
    BOOST_REQUIRE(resolved.deaths.has_value());
    BOOST_TEST(resolved.deaths->low == row.deaths_low);
    BOOST_TEST(qualifier_name(resolved.deaths->qualifier) == row.deaths_qualifier);
    BOOST_TEST(resolved.injured.has_value() == (row.injured_low > 0));
    if (resolved.injured && row.injured_low > 0) {
        BOOST_TEST(resolved.injured->low == row.injured_low);
    }
}

BOOST_DATA_TEST_CASE(an_updated_toll_wins_over_the_early_one, boost::unit_test::data::make(kTollRows), row) {
    const Article article = read_article(row.file, row.id);
    const std::vector<CasualtyFigure> figures = extract_casualties(article.text, row.lang, article.date);
    BOOST_TEST(std::any_of(figures.begin(), figures.end(),
                           [&](const CasualtyFigure& f) {
                               return f.kind == CasualtyKind::deaths && f.stated == row.early;
                           }),
               "the early toll " << row.early << " is kept as a figure");
    const auto resolved = casualties::resolve(figures);
    BOOST_REQUIRE(resolved.deaths.has_value());
    BOOST_TEST(resolved.deaths->stated == row.final);
    const std::string_view sentence(article.text.data() + resolved.deaths->sentence_begin,
                                    resolved.deaths->sentence_end - resolved.deaths->sentence_begin);
    BOOST_TEST(sentence.find(std::string_view(article.text)
                                 .substr(resolved.deaths->number_begin,
                                         resolved.deaths->number_end - resolved.deaths->number_begin)) !=
               std::string_view::npos);
}

BOOST_DATA_TEST_CASE(a_toll_of_an_earlier_event_is_historical_and_never_the_articles_figure,
                     boost::unit_test::data::make(kHistoricalRows), row) {
    const Article article = read_article(row.file, row.id);
    const std::vector<CasualtyFigure> figures = extract_casualties(article.text, row.lang, article.date);
    const auto earlier = std::find_if(figures.begin(), figures.end(),
                                      [&](const CasualtyFigure& f) { return f.stated == row.stated; });
    BOOST_REQUIRE(earlier != figures.end());
    BOOST_TEST(earlier->historical);
    const auto resolved = casualties::resolve(figures);
    BOOST_REQUIRE(resolved.deaths.has_value());
    BOOST_TEST(resolved.deaths->stated != row.stated);
    BOOST_TEST(!resolved.deaths->historical);
}

BOOST_DATA_TEST_CASE(articles_about_economy_politics_and_sport_state_no_casualties,
                     boost::unit_test::data::make(kQuietRows), row) {
    const Article article = read_article(row.file, row.id);
    BOOST_TEST(describe(extract_casualties(article.text, row.lang, article.date)) == "");
}

BOOST_AUTO_TEST_CASE(a_figure_keeps_the_byte_spans_of_its_phrase_number_and_sentence) {
    const std::string text =
        "Gunmen stormed the hall.\n\nAt least 40 people were killed in the attack. Officials said "
        "11 people were detained.";
    const std::vector<CasualtyFigure> figures = extract_casualties(text, "en", kDate);
    BOOST_REQUIRE_EQUAL(figures.size(), 2U);
    const auto span = [&](std::size_t begin, std::size_t end) { return text.substr(begin, end - begin); };
    BOOST_TEST(span(figures[0].begin, figures[0].end) == "At least 40 people were killed");
    BOOST_TEST(span(figures[0].number_begin, figures[0].number_end) == "40");
    BOOST_TEST(span(figures[0].sentence_begin, figures[0].sentence_end) ==
               "At least 40 people were killed in the attack.");
    BOOST_TEST(figures[0].rule == "en.num-trigger");
    BOOST_TEST(span(figures[1].sentence_begin, figures[1].sentence_end) ==
               "Officials said 11 people were detained.");

    const std::string chinese = "据报道，地震已造成至少118人遇难。";
    const std::vector<CasualtyFigure> zh = extract_casualties(chinese, "zh", kDate);
    BOOST_REQUIRE_EQUAL(zh.size(), 1U);
    BOOST_TEST(chinese.substr(zh[0].begin, zh[0].end - zh[0].begin) == "至少118人遇难");
    BOOST_TEST(chinese.substr(zh[0].sentence_begin, zh[0].sentence_end - zh[0].sentence_begin) == chinese);
}

BOOST_AUTO_TEST_CASE(the_largest_lower_bound_wins_ties_go_to_the_later_figure_and_superseded_tolls_lose) {
    std::vector<CasualtyFigure> figures = {
        made(CasualtyKind::deaths, 40, 10), made(CasualtyKind::deaths, 133, 50),
        made(CasualtyKind::deaths, 133, 90), made(CasualtyKind::injured, 101, 20),
        made(CasualtyKind::detained, 900, 30)};
    auto resolved = casualties::resolve(figures);
    BOOST_REQUIRE(resolved.deaths.has_value());
    BOOST_TEST(resolved.deaths->begin == 90U);
    BOOST_REQUIRE(resolved.injured.has_value());
    BOOST_TEST(resolved.injured->low == 101U);

    figures.push_back(made(CasualtyKind::deaths, 334, 120));
    figures.back().historical = true;
    figures.push_back(made(CasualtyKind::deaths, 143, 130));
    figures.back().superseded = true;
    resolved = casualties::resolve(figures);
    BOOST_TEST(resolved.deaths->low == 133U);
    BOOST_TEST(!casualties::resolve({}).deaths.has_value());
}

BOOST_AUTO_TEST_CASE(the_beslan_toll_in_a_2024_report_is_historical_and_never_the_maximum) {
    const std::string text =
        "Gunmen killed 133 people at Crocus City Hall.\n\nIn 2004, 334 people were killed in "
        "Beslan. It was the worst attack since the 2004 Beslan school siege, in which 334 people "
        "were killed.";
    const std::vector<CasualtyFigure> figures = extract_casualties(text, "en", kDate);
    BOOST_TEST(describe(figures) ==
               "deaths 133..133 exact; deaths 334..334 exact historical; deaths 334..334 exact historical");
    BOOST_TEST(casualties::resolve(figures).deaths->stated == 133U);
}

BOOST_AUTO_TEST_CASE(without_a_publication_date_the_latest_year_mentioned_dates_the_article) {
    const std::string text = "In 2004, 334 people were killed in Beslan. The 2024 attack killed 133 people.";
    BOOST_TEST(describe(extract_casualties(text, "en", "")) ==
               "deaths 334..334 exact historical; deaths 133..133 exact");
    BOOST_TEST(casualties::resolve(extract_casualties(text, "en", "")).deaths->low == 133U);
}

BOOST_AUTO_TEST_CASE(a_thai_article_resolves_to_its_updated_toll_and_its_vague_injured) {
    const std::string text = "น้ำท่วมเชียงราย ผู้เสียชีวิตเพิ่มเป็น 9 ราย\n\nตั้งแต่วันที่ 10 กันยายนเป็นต้นมา "
                             "มีผู้เสียชีวิตในภาคเหนือแล้วอย่างน้อย 9 ราย เพิ่มขึ้นจาก 5 รายที่รายงานไว้เมื่อวันก่อน "
                             "และมีผู้ได้รับบาดเจ็บหลายสิบราย";
    const std::vector<CasualtyFigure> figures = extract_casualties(text, "th", "2024-09-13");
    BOOST_TEST(describe(figures) ==
               "deaths 9..9 exact; deaths 9.. at_least; deaths 5..5 exact superseded; injured 10.. vague");
    const auto resolved = casualties::resolve(figures);
    BOOST_REQUIRE(resolved.deaths.has_value());
    BOOST_TEST(resolved.deaths->stated == 9U);
    BOOST_TEST(qualifier_name(resolved.deaths->qualifier) == "at_least");
    BOOST_REQUIRE(resolved.injured.has_value());
    BOOST_TEST(resolved.injured->stated == 10U);
}

BOOST_AUTO_TEST_CASE(kind_and_qualifier_names_are_stable) {
    BOOST_TEST(kind_name(CasualtyKind::deaths) == "deaths");
    BOOST_TEST(kind_name(CasualtyKind::injured) == "injured");
    BOOST_TEST(kind_name(CasualtyKind::missing) == "missing");
    BOOST_TEST(kind_name(CasualtyKind::detained) == "detained");
    BOOST_TEST(qualifier_name(Qualifier::exact) == "exact");
    BOOST_TEST(qualifier_name(Qualifier::at_least) == "at_least");
    BOOST_TEST(qualifier_name(Qualifier::more_than) == "more_than");
    BOOST_TEST(qualifier_name(Qualifier::about) == "about");
    BOOST_TEST(qualifier_name(Qualifier::nearly) == "nearly");
    BOOST_TEST(qualifier_name(Qualifier::up_to) == "up_to");
    BOOST_TEST(qualifier_name(Qualifier::fewer_than) == "fewer_than");
    BOOST_TEST(qualifier_name(Qualifier::range) == "range");
    BOOST_TEST(qualifier_name(Qualifier::vague) == "vague");
}

BOOST_AUTO_TEST_CASE(odd_input_and_unknown_languages_are_handled) {
    BOOST_TEST(extract_casualties("", "en", "").empty());
    BOOST_TEST(extract_casualties("\xff\xfe 40 dead \xc3", "en", "not a date").size() == 1U);
    BOOST_TEST(describe(extract_casualties("99999999999999999999999 dead", "en", kDate)) ==
               "deaths 100000000000..100000000000 exact");
    BOOST_TEST(describe(extract_casualties("40 dead", "xx", kDate)) ==
               "deaths 40..40 exact"); // English tables
    BOOST_TEST(describe(extract_casualties("造成118人遇难", "zh-Hans", kDate)) == "deaths 118..118 exact");
    BOOST_TEST(describe(extract_casualties("Число погибших выросло до 133", "RU", kDate)) ==
               "deaths 133..133 exact");
}

BOOST_AUTO_TEST_SUITE_END()
