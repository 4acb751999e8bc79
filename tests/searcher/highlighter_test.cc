#include <lede/render.h>

#include "searcher/highlighter.h"

#include <boost/test/unit_test.hpp>

namespace {

lede::WordMatch word(std::string term) {
    return {std::move(term), false, false, {}};
}

std::string highlight(const std::string& text, const lede::HighlightSpec& spec, std::size_t max_chars = 200) {
    lede::Analyzer analyzer;
    lede::Highlighter highlighter(analyzer);
    return lede::snippet_html(highlighter.snippet(text, spec, max_chars));
}

bool valid_utf8(const std::string& text) {
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        const std::size_t length = c < 0x80           ? 1
                                   : (c >> 5) == 0x6  ? 2
                                   : (c >> 4) == 0xE  ? 3
                                   : (c >> 3) == 0x1E ? 4
                                                      : 0;
        if (length == 0 || i + length > text.size()) {
            return false;
        }
        for (std::size_t j = 1; j < length; ++j) {
            if ((static_cast<unsigned char>(text[i + j]) & 0xC0) != 0x80) {
                return false;
            }
        }
        i += length;
    }
    return true;
}

} // namespace

BOOST_AUTO_TEST_SUITE(highlighter)

BOOST_AUTO_TEST_CASE(the_forms_a_word_expanded_to_are_marked_and_no_others) {
    lede::HighlightSpec spec;
    lede::WordMatch killing = word("killing");
    killing.forms = {"killing", "killed"};
    spec.sequences.push_back({killing});
    BOOST_TEST(highlight("Three people were killed; kills went on.", spec) ==
               "Three people were <mark>killed</mark>; kills went on.");
}

BOOST_AUTO_TEST_CASE(unaccented_query_marks_accented_text) {
    lede::HighlightSpec spec;
    lede::WordMatch zurich = word("zurich");
    zurich.allow_folded = true;
    spec.sequences.push_back({zurich});
    BOOST_TEST(highlight("Flights left Zürich.", spec) == "Flights left <mark>Zürich</mark>.");
}

BOOST_AUTO_TEST_CASE(phrases_are_marked_only_where_consecutive) {
    lede::HighlightSpec spec;
    spec.sequences.push_back({word("city"), word("hall")});
    BOOST_TEST(highlight("Hall and city: the City Hall burned.", spec) ==
               "Hall and city: the <mark>City</mark> <mark>Hall</mark> burned.");
}

BOOST_AUTO_TEST_CASE(cjk_words_are_marked_whatever_the_segmentation) {
    lede::HighlightSpec spec;
    spec.cjk_strings.push_back("普京");
    const std::string html = highlight("俄罗斯总统普京表示哀悼。", spec);
    BOOST_TEST(html.find("<mark>普京</mark>") != std::string::npos, html);
}

BOOST_AUTO_TEST_CASE(the_sentence_with_most_matches_is_chosen) {
    lede::HighlightSpec spec;
    spec.sequences.push_back({word("flood")});
    spec.sequences.push_back({word("valencia")});
    const std::string text = "A quiet start. Rain fell in Valencia. The flood hit Valencia hard.";
    BOOST_TEST(highlight(text, spec, 40) == "The <mark>flood</mark> hit <mark>Valencia</mark> hard.");
}

BOOST_AUTO_TEST_CASE(without_matches_the_lead_is_shown) {
    const std::string html = highlight("First sentence here. Second one.", {});
    BOOST_TEST(html.rfind("First sentence here.", 0) == 0U, html);
}

BOOST_AUTO_TEST_CASE(long_sentences_are_cut_around_the_match_on_whole_characters) {
    std::string text;
    for (int i = 0; i < 60; ++i) {
        text += "слово ";
    }
    text += "взрыв ";
    for (int i = 0; i < 60; ++i) {
        text += "ещё ";
    }
    lede::HighlightSpec spec;
    spec.sequences.push_back({word("взрыв")});
    const std::string html = highlight(text, spec, 80);
    BOOST_TEST(html.find("<mark>взрыв</mark>") != std::string::npos, html);
    BOOST_TEST(html.rfind("… ", 0) == 0U, html);
    BOOST_TEST(valid_utf8(html));
    BOOST_TEST(html.size() < 80U * 2 + 40U); // about 80 Cyrillic characters of two bytes each, plus markup
}

BOOST_AUTO_TEST_CASE(a_long_sentence_keeps_its_start_when_the_match_is_near_it) {
    std::string text =
        "Over 130 lives were lost on Friday evening in a devastating and carefully planned attack at the "
        "Crocus City Hall";
    for (int i = 0; i < 40; ++i) {
        text += " and more";
    }
    text += ".";
    lede::HighlightSpec spec;
    spec.sequences.push_back({word("crocus")});
    const std::string html = highlight(text, spec, 200);
    BOOST_TEST(html.rfind("Over 130 lives", 0) == 0U, html);
}

BOOST_AUTO_TEST_CASE(runs_of_white_space_become_one_space) {
    lede::HighlightSpec spec;
    spec.sequences.push_back({word("fire")});
    BOOST_TEST(highlight("The  fire\tspread.", spec) == "The <mark>fire</mark> spread.");
}

BOOST_AUTO_TEST_CASE(html_in_the_text_is_escaped) {
    lede::HighlightSpec spec;
    spec.sequences.push_back({word("b")});
    BOOST_TEST(highlight("<script>a</script> b", spec) == "&lt;script&gt;a&lt;/script&gt; <mark>b</mark>");
}

BOOST_AUTO_TEST_SUITE_END()
