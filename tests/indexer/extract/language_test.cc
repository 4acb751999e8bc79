#include "indexer/extract/language/language_id.h"

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

namespace {

struct Row {
    std::string expected;
    std::string text;
};
std::ostream& operator<<(std::ostream& out, const Row& row) {
    return out << row.expected << ": " << row.text.substr(0, 40);
}

std::string repeat(const std::string& text, int times) {
    std::string out;
    for (int i = 0; i < times; ++i) {
        out += text + " ";
    }
    return out;
}

const std::vector<Row> kRows = {
    {"en", repeat("Gunmen opened fire at a concert hall near Moscow on Friday evening, officials said.", 4)},
    {"ru",
     repeat("Число погибших при теракте в концертном зале выросло, сообщили в Следственном комитете.", 4)},
    {"uk",
     repeat(
         "Кількість загиблих унаслідок ракетного удару по Києву зросла, повідомили в міській адміністрації.",
         4)},
    // Too short for CLD2: the letters only Ukrainian has decide.
    {"uk", "Удар по Києві"},
    {"ru", "Взрыв в Москве: есть погибшие"},
    {"de",
     repeat("Die Zahl der Toten nach dem Erdbeben in der Türkei ist auf mehr als elftausend gestiegen.", 4)},
    {"fr",
     repeat("Le bilan du séisme au Maroc dépasse désormais les deux mille morts selon les autorités.", 4)},
    {"es",
     repeat("Las inundaciones en Valencia han dejado decenas de víctimas según el último balance oficial.",
            4)},
    {"zh", "甘肃积石山县发生地震，造成人员伤亡。"},
    {"ja", "能登半島で震度7の地震が発生しました。"},
    {"ar", "ارتفعت حصيلة الزلزال في المغرب"},
    {"th", "น้ำท่วมหนักในจังหวัดเชียงราย"},
    {"und", "12345 !!! ---"},
};

} // namespace

BOOST_AUTO_TEST_SUITE(language_id)

BOOST_DATA_TEST_CASE(the_language_of_an_article_is_detected, boost::unit_test::data::make(kRows), row) {
    BOOST_TEST(lede::extract::language::detect("", row.text) == row.expected);
}

BOOST_AUTO_TEST_CASE(ukrainian_is_never_taken_for_russian) {
    const std::string ukrainian = repeat(
        "Президент заявив, що Україна не має жодного стосунку до нападу, і закликав світ не вірити цим "
        "звинуваченням.",
        3);
    BOOST_TEST(lede::extract::language::detect("Київ відкидає звинувачення", ukrainian) == "uk");
}

BOOST_AUTO_TEST_SUITE_END()
