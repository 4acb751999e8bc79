// What extract_article makes of the table's matches and the names found in the text together
// (indexer/extract/article_extraction.cc).
#include <lede/analyzer.h>

#include "common/entities/entity_table.h"
#include "extract_test_support.h"
#include "indexer/extract/article_extraction.h"

#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <string>
#include <vector>

namespace {

using extract_test::builtin;

/// The article's entity ids, sorted.
std::vector<std::string> entity_ids(const std::string& title, const std::string& body,
                                    const std::string& lang = "en") {
    lede::Article article;
    article.title = title;
    article.body = body;
    article.date = "2023-02-26";
    lede::Analyzer analyzer;
    const lede::extract::ArticleExtraction extraction = lede::extract::extract_article(
        article, lang, analyzer.analyze(article.title), analyzer.analyze(article.body), builtin());
    std::vector<std::string> ids;
    for (const auto& entity : extraction.entities) {
        ids.push_back(entity.id);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

bool has(const std::vector<std::string>& ids, const std::string& id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

} // namespace

BOOST_AUTO_TEST_SUITE(article_extraction)

// "Democratic Party" inside "Peoples Democratic Party" is the longer party's words, not the US Democrats; a
// place inside a longer name still counts.
BOOST_AUTO_TEST_CASE(a_table_organisation_inside_a_longer_one_found_in_the_text_is_its_words) {
    const auto ids = entity_ids("Nigeria vote", "The Peoples Democratic Party rejected the result in Lagos.");
    BOOST_TEST(has(ids, "peoples-democratic-party"));
    BOOST_TEST(!has(ids, "democratic-party-united-states"));
    BOOST_TEST(has(ids, "lagos"));
    // Near miss: the party named alone is the table's.
    BOOST_TEST(
        has(entity_ids("US vote", "The Democratic Party won the Senate."), "democratic-party-united-states"));
}

// A club's name holds no place: "FC Augsburg" names the club, not the town; the town named alone is one.
BOOST_AUTO_TEST_CASE(a_clubs_name_holds_no_place) {
    const auto ids = entity_ids("Bundesliga", "Leverkusen beat FC Augsburg 2-1 on Sunday.");
    BOOST_TEST(has(ids, "fc-augsburg"));
    BOOST_TEST(!has(ids, "augsburg"));
    BOOST_TEST(has(entity_ids("Fire", "A fire broke out in Augsburg on Sunday."), "augsburg"));
}

// A table person's surname after another given name names someone else; the given name the id holds, in any
// script, keeps the table's person.
BOOST_AUTO_TEST_CASE(a_surname_after_another_given_name_is_someone_else) {
    const auto others =
        entity_ids("Verdict", "Jordi Sànchez and Jordi Cuixart were sentenced to nine years.");
    BOOST_TEST(!has(others, "pedro-sanchez"));
    BOOST_TEST(has(others, "jordi-cuixart"));
    BOOST_TEST(
        has(entity_ids("Talks", "Prime Minister Pedro Sánchez spoke. Sánchez left."), "pedro-sanchez"));
    BOOST_TEST(has(entity_ids("Talks", "Sánchez spoke to reporters."), "pedro-sanchez"));
}

// A place the article writes after a given name is someone's surname there, and its bare mentions are him
// too; near miss: a place after a word that is no given name ("Lake Victoria", "in Georgia").
BOOST_AUTO_TEST_CASE(a_place_written_after_a_given_name_is_a_surname_in_that_article) {
    const auto ids =
        entity_ids("Boeing chief to step down",
                   "Chief executive Dave Calhoun will leave, the US company said. Calhoun said he was "
                   "proud.");
    BOOST_TEST(has(ids, "dave-calhoun"));
    BOOST_TEST(!has(ids, "calhoun"));
    BOOST_TEST(has(entity_ids("Vote", "Voters in Georgia backed the bill in Atlanta."), "georgia"));
}

// A one-word place whose name is a given name, right before a word that could be a surname, is that person's
// given name; near misses: a place's word after it, the place alone.
BOOST_AUTO_TEST_CASE(a_place_named_like_a_given_name_before_a_surname_is_a_person) {
    const auto ids = entity_ids("Arras", "Dominique Bernard, 57 ans, est mort vendredi.", "fr");
    BOOST_TEST(has(ids, "dominique-bernard"));
    BOOST_TEST(!has(ids, "dominica"));
    BOOST_TEST(has(entity_ids("Ouragan", "La Dominique a été frappée par l'ouragan.", "fr"), "dominica"));
    BOOST_TEST(has(entity_ids("Floods", "Floods hit the Jordan Valley on Sunday."), "jordan-valley"));
}

// A street or square named after someone is a place, its lower-case head word with it ("rue Émile-Legrelle");
// near miss: English, whose "in second place Jonas Vingegaard" is no square.
BOOST_AUTO_TEST_CASE(a_street_named_after_a_person_is_a_place) {
    const auto street = entity_ids("Arras", "Il habitait rue Émile-Legrelle à Arras.", "fr");
    BOOST_TEST(has(street, "rue-emile-legrelle"));
    BOOST_TEST(!has(street, "emile-legrelle"));
    BOOST_TEST(has(entity_ids("Iztapalapa", "El accidente ocurrió en la calzada Ignacio Zaragoza.", "es"),
                   "calzada-ignacio-zaragoza"));
    const auto race =
        entity_ids("Tour", "Tadej Pogacar won, and in second place Jonas Vingegaard crossed the line.");
    BOOST_TEST(has(race, "jonas-vingegaard"));
    BOOST_TEST(!has(race, "place-jonas-vingegaard"));
}

// A surname alone is the person the article names in full with it ("Даниил Медведев", then "Медведеву"),
// whichever table person the bare surname would otherwise be; the same words with the table's person named in
// full too leave both.
BOOST_AUTO_TEST_CASE(a_bare_surname_is_the_person_the_article_names_in_full) {
    const auto named = entity_ids(
        "Медведев выиграл турнир",
        "Даниил Медведев обыграл Джоковича в Москве. Медведеву вручили кубок, Россия ликует.", "ru");
    BOOST_TEST(has(named, "daniil-medvedev"));
    BOOST_TEST(!has(named, "dmitry-medvedev"));
    const auto both =
        entity_ids("Встреча", "Дмитрий Медведев и Даниил Медведев встретились. Медведев сказал.", "ru");
    BOOST_TEST(has(both, "dmitry-medvedev"));
    BOOST_TEST(has(both, "daniil-medvedev"));
}

BOOST_AUTO_TEST_SUITE_END()
