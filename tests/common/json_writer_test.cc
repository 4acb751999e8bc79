// The writer of stored records: what it writes is JSON that nlohmann parses back to the same values, with
// the escapes a string needs and U+FFFD for bytes that are no UTF-8.
#include "common/json_writer.h"

#include <boost/test/unit_test.hpp>

#include <nlohmann/json.hpp>

#include <cstdint>
#include <limits>
#include <string>

using lede::detail::JsonWriter;

namespace {

std::string one_string(std::string_view text) {
    JsonWriter out;
    out.string(text);
    return out.take();
}

} // namespace

BOOST_AUTO_TEST_SUITE(json_writer)

BOOST_AUTO_TEST_CASE(nested_containers_get_their_commas_and_colons) {
    JsonWriter out;
    out.begin_object();
    out.key("a");
    out.begin_array();
    out.begin_array();
    out.number(1);
    out.number(2);
    out.end_array();
    out.begin_array();
    out.end_array();
    out.null();
    out.end_array();
    out.key("b");
    out.boolean(false);
    out.key("c");
    out.begin_object();
    out.end_object();
    out.key("d");
    out.number(std::numeric_limits<std::uint64_t>::max());
    out.end_object();
    const std::string written = out.take();
    BOOST_TEST(written == R"({"a":[[1,2],[],null],"b":false,"c":{},"d":18446744073709551615})");
    const nlohmann::json parsed = nlohmann::json::parse(written);
    BOOST_TEST(parsed["d"].get<std::uint64_t>() == std::numeric_limits<std::uint64_t>::max());
}

BOOST_AUTO_TEST_CASE(a_string_escapes_quotes_backslashes_and_control_characters_and_keeps_the_rest) {
    BOOST_TEST(one_string("say \"hi\" \\ now") == R"("say \"hi\" \\ now")");
    BOOST_TEST(one_string("a\tb\nc\rd\be\f") == R"("a\tb\nc\rd\be\f")");
    BOOST_TEST(one_string(std::string("x\x01y\x1f", 4)) == R"("x\u0001y\u001f")");
    BOOST_TEST(one_string("Теракт «Крокус» 死亡 /") == "\"Теракт «Крокус» 死亡 /\"");
    const std::string text = "tab\there \"q\" \\ é 北京 \x7f";
    BOOST_TEST(nlohmann::json::parse(one_string(text)).get<std::string>() == text);
}

BOOST_AUTO_TEST_CASE(bytes_that_are_no_utf8_become_one_replacement_character_per_broken_part) {
    BOOST_TEST(one_string("bad \xff byte") == "\"bad \xEF\xBF\xBD byte\"");
    // A sequence cut short is one broken part; the byte after it starts afresh.
    BOOST_TEST(one_string("cut \xE2\x80 x") == "\"cut \xEF\xBF\xBD x\"");
    BOOST_TEST(one_string("end \xD0") == "\"end \xEF\xBF\xBD\"");
    BOOST_TEST(one_string("\xC0\xAF") == "\"\xEF\xBF\xBD\xEF\xBF\xBD\""); // an overlong '/' is two
    BOOST_TEST(nlohmann::json::parse(one_string("\xff\xfe")).get<std::string>() ==
               "\xEF\xBF\xBD\xEF\xBF\xBD");
}

BOOST_AUTO_TEST_SUITE_END()
