#include <lede/analyzer.h>

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <ostream>
#include <string>
#include <vector>

namespace {

struct Row {
    const char* script;
    std::string input;
    std::string
        expected; ///< `term[position]@begin-end` per token, space-separated; `~folded` after accented ones
};

std::ostream& operator<<(std::ostream& out, const Row& row) {
    return out << row.script << ": " << row.input;
}

std::string describe(const std::vector<lede::Token>& tokens) {
    std::string out;
    for (const lede::Token& token : tokens) {
        if (!out.empty()) {
            out += ' ';
        }
        out += token.term + '[' + std::to_string(token.position) + "]@" + std::to_string(token.begin) + '-' +
               std::to_string(token.end);
        if (!token.accent_folded.empty()) {
            out += '~' + token.accent_folded;
        }
    }
    return out;
}

const std::vector<Row> kLatin = {
    {"latin", "Crocus City Hall", "crocus[1]@0-6 city[2]@7-11 hall[3]@12-16"},
    {"latin", "Putin’s men", "putin[1]@0-9 men[2]@10-13"},              // U+2019 and possessive 's
    {"latin", "d'Ukraine l'État", "ukraine[1]@0-9 état[2]@10-17~etat"}, // French elision
    {"latin", "Zürich, Mbappé!", "zürich[1]@0-7~zurich mbappé[2]@9-16~mbappe"},
    {"latin", "Straße", "strasse[1]@0-7"},       // NFKC case folding
    {"latin", "ＡＢＣ１２３", "abc123[1]@0-18"}, // full-width forms
    {"latin", "ISIS-K, U.S. 3,000.50", "isis[1]@0-4 k[2]@5-6 u.s[3]@8-11 3,000.50[4]@13-21"},
    {"latin", "-- ... !!!", ""},
    {"latin", "Don't", "don't[1]@0-5"},
};

const std::vector<Row> kCyrillic = {
    {"cyrillic", "Взрыв в Москве", "взрыв[1]@0-10 в[2]@11-13 москве[3]@14-26"},
    {"cyrillic", "Ёлка", "елка[1]@0-8"}, // ё folds to е
    {"cyrillic", "Путін у Києві", "путін[1]@0-10 у[2]@11-13 києві[3]@14-24"},
    {"cyrillic", "Й и", "й[1]@0-2 и[2]@3-5"}, // never accent-folded
};

const std::vector<Row> kArabic = {
    // Harakat and hamza forms fold, so vocalised and unvocalised text match.
    {"arabic", "الزِّلْزَال", "الزلزال[1]@0-22"},
    {"arabic", "زلزال أكثر", "زلزال[1]@0-10 اكثر[2]@11-19"},
};

const std::vector<Row> kHan = {
    {"han", "北京发生地震", "北京[1]@0-6 发生[2]@6-12 地震[3]@12-18"},
    {"han", "地震。", "地震[1]@0-6"},
};

const std::vector<Row> kKana = {
    {"kana", "東京で地震が発生", "東京[1]@0-6 で[2]@6-9 地震[3]@9-15 が[4]@15-18 発生[5]@18-24"},
};

const std::vector<Row> kThai = {
    {"thai", "แผ่นดินไหว", "แผ่น[1]@0-12 ดิน[2]@12-21 ไหว[3]@21-30"},
};

// Lao, Khmer and Burmese are unspaced too; ICU's dictionaries split them.
const std::vector<Row> kSoutheastAsian = {
    {"lao", "ແຜ່ນດິນໄຫວໃນປະເທດລາວ", "ແຜ່ນດິນໄຫວ[1]@0-30 ໃນ[2]@30-36 ປະເທດ[3]@36-51 ລາວ[4]@51-60"},
    {"khmer", "រញ្ជួយដី", "រញ្ជួយ[1]@0-18 ដី[2]@18-24"},
    {"burmese", "ငလျင်လှုပ်ခတ်", "ငလျင်လှုပ်[1]@0-30 ခတ်[2]@30-39"},
};

const std::vector<Row> kGreek = {
    {"greek", "ΣΊΣΥΦΟΣ", "σίσυφοσ[1]@0-14~σισυφοσ"},
};

const std::vector<Row> kMixed = {
    {"mixed", "quake 北京地震 deaths", "quake[1]@0-5 北京[2]@6-12 地震[3]@12-18 deaths[4]@19-25"},
    // A token over 64 bytes is debris: dropped, and it spends no position.
    {"mixed", "a " + std::string(80, 'x') + " b", "a[1]@0-1 b[2]@83-84"},
    {"mixed", "soft\xC2\xADhyphen", "softhyphen[1]@0-12"},
};

void check(const Row& row) {
    lede::Analyzer analyzer;
    BOOST_TEST(describe(analyzer.analyze(row.input)) == row.expected);
}

} // namespace

BOOST_AUTO_TEST_SUITE(analyzer)

BOOST_DATA_TEST_CASE(latin_text_is_split_folded_and_elided, boost::unit_test::data::make(kLatin), row) {
    check(row);
}
BOOST_DATA_TEST_CASE(cyrillic_text_keeps_its_letters, boost::unit_test::data::make(kCyrillic), row) {
    check(row);
}
BOOST_DATA_TEST_CASE(arabic_marks_are_folded_away, boost::unit_test::data::make(kArabic), row) {
    check(row);
}
BOOST_DATA_TEST_CASE(chinese_text_is_split_into_words, boost::unit_test::data::make(kHan), row) {
    check(row);
}
BOOST_DATA_TEST_CASE(japanese_text_is_split_into_words, boost::unit_test::data::make(kKana), row) {
    check(row);
}
BOOST_DATA_TEST_CASE(thai_text_is_split_into_words, boost::unit_test::data::make(kThai), row) {
    check(row);
}
BOOST_DATA_TEST_CASE(lao_khmer_and_burmese_are_split_into_words,
                     boost::unit_test::data::make(kSoutheastAsian), row) {
    check(row);
}
BOOST_DATA_TEST_CASE(greek_is_case_folded_and_accent_folded, boost::unit_test::data::make(kGreek), row) {
    check(row);
}
BOOST_DATA_TEST_CASE(mixed_scripts_share_one_position_sequence, boost::unit_test::data::make(kMixed), row) {
    check(row);
}

BOOST_AUTO_TEST_CASE(positions_start_where_asked) {
    lede::Analyzer analyzer;
    const auto tokens = analyzer.analyze("one two", 101);
    BOOST_TEST_REQUIRE(tokens.size() == 2U);
    BOOST_TEST(tokens[0].position == 101U);
    BOOST_TEST(tokens[1].position == 102U);
}

BOOST_AUTO_TEST_CASE(token_classes_come_from_the_rule_status) {
    lede::Analyzer analyzer;
    const auto tokens = analyzer.analyze("killed 133 地震 テロ");
    BOOST_TEST_REQUIRE(tokens.size() >= 4U);
    BOOST_TEST((tokens[0].kind == lede::TokenClass::letter));
    BOOST_TEST((tokens[1].kind == lede::TokenClass::number));
    BOOST_TEST((tokens[2].kind == lede::TokenClass::ideographic));
    BOOST_TEST(tokens[3].is_cjk()); // ICU reports dictionary words of kana as ideographic too
}

BOOST_AUTO_TEST_CASE(english_stems_make_killing_and_killed_one_word) {
    lede::Analyzer analyzer;
    BOOST_TEST(analyzer.stem("killing", "en") == analyzer.stem("killed", "en"));
    BOOST_TEST(analyzer.stem("killed", "en") == "kill");
}

BOOST_AUTO_TEST_CASE(russian_stems_join_inflected_forms) {
    lede::Analyzer analyzer;
    BOOST_TEST(analyzer.stem("взрыва", "ru") == "взрыв");
    BOOST_TEST(analyzer.stem("взрывом", "ru") == "взрыв");
}

BOOST_AUTO_TEST_CASE(ukrainian_and_cjk_have_no_stemmer) {
    lede::Analyzer analyzer;
    BOOST_TEST(!lede::Analyzer::has_stemmer("uk"));
    BOOST_TEST(!lede::Analyzer::has_stemmer("zh"));
    BOOST_TEST(!lede::Analyzer::has_stemmer("ja"));
    BOOST_TEST(analyzer.stem("києві", "uk").empty());
    BOOST_TEST(lede::Analyzer::has_stemmer("de"));
}

BOOST_AUTO_TEST_CASE(code_points_of_a_cjk_word_are_split_whole) {
    const std::vector<std::string> expected = {"普", "京"};
    BOOST_TEST(lede::split_code_points("普京") == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(an_analyzer_can_be_reused_for_many_texts) {
    lede::Analyzer analyzer;
    for (int i = 0; i < 3; ++i) {
        BOOST_TEST(analyzer.analyze("Москва 地震 Zürich").size() == 3U);
    }
    BOOST_TEST(analyzer.analyze("").empty());
}

BOOST_AUTO_TEST_SUITE_END()
