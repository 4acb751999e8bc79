#include <lede/error.h>
#include <lede/limits.h>

#include "common/db_path.h"
#include "common/messages.h"
#include "common/term_scheme.h"

#include <boost/test/unit_test.hpp>

#include <cstdint>
#include <new>
#include <stdexcept>
#include <vector>

namespace ts = lede::term_scheme;

BOOST_AUTO_TEST_SUITE(term_scheme)

BOOST_AUTO_TEST_CASE(short_ids_are_kept_as_they_are) {
    BOOST_TEST(ts::id_term("ru-001") == "Qru-001");
}

BOOST_AUTO_TEST_CASE(long_ids_are_hashed_under_the_term_limit) {
    const std::string id(300, 'x');
    const std::string term = ts::id_term(id);
    BOOST_TEST(term.size() < 245U);
    BOOST_TEST(term.rfind("Q#", 0) == 0U);
    BOOST_TEST(term != ts::id_term(std::string(301, 'x')));
}

BOOST_AUTO_TEST_CASE(sha256_matches_the_standard_vector) {
    BOOST_TEST(ts::sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

BOOST_AUTO_TEST_CASE(dates_compact_only_when_well_formed) {
    BOOST_TEST(ts::compact_date("2024-03-23") == "20240323");
    BOOST_TEST(ts::compact_date("2024-3-23").empty());
    BOOST_TEST(ts::compact_date("").empty());
}

BOOST_AUTO_TEST_CASE(source_names_become_lowercase_slugs) {
    BOOST_TEST(ts::source_slug("The Moscow Times") == "the-moscow-times");
    BOOST_TEST(ts::source_slug("  Вечерние новости! ") == "вечерние-новости");
    BOOST_TEST(ts::source_slug("!!!").empty());
}

BOOST_AUTO_TEST_CASE(facet_fields_survive_encoding_and_missing_ones_are_empty) {
    ts::FacetFields fields;
    fields.lang = "uk";
    fields.day = "20240322";
    fields.deaths_bucket = "100..999";
    fields.entities = "vladimir-putin\nnew-name\tperson\tNew Name";
    fields.mentioned_years = "2004\n2024";
    const std::string value = ts::encode_facet_fields(fields);
    const ts::FacetFieldsView view = ts::decode_facet_fields(value);
    BOOST_TEST(view.lang == "uk");
    BOOST_TEST(view.day == "20240322");
    BOOST_TEST(view.deaths_bucket == "100..999");
    BOOST_TEST(view.injured_bucket.empty());
    BOOST_TEST(view.entities == fields.entities);
    BOOST_TEST(view.mentioned_years == "2004\n2024");

    const ts::FacetFieldsView short_value = ts::decode_facet_fields("en\x1f"
                                                                    "20240101");
    BOOST_TEST(short_value.lang == "en");
    BOOST_TEST(short_value.day == "20240101");
    BOOST_TEST(short_value.entities.empty());
    BOOST_TEST(ts::decode_facet_fields("").lang.empty());
}

BOOST_AUTO_TEST_CASE(db_path_prefers_option_then_environment_then_default) {
    BOOST_TEST(lede::resolve_db_path(std::string("a"), "b") == "a");
    BOOST_TEST(lede::resolve_db_path(std::nullopt, "b") == "b");
    BOOST_TEST(lede::resolve_db_path(std::nullopt, "") == "lede-db");
    BOOST_TEST(lede::resolve_db_path(std::nullopt, nullptr) == "lede-db");
}

BOOST_AUTO_TEST_CASE(error_lines_escape_controls_and_stay_short) {
    BOOST_TEST(lede::one_line_message("lede-x", "bad\nline\x7f") == "lede-x: bad\\x0Aline\\x7F");
    const std::string line = lede::one_line_message("lede-x", std::string(1000, 'a'));
    BOOST_TEST(line.size() <= 310U);
    BOOST_TEST(line.ends_with("..."));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(messages)

BOOST_AUTO_TEST_CASE(exceptions_map_to_exit_statuses_and_one_line) {
    const auto describe = [](auto thrower) {
        try {
            thrower();
        } catch (...) {
            return lede::describe_current_exception("lede-x");
        }
        return lede::Failure{};
    };
    const auto usage = describe([] { throw lede::QueryError(3, "unclosed quote"); });
    BOOST_TEST(usage.exit_status == 2);
    BOOST_TEST(usage.message == "lede-x: query error at byte 3: unclosed quote");
    BOOST_TEST(describe([] { throw lede::IndexError("locked"); }).exit_status == 1);
    BOOST_TEST(describe([] { throw std::bad_alloc(); }).message == "lede-x: out of memory");
    BOOST_TEST(describe([] { throw std::runtime_error("x\ny"); }).message ==
               "lede-x: internal error: x\\x0Ay");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(sentence_starts)

BOOST_AUTO_TEST_CASE(starts_survive_encoding_in_about_three_bytes_each) {
    const std::vector<ts::SentenceStart> starts = {{0, 12}, {57, 21}, {57, 21}, {300, 70}, {70000, 9000}};
    const std::string value = ts::encode_sentence_starts(starts);
    BOOST_TEST(value.size() <= starts.size() * 3 + 2);
    BOOST_TEST((ts::decode_sentence_starts(value, 70000) == starts));
    BOOST_TEST(ts::encode_sentence_starts({}).empty());
    BOOST_TEST(ts::decode_sentence_starts("", 10).empty());
}

BOOST_AUTO_TEST_CASE(a_damaged_value_gives_no_starts) {
    const std::string value = ts::encode_sentence_starts({{0, 1}, {200, 40}});
    // Truncated inside a varint, and offsets past the text, are both refused whole.
    BOOST_TEST(ts::decode_sentence_starts(value.substr(0, value.size() - 2), 500).empty());
    BOOST_TEST(ts::decode_sentence_starts(value, 199).empty());
    BOOST_TEST(ts::decode_sentence_starts(std::string(8, '\xff'), 1000).empty());
}

BOOST_AUTO_TEST_CASE(starts_out_of_order_are_a_bug) {
    BOOST_CHECK_THROW((void)ts::encode_sentence_starts({{10, 5}, {4, 6}}), lede::InternalError);
}

BOOST_AUTO_TEST_CASE(counts_fall_in_the_bucket_their_digits_give) {
    const std::vector<std::pair<std::uint64_t, std::string>> cases = {
        {0, "0"},          {1, "1..9"},       {9, "1..9"},      {10, "10..99"},     {99, "10..99"},
        {100, "100..999"}, {999, "100..999"}, {1000, "1000.."}, {123456, "1000.."}, {UINT64_MAX, "1000.."}};
    for (const auto& [count, bucket] : cases) {
        BOOST_TEST(ts::count_bucket(count) == bucket, count);
    }
}

BOOST_AUTO_TEST_CASE(facet_entity_lines_name_a_discovered_entity) {
    const ts::FacetEntityLine table = ts::decode_facet_entity("vladimir-putin");
    BOOST_TEST(table.id == "vladimir-putin");
    BOOST_TEST(!table.discovered);
    const ts::FacetEntityLine found = ts::decode_facet_entity("ivan-petrov\tperson\tIvan Petrov");
    BOOST_TEST(found.discovered);
    BOOST_TEST(found.id == "ivan-petrov");
    BOOST_TEST(found.type == "person");
    BOOST_TEST(found.name == "Ivan Petrov");
    BOOST_TEST(ts::decode_facet_entity("x\torg").name == "x"); // no name: the id
    BOOST_TEST(ts::count_bucket_index("100..999") == 3U);
    BOOST_TEST(ts::count_bucket_index("lots") == ts::kCountBuckets.size());
}

BOOST_AUTO_TEST_CASE(facet_digits_take_exactly_their_width) {
    BOOST_TEST(ts::facet_digits("20240322", 8).value_or(0) == 20240322U);
    BOOST_TEST(ts::facet_digits("0800", 4).value_or(0) == 800U);
    BOOST_TEST(!ts::facet_digits("2024-03-22", 8));
    BOOST_TEST(!ts::facet_digits("24", 4));
    BOOST_TEST(!ts::facet_digits("abcd", 4));
    BOOST_TEST(!ts::facet_digits("+123", 4));
    BOOST_TEST(!ts::facet_digits("", 4));
}

BOOST_AUTO_TEST_CASE(pair_words_and_their_terms) {
    BOOST_TEST(lede::term_scheme::is_pair_word("more"));
    BOOST_TEST(lede::term_scheme::is_pair_word("than"));
    BOOST_TEST(lede::term_scheme::is_pair_word("été"));
    BOOST_TEST(lede::term_scheme::is_pair_word("что"));
    BOOST_TEST(!lede::term_scheme::is_pair_word("earthquake"));
    BOOST_TEST(!lede::term_scheme::is_pair_word("More")); // terms are case-folded before the lookup
    BOOST_TEST(!lede::term_scheme::is_pair_word(""));
    BOOST_TEST(lede::term_scheme::word_pair_term("more", "than") == "XBmore than");
}

BOOST_AUTO_TEST_SUITE_END()
