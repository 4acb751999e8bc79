// Casualty figures of whole articles: lists of sub-totals, text full of numbers that count no one,
// the bundled corpus's seeds and updated tolls, and the per-article resolution (figures.h).
#include "tests/indexer/extract/casualty_test_support.h"

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace {

using namespace casualty_test;

// Issue #14 item 6: a list of sub-totals inside a body is kept, and the stated total stays the
// article's figure.
struct ListRow {
    std::string lang, text;
    std::uint64_t total;              ///< the per-article deaths
    std::vector<std::uint64_t> items; ///< deaths figures the list states
};
std::ostream& operator<<(std::ostream& out, const ListRow& row) {
    return out << row.lang << ": " << row.text.substr(0, 40);
}

const std::vector<ListRow> kListRows = {
    {"en",
     "At least 30 people were killed in the storms, officials said.\nLagos: 12 dead, 3 injured\n— Oyo: 4 "
     "killed\nOgun: 14 dead",
     30,
     {12, 4, 14}},
    {"ru",
     "Всего погибли 25 человек.\nКурская область — 5 погибших\nБелгородская область — 20 погибших, 7 "
     "раненых",
     25,
     {5, 20}},
    {"uk", "Загинули 25 людей.\nХарківська область — 5 загиблих\nСумська область — 20 загиблих", 25, {5, 20}},
    {"de",
     "Insgesamt kamen 25 Menschen ums Leben.\nBayern: 5 Tote\nSachsen: 20 Tote, 7 Verletzte",
     25,
     {5, 20}},
    {"fr", "Le bilan s'élève à 25 morts.\n- Nord : 5 morts\n- Sud : 20 morts et 7 blessés", 25, {5, 20}},
    {"es",
     "Al menos 25 personas murieron.\nValencia: 5 muertos\nAlbacete: 20 muertos y 7 heridos",
     25,
     {5, 20}},
    {"zh", "地震共造成25人遇难。\n甘肃：20人遇难\n青海：5人遇难", 25, {20, 5}},
    {"ja", "地震の死者は25人に上った。\n石川県：20人死亡\n富山県：5人死亡", 25, {20, 5}},
    {"ar", "ارتفع عدد القتلى إلى 25 شخصا.\nالحوز: 20 قتيلا\nتارودانت: 5 قتلى", 25, {20, 5}},
    {"th", "ยอดผู้เสียชีวิตรวม 25 ราย\nเชียงราย เสียชีวิต 20 ราย\nพะเยา เสียชีวิต 5 ราย", 25, {20, 5}},
};

// Issue #14 item 7: text full of numbers that count no casualties (economy, elections, sport), in
// every language of the corpus, written for this test.
struct QuietText {
    std::string lang, text;
};
std::ostream& operator<<(std::ostream& out, const QuietText& row) {
    return out << row.lang;
}

const std::vector<QuietText> kQuietTexts = {
    {"en",
     "Brent crude rose 2.3% to $87.40 a barrel on Tuesday, while shares of the airline fell 40 cents to "
     "$12.15. The company, founded in 1998, employs 4,500 people and plans to hire 300 more by 2026. In "
     "the election, the governor won 1,204,311 votes, 52% of the total, against 980,000 for her rival, "
     "who is 61 years old. The marathon winner, aged 24, covered the 42 kilometres in 2 hours 4 minutes; "
     "United beat City 3-1 in front of 74,000 fans."},
    {"ru",
     "Нефть марки Brent подорожала на 2,3% до 87,4 доллара за баррель, акции компании выросли на 40 "
     "копеек. На выборах губернатор набрал 1 204 311 голосов, или 52%, его 61-летний соперник — 980 тысяч. "
     "Компания, основанная в 1998 году, планирует нанять ещё 300 сотрудников к 2026 году. Победитель "
     "марафона в возрасте 24 лет пробежал 42 километра за 2 часа 4 минуты; «Спартак» обыграл ЦСКА со счётом "
     "3:1 при 40 тысячах зрителей."},
    {"uk",
     "Ціна нафти зросла на 2,3% до 87,4 долара за барель, а акції компанії подешевшали на 40 копійок. На "
     "виборах мер отримав 204 311 голосів, тобто 52%, його 61-річний суперник — 98 тисяч. Компанія, "
     "заснована у 1998 році, найме ще 300 працівників до 2026 року. Переможець марафону пробіг 42 "
     "кілометри за 2 години 4 хвилини; «Динамо» перемогло з рахунком 3:1 при 40 тисячах глядачів."},
    {"de",
     "Der Ölpreis stieg um 2,3 Prozent auf 87,40 Dollar je Barrel, die Aktie verlor 40 Cent auf 12,15 "
     "Euro. Bei der Wahl erhielt der Kandidat 1.204.311 Stimmen, also 52 Prozent; sein 61 Jahre alter "
     "Gegner kam auf 980.000. Das 1998 gegründete Unternehmen beschäftigt 4.500 Menschen und will bis 2026 "
     "weitere 300 einstellen. Der 24-jährige Sieger lief die 42 Kilometer in 2 Stunden und 4 Minuten; "
     "Bayern gewann vor 75.000 Zuschauern mit 3:1."},
    {"fr",
     "Le baril de Brent a gagné 2,3 % à 87,40 dollars et l'action a cédé 40 centimes à 12,15 euros. Au "
     "second tour, la candidate a obtenu 1 204 311 voix, soit 52 %, contre 980 000 pour son rival de 61 "
     "ans. L'entreprise, fondée en 1998, emploie 4 500 personnes et prévoit 300 embauches d'ici 2026. Le "
     "vainqueur du marathon, âgé de 24 ans, a couru les 42 kilomètres en 2 heures et 4 minutes ; Lyon "
     "s'est imposé 3-1 devant 57 000 spectateurs."},
    {"es",
     "El barril de Brent subió un 2,3% hasta 87,40 dólares y las acciones cayeron 40 céntimos, a 12,15 "
     "euros. En las elecciones, el candidato obtuvo 1.204.311 votos, el 52%, frente a los 980.000 de su "
     "rival, de 61 años. La empresa, fundada en 1998, emplea a 4.500 personas y contratará a 300 más "
     "antes de 2026. El ganador del maratón, de 24 años, recorrió los 42 kilómetros en 2 horas y 4 "
     "minutos; el Betis ganó 3-1 ante 50.000 espectadores."},
    {"zh",
     "布伦特原油价格上涨2.3%，至每桶87.4美元，公司股价下跌0.4元。选举中，候选人获得120万4311票，得票率52%，"
     "其61岁的对手获得98万票。这家成立于1998年的公司雇佣4500人，计划到2026年再招聘300人。24岁的马拉松冠军"
     "用2小时4分钟跑完42公里；主队在7万名观众面前以3比1获胜。"},
    {"ja",
     "北海ブレント原油は2.3%上昇し1バレル87.4ドルとなり、同社の株価は40円下落した。選挙では候補者が120万"
     "4311票、得票率52%を獲得し、61歳の対立候補は98万票だった。1998年創業の同社は4500人を雇用し、2026年まで"
     "に300人を追加採用する。24歳の優勝者は42キロを2時間4分で走り、ホームチームは5万人の観客の前で3対1で"
     "勝った。"},
    {"ar",
     "ارتفع سعر خام برنت 2.3 بالمئة إلى 87.4 دولار للبرميل، وتراجع سهم الشركة 40 سنتا. وفي الانتخابات حصل "
     "المرشح على 1204311 صوتا، أي 52 بالمئة، مقابل 980 ألف صوت لمنافسه البالغ من العمر 61 عاما. وتوظف "
     "الشركة التي تأسست عام 1998 نحو 4500 شخص وتعتزم تعيين 300 آخرين بحلول 2026. وقطع الفائز بالماراثون "
     "42 كيلومترا في ساعتين و4 دقائق، وفاز الفريق 3-1 أمام 50 ألف متفرج."},
    {"th", "ราคาน้ำมันดิบเบรนท์เพิ่มขึ้น 2.3% เป็น 87.4 ดอลลาร์ต่อบาร์เรล หุ้นของบริษัทลดลง 40 สตางค์ "
           "ในการเลือกตั้ง ผู้สมัครได้ 1,204,311 เสียง คิดเป็นร้อยละ 52 ส่วนคู่แข่งวัย 61 ปีได้ 980,000 เสียง "
           "บริษัทซึ่งก่อตั้งเมื่อปี 2541 มีพนักงาน 4,500 คน และจะรับเพิ่มอีก 300 คนภายในปี 2569 "
           "ผู้ชนะมาราธอนอายุ 24 ปีวิ่ง 42 กิโลเมตรในเวลา 2 ชั่วโมง 4 นาที ทีมเจ้าบ้านชนะ 3-1 ต่อหน้าผู้ชม 50,000 คน"},
};

std::string read_file(const std::string& relative) {
    std::ifstream in(std::string(LEDE_SOURCE_DIR) + "/corpus/" + relative, std::ios::binary);
    BOOST_REQUIRE_MESSAGE(in, "cannot read corpus/" << relative);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

struct Article {
    std::string text, date;
};

// A .txt article: a leading "date YYYY-MM-DD" token is the publication date, not text.
Article read_txt(const std::string& relative) {
    const std::string raw = read_file(relative);
    Article article;
    std::size_t start = raw.find_first_not_of(" \t\r\n");
    if (start != std::string::npos && raw.compare(start, 5, "date ") == 0 && raw.size() >= start + 15) {
        article.date = raw.substr(start + 5, 10);
        start = raw.find_first_not_of(" \t\r\n", start + 15);
    }
    article.text = start == std::string::npos ? "" : raw.substr(start);
    return article;
}

// A JSON Lines record, as the indexer passes it: title + "\n\n" + body.
Article read_jsonl(const std::string& relative, const std::string& id) {
    std::istringstream lines(read_file(relative));
    std::string line;
    while (std::getline(lines, line)) {
        const nlohmann::json record = nlohmann::json::parse(line);
        if (record.at("id") == id) {
            return {record.at("title").get<std::string>() + "\n\n" + record.at("body").get<std::string>(),
                    record.at("date").get<std::string>()};
        }
    }
    BOOST_FAIL("no record " << id << " in corpus/" << relative);
    return {};
}

Article read_article(const std::string& relative, const std::string& id) {
    return id.empty() ? read_txt(relative) : read_jsonl(relative, id);
}

struct SeedRow {
    std::string file;
    std::uint64_t deaths_low;
    std::string deaths_qualifier;
    std::uint64_t injured_low; ///< 0: no injured figure
};
std::ostream& operator<<(std::ostream& out, const SeedRow& row) {
    return out << row.file;
}

const std::vector<SeedRow> kSeedRows = {
    {"seeds/001_fc2a1f6496cdb120.txt", 133, "exact", 0},     // "left 133 attendees dead"
    {"seeds/004_708629770d9b3668.txt", 133, "exact", 0},     // "the deaths of 133 individuals"
    {"seeds/002_1ad83453b1c116c7.txt", 131, "more_than", 0}, // "Over 130 lives were lost"
    {"seeds/003_e900a577a499e98e.txt", 40, "at_least", 101}, // "at least 40 dead and over 100 injured"
    {"seeds/000_be6f9aeb019a0a01.txt", 2, "vague", 0},       // "claimed numerous lives"
};

struct TollRow {
    std::string file, lang, id;
    std::uint64_t early; ///< the first toll the article states
    std::uint64_t final; ///< the updated toll, the article's figure
};
std::ostream& operator<<(std::ostream& out, const TollRow& row) {
    return out << row.file << " " << row.id;
}

const std::vector<TollRow> kTollRows = {
    {"samples/en/valencia-floods.txt", "en", "", 95, 158}, {"samples/ru.jsonl", "ru", "ru-001", 40, 133},
    {"samples/ru.jsonl", "ru", "ru-002", 12, 35},          {"samples/uk.jsonl", "uk", "uk-004", 40, 45},
    {"samples/de.jsonl", "de", "de-003", 60, 133},         {"samples/de.jsonl", "de", "de-001", 2300, 11000},
    {"samples/fr.jsonl", "fr", "fr-004", 48, 62},          {"samples/fr.jsonl", "fr", "fr-001", 2000, 2900},
    {"samples/es.jsonl", "es", "es-001", 95, 158},         {"samples/zh.jsonl", "zh", "zh-003", 40, 137},
    {"samples/zh.jsonl", "zh", "zh-001", 111, 118},        {"samples/ja.jsonl", "ja", "ja-003", 60, 133},
    {"samples/ar.jsonl", "ar", "ar-001", 2012, 2122},      {"samples/ar.jsonl", "ar", "ar-003", 40, 133},
};

struct HistoricalRow {
    std::string file, lang, id;
    std::uint64_t stated; ///< the toll of the earlier event (Beslan 2004, Agadir 1960)
};
std::ostream& operator<<(std::ostream& out, const HistoricalRow& row) {
    return out << row.id;
}

const std::vector<HistoricalRow> kHistoricalRows = {
    {"samples/ru.jsonl", "ru", "ru-001", 334},   {"samples/de.jsonl", "de", "de-003", 330},
    {"samples/fr.jsonl", "fr", "fr-001", 12000}, {"samples/zh.jsonl", "zh", "zh-003", 330},
    {"samples/ja.jsonl", "ja", "ja-003", 330},   {"samples/ar.jsonl", "ar", "ar-003", 330},
};

struct QuietRow {
    std::string file, lang, id;
};
std::ostream& operator<<(std::ostream& out, const QuietRow& row) {
    return out << row.id;
}

// Economy, politics and sport: percentages, prices, votes, scores, ages, years, crowds.
const std::vector<QuietRow> kQuietRows = {
    {"samples/ru.jsonl", "ru", "ru-003"}, {"samples/ru.jsonl", "ru", "ru-004"},
    {"samples/uk.jsonl", "uk", "uk-003"}, {"samples/de.jsonl", "de", "de-002"},
    {"samples/de.jsonl", "de", "de-004"}, {"samples/fr.jsonl", "fr", "fr-002"},
    {"samples/fr.jsonl", "fr", "fr-003"}, {"samples/es.jsonl", "es", "es-003"},
    {"samples/zh.jsonl", "zh", "zh-004"}, {"samples/ja.jsonl", "ja", "ja-004"},
    {"samples/ar.jsonl", "ar", "ar-004"},
};

CasualtyFigure made(CasualtyKind kind, std::uint64_t low, std::size_t begin) {
    CasualtyFigure f;
    f.kind = kind;
    f.low = low;
    f.high = low;
    f.begin = f.number_begin = begin;
    return f;
}

} // namespace

BOOST_AUTO_TEST_SUITE(casualty_figures)

BOOST_DATA_TEST_CASE(a_list_of_sub_totals_is_kept_and_the_stated_total_is_the_articles_figure,
                     boost::unit_test::data::make(kListRows), row) {
    const std::vector<CasualtyFigure> figures = extract_casualties(row.text, row.lang, kDate);
    for (const std::uint64_t item : row.items) {
        BOOST_TEST(std::any_of(figures.begin(), figures.end(),
                               [&](const CasualtyFigure& f) {
                                   return f.kind == CasualtyKind::deaths && f.stated == item && !f.superseded;
                               }),
                   "the list item " << item << " is kept as a figure: " << describe(figures));
    }
    const auto resolved = casualties::resolve(figures);
    BOOST_REQUIRE(resolved.deaths.has_value());
    BOOST_TEST(resolved.deaths->stated == row.total);
}

BOOST_DATA_TEST_CASE(prices_votes_shares_ages_distances_scores_and_years_state_no_figure,
                     boost::unit_test::data::make(kQuietTexts), row) {
    BOOST_TEST(describe(extract_casualties(row.text, row.lang, kDate)) == "");
}

BOOST_DATA_TEST_CASE(each_crocus_seed_resolves_to_the_toll_it_states, boost::unit_test::data::make(kSeedRows),
                     row) {
    const Article article = read_txt(row.file);
    const auto resolved = casualties::resolve(extract_casualties(article.text, "en", article.date));
    BOOST_REQUIRE(resolved.deaths.has_value());
    BOOST_TEST(resolved.deaths->low == row.deaths_low);
    BOOST_TEST(qualifier_name(resolved.deaths->qualifier) == row.deaths_qualifier);
    BOOST_TEST(resolved.injured.has_value() == (row.injured_low > 0));
    if (resolved.injured && row.injured_low > 0) {
        BOOST_TEST(resolved.injured->low == row.injured_low);
    }
}

BOOST_DATA_TEST_CASE(an_updated_toll_wins_over_the_early_one, boost::unit_test::data::make(kTollRows), row) {
    const Article article = read_article(row.file, row.id);
    const std::vector<CasualtyFigure> figures = extract_casualties(article.text, row.lang, article.date);
    BOOST_TEST(std::any_of(figures.begin(), figures.end(),
                           [&](const CasualtyFigure& f) {
                               return f.kind == CasualtyKind::deaths && f.stated == row.early;
                           }),
               "the early toll " << row.early << " is kept as a figure");
    const auto resolved = casualties::resolve(figures);
    BOOST_REQUIRE(resolved.deaths.has_value());
    BOOST_TEST(resolved.deaths->stated == row.final);
    const std::string_view sentence(article.text.data() + resolved.deaths->sentence_begin,
                                    resolved.deaths->sentence_end - resolved.deaths->sentence_begin);
    BOOST_TEST(sentence.find(std::string_view(article.text)
                                 .substr(resolved.deaths->number_begin,
                                         resolved.deaths->number_end - resolved.deaths->number_begin)) !=
               std::string_view::npos);
}

BOOST_DATA_TEST_CASE(a_toll_of_an_earlier_event_is_historical_and_never_the_articles_figure,
                     boost::unit_test::data::make(kHistoricalRows), row) {
    const Article article = read_article(row.file, row.id);
    const std::vector<CasualtyFigure> figures = extract_casualties(article.text, row.lang, article.date);
    const auto earlier = std::find_if(figures.begin(), figures.end(),
                                      [&](const CasualtyFigure& f) { return f.stated == row.stated; });
    BOOST_REQUIRE(earlier != figures.end());
    BOOST_TEST(earlier->historical);
    const auto resolved = casualties::resolve(figures);
    BOOST_REQUIRE(resolved.deaths.has_value());
    BOOST_TEST(resolved.deaths->stated != row.stated);
    BOOST_TEST(!resolved.deaths->historical);
}

BOOST_DATA_TEST_CASE(articles_about_economy_politics_and_sport_state_no_casualties,
                     boost::unit_test::data::make(kQuietRows), row) {
    const Article article = read_article(row.file, row.id);
    BOOST_TEST(describe(extract_casualties(article.text, row.lang, article.date)) == "");
}

BOOST_AUTO_TEST_CASE(a_figure_keeps_the_byte_spans_of_its_phrase_number_and_sentence) {
    const std::string text =
        "Gunmen stormed the hall.\n\nAt least 40 people were killed in the attack. Officials said "
        "11 people were detained.";
    const std::vector<CasualtyFigure> figures = extract_casualties(text, "en", kDate);
    BOOST_REQUIRE_EQUAL(figures.size(), 2U);
    const auto span = [&](std::size_t begin, std::size_t end) { return text.substr(begin, end - begin); };
    BOOST_TEST(span(figures[0].begin, figures[0].end) == "At least 40 people were killed");
    BOOST_TEST(span(figures[0].number_begin, figures[0].number_end) == "40");
    BOOST_TEST(span(figures[0].sentence_begin, figures[0].sentence_end) ==
               "At least 40 people were killed in the attack.");
    BOOST_TEST(figures[0].rule == "en.num-trigger");
    BOOST_TEST(span(figures[1].sentence_begin, figures[1].sentence_end) ==
               "Officials said 11 people were detained.");

    const std::string chinese = "据报道，地震已造成至少118人遇难。";
    const std::vector<CasualtyFigure> zh = extract_casualties(chinese, "zh", kDate);
    BOOST_REQUIRE_EQUAL(zh.size(), 1U);
    BOOST_TEST(chinese.substr(zh[0].begin, zh[0].end - zh[0].begin) == "至少118人遇难");
    BOOST_TEST(chinese.substr(zh[0].sentence_begin, zh[0].sentence_end - zh[0].sentence_begin) == chinese);
}

BOOST_AUTO_TEST_CASE(the_largest_lower_bound_wins_ties_go_to_the_later_figure_and_superseded_tolls_lose) {
    std::vector<CasualtyFigure> figures = {
        made(CasualtyKind::deaths, 40, 10), made(CasualtyKind::deaths, 133, 50),
        made(CasualtyKind::deaths, 133, 90), made(CasualtyKind::injured, 101, 20),
        made(CasualtyKind::detained, 900, 30)};
    auto resolved = casualties::resolve(figures);
    BOOST_REQUIRE(resolved.deaths.has_value());
    BOOST_TEST(resolved.deaths->begin == 90U);
    BOOST_REQUIRE(resolved.injured.has_value());
    BOOST_TEST(resolved.injured->low == 101U);

    figures.push_back(made(CasualtyKind::deaths, 334, 120));
    figures.back().historical = true;
    figures.push_back(made(CasualtyKind::deaths, 143, 130));
    figures.back().superseded = true;
    resolved = casualties::resolve(figures);
    BOOST_TEST(resolved.deaths->low == 133U);
    BOOST_TEST(!casualties::resolve({}).deaths.has_value());
}

// The gold guide: a vague figure counts only where the article states no number of its kind.
BOOST_AUTO_TEST_CASE(a_vague_figure_counts_only_where_no_number_of_its_kind_is_stated) {
    std::vector<CasualtyFigure> figures = {made(CasualtyKind::deaths, 35, 10),
                                           made(CasualtyKind::deaths, 1000, 50),
                                           made(CasualtyKind::injured, 100, 60)};
    figures[1].qualifier = Qualifier::vague;
    figures[2].qualifier = Qualifier::vague;
    const auto resolved = casualties::resolve(figures);
    BOOST_REQUIRE(resolved.deaths.has_value());
    BOOST_TEST(resolved.deaths->low == 35U);
    BOOST_REQUIRE(resolved.injured.has_value());
    BOOST_TEST(resolved.injured->low == 100U); // no injured number stated: the vague one stands
}

BOOST_AUTO_TEST_CASE(the_beslan_toll_in_a_2024_report_is_historical_and_never_the_maximum) {
    const std::string text =
        "Gunmen killed 133 people at Crocus City Hall.\n\nIn 2004, 334 people were killed in "
        "Beslan. It was the worst attack since the 2004 Beslan school siege, in which 334 people "
        "were killed.";
    const std::vector<CasualtyFigure> figures = extract_casualties(text, "en", kDate);
    BOOST_TEST(describe(figures) ==
               "deaths 133..133 exact; deaths 334..334 exact historical; deaths 334..334 exact historical");
    BOOST_TEST(casualties::resolve(figures).deaths->stated == 133U);
}

BOOST_AUTO_TEST_CASE(without_a_publication_date_the_latest_year_mentioned_dates_the_article) {
    const std::string text = "In 2004, 334 people were killed in Beslan. The 2024 attack killed 133 people.";
    BOOST_TEST(describe(extract_casualties(text, "en", "")) ==
               "deaths 334..334 exact historical; deaths 133..133 exact");
    BOOST_TEST(casualties::resolve(extract_casualties(text, "en", "")).deaths->low == 133U);
}

BOOST_AUTO_TEST_CASE(a_thai_article_resolves_to_its_updated_toll_and_its_vague_injured) {
    const std::string text = "น้ำท่วมเชียงราย ผู้เสียชีวิตเพิ่มเป็น 9 ราย\n\nตั้งแต่วันที่ 10 กันยายนเป็นต้นมา "
                             "มีผู้เสียชีวิตในภาคเหนือแล้วอย่างน้อย 9 ราย เพิ่มขึ้นจาก 5 รายที่รายงานไว้เมื่อวันก่อน "
                             "และมีผู้ได้รับบาดเจ็บหลายสิบราย";
    const std::vector<CasualtyFigure> figures = extract_casualties(text, "th", "2024-09-13");
    BOOST_TEST(describe(figures) ==
               "deaths 9..9 exact; deaths 9.. at_least; deaths 5..5 exact superseded; injured 10.. vague");
    const auto resolved = casualties::resolve(figures);
    BOOST_REQUIRE(resolved.deaths.has_value());
    BOOST_TEST(resolved.deaths->stated == 9U);
    BOOST_TEST(qualifier_name(resolved.deaths->qualifier) == "at_least");
    BOOST_REQUIRE(resolved.injured.has_value());
    BOOST_TEST(resolved.injured->stated == 10U);
}

// Thai dates years in the Buddhist era: 2566 is 2023, a year and no count (July 2566, six months before a
// January 2024 report, is an earlier event's), and 2563 (2020) dates an earlier fire's toll, but not the one
// told as this time's.
BOOST_AUTO_TEST_CASE(a_thai_buddhist_era_year_is_a_year_and_dates_an_earlier_toll) {
    BOOST_TEST(describe(extract_casualties("เหตุที่ตลาดมูโนะเมื่อเดือนกรกฎาคม 2566 ซึ่งมีผู้เสียชีวิต 12 ราย", "th",
                                           "2024-01-17")) == "deaths 12..12 exact historical");
    BOOST_TEST(describe(extract_casualties("เหตุที่ตลาดมูโนะเมื่อเดือนธันวาคม 2566 ซึ่งมีผู้เสียชีวิต 12 ราย", "th",
                                           "2024-01-17")) == "deaths 12..12 exact");
    BOOST_TEST(describe(extract_casualties("เมื่อปี 2563 เกิดเหตุไฟไหม้ มีผู้เสียชีวิต 9 ราย "
                                           "ส่วนเหตุครั้งนี้มีผู้เสียชีวิต 3 ราย",
                                           "th", "2024-01-17")) ==
               "deaths 9..9 exact historical; deaths 3..3 exact");
    // Near miss: a count of that size with its classifier is still a count.
    BOOST_TEST(describe(extract_casualties("ยอดผู้เสียชีวิตเพิ่มเป็น 2566 ราย", "th", "2024-01-17")) ==
               "deaths 2566..2566 exact");
}

// An earlier event's toll told in a clause that goes on from a "when" clause, or with its year set apart by
// commas, is historical; a count since a year, up to now, is not.
BOOST_AUTO_TEST_CASE(a_toll_after_a_when_clause_or_a_year_set_apart_is_historical) {
    BOOST_TEST(describe(extract_casualties(
                   "At least 275 people died. It was the deadliest rail accident since 1995, "
                   "when two trains collided near Firozabad, killing 358 people.",
                   "en", "2023-06-04")) == "deaths 275.. at_least; deaths 358..358 exact historical");
    BOOST_TEST(describe(extract_casualties(
                   "Cinq personnes sont mortes. Le déraillement de Lac-Mégantic, en 2013, "
                   "avait fait 47 morts.",
                   "fr", "2023-06-04")) == "deaths 5..5 exact; deaths 47..47 exact historical");
    // A whole date set apart: ", le 10 mars 2019,".
    BOOST_TEST(
        describe(extract_casualties("Deux crashs ont eu lieu. Le second, le 10 mars 2019, avait tué 157 "
                                    "personnes.",
                                    "fr", "2020-11-18")) == "deaths 157..157 exact historical");
    BOOST_TEST(describe(extract_casualties("Since 2014, when the war began, 14,000 people have been killed.",
                                           "en", "2024-06-04")) == "deaths 14000..14000 exact");
}

// The year before publication named as a whole ("en 2022", "в 2022 году") is over: what it counts is of
// other events. A dated day of it may be the article's own event.
BOOST_AUTO_TEST_CASE(a_count_of_last_year_as_a_whole_is_historical_but_not_one_of_a_day_of_it) {
    BOOST_TEST(describe(extract_casualties(
                   "Le bilan s'élève à 40 morts. Selon l'agence, 745 personnes ont perdu "
                   "la vie sur les routes en 2022.",
                   "fr", "2023-01-09")) == "deaths 40..40 exact; deaths 745..745 exact historical");
    BOOST_TEST(describe(extract_casualties("В аварии погибли 12 человек. В 2022 году на дорогах погибли 3000 "
                                           "человек.",
                                           "ru", "2023-01-03")) ==
               "deaths 12..12 exact; deaths 3000..3000 exact historical");
    // Near misses: a day of last year, and this year as a whole.
    BOOST_TEST(describe(extract_casualties("The crash on 30 December 2022 killed 12 people.", "en",
                                           "2023-01-03")) == "deaths 12..12 exact");
    BOOST_TEST(describe(extract_casualties("In 2023, 12 people were killed in such crashes.", "en",
                                           "2023-01-03")) == "deaths 12..12 exact");
}

// A day written without its year, three weeks or more before publication, or a month two to five months
// before, dates an earlier event's toll
// ("qui avait fait 20 morts le 20 novembre"); near misses: a day of the last weeks, a count since that day,
// and a sentence that names what the headline names (a follow-up of its own event).
BOOST_AUTO_TEST_CASE(a_toll_dated_weeks_before_publication_without_a_year_is_historical) {
    BOOST_TEST(
        describe(extract_casualties(
            "Le bilan s'élève à 19 morts. C'est la troisième attaque après celle de Bamako, qui avait fait "
            "20 morts le 20 novembre.",
            "fr", "2016-03-14")) == "deaths 19..19 exact; deaths 20..20 exact historical");
    BOOST_TEST(describe(extract_casualties("У Маріуполі 16 березня загинули близько 300 людей.", "uk",
                                           "2022-04-09")) == "deaths 270..330 about historical");
    BOOST_TEST(describe(extract_casualties("Am 1. März wurden 30 Menschen getötet.", "de", "2016-03-14")) ==
               "deaths 30..30 exact");
    // A month with its year, two to five months back, by the same test; the month before is not.
    BOOST_TEST(
        describe(extract_casualties("Das Erdbeben von Amatrice im August 2016 hatte 299 Menschen getötet.",
                                    "de", "2017-01-26")) == "deaths 299..299 exact historical");
    BOOST_TEST(describe(extract_casualties("Im Dezember 2016 wurden 30 Menschen getötet.", "de",
                                           "2017-01-26")) == "deaths 30..30 exact");
    BOOST_TEST(describe(extract_casualties("Depuis le 15 janvier, 30 personnes ont été tuées.", "fr",
                                           "2016-03-14")) == "deaths 30..30 exact");
    const std::string title = "Turkey detains contractors over collapsed buildings";
    BOOST_TEST(
        describe(extract_casualties(title + "\n\nThe February 6 earthquakes, which killed more than 50,000 "
                                            "people in Turkey, flattened whole towns.",
                                    "en", "2023-03-01")) == "deaths 50001.. more_than");
    BOOST_TEST(describe(extract_casualties("Storm hits Chile\n\nThe February 6 earthquakes killed more than "
                                           "50,000 people in Turkey.",
                                           "en", "2023-03-01")) == "deaths 50001.. more_than historical");
}

// A month named alone dates a toll as one with its year does ("En août" in a December report is last
// August). Near misses: the month before, a count since the month, a headline's event, "sept" inside a
// number, and English "may" and "Jan", which are other words.
BOOST_AUTO_TEST_CASE(a_toll_dated_by_a_month_alone_two_months_back_is_historical) {
    BOOST_TEST(
        describe(extract_casualties("En août, un séisme dans le sud-ouest du pays avait fait 2 200 morts.",
                                    "fr", "2021-12-15")) == "deaths 2200..2200 exact historical");
    BOOST_TEST(
        describe(extract_casualties("Im Juli waren bei dem Anschlag in Nizza 86 Menschen getötet worden.",
                                    "de", "2016-12-21")) == "deaths 86..86 exact historical");
    BOOST_TEST(describe(extract_casualties("In May, a landslide killed 40 people.", "en", "2019-09-02")) ==
               "deaths 40..40 exact historical");
    BOOST_TEST(describe(extract_casualties("Im November starben bei dem Unglück 12 Menschen.", "de",
                                           "2016-12-21")) == "deaths 12..12 exact");
    BOOST_TEST(describe(extract_casualties("Depuis août, 30 personnes ont été tuées.", "fr", "2021-12-15")) ==
               "deaths 30..30 exact");
    BOOST_TEST(describe(extract_casualties("Explosion in Cap-Haitien\n\nIn October, the explosion in "
                                           "Cap-Haitien killed 75 people.",
                                           "en", "2021-12-15")) == "deaths 75..75 exact");
    BOOST_TEST(describe(extract_casualties("Trente-sept personnes ont été blessées.", "fr", "2022-03-21")) ==
               "injured 37..37 exact");
    BOOST_TEST(describe(extract_casualties("The toll may rise: 40 people were killed.", "en",
                                           "2019-09-02")) == "deaths 40..40 exact");
    BOOST_TEST(describe(extract_casualties("Jan Egeland said 40 people were killed.", "en", "2019-09-02")) ==
               "deaths 40..40 exact");
}

// An arrest report dates its event in the body and names it in the headline: the body's figures are the
// article's. Near miss: a headline with another count leaves the earlier event historical.
BOOST_AUTO_TEST_CASE(a_dated_toll_the_headline_restates_is_the_articles_event) {
    const std::string title = "Suspect arrested 10 months after arson that killed 36";
    const std::string body = "In July 2023, a studio was set on fire; 36 people died and 33 were injured.";
    std::vector<CasualtyFigure> figures = extract_casualties(title + "\n\n" + body, "en", "2024-05-27");
    BOOST_TEST(describe(figures) ==
               "deaths 36..36 exact; deaths 36..36 exact historical; injured 33..33 exact historical");
    casualties::keep_the_headlines_event(figures, title.size() + 2);
    BOOST_TEST(describe(figures) == "deaths 36..36 exact; deaths 36..36 exact; injured 33..33 exact");

    const std::string other = "Fire kills 3 in studio";
    std::vector<CasualtyFigure> near = extract_casualties(other + "\n\n" + body, "en", "2024-05-27");
    casualties::keep_the_headlines_event(near, other.size() + 2);
    BOOST_TEST(describe(near) ==
               "deaths 3..3 exact; deaths 36..36 exact historical; injured 33..33 exact historical");
}

BOOST_AUTO_TEST_CASE(kind_and_qualifier_names_are_stable) {
    BOOST_TEST(kind_name(CasualtyKind::deaths) == "deaths");
    BOOST_TEST(kind_name(CasualtyKind::injured) == "injured");
    BOOST_TEST(kind_name(CasualtyKind::missing) == "missing");
    BOOST_TEST(kind_name(CasualtyKind::detained) == "detained");
    BOOST_TEST(qualifier_name(Qualifier::exact) == "exact");
    BOOST_TEST(qualifier_name(Qualifier::at_least) == "at_least");
    BOOST_TEST(qualifier_name(Qualifier::more_than) == "more_than");
    BOOST_TEST(qualifier_name(Qualifier::about) == "about");
    BOOST_TEST(qualifier_name(Qualifier::nearly) == "nearly");
    BOOST_TEST(qualifier_name(Qualifier::up_to) == "up_to");
    BOOST_TEST(qualifier_name(Qualifier::fewer_than) == "fewer_than");
    BOOST_TEST(qualifier_name(Qualifier::range) == "range");
    BOOST_TEST(qualifier_name(Qualifier::vague) == "vague");
}

BOOST_AUTO_TEST_CASE(odd_input_and_unknown_languages_are_handled) {
    BOOST_TEST(extract_casualties("", "en", "").empty());
    BOOST_TEST(extract_casualties("\xff\xfe 40 dead \xc3", "en", "not a date").size() == 1U);
    BOOST_TEST(describe(extract_casualties("99999999999999999999999 dead", "en", kDate)) ==
               "deaths 100000000000..100000000000 exact");
    BOOST_TEST(describe(extract_casualties("40 dead", "xx", kDate)) ==
               "deaths 40..40 exact"); // English tables
    BOOST_TEST(describe(extract_casualties("造成118人遇难", "zh-Hans", kDate)) == "deaths 118..118 exact");
    BOOST_TEST(describe(extract_casualties("Число погибших выросло до 133", "RU", kDate)) ==
               "deaths 133..133 exact");
}

BOOST_AUTO_TEST_SUITE_END()
