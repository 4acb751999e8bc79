#include <lede/error.h>
#include <lede/limits.h>

#include "searcher/query/ast.h"
#include "searcher/query/query_builder.h"

#include <boost/test/unit_test.hpp>
#include <map>
#include <set>

namespace {

/// A stem → words table as an index of a few articles would hold it.
std::vector<std::string> stem_forms(const std::string& entry) {
    static const std::map<std::string, std::vector<std::string>> table = {
        {"Zkill", {"kill", "killed", "killing", "kills"}},
        {"Zвзрыв", {"взрыв", "взрыва", "взрывом"}},
    };
    const auto found = table.find(entry);
    return found == table.end() ? std::vector<std::string>{} : found->second;
}

std::string describe(const std::string& query, std::vector<std::string> langs = {"en"},
                     const lede::query::QueryBuilder::StemForms& forms = stem_forms) {
    lede::Analyzer analyzer;
    static const lede::EntityTable entities = lede::EntityTable::builtin();
    lede::query::QueryBuilder builder(analyzer, std::move(langs), forms, entities);
    return builder.build(lede::query::parse(query)).query.get_description();
}

bool contains(const std::string& haystack, const std::string& needle) {
    return haystack.find(needle) != std::string::npos;
}

} // namespace

BOOST_AUTO_TEST_SUITE(query_builder)

BOOST_AUTO_TEST_CASE(a_word_matches_surface_the_forms_of_its_stem_and_folded_form) {
    const std::string query = describe("Killing");
    BOOST_TEST(contains(query, "SYNONYM"), query);
    BOOST_TEST(contains(query, "killing"), query);
    BOOST_TEST(contains(query, "killed"), query);
    BOOST_TEST(contains(query, "kills"), query);
    BOOST_TEST(contains(query, "XFkilling"), query);
    BOOST_TEST(!contains(query, "Zkill"), query); // stems are no posting terms
}

BOOST_AUTO_TEST_CASE(each_form_is_searched_once) {
    const std::string query = describe("killing");
    std::size_t occurrences = 0;
    for (std::size_t at = query.find("killing"); at != std::string::npos;
         at = query.find("killing", at + 1)) {
        ++occurrences;
    }
    BOOST_TEST(occurrences == 2u, query); // the word and XFkilling, not again as a form of "kill"
}

BOOST_AUTO_TEST_CASE(snippets_mark_the_forms_the_word_expanded_to) {
    lede::Analyzer analyzer;
    const lede::EntityTable entities = lede::EntityTable::builtin();
    lede::query::QueryBuilder builder(analyzer, {"en", "ru"}, stem_forms, entities);
    const auto built = builder.build(lede::query::parse("killing взрыва"));
    BOOST_TEST_REQUIRE(built.highlight.sequences.size() == 2u);
    const auto& killing = built.highlight.sequences[0].at(0).forms;
    BOOST_TEST((std::set<std::string>(killing.begin(), killing.end()) ==
                std::set<std::string>{"kill", "killed", "killing", "kills"}));
    const auto& blast = built.highlight.sequences[1].at(0).forms;
    BOOST_TEST((std::set<std::string>(blast.begin(), blast.end()) ==
                std::set<std::string>{"взрыв", "взрыва", "взрывом"}));
}

BOOST_AUTO_TEST_CASE(stems_come_from_every_language_in_scope) {
    BOOST_TEST(!contains(describe("взрыва", {"en"}), "взрывом"));
    const std::string query = describe("взрыва", {"en", "ru", "uk"});
    BOOST_TEST(contains(query, "взрывом"), query);
}

BOOST_AUTO_TEST_CASE(a_title_word_expands_to_title_forms) {
    const std::string query = describe("title:killing");
    BOOST_TEST(contains(query, "Skilled"), query);
    BOOST_TEST(!contains(query, " killed"), query);
}

BOOST_AUTO_TEST_CASE(a_stem_no_article_has_adds_nothing) {
    BOOST_TEST(describe("crocuses") == "Query((crocuses SYNONYM XFcrocuses))");
}

BOOST_AUTO_TEST_CASE(too_many_indexed_forms_are_refused_with_the_position) {
    const lede::query::QueryBuilder::StemForms huge = [](const std::string& entry) {
        std::vector<std::string> forms;
        if (entry != "Zkill") {
            return forms;
        }
        for (std::size_t i = 0; i <= lede::limits::kMaxStemForms; ++i) {
            forms.push_back("kill" + std::to_string(i));
        }
        return forms;
    };
    try {
        (void)describe("crocus killing", {"en"}, huge);
        BOOST_FAIL("no error");
    } catch (const lede::QueryError& error) {
        BOOST_TEST(error.offset() == 7u);
    }
}

BOOST_AUTO_TEST_CASE(accented_words_do_not_use_the_folded_form) {
    BOOST_TEST(!contains(describe("Zürich"), "XF"));
}

BOOST_AUTO_TEST_CASE(quoted_phrases_are_exact) {
    const std::string query = describe("\"killed people\"");
    BOOST_TEST(contains(query, "PHRASE"), query);
    BOOST_TEST(!contains(query, "kills"), query);
}

BOOST_AUTO_TEST_CASE(cjk_words_also_match_by_characters) {
    const std::string query = describe("地震");
    BOOST_TEST(contains(query, "XU地"), query);
    BOOST_TEST(contains(query, "XU震"), query);
}

BOOST_AUTO_TEST_CASE(a_hyphenated_chunk_is_a_phrase) {
    BOOST_TEST(contains(describe("ISIS-K"), "PHRASE 2"));
}

BOOST_AUTO_TEST_CASE(filters_do_not_weigh) {
    const std::string query = describe("crocus lang:ru date:2024-03");
    BOOST_TEST(contains(query, "FILTER"), query);
    BOOST_TEST(contains(query, "Lru"), query);
    // A closed date range is matched by the month term that covers it.
    BOOST_TEST(contains(query, "M202403"), query);
}

BOOST_AUTO_TEST_CASE(a_closed_date_range_becomes_the_period_terms_that_cover_it) {
    const std::string query = describe("date:2023-12-30..2025-01");
    for (const char* term : {"D20231230", "D20231231", "Y2024", "M202501"}) {
        BOOST_TEST(contains(query, term), query);
    }
    BOOST_TEST(!contains(query, "VALUE_RANGE"), query);
    // Open ranges keep the value scan.
    BOOST_TEST(contains(describe("date:2024.."), "VALUE_GE 0 20240101"), describe("date:2024.."));
}

BOOST_AUTO_TEST_CASE(negation_alone_means_everything_but) {
    const std::string query = describe("-crocus");
    BOOST_TEST(contains(query, "<alldocuments> AND_NOT"), query);
}

BOOST_AUTO_TEST_CASE(an_empty_query_matches_everything) {
    BOOST_TEST(describe("") == "Query(<alldocuments>)");
}

BOOST_AUTO_TEST_CASE(punctuation_alone_matches_nothing) {
    BOOST_TEST(describe("!!! ...") == "Query()");
}

BOOST_AUTO_TEST_CASE(bad_field_values_report_their_position) {
    try {
        (void)describe("crocus lang:r2");
        BOOST_FAIL("no error");
    } catch (const lede::QueryError& error) {
        BOOST_TEST(error.offset() == 12U);
    }
    BOOST_CHECK_THROW((void)describe("date:2024-02-30"), lede::QueryError);
}

BOOST_AUTO_TEST_CASE(too_many_terms_are_refused) {
    std::string query;
    for (std::size_t i = 0; i <= lede::limits::kMaxQueryTerms; ++i) {
        query += "w" + std::to_string(i) + " ";
    }
    BOOST_CHECK_THROW((void)describe(query, {}), lede::QueryError);
}

BOOST_AUTO_TEST_CASE(entity_names_in_any_script_resolve_to_one_id_term) {
    for (const char* name : {"entity:Putin", "entity:Путин", "entity:普京", "entity:\"Vladimir Putin\"",
                             "entity:vladimir-putin"}) {
        BOOST_TEST(contains(describe(name), "XEvladimir-putin"), name);
    }
}

BOOST_AUTO_TEST_CASE(an_unknown_entity_matches_nothing_rather_than_failing) {
    BOOST_TEST(contains(describe("entity:Nobodyknowsme"), "XE"));
}

BOOST_AUTO_TEST_CASE(casualty_ranges_filter_on_the_stated_figure) {
    const std::string query = describe("deaths:100..");
    BOOST_TEST(contains(query, "VALUE_GE 4"), query);
    BOOST_CHECK_THROW((void)describe("deaths:abc"), lede::QueryError);
    BOOST_CHECK_THROW((void)describe("injured:50..10"), lede::QueryError);
}

BOOST_AUTO_TEST_SUITE_END()
