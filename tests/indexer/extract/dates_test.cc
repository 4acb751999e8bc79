// Dates and years mentioned in the text: each rule with a sentence it must
// handle and one it must not fire on, in every language with month names.
#include "indexer/extract/article_extraction.h"
#include "indexer/extract/dates/mentioned_dates.h"

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <ostream>
#include <string>
#include <vector>

namespace {

struct Case {
    const char* lang;
    const char* text;
    const char* published; ///< YYYY-MM-DD or ""
    std::vector<std::string> expected;
};

std::ostream& operator<<(std::ostream& out, const Case& c) {
    return out << c.lang << ": " << c.text;
}

std::vector<std::string> values(const Case& c) {
    std::vector<std::string> out;
    for (const auto& date :
         lede::extract::dates::extract(lede::extract::read_numbers(c.text, c.lang), c.published)) {
        out.push_back(date.value);
    }
    return out;
}

const std::vector<Case> kCases = {
    // Numeric forms.
    {"en", "The law took effect on 2024-03-22 after a vote.", "", {"2024-03-22"}},
    {"de", "Der Anschlag vom 22.03.2024 erschütterte Moskau.", "", {"2024-03-22"}},
    {"fr", "Le décret du 05/04/2023 est entré en vigueur.", "", {"2023-04-05"}},
    {"en", "The form dated 04/05/2023 is ambiguous.", "", {"2023"}},
    {"en", "A memo dated 03/22/2024 was leaked.", "", {"2024-03-22"}},
    {"en", "Invalid 2024-02-30 must not count.", "", {}},
    {"en", "Version 2.0.2024 was released.", "", {}},
    // Day month year.
    {"en", "On 22 March 2024 gunmen opened fire.", "", {"2024-03-22"}},
    {"en", "Gunmen opened fire on March 22, 2024, in Krasnogorsk.", "", {"2024-03-22"}},
    {"en", "The siege began on 1 September 2004 and lasted three days.", "", {"2004-09-01"}},
    {"de", "Am 22. März 2024 stürmten Bewaffnete die Halle.", "", {"2024-03-22"}},
    {"fr", "Le 22 mars 2024, des hommes armés ont ouvert le feu.", "", {"2024-03-22"}},
    {"es", "El 22 de marzo de 2024 varios hombres armados atacaron.", "", {"2024-03-22"}},
    {"ru", "22 марта 2024 года вооружённые люди открыли огонь.", "", {"2024-03-22"}},
    {"uk", "22 березня 2024 року озброєні люди відкрили вогонь.", "", {"2024-03-22"}},
    {"ar", "في 22 مارس 2024 فتح مسلحون النار.", "", {"2024-03-22"}},
    {"ar", "في 22 آذار 2024 فتح مسلحون النار.", "", {"2024-03-22"}},
    // Spanish datelines abbreviate the month.
    {"es", "QUITO, 19 abr. (Agencia) - El presidente habló.", "2016-04-20", {"2016-04-19"}},
    {"es", "MADRID, 14 oct. - El tribunal dictó sentencia.", "2019-10-14", {"2019-10-14"}},
    // A month given both its names, a slash between: one month, one date.
    {"ar", "في 26 سبتمبر/أيلول 2015 وقع التدافع.", "", {"2015-09-26"}},
    {"ar", "في 31 أكتوبر/تشرين الأول 2022 انهار الجسر.", "", {"2022-10-31"}},
    // A year-shaped number before the noun it counts is a count: "1426 حاجا" is pilgrims, not a year.
    {"ar", "قتل 1426 حاجا في تدافع عام 1990.", "", {"1990"}},
    {"ar", "آخرها في 2018 عندما خسر المغرب.", "", {"2018"}},
    {"th", "เมื่อวันที่ 22 มีนาคม 2567 คนร้ายเปิดฉากยิง", "", {"2024-03-22"}},
    {"zh", "2024年3月22日，枪手在音乐厅开枪。", "", {"2024-03-22"}},
    {"ja", "２０２４年３月２２日、武装集団が発砲した。", "", {"2024-03-22"}},
    // Without a year: the publication year, or the one before.
    {"en", "Gunmen struck on 22 March, officials said.", "2024-03-23", {"2024-03-22"}},
    {"en", "The flood of 28 December was recalled.", "2025-01-02", {"2024-12-28"}},
    {"fr", "Il doit faire ses débuts le 14 août à Varsovie.", "2024-07-16", {"2024-08-14"}},
    {"ru", "Следующее заседание запланировано на 20 декабря.", "2024-10-25", {"2024-12-20"}},
    {"en", "The talks resume on 3 January.", "2024-12-20", {"2025-01-03"}},
    {"th", "ตั้งแต่วันที่ 10 กันยายนเป็นต้นมา มีผู้เสียชีวิต", "2024-09-13", {"2024-09-10"}},
    {"th", "เชียงราย 13 ก.ย. – น้ำท่วม", "2024-09-13", {"2024-09-13"}},
    {"th", "สูงกว่าระดับเมื่อปี 2554 และ พ.ศ. 2567", "", {"2011", "2024"}},
    {"th", "ช้างกว่า 2554 เชือก", "", {}},
    {"en", "Gunmen struck on 22 March, officials said.", "", {}},
    {"en", "Officials met on March 5 to discuss it.", "2024-03-23", {"2024-03-05"}},
    {"en", "Officials may 5 times review it.", "2024-03-23", {}},
    {"zh", "3月22日晚，枪手开枪。", "2024-03-23", {"2024-03-22"}},
    {"ru", "Теракт произошёл 22 марта.", "2024-03-23", {"2024-03-22"}},
    {"en", "There were 31 February complaints.", "2024-03-23", {}},
    {"ru",
     "По итогам выборов, прошедших 15–17 марта, он победил.",
     "2024-03-21",
     {"2024-03-15", "2024-03-17"}},
    {"en", "Voting ran 15-17 March 2024.", "", {"2024-03-15", "2024-03-17"}},
    {"en", "Scores were 15-17 in March 2024.", "", {"2024-03"}},
    {"fr", "Il avait joué le 1er juin à Londres.", "2024-07-16", {"2024-06-01"}},
    {"ja", "事件は22日午後8時ごろに起きた。", "2024-03-23", {"2024-03-22"}},
    {"ja", "地震は1日午後4時10分ごろ発生。", "2024-01-02", {"2024-01-01"}},
    {"zh", "截至28日，搜救仍在进行。", "2024-01-02", {"2023-12-28"}},
    {"ja", "捜索は3日間続き、2日後に終わった。", "2024-01-05", {}},
    // 号 marks a day only after its month: a typhoon's number is none.
    {"ja", "台風19号が上陸した。", "2019-10-13", {}},
    {"zh", "10月19号发布。", "2019-10-20", {"2019-10-19"}},
    {"ja", "昨年5月にも地震が起きた。今年1月に始まった。", "2024-02-22", {"2023-05", "2024-01"}},
    {"zh", "12月份青年失业率公布，约2个月后。", "2024-01-17", {"2023-12"}},
    {"ja", "約34年2カ月ぶりに上回った。", "2024-02-22", {}},
    {"zh", "3日凌晨发生地震。", "", {}},
    // Month and year.
    {"en", "In March 2024 the hall was attacked.", "", {"2024-03"}},
    {"ru", "В марте 2024 года зал был атакован.", "", {"2024-03"}},
    {"es", "En marzo de 2024 la sala fue atacada.", "", {"2024-03"}},
    {"zh", "2024年3月，音乐厅遇袭。", "", {"2024-03"}},
    // A duration mark is written right after its count: "2023年2月，内蒙古" is February, not "2月内".
    {"zh", "2023年2月，内蒙古一座煤矿坍塌。", "", {"2023-02"}},
    {"zh", "工程须在3日内完成。", "", {}},
    {"en", "In May officials met.", "", {}},
    // Years alone.
    {"en", "The 2004 Beslan school siege killed 334 people.", "", {"2004"}},
    {"en", "It was the deadliest attack since 2004.", "", {"2004"}},
    {"ru", "В 2004 году в Беслане погибли 334 человека.", "", {"2004"}},
    {"zh", "2004年别斯兰人质事件。", "", {"2004"}},
    {"en", "About 2004 residents were evacuated.", "", {}},
    {"en", "The road runs 2000 km north.", "", {}},
    {"en", "The fine was 1,999 dollars.", "", {}},
    {"en", "A record from 1750 was found.", "", {}},
    // Several in one text, in order.
    {"en", "Between 2010 and 2015 the toll rose; on 3 May 2016 it fell.", "", {"2010", "2015", "2016-05-03"}},
};

} // namespace

BOOST_AUTO_TEST_SUITE(mentioned_dates)

BOOST_DATA_TEST_CASE(finds_the_dates_a_text_mentions, boost::unit_test::data::make(kCases), c) {
    const std::vector<std::string> found = values(c);
    BOOST_TEST(found == c.expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(spans_cover_the_written_date) {
    const std::string text = "Gunmen opened fire on 22 марта 2024 года in the hall.";
    const auto dates = lede::extract::dates::extract(lede::extract::read_numbers(text, "ru"), "");
    BOOST_REQUIRE_EQUAL(dates.size(), 1U);
    BOOST_TEST(text.substr(dates[0].begin, dates[0].end - dates[0].begin) == "22 марта 2024 года");
}

BOOST_AUTO_TEST_SUITE_END()
