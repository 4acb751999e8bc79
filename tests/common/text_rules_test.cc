#include "common/entities/text_rules.h"

#include <boost/test/unit_test.hpp>

#include <string>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

// The ASCII shortcuts of text_rules (every token of English text takes them)
// must answer as ICU's properties do, near misses included: '@' and '[' sit
// beside 'A' and 'Z', '`' and '{' beside 'a' and 'z'.

namespace {

std::string utf8(UChar32 c) {
    char buf[4];
    std::int32_t len = 0;
    UBool error = false;
    U8_APPEND(buf, len, 4, c, error);
    BOOST_REQUIRE(!error);
    return std::string(buf, static_cast<std::size_t>(len));
}

lede::detail::TextScript icu_script(UChar32 c) {
    UErrorCode status = U_ZERO_ERROR;
    switch (uscript_getScript(c, &status)) {
    case USCRIPT_LATIN:
        return lede::detail::TextScript::latin;
    case USCRIPT_CYRILLIC:
        return lede::detail::TextScript::cyrillic;
    default:
        return lede::detail::TextScript::other; // Common: the word has no script of its own
    }
}

} // namespace

BOOST_AUTO_TEST_SUITE(text_rules)

BOOST_AUTO_TEST_CASE(ascii_shortcuts_answer_as_icu_does_for_every_ascii_character) {
    for (UChar32 c = 1; c < 0x80; ++c) {
        const std::string one = utf8(c);
        BOOST_TEST_CONTEXT("U+" << std::hex << c) {
            BOOST_TEST(lede::detail::starts_upper_case(one) == static_cast<bool>(u_isUUppercase(c)));
            BOOST_TEST(lede::detail::starts_lower_case(one) == static_cast<bool>(u_isULowercase(c)));
            BOOST_TEST((lede::detail::script_of(one) == icu_script(c)));
        }
    }
}

BOOST_AUTO_TEST_CASE(a_words_script_is_its_first_letters_past_digits_and_marks) {
    using lede::detail::TextScript;
    BOOST_TEST((lede::detail::script_of("12-летний") == TextScript::cyrillic));
    BOOST_TEST((lede::detail::script_of("2024") == TextScript::other));
    BOOST_TEST((lede::detail::script_of("3a") == TextScript::latin));
    BOOST_TEST((lede::detail::script_of("Ärzte") == TextScript::latin));
    BOOST_TEST((lede::detail::script_of("東京") == TextScript::unspaced));
    BOOST_TEST(lede::detail::starts_upper_case("Ärzte"));
    BOOST_TEST(!lede::detail::starts_upper_case("ärzte"));
    BOOST_TEST(lede::detail::starts_lower_case("ещё"));
}

BOOST_AUTO_TEST_SUITE_END()
