// Japanese people named in kanji (indexer/extract/names/kanji_names.cc) and the Hepburn spelling of
// their readings (hepburn.h). Each rule has sentences it must handle and near misses it must not fire
// on; the sentences and the people in them are made up for these tests.

#include "common/entities/hepburn.h"
#include "tests/indexer/extract/names_test_support.h"

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <ostream>
#include <string>
#include <vector>

namespace {

using names_test::describe;
using names_test::Row;

struct Reading {
    const char* kana;
    const char* latin;
};

std::ostream& operator<<(std::ostream& out, const Reading& reading) {
    return out << reading.kana;
}

// Readings of real names, spelt as English-language news spells them.
const std::vector<Reading> kReadings = {
    {"しゅんいち", "shunichi"}, // n before a vowel: no apostrophe
    {"けんいち", "kenichi"},
    {"じゅんいちろう", "junichiro"},
    {"おおの", "ono"}, // long vowels as one letter
    {"こうの", "kono"},
    {"さとう", "sato"},
    {"しゅうへい", "shuhei"},
    {"りょうた", "ryota"},
    {"ゆうこ", "yuko"},
    {"じゅんこ", "junko"},
    {"きょうこ", "kyoko"},
    {"いのうえ", "inoue"}, // う before え is a syllable of its own
    {"おおうち", "ouchi"}, // one vowel lengthens one
    {"けいこ", "keiko"},   // ei and ii are written out
    {"いいだ", "iida"},
    {"はっとり", "hattori"}, // っ doubles the consonant, t before ch
    {"ほっち", "hotchi"},
    {"ちゃこ", "chako"},
    {"さんぺい", "sanpei"}, // n before p and b too, as modern spellings write it
    {"なんば", "nanba"},
    {"ふじ", "fuji"},
    {"つる", "tsuru"},
    {"みちを", "michio"},
    // Not a hiragana reading, or a small kana with nothing to modify.
    {"ヤマダ", ""},
    {"ゃま", ""},
    {"ab", ""},
    {"たっ", ""},
};

// A kanji run before a title, an honorific or an age: ENAMDICT's person, or one split into a surname and a
// given name whose readings people's names settle.
const std::vector<Row> kCues = {
    // Honorifics.
    {"前原誠司氏は記者団の質問に答えた。", "ja", "person:seiji-maehara[前原誠司]"},
    {"近所に住む山田太郎さんが通報した。", "ja", "person:taro-yamada[山田太郎]"},
    {"小林直樹君は表彰を受けた。", "ja", "person:naoki-kobayashi[小林直樹]"},
    {"高橋美咲ちゃんが見つかった。", "ja", "person:misaki-takahashi[高橋美咲]"},
    // Roles, with a qualifier, and joined by 兼.
    {"林田健一首相は２日、閣議後に発言した。", "ja", "person:kenichi-hayashida[林田健一]"},
    {"田中恵子知事が会見した。", "ja", "person:keiko-tanaka[田中恵子]"},
    {"渡辺大輔容疑者を逮捕した。", "ja", "person:daisuke-watanabe[渡辺大輔]"},
    {"前田浩二教授によると", "ja", "person:koji-maeda[前田浩二]"},
    {"中曽根康弘元首相の合同葬", "ja", "person:yasuhiro-nakasone[中曽根康弘]"},
    {"鈴木一郎代表取締役社長が謝罪した。", "ja", "person:ichiro-suzuki[鈴木一郎]"},
    {"佐藤健一国土交通相は述べた。", "ja", "person:kenichi-sato[佐藤健一]"},
    {"前原誠司官房長官（当時）", "ja", "person:seiji-maehara[前原誠司]"},
    // A body's name between the name and the title: known to the table, or by its last kanji.
    {"田中恵子東京都知事は定例会見で述べた。", "ja", "person:keiko-tanaka[田中恵子]"},
    {"山田太郎前大阪市長が出馬した。", "ja", "person:taro-yamada[山田太郎]"},
    {"中村和夫自民党幹事長は", "ja", "person:kazuo-nakamura[中村和夫]"},
    // Across a body's name, a name ends where the segmenter's word ends: 山田 + 太 (ふとし) before 郎自民党
    // would read too, and two readings are none.
    {"山田太郎自民党幹事長は", "ja", "person:taro-yamada[山田太郎]"},
    {"鈴木一郎総務省事務次官は", "ja", "person:ichiro-suzuki[鈴木一郎]"},
    {"林田健一経済安全保障担当相は", "ja", "person:kenichi-hayashida[林田健一]"},
    // An age in brackets, after an honorific or alone; an occupation before the name in the same run.
    {"山田太郎さん（45）が搬送された。", "ja", "person:taro-yamada[山田太郎]"},
    {"会社員の中村和夫（38）は", "ja", "person:kazuo-nakamura[中村和夫]"},
    {"無職鈴木一郎容疑者（５２）を逮捕した。", "ja", "person:ichiro-suzuki[鈴木一郎]"},
    {"故中曽根康弘元首相をしのぶ会", "ja", "person:yasuhiro-nakasone[中曽根康弘]"},
    {"佐藤健一さまより", "ja", "person:kenichi-sato[佐藤健一]"},
    // A role before the name says nothing; the cue after it does.
    {"首相の林田健一氏は", "ja", "person:kenichi-hayashida[林田健一]"},
};

// Which reading and which split.
const std::vector<Row> kReadingsOfNames = {
    {"大野浩二さんは", "ja", "person:koji-ono[大野浩二]"},         // おおの: Ono
    {"井上陽子さんは", "ja", "person:yoko-inoue[井上陽子]"},       // いのうえ: Inoue
    {"河野洋平氏は", "ja", "person:yohei-kono[河野洋平]"},         // ENAMDICT's person: こうの
    {"茂木健一郎氏は", "ja", "person:kenichiro-mogi[茂木健一郎]"}, // 茂木 alone: もてぎ or もぎ
    {"佐々木誠監督は", "ja", "person:makoto-sasaki[佐々木誠]"},    // 々 repeats a kanji
    // ENAMDICT's person settles what the parts alone leave open (俊一: しゅんいち, としかず, としいち).
    {"佐藤俊一さんは", "ja", "person:shunichi-sato[佐藤俊一]"},
};

const std::vector<Row> kReadingNearMisses = {
    // 俊一 is しゅんいち, としかず or としいち; 河野 alone こうの or かわの; 裕子 ゆうこ or ひろこ.
    {"林田俊一さんは", "ja", ""},
    {"河野健一さんは", "ja", ""},
    {"前田裕子さんは", "ja", ""},
    // One kanji and one or two more: the shape of Chinese and Korean names, which Japanese reads otherwise.
    {"習近平国家主席は", "ja", ""},
    {"王毅外相は", "ja", ""},
    {"李強首相と会談した。", "ja", ""},
    // A name the table knows is the table's.
    {"岸田文雄首相は", "ja", ""},
    {"石破茂首相は", "ja", ""},
};

// A full name found with a cue is that person where it recurs; a lone surname with a cue too.
const std::vector<Row> kLaterMentions = {
    {"山田太郎さん（45）が搬送された。山田太郎さんの妻によると", "ja",
     "person:taro-yamada[山田太郎] person:taro-yamada[山田太郎]"},
    {"林田健一首相は会見した。林田首相は", "ja",
     "person:kenichi-hayashida[林田健一] person:kenichi-hayashida[林田]"},
    {"前原誠司官房長官が出席し、前原氏は", "ja", "person:seiji-maehara[前原誠司] person:seiji-maehara[前原]"},
    {"鈴木一郎氏が就任した。鈴木一郎は", "ja",
     "person:ichiro-suzuki[鈴木一郎] person:ichiro-suzuki[鈴木一郎]"},
    {"山田太郎さんが通報し、山田さんは", "ja", "person:taro-yamada[山田太郎] person:taro-yamada[山田]"},
};

const std::vector<Row> kLaterMentionNearMisses = {
    // A lone surname with no cue, or with no full name found.
    {"林田健一首相は会見した。林田は", "ja", "person:kenichi-hayashida[林田健一]"},
    {"林田首相は会見した。", "ja", ""},
    {"中村さんが見つかった。", "ja", ""},
    // Two people with the surname: a lone one is neither.
    {"山田太郎さん（45）と妻の山田花子さん（43）が搬送された。山田さんは", "ja",
     "person:taro-yamada[山田太郎] person:hanako-yamada[山田花子]"},
    // A full name with no cue anywhere.
    {"山田太郎が来た。", "ja", ""},
    // The full name inside a longer kanji word.
    {"山田太郎さんが来た。山田太郎記念館で", "ja", "person:taro-yamada[山田太郎]"},
};

// Kanji words before a title or an honorific that are no person's name.
const std::vector<Row> kCueNearMisses = {
    // A place and its head.
    {"東京都知事は会見した。", "ja", ""},
    {"新潟県知事が視察した。", "ja", ""},
    {"大阪市長は述べた。", "ja", ""},
    // Words before a title.
    {"政府関係者によると", "ja", ""},
    {"同社社長は謝罪した。", "ja", ""},
    {"両首相は会談した。", "ja", ""},
    {"球団の社長も喜んだ。", "ja", ""},
    {"最優秀選手に選ばれた。", "ja", ""},
    // Words before さん, さま and 様.
    {"お客さんが並んだ。", "ja", ""},
    {"皆さん、こんにちは。", "ja", ""},
    {"お子さまの安全", "ja", ""},
    {"当日の様子を話した。", "ja", ""},
    // An honorific that is part of another word, a title followed by more kanji.
    {"明石家さんまが出演した。", "ja", ""},
    {"被害者の氏名を公表した。", "ja", ""},
    {"山田太郎氏名義の口座", "ja", ""},
    // A number in brackets that is no age.
    {"死者（2024年）", "ja", ""},
};

// News paragraphs written for this test: every name they give, and no other.
const std::vector<Row> kParagraphs = {
    {"静岡県警によると、５日午前７時ごろ、浜松市中区の県道で乗用車と軽トラックが衝突した。軽トラックを運転し"
     "て"
     "いた同市の農業、中村和夫さん（７２）が頭を強く打ち、病院に運ばれたが死亡が確認された。乗用車を運転して"
     "いた"
     "会社員の男性（３４）も軽いけがをした。県警は現場の状況を詳しく調べている。中村さんは近くの畑に向かう途"
     "中"
     "だったという。",
     "ja", "person:kazuo-nakamura[中村和夫] person:kazuo-nakamura[中村]"},
    {"政府は１０日の閣議で、来年度予算案の概算要求基準を了解した。林田健一官房長官は記者会見で「財政の健全化"
     "と"
     "成長の両立を目指す」と説明した。野党側は反発しており、立憲民主党の幹部は「国民の負担が増えるだけだ」と"
     "批判した。与党内からも慎重な意見が出ている。林田長官は週明けにも関係閣僚と協議する方針だ。",
     "ja", "person:kenichi-hayashida[林田健一] person:kenichi-hayashida[林田]"},
    {"プロ野球の東西リーグは８日、今季の最優秀選手に山本翔太投手を選んだ。山本投手は２０勝を挙げ、チームを"
     "優勝に導いた。監督の佐々木誠氏は「大黒柱として一年間よく投げてくれた」とたたえた。球団の社長も記者団に"
     "喜びを語った。日本代表選手の選考にも影響しそうだ。",
     "ja", "person:shota-yamamoto[山本翔太] person:shota-yamamoto[山本] person:makoto-sasaki[佐々木誠]"},
};

} // namespace

BOOST_AUTO_TEST_SUITE(kanji_name_discovery)

BOOST_DATA_TEST_CASE(hepburn_spells_readings_as_english_news_does, boost::unit_test::data::make(kReadings),
                     reading) {
    BOOST_TEST(lede::hepburn(reading.kana) == reading.latin);
}

BOOST_DATA_TEST_CASE(a_kanji_name_before_a_title_honorific_or_age_is_a_person,
                     boost::unit_test::data::make(kCues), row) {
    BOOST_TEST(describe(row.text, row.lang) == row.expected);
}

BOOST_DATA_TEST_CASE(a_name_is_read_by_enamdicts_person_or_settled_readings,
                     boost::unit_test::data::make(kReadingsOfNames), row) {
    BOOST_TEST(describe(row.text, row.lang) == row.expected);
}

BOOST_DATA_TEST_CASE(ambiguous_readings_and_foreign_shapes_give_no_id,
                     boost::unit_test::data::make(kReadingNearMisses), row) {
    BOOST_TEST(describe(row.text, row.lang) == row.expected);
}

BOOST_DATA_TEST_CASE(a_full_name_recurs_and_a_lone_surname_with_a_cue_follows_it,
                     boost::unit_test::data::make(kLaterMentions), row) {
    BOOST_TEST(describe(row.text, row.lang) == row.expected);
}

BOOST_DATA_TEST_CASE(a_lone_surname_needs_one_person_found_and_a_name_needs_a_cue,
                     boost::unit_test::data::make(kLaterMentionNearMisses), row) {
    BOOST_TEST(describe(row.text, row.lang) == row.expected);
}

BOOST_DATA_TEST_CASE(kanji_words_before_a_cue_that_are_no_name_give_no_person,
                     boost::unit_test::data::make(kCueNearMisses), row) {
    BOOST_TEST(describe(row.text, row.lang) == row.expected);
}

BOOST_DATA_TEST_CASE(news_paragraphs_give_their_people_and_no_one_else,
                     boost::unit_test::data::make(kParagraphs), row) {
    BOOST_TEST(describe(row.text, row.lang) == row.expected);
}

BOOST_AUTO_TEST_SUITE_END()
