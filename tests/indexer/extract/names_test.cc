// Names in no table, found from capitalisation and cues (indexer/extract/names/name_discovery.h).
// Each rule has sentences it must handle and near misses it must not fire on, in the
// languages its lexicon covers; none of these sentences is from the bundled corpus.

#include "indexer/extract/names/name_discovery.h"
#include "indexer/extract/places/place_evidence.h"

#include <lede/analyzer.h>

#include "common/entities/entity_table.h"
#include "common/entities/name_slug.h"

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <ostream>
#include <string>
#include <vector>

namespace {

struct Row {
    const char* text;
    const char* lang;
    const char* expected; ///< "type:id[surface] ...", in text order
};

std::ostream& operator<<(std::ostream& out, const Row& row) {
    return out << row.lang << ": " << row.text;
}

const lede::EntityTable& table() {
    static const lede::EntityTable builtin = lede::EntityTable::builtin();
    return builtin;
}

std::string describe(const std::string& text, const std::string& lang) {
    lede::Analyzer analyzer;
    const std::vector<lede::Token> tokens = analyzer.analyze(text);
    // As extract_article does: the gazetteer's matches, less the weak ones the text does not support.
    std::vector<lede::EntityMention> known = table().find_mentions(text, tokens, lang);
    std::vector<lede::EntityMention> none;
    const std::vector<lede::Token> no_tokens;
    std::vector<lede::extract::places::MentionedText> texts{{"", no_tokens, none, true},
                                                            {text, tokens, known, false}};
    lede::extract::places::keep_supported(texts, lang, table());
    std::string out;
    for (const lede::extract::names::DiscoveredMention& mention :
         lede::extract::names::discover(text, tokens, lang, known)) {
        out += (out.empty() ? "" : " ") + std::string(lede::entity_type_name(mention.type)) + ":" +
               mention.id + "[" + text.substr(mention.begin, mention.end - mention.begin) + "]";
    }
    return out;
}

const std::vector<Row> kPeople = {
    // A role right before the name.
    {"The bank's chief economist Hannelore Vasquez expects a cut.", "en",
     "person:hannelore-vasquez[Hannelore Vasquez]"},
    {"Selon l'économiste Amélie Durocher, la reprise tarde.", "fr",
     "person:amelie-durocher[Amélie Durocher]"},
    {"El portavoz Julián Ortega Ruiz lo confirmó.", "es", "person:julian-ortega-ruiz[Julián Ortega Ruiz]"},
    {"заявил политолог Игорь Сапожников.", "ru", "person:igor-sapozhnikov[Игорь Сапожников]"},
    {"вважає аналітик Оксана Литвиненко.", "uk", "person:oksana-lytvynenko[Оксана Литвиненко]"},
    // German capitalises the role too, and compounds it.
    {"sagte Marktstratege Jonas Pfeiffer am Montag.", "de", "person:jonas-pfeiffer[Jonas Pfeiffer]"},
    // An honorific makes a lone surname a person.
    {"Mr Okonkwo declined to comment.", "en", "person:okonkwo[Okonkwo]"},
    // The role after the name.
    {"Priya Raghunathan, an analyst at the firm, disagreed.", "en",
     "person:priya-raghunathan[Priya Raghunathan]"},
    // A role across an affiliation that is itself a name.
    {"отметил аналитик компании «Восточный мост» Павел Ершов.", "ru",
     "org:vostochnyy-most[Восточный мост] person:pavel-yershov[Павел Ершов]"},
    // A later lone surname, inflected or not, is the same person.
    {"economist Hannelore Vasquez said rates would fall. Vasquez added that it may take time.", "en",
     "person:hannelore-vasquez[Hannelore Vasquez] person:hannelore-vasquez[Vasquez]"},
    {"политолог Игорь Сапожников считает иначе. По словам Сапожникова, всё решено.", "ru",
     "person:igor-sapozhnikov[Игорь Сапожников] person:igor-sapozhnikov[Сапожникова]"},
};

const std::vector<Row> kPeopleNearMisses = {
    // No cue: a capitalised pair alone is not a name.
    {"Hannelore Vasquez expects a cut.", "en", ""},
    // A role before a known name adds nothing: the table has it.
    {"President Vladimir Putin spoke.", "en", ""},
    // A role before a place or an organisation's name is not a person.
    {"the minister visited Grand Harbour Street on Monday.", "en",
     "place:grand-harbour-street[Grand Harbour Street]"},
    // A clause break between role and name.
    {"He is an economist. Hannelore Vasquez disagrees.", "en", ""},
    // Lower-case words after a role.
    {"the economist said rates would fall.", "en", ""},
    // A role before a month, or before shouted text.
    {"the analyst May said", "en", ""},
    {"spokesman JOHN SMITH", "en", ""},
};

const std::vector<Row> kOrganisations = {
    {"a report by the consultancy Tidewater Analytics", "en", "org:tidewater-analytics[Tidewater Analytics]"},
    {"die Beratungsgesellschaft Nordlicht Partners", "de", "org:nordlicht-partners[Nordlicht Partners]"},
    {"эксперты компании «Северная звезда» считают", "ru", "org:severnaya-zvezda[Северная звезда]"},
    {"Analysts at Harrowgate Research expect growth.", "en", "org:harrowgate-research[Harrowgate Research]"},
    {"según el Consejo Nacional de Pesca", "es", "org:consejo-nacional-de-pesca[Consejo Nacional de Pesca]"},
    {"The Ministry of Fisheries of Ruritania said", "en",
     "org:ministry-of-fisheries-of-ruritania[Ministry of Fisheries of Ruritania]"},
    // An acronym given after the name stands for it later.
    {"the Centro Regional de Emergencias (CRE) said. CRE later added", "es",
     "org:centro-regional-de-emergencias[Centro Regional de Emergencias] "
     "org:centro-regional-de-emergencias[CRE] "
     "org:centro-regional-de-emergencias[CRE]"},
};

const std::vector<Row> kOrganisationNearMisses = {
    // A sentence-initial article with a head noun is not a name.
    {"The Group said profits fell.", "en", ""},
    {"Die Gruppe gab nichts bekannt.", "de", ""},
    // Two known names joined by "de" are not a third one.
    {"un Airbus de Japan Airlines", "fr", ""},
    // A one-letter label after an organisation noun ("group E").
    {"усі команди групи E набрали", "uk", ""},
    // A quoted name after a word that is not an organisation noun.
    {"он назвал это «Северной звездой»", "ru", ""},
};

const std::vector<Row> kPlaces = {
    {"Crowds gathered on Larkspur Avenue.", "en", "place:larkspur-avenue[Larkspur Avenue]"},
    // "Mayor" is a title only in English.
    {"cerca de la Plaza Mayor de Villanueva", "es",
     "place:plaza-mayor-de-villanueva[Plaza Mayor de Villanueva]"},
    {"said Mayor Tobias Lindqvist", "en", "person:tobias-lindqvist[Tobias Lindqvist]"},
    {"le pont de la Guillotière", "fr", ""}, // lower-case head: not a name by capitalisation
};

} // namespace

BOOST_AUTO_TEST_SUITE(name_discovery)

BOOST_DATA_TEST_CASE(a_role_names_a_person, boost::unit_test::data::make(kPeople), row) {
    BOOST_TEST(describe(row.text, row.lang) == row.expected);
}

BOOST_DATA_TEST_CASE(capitalised_words_without_a_person_cue_are_not_people,
                     boost::unit_test::data::make(kPeopleNearMisses), row) {
    BOOST_TEST(describe(row.text, row.lang) == row.expected);
}

BOOST_DATA_TEST_CASE(an_organisation_noun_or_word_names_an_organisation,
                     boost::unit_test::data::make(kOrganisations), row) {
    BOOST_TEST(describe(row.text, row.lang) == row.expected);
}

BOOST_DATA_TEST_CASE(organisation_words_alone_are_not_names,
                     boost::unit_test::data::make(kOrganisationNearMisses), row) {
    BOOST_TEST(describe(row.text, row.lang) == row.expected);
}

BOOST_DATA_TEST_CASE(a_place_word_names_a_place, boost::unit_test::data::make(kPlaces), row) {
    BOOST_TEST(describe(row.text, row.lang) == row.expected);
}

BOOST_AUTO_TEST_CASE(slugs_romanise_by_bgn_and_are_ascii) {
    BOOST_TEST(lede::name_slug("Markus Feldhaus") == "markus-feldhaus");
    BOOST_TEST(lede::name_slug("Amélie Durocher") == "amelie-durocher");
    BOOST_TEST(lede::name_slug("Андрей Лебедев", "ru") == "andrey-lebedev");
    BOOST_TEST(lede::name_slug("Євген Мороз") == "yevhen-moroz"); // Ukrainian letters: Ukrainian rules
    BOOST_TEST(lede::name_slug("Микола Бойко", "uk") == "mykola-boyko");
    BOOST_TEST(lede::name_slug("Микола Бойко", "ru") == "mikola-boyko");
    const std::vector<std::string> variants = lede::name_slug_variants("Микола Бойко");
    BOOST_TEST(variants == (std::vector<std::string>{"mikola-boyko", "mykola-boyko"}),
               boost::test_tools::per_element());
    BOOST_TEST(lede::name_slug("  --  ").empty());
    BOOST_TEST(lede::name_slug(std::string(100, 'a') + " b").size() <= 64U);
}

BOOST_AUTO_TEST_SUITE_END()
