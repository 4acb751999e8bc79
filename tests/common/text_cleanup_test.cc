#include "common/analysis/text_cleanup.h"

#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <ostream>
#include <string>
#include <vector>

using namespace std::string_literals;

namespace {

const std::string kFffd = "\xEF\xBF\xBD";

struct CleanupCase {
    std::string name;
    std::string input;
    std::string expected;
    std::size_t repaired = 0;
    std::size_t removed_controls = 0;
};

std::ostream& operator<<(std::ostream& out, const CleanupCase& row) {
    return out << row.name;
}

// Each maximal invalid subpart is one U+FFFD (Unicode §3.9, "U+FFFD
// Substitution of Maximal Subparts"): a lead byte whose second byte is out of
// range is a subpart of its own, so overlongs and surrogates give one U+FFFD
// per byte while a truncated sequence gives one for all its bytes.
const std::vector<CleanupCase> kCleanupCases = {
    {"valid multibyte text is unchanged", "Grüße, мир, 世界, 😀", "Grüße, мир, 世界, 😀"},
    {"highest code point is valid", "\xF4\x8F\xBF\xBF", "\xF4\x8F\xBF\xBF"},
    {"replacement character in the input is kept", kFffd, kFffd},
    {"lone continuation byte", "a\x80"s + "b", "a" + kFffd + "b", 1},
    {"overlong two byte NUL", "a\xC0\x80"s + "b", "a" + kFffd + kFffd + "b", 2},
    {"overlong three byte form", "\xE0\x80\xAF", kFffd + kFffd + kFffd, 3},
    {"surrogate D800", "\xED\xA0\x80", kFffd + kFffd + kFffd, 3},
    {"code point above 10FFFF", "\xF4\x90\x80\x80", kFffd + kFffd + kFffd + kFffd, 4},
    {"byte F5 is never valid", "x\xF5"s + "y", "x" + kFffd + "y", 1},
    {"truncated sequence at the end", "a\xE2\x82", "a" + kFffd, 1},
    {"truncated sequence before ascii", "\xE2\x82"s + "x", kFffd + "x", 1},
    {"truncated four byte sequence", "\xF0\x9F\x98 ok", kFffd + " ok", 1},
    {"NUL is removed", "a\0b"s, "ab", 0, 1},
    {"C0 controls other than tab and newline are removed", "a\x01\x1B[0m\tb\n", "a[0m\tb\n", 0, 2},
    {"DEL is removed", "a\x7F"s + "b", "ab", 0, 1},
    {"C1 control U+0085 is removed", "a\xC2\x85"s + "b", "ab", 0, 1},
    {"C1 control U+009F is removed but U+00A0 kept", "\xC2\x9F\xC2\xA0", "\xC2\xA0", 0, 1},
    {"CRLF becomes LF", "one\r\ntwo\r\n", "one\ntwo\n"},
    {"lone CR becomes LF", "one\rtwo", "one\ntwo"},
    {"CR CR LF is two line breaks", "a\r\r\nb", "a\n\nb"},
    {"leading BOM is removed", "\xEF\xBB\xBFtext", "text"},
    {"BOM after the start is kept", "a\xEF\xBB\xBF", "a\xEF\xBB\xBF"},
    {"empty input", "", ""},
};

} // namespace

BOOST_AUTO_TEST_SUITE(text_cleanup)

BOOST_DATA_TEST_CASE(clean_text_repairs_utf8_and_removes_controls,
                     boost::unit_test::data::make(kCleanupCases), row) {
    const lede::CleanText cleaned = lede::clean_text(row.input);
    BOOST_TEST(cleaned.text == row.expected);
    BOOST_TEST(cleaned.repaired == row.repaired);
    BOOST_TEST(cleaned.removed_controls == row.removed_controls);
    BOOST_TEST(lede::is_valid_utf8(cleaned.text));
}

BOOST_DATA_TEST_CASE(is_valid_utf8_agrees_with_the_repair_count, boost::unit_test::data::make(kCleanupCases),
                     row) {
    BOOST_TEST(lede::is_valid_utf8(row.input) == (row.repaired == 0));
}

BOOST_AUTO_TEST_CASE(is_valid_utf8_reports_the_offset_of_the_first_bad_sequence) {
    std::size_t offset = 99;
    BOOST_TEST(!lede::is_valid_utf8("héllo \xED\xA0\x80 \x80", &offset));
    BOOST_TEST(offset == 7u);
    offset = 99;
    BOOST_TEST(lede::is_valid_utf8("héllo", &offset));
    BOOST_TEST(offset == 99u);
}

BOOST_AUTO_TEST_CASE(clean_text_of_random_bytes_is_always_valid_utf8) {
    std::string bytes;
    unsigned state = 12345;
    for (int i = 0; i < 100000; ++i) {
        state = state * 1103515245u + 12345u;
        bytes += static_cast<char>(state >> 16);
    }
    BOOST_TEST(lede::is_valid_utf8(lede::clean_text(bytes).text));
}

BOOST_AUTO_TEST_SUITE_END()
