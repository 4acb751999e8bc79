// An article that reports no incident of its own keeps a war's or a crackdown's toll it recalls out of its
// figures (casualties/own_event.cc), through the entry point the indexer calls: extract_article.
#include <lede/analyzer.h>

#include "casualty_test_support.h"
#include "extract_test_support.h"
#include "indexer/extract/article_extraction.h"

#include <boost/test/unit_test.hpp>

#include <string>

namespace {

using casualty_test::CasualtyFigure;

// The article's figures, described as casualty_test::describe does, and its per-article deaths ("-" if none).
std::string figures_of(const std::string& title, const std::string& body, const std::string& lang) {
    lede::Article article;
    article.title = title;
    article.body = body;
    article.date = "2024-03-25";
    lede::Analyzer analyzer;
    const lede::extract::ArticleExtraction extraction =
        lede::extract::extract_article(article, lang, analyzer.analyze(article.title),
                                       analyzer.analyze(article.body), extract_test::builtin());
    std::vector<CasualtyFigure> figures;
    for (const auto& located : extraction.figures) {
        figures.push_back(located.figure);
    }
    const auto& deaths = extraction.casualties.deaths;
    return casualty_test::describe(figures) + " | deaths " + (deaths ? std::to_string(deaths->low) : "-");
}

} // namespace

BOOST_AUTO_TEST_SUITE(background_tolls)

BOOST_AUTO_TEST_CASE(an_election_report_recalling_a_wars_toll_states_no_deaths_of_its_own) {
    BOOST_TEST(figures_of("Faye wins Senegal's presidential election in the first round",
                          "DAKAR - Bassirou Diomaye Faye won 54 percent of the vote. Turnout was 61 percent. "
                          "Protests since 2021 have left about 60 people dead, rights groups say.",
                          "en") == "deaths 54..66 about historical | deaths -");
    BOOST_TEST(figures_of("Токаев переизбран президентом Казахстана",
                          "АСТАНА. Токаев набрал 81% голосов. Явка составила 69%. Выборы стали первыми после "
                          "беспорядков, в ходе которых погибли 238 человек, а более 10 тысяч были задержаны.",
                          "ru") == "deaths 238..238 exact historical; detained 10001.. more_than | deaths -");
}

// Near misses: an opening that names the incident (an aid report), and a count told with the detainees of
// the article's own night.
BOOST_AUTO_TEST_CASE(an_opening_naming_the_incident_or_a_count_told_with_detainees_stays_current) {
    BOOST_TEST(figures_of("First UN convoy reaches north-west Syria",
                          "The convoy crossed from Turkey on Thursday, four days after the earthquake. The "
                          "disaster has killed more than 21,000 people.",
                          "en") == "deaths 21001.. more_than | deaths 21001");
    BOOST_TEST(
        figures_of("Россия обыграла Испанию и вышла в четвертьфинал",
                   "МОСКВА. Сборная России обыграла Испанию по пенальти. Счёт 4:3. За ночь задержали 11 "
                   "человек, ещё трое болельщиков получили травмы.",
                   "ru") == "detained 11..11 exact; injured 3..3 exact | deaths -");
}

// A protest report's own injured are its news: the police and the protest name its incident.
BOOST_AUTO_TEST_CASE(a_protest_report_keeps_its_own_injured) {
    BOOST_TEST(
        figures_of("Georgia's opposition rallies for a fourth night",
                   "TBILISI - Thousands gathered outside parliament on Sunday. Police used water cannon and "
                   "tear gas. The health ministry said 44 people were injured.",
                   "en") == "injured 44..44 exact | deaths -");
}

BOOST_AUTO_TEST_SUITE_END()
