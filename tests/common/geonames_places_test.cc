// The GeoNames layer of the entity table (common/entities/geonames/): cities
// and first-level regions from Debian's libgeonames, named in ten languages.
#include <lede/analyzer.h>

#include "common/entities/entity_table.h"

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <ostream>
#include <string>
#include <vector>

namespace {

const lede::EntityTable& builtin() {
    static const lede::EntityTable table = lede::EntityTable::builtin();
    return table;
}

/// `id[text]` per mention, `?` after one that needs evidence, `~` after a common word.
std::string describe(const lede::EntityTable& table, const std::string& text,
                     const std::string& lang = "en") {
    lede::Analyzer analyzer;
    std::string out;
    for (const lede::EntityMention& mention : table.find_mentions(text, analyzer.analyze(text), lang)) {
        out += (out.empty() ? "" : " ") + mention.id + '[' +
               text.substr(mention.begin, mention.end - mention.begin) + ']' +
               (mention.needs_evidence ? "?" : "") + (mention.common_word ? "~" : "");
    }
    return out;
}

struct SameId {
    std::string name;
    std::string id;
};
std::ostream& operator<<(std::ostream& out, const SameId& row) {
    return out << row.name << " → " << row.id;
}

// Every script the catalogues give a city or region in, and a region's short
// form without its kind word.
const std::vector<SameId> kNames = {
    // The two Congos, which ICU names only with list qualifiers; bare "Congo" is neither.
    {"République démocratique du Congo", "democratic-republic-of-the-congo"},
    {"刚果（金）", "democratic-republic-of-the-congo"},
    {"Congo-Brazzaville", "republic-of-the-congo"},
    {"Congo", "-"},
    {"Novosibirsk", "novosibirsk"},
    {"Новосибирск", "novosibirsk"},
    {"Новосибірськ", "novosibirsk"},
    {"Nowosibirsk", "novosibirsk"},
    {"新西伯利亚", "novosibirsk"},
    {"ノヴォシビルスク", "novosibirsk"},
    {"نوفوسيبيرسك", "novosibirsk"},
    {"โนโวซีบีสค์", "novosibirsk"},
    {"São Paulo", "sao-paulo"},
    {"Сан-Паулу", "sao-paulo"},
    {"サンパウロ", "sao-paulo"},
    {"Bavaria", "bavaria"},
    {"Bayern", "bavaria"},
    {"Бавария", "bavaria"},
    {"バイエルン州", "bavaria"},
    {"バイエルン", "bavaria"},
    {"巴伐利亚", "bavaria"},
    {"Lower Saxony", "lower-saxony"},
};

// Russian and Ukrainian regions are named as English news names them, apart from their capitals,
// whatever GeoNames' English spelling ("Kursk", "Krasnodarskiy", "Odes’ka Oblast’", "Voronezj").
const std::vector<SameId> kOblasts = {
    {"Курская область", "kursk-oblast"},
    {"Kursk Oblast", "kursk-oblast"},
    {"Курск", "kursk"},
    {"Краснодарский край", "krasnodar-krai"},
    {"Воронежская область", "voronezh-oblast"},
    {"Свердловская область", "sverdlovsk-oblast"},
    {"Харківська область", "kharkiv-oblast"},
    {"Приморский край", "primorsky-krai"},
    {"Ленинградская область", "leningrad-oblast"},
    {"Brest Oblast", "brest-oblast"},
    // and by its "-щина".
    {"Харківщина", "kharkiv-oblast"},
    {"Донеччина", "donetsk-oblast"},
    {"Брянщина", "bryansk-oblast"},
};

// A region GeoNames spells otherwise in English but names like its big capital in another language is
// that city's id ("Beyrouth" governorate, بيروت): the province and its same-named capital are one.
const std::vector<SameId> kCapitalsByTranslation = {
    {"Beirut", "beirut"}, {"بيروت", "beirut"},        {"Erbil", "erbil"},
    {"إربل", "erbil"},    {"Bucharest", "bucharest"},
};

// Ukrainian towns in Ukraine's romanisation of 2010 and Russian ones with the press's adjective endings,
// as English news spells them; GeoNames' spelling still names them. A name that is another name, not a
// spelling, keeps GeoNames' (Rivne is not "Rovno", Pokrovsk not Красноармійськ, Kronstadt not "Kronshtadt").
const std::vector<SameId> kPressSpellings = {
    {"Миколаїв", "mykolaiv"},
    {"Mykolayiv", "mykolaiv"},
    {"Mykolaiv", "mykolaiv"},
    {"Миколаївська область", "mykolaiv-oblast"},
    {"Сєвєродонецьк", "sievierodonetsk"},
    {"Izyum", "izium"},
    {"Хмельницький", "khmelnytskyi"},
    {"Запоріжжя", "zaporizhzhia"},
    {"Волжский", "volzhsky"},
    {"Volzhskiy", "volzhsky"},
    {"Петропавловск-Камчатский", "petropavlovsk-kamchatsky"},
    {"Rivne", "rivne"},
    {"Покровськ", "pokrovsk"},
    {"Кронштадт", "kronstadt"},
    {"Набережные Челны", "naberezhnye-chelny"},
};

// A region and its same-named capital are one id however GeoNames spells the two ("T'bilisi" and Tbilisi),
// and a Swiss canton is named without "Canton" (its capital's id where they share a name).
const std::vector<SameId> kRegionsAndCapitals = {
    {"Tbilisi", "tbilisi"},
    {"Тбилиси", "tbilisi"},
    {"Kanton Zürich", "zurich"},
    {"Canton of Vaud", "vaud"},
    {"Waadt", "vaud"},
    {"Kanton Wallis", "valais"},
    {"Wallis", "valais"},
    {"Tessin", "ticino"},
    {"Cataluña", "catalonia"},
    // GeoNames spells the city Ōita and the prefecture Oita: one id.
    {"大分県", "oita"},
    {"Oita Prefecture", "oita"},
    {"Şanlıurfa", "sanliurfa"},
    // A smaller capital shares its region's id when the two share a name in two languages and no bigger
    // city bears it: the governorate GeoNames calls Sūsah is Sousse's (French and Arabic say so).
    {"Sūsah", "sousse"},
    {"سوسة", "sousse"},
    {"Sfax", "sfax"},
    {"صفاقس", "sfax"},
    // Near miss: one language's catalogue naming Veneto as Venice ("Венеция") does not make them one.
    {"Veneto", "veneto"},
    {"Venice", "venice"},
    // English news names a state without "State of", and a Japanese city without "-shi".
    {"West Bengal", "west-bengal"},
    {"State of West Bengal", "west-bengal"},
    {"Special Region of Aceh", "aceh"},
    {"Free State of Thuringia", "thuringia"},
    {"Thüringen", "thuringia"},
    {"Principality of Asturias", "asturias"},
    // Nigeria's states are "<name> State" in English news; one with a same-named capital is its id.
    {"Borno State", "borno-state"},
    {"Borno", "borno-state"},
    {"Kano State", "kano"},
    {"Tottori-shi", "tottori"},
    {"鳥取市", "tottori"},
    // Nor a Korean city without "-si", a province without "-do", a prefecture without "-ken"; a kind word
    // that is part of the English name stays.
    {"Ansan-si", "ansan"},
    {"Gyeonggi-do", "gyeonggi"},
    {"京畿道", "gyeonggi"},
    {"福島県", "fukushima"},
    {"Mexico City", "mexico-city"},
    // A Russian republic without "Republic", a Chinese autonomous region without its kind and people, in
    // English and in the short form Chinese news writes.
    {"Tatarstan", "tatarstan"},
    {"Татарстан", "tatarstan"},
    {"广西", "guangxi"},
    {"广西壮族自治区", "guangxi"},
    {"宁夏", "ningxia"},
    {"新疆", "xinjiang"},
    {"Tibet", "tibet"},
};

} // namespace

BOOST_AUTO_TEST_SUITE(geonames_places)

BOOST_DATA_TEST_CASE(a_region_and_its_capital_share_an_id_and_a_canton_is_named_without_its_kind_word,
                     boost::unit_test::data::make(kRegionsAndCapitals), row) {
    BOOST_TEST(builtin().resolve(row.name).value_or("-") == row.id);
}

BOOST_DATA_TEST_CASE(a_ukrainian_or_russian_town_is_spelt_as_english_news_spells_it,
                     boost::unit_test::data::make(kPressSpellings), row) {
    BOOST_TEST(builtin().resolve(row.name).value_or("-") == row.id);
}

BOOST_AUTO_TEST_CASE(a_layer_name_is_told_from_the_others_its_first_word_files) {
    // "San" files hundreds of the layer's names: the second word picks San Sebastián, and "San" before
    // another word is only the one-word town (San, Mali), a common word needing evidence.
    BOOST_TEST(describe(builtin(), "In San Sebastián the San family met.") ==
               "donostia-san-sebastian[San Sebastián]? san[San]?~");
}

BOOST_AUTO_TEST_CASE(spells_knows_a_name_of_the_table_or_the_layer_in_any_case_and_no_other_entitys) {
    BOOST_TEST(builtin().spells("moscow", "Москва"));
    BOOST_TEST(builtin().spells("moscow", "MOSCOW"));
    BOOST_TEST(builtin().spells("donostia-san-sebastian", "San Sebastián"));
    BOOST_TEST(builtin().spells("riyadh", "الرياض"));
    BOOST_TEST(!builtin().spells("moscow", "Berlin"));
    BOOST_TEST(!builtin().spells("moscow", "Moskau Stadt"));
    BOOST_TEST(!builtin().spells("no-such-id", "Moscow"));
}

BOOST_DATA_TEST_CASE(a_place_has_one_id_in_every_script, boost::unit_test::data::make(kNames), row) {
    BOOST_TEST(builtin().resolve(row.name).value_or("-") == row.id);
}

BOOST_DATA_TEST_CASE(an_oblast_or_krai_is_named_as_english_news_names_it,
                     boost::unit_test::data::make(kOblasts), row) {
    BOOST_TEST(builtin().resolve(row.name).value_or("-") == row.id);
}

BOOST_DATA_TEST_CASE(a_region_named_like_its_big_capital_in_another_language_is_the_capital,
                     boost::unit_test::data::make(kCapitalsByTranslation), row) {
    BOOST_TEST(builtin().resolve(row.name).value_or("-") == row.id);
}

BOOST_AUTO_TEST_CASE(an_oblasts_capital_is_a_place_of_its_own_inside_it) {
    const lede::Entity* city = builtin().find("kursk");
    BOOST_REQUIRE(city != nullptr);
    BOOST_TEST(city->parents == std::vector<std::string>{"kursk-oblast"});
    BOOST_TEST(describe(builtin(), "Губернатор Курской области прибыл в Курск.", "ru") ==
               "kursk-oblast[Курской области] kursk[Курск]?");
}

BOOST_AUTO_TEST_CASE(places_keep_their_geonames_id_and_roll_up_to_region_and_country) {
    const lede::Entity* city = builtin().find("novosibirsk");
    BOOST_REQUIRE(city != nullptr);
    BOOST_TEST((city->type == lede::EntityType::place));
    BOOST_TEST(city->geonames == "1496747");
    BOOST_TEST(city->parents == std::vector<std::string>{"novosibirsk-oblast"});
    const lede::Entity* region = builtin().find("novosibirsk-oblast");
    BOOST_REQUIRE(region != nullptr);
    BOOST_TEST(region->geonames == "RU.53");
    BOOST_TEST(region->parents == std::vector<std::string>{"russia"});
    // A town whose region GeoNames names: the town, then the Land.
    const lede::Entity* town = builtin().find("goslar");
    BOOST_REQUIRE(town != nullptr);
    BOOST_TEST(town->parents == std::vector<std::string>{"lower-saxony"});
}

BOOST_AUTO_TEST_CASE(the_curated_table_wins_and_the_larger_place_keeps_a_shared_name) {
    // Moscow, Russia is the curated `moscow`; Moscow, Idaho gets its own id but not the name.
    BOOST_TEST(describe(builtin(), "Talks in Moscow ended.") == "moscow[Moscow]");
    const lede::Entity* idaho = builtin().find("moscow-united-states");
    BOOST_REQUIRE(idaho != nullptr);
    BOOST_TEST(idaho->geonames == "5601538");
    // GeoNames adds spellings the curated rows lack to the curated entity.
    BOOST_TEST(builtin().resolve("Nowosibirsk").value_or("-") == "novosibirsk");
    // A governorate and its same-named capital are one id, as the gold guide has it.
    BOOST_TEST(builtin().resolve("Idlib Governorate").value_or("-") ==
               builtin().resolve("Idlib").value_or("+"));
}

BOOST_AUTO_TEST_CASE(small_towns_and_common_words_need_evidence_and_big_cities_do_not) {
    BOOST_TEST(describe(builtin(), "Crowds gathered in Novosibirsk.") == "novosibirsk[Novosibirsk]");
    BOOST_TEST(describe(builtin(), "Crowds gathered in Goslar.") == "goslar[Goslar]?");
    // Nice and Reading are towns and words; Mobile too.
    BOOST_TEST(describe(builtin(), "Nice weather in Reading.") == "nice[Nice]?~ reading[Reading]?~");
    // Near miss: a region made of compass and kind words is a description.
    BOOST_TEST(describe(builtin(), "the Eastern Province").find("eastern-province[Eastern Province]?~") !=
               std::string::npos);
    // Two Han characters are as often a word: a town's need evidence.
    BOOST_TEST(describe(builtin(), "滕州", "zh") == "tengzhou[滕州]?");
    // A country whose name is a given name is matched, but needs evidence.
    BOOST_TEST(describe(builtin(), "Aid crossed into Jordan.") == "jordan[Jordan]?");
}

BOOST_AUTO_TEST_CASE(a_russian_adjective_of_a_city_is_not_the_city) {
    BOOST_TEST(describe(builtin(), "в Брянской области", "ru") == "bryansk-oblast[Брянской области]");
    BOOST_TEST(describe(builtin(), "в Брянске", "ru") == "bryansk[Брянске]?");
    BOOST_TEST(describe(builtin(), "Брянский вокзал", "ru").empty());
}

BOOST_AUTO_TEST_CASE(a_persons_name_nests_no_place) {
    BOOST_TEST(describe(builtin(), "Vladimir Putin spoke.") == "vladimir-putin[Vladimir Putin]");
    // Near miss: an organisation's name still nests its place (and "of", the Turkish town, is no mention).
    BOOST_TEST(describe(builtin(), "the Bank of Russia") == "bank-of-russia[Bank of Russia] russia[Russia]");
    // A GeoNames place's name nests no other place unless as "X of Y".
    BOOST_TEST(describe(builtin(), "Lower Saxony") == "lower-saxony[Lower Saxony]");
}

BOOST_AUTO_TEST_CASE(a_stored_table_names_the_layer_instead_of_copying_it) {
    lede::EntityTable table = builtin();
    table.merge_tsv("entity\tkupiansk-station\tplace\tKupiansk station\tkupiansk\n", "user.tsv");
    const std::string stored = table.serialise();
    BOOST_TEST(stored.find("layer\tgeonames\n") != std::string::npos);
    BOOST_TEST(stored.find("Новосибирск") == std::string::npos);
    // The curated table alone is about 1.27 MB (batch 7); the layer copied would add about 4 MB.
    BOOST_TEST(stored.size() < 1'300'000U, "stored table of " << stored.size() << " bytes");
    const lede::EntityTable copy = lede::EntityTable::deserialise(stored);
    BOOST_TEST(copy.size() == table.size());
    BOOST_TEST(copy.serialise() == stored);
    BOOST_TEST(copy.resolve("Новосибирск").value_or("-") == "novosibirsk");
    BOOST_TEST(copy.find("kupiansk-station")->parents == std::vector<std::string>{"kupiansk"});
}

BOOST_AUTO_TEST_SUITE_END()
