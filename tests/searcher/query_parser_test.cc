// Unit tests of the query-language lexer and parser (searcher/query). Trees
// are compared as S-expressions, e.g. `(and (text killed) (not (text moscow)))`.

#include "searcher/query/ast.h"
#include "searcher/query/lexer.h"

#include <lede/error.h>
#include <lede/limits.h>

#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <chrono>
#include <cstddef>
#include <ostream>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace bdata = boost::unit_test::data;
using lede::QueryError;
using lede::query::Node;
using lede::query::NodeKind;
using lede::query::parse;

namespace {

/// The tree as an S-expression: (text x), (phrase "x"), (wild x),
/// (field lang ru), (field entity "x y"), (field title <child>), (and ...),
/// (or ...), (not x), (near/N ...).
std::string sexpr(const Node& n) {
    std::string out;
    const auto children = [&] {
        for (const Node& c : n.children) {
            out += ' ';
            out += sexpr(c);
        }
    };
    switch (n.kind) {
    case NodeKind::text:
        return "(text " + n.text + ")";
    case NodeKind::phrase:
        return "(phrase \"" + n.text + "\")";
    case NodeKind::wildcard:
        return "(wild " + n.text + ")";
    case NodeKind::field:
        out = "(field " + n.field;
        if (!n.text.empty()) {
            out += n.quoted ? " \"" + n.text + "\"" : " " + n.text;
        }
        children();
        return out + ")";
    case NodeKind::all_of:
        out = "(and";
        children();
        return out + ")";
    case NodeKind::any_of:
        out = "(or";
        children();
        return out + ")";
    case NodeKind::none_of:
        out = "(not";
        children();
        return out + ")";
    case NodeKind::near:
        out = "(near/" + std::to_string(n.distance);
        children();
        return out + ")";
    }
    return "(?)";
}

/// Parses `query`, expecting a QueryError; returns it (or a sentinel that
/// makes the comparisons fail with a readable message).
QueryError parse_error(std::string_view query) {
    try {
        const Node n = parse(query);
        return QueryError(static_cast<std::size_t>(-1), "no error; parsed as " + sexpr(n));
    } catch (const QueryError& e) {
        return e;
    }
}

/// Shape rules the query builder relies on, checked on every tree.
void check_invariants(const Node& n, bool is_root) {
    switch (n.kind) {
    case NodeKind::text:
    case NodeKind::phrase:
    case NodeKind::wildcard:
        BOOST_TEST(!n.text.empty());
        BOOST_TEST(n.children.empty());
        break;
    case NodeKind::field:
        BOOST_TEST(!n.field.empty());
        if (n.field == "title") {
            BOOST_TEST(n.children.size() == 1U);
        } else {
            BOOST_TEST(!n.text.empty());
            BOOST_TEST(n.children.empty());
        }
        break;
    case NodeKind::all_of:
    case NodeKind::any_of:
        if (!(is_root && n.kind == NodeKind::all_of && n.children.empty())) {
            BOOST_TEST(n.children.size() >= 2U);
        }
        for (const Node& c : n.children) {
            BOOST_TEST((c.kind != n.kind), "unflattened child in " << sexpr(n));
        }
        break;
    case NodeKind::none_of:
        BOOST_TEST(n.children.size() == 1U);
        break;
    case NodeKind::near:
        BOOST_TEST(n.children.size() >= 2U);
        BOOST_TEST(n.distance >= 1U);
        BOOST_TEST(n.distance <= lede::query::kMaxNearDistance);
        for (const Node& c : n.children) {
            BOOST_TEST((c.kind == NodeKind::text || c.kind == NodeKind::phrase));
        }
        break;
    }
    for (const Node& c : n.children) {
        check_invariants(c, false);
    }
}

struct ParseCase {
    std::string query;
    std::string tree;
};

std::ostream& operator<<(std::ostream& os, const ParseCase& c) {
    return os << "query `" << c.query << "` → " << c.tree;
}

struct ErrorCase {
    std::string query;
    std::size_t offset;
    std::string reason;
};

std::ostream& operator<<(std::ostream& os, const ErrorCase& c) {
    return os << "query `" << c.query << "` → error at " << c.offset << ": " << c.reason;
}

const std::vector<ParseCase> kWords = {
    {"killed", "(text killed)"},
    {"ISIS-K", "(text ISIS-K)"},
    {"U.S.", "(text U.S.)"},
    {"don't", "(text don't)"},
    {"北京地震", "(text 北京地震)"},
    {"http://x.org", "(text http://x.org)"},
    {"foo:bar", "(text foo:bar)"},
    {"a»", "(text a»)"},
    {"NEARBY ANDROID ORBIT NOTE", "(and (text NEARBY) (text ANDROID) (text ORBIT) (text NOTE))"},
    {"floods and quake", "(and (text floods) (text and) (text quake))"},
    {"a or b", "(and (text a) (text or) (text b))"},
    {"not a", "(and (text not) (text a))"},
    {"a near b Near c", "(and (text a) (text near) (text b) (text Near) (text c))"},
    {"quake 北京地震 deaths", "(and (text quake) (text 北京地震) (text deaths))"},
    {"a\u3000b", "(and (text a) (text b))"},
    {"a\u00A0b", "(and (text a) (text b))"},
    {" \t a \r\n b \n", "(and (text a) (text b))"},
    {"взрыв в Москве", "(and (text взрыв) (text в) (text Москве))"},
};

const std::vector<ParseCase> kPhrases = {
    {"\"heavy rains\"", "(phrase \"heavy rains\")"},
    {"\"kill*\"", "(phrase \"kill*\")"},
    {"\"a AND b\"", "(phrase \"a AND b\")"},
    {"\"(x)\"", "(phrase \"(x)\")"},
    {"foo\"bar baz\"", "(and (text foo) (phrase \"bar baz\"))"},
    {"a\"b\"c", "(and (text a) (phrase \"b\") (text c))"},
    {"“heavy rains”", "(phrase \"heavy rains\")"},
    {"„starker Regen“", "(phrase \"starker Regen\")"},
    {"«Крокус Сити»", "(phrase \"Крокус Сити\")"},
    {"« pluies »", "(phrase \" pluies \")"},
    {"“it's \"so\" wet”", "(phrase \"it's \"so\" wet\")"},
    {"\"heavy rains\" NEAR flood -drought",
     "(and (near/10 (phrase \"heavy rains\") (text flood)) (not (text drought)))"},
};

const std::vector<ParseCase> kOperators = {
    {"killed moscow", "(and (text killed) (text moscow))"},
    {"killed AND moscow", "(and (text killed) (text moscow))"},
    {"killed OR moscow", "(or (text killed) (text moscow))"},
    {"a b OR c", "(or (and (text a) (text b)) (text c))"},
    {"a OR b c", "(or (text a) (and (text b) (text c)))"},
    {"a AND b OR c AND d", "(or (and (text a) (text b)) (and (text c) (text d)))"},
    {"(a OR b) c", "(and (or (text a) (text b)) (text c))"},
    {"a AND(b)", "(and (text a) (text b))"},
    {"(a)", "(text a)"},
    {"((a))", "(text a)"},
    {"NOT a", "(not (text a))"},
    {"NOT(a)", "(not (text a))"},
    {"-a", "(not (text a))"},
    {"+a", "(text a)"},
    {"+a +b", "(and (text a) (text b))"},
    {"a NOT b", "(and (text a) (not (text b)))"},
    {"a AND NOT b", "(and (text a) (not (text b)))"},
    {"a -b", "(and (text a) (not (text b)))"},
    {"a OR NOT b", "(or (text a) (not (text b)))"},
    {"a OR -b", "(or (text a) (not (text b)))"},
    {"NOT a b", "(and (not (text a)) (text b))"},
    {"NOT a OR b", "(or (not (text a)) (text b))"},
    {"NOT NOT a", "(not (not (text a)))"},
    {"NOT -a", "(not (not (text a)))"},
    {"-(a OR b)", "(not (or (text a) (text b)))"},
    {"-\"a b\"", "(not (phrase \"a b\"))"},
    {"-«a b»", "(not (phrase \"a b\"))"},
    {"+(a b)", "(and (text a) (text b))"},
    {"--x", "(not (text -x))"},
    {"-NOT", "(not (text NOT))"},
    {"-AND x", "(and (not (text AND)) (text x))"},
    {"a - b", "(and (text a) (text -) (text b))"},
    {"a + b", "(and (text a) (text +) (text b))"},
    {"a -- b", "(and (text a) (text --) (text b))"},
    {"(a -)", "(and (text a) (text -))"},
    {"-", "(text -)"},
    {"a-b", "(text a-b)"},
};

const std::vector<ParseCase> kFlattening = {
    {"a OR b OR c", "(or (text a) (text b) (text c))"},
    {"a AND b AND c", "(and (text a) (text b) (text c))"},
    {"a b AND c d", "(and (text a) (text b) (text c) (text d))"},
    {"a (b c)", "(and (text a) (text b) (text c))"},
    {"(a b) (c d)", "(and (text a) (text b) (text c) (text d))"},
    {"(a OR b) OR c", "(or (text a) (text b) (text c))"},
    {"a OR (b OR (c OR d))", "(or (text a) (text b) (text c) (text d))"},
    {"a OR (b c)", "(or (text a) (and (text b) (text c)))"},
    {"(a OR b) (c OR d)", "(and (or (text a) (text b)) (or (text c) (text d)))"},
    {"-(a b) c", "(and (not (and (text a) (text b))) (text c))"},
};

const std::vector<ParseCase> kNear = {
    {"a NEAR b", "(near/10 (text a) (text b))"},
    {"a NEAR/3 b", "(near/3 (text a) (text b))"},
    {"a NEAR/1 b", "(near/1 (text a) (text b))"},
    {"a NEAR/1000 b", "(near/1000 (text a) (text b))"},
    {"a NEAR/0005 b", "(near/5 (text a) (text b))"},
    {"a NEAR b NEAR c", "(near/10 (text a) (text b) (text c))"},
    {"a NEAR/5 b NEAR/3 c", "(near/3 (text a) (text b) (text c))"},
    {"a NEAR/20 b NEAR c", "(near/10 (text a) (text b) (text c))"},
    {"\"heavy rains\" NEAR/2 \"flash flood\"", "(near/2 (phrase \"heavy rains\") (phrase \"flash flood\"))"},
    {"(a) NEAR b", "(near/10 (text a) (text b))"},
    {"x a NEAR b y", "(and (text x) (near/10 (text a) (text b)) (text y))"},
    {"a NEAR b OR c", "(or (near/10 (text a) (text b)) (text c))"},
    {"NOT a NEAR b", "(not (near/10 (text a) (text b)))"},
    {"-a NEAR b", "(not (near/10 (text a) (text b)))"},
    {"a NEAR b NEAR c d", "(and (near/10 (text a) (text b) (text c)) (text d))"},
};

const std::vector<ParseCase> kWildcards = {
    {"kill*", "(wild kill)"},
    {"kill**", "(wild kill)"},
    {"-kill*", "(not (wild kill))"},
    {"+kill*", "(wild kill)"},
    {"ISIS-*", "(wild ISIS-)"},
    {"взрыв*", "(wild взрыв)"},
    {"kill* OR murder*", "(or (wild kill) (wild murder))"},
};

const std::vector<ParseCase> kFields = {
    {"lang:ru", "(field lang ru)"},
    {"LANG:ru", "(field lang ru)"},
    {"Source:bbc.co.uk", "(field source bbc.co.uk)"},
    {"date:2024-03..2024-04", "(field date 2024-03..2024-04)"},
    {"deaths:100..", "(field deaths 100..)"},
    {"injured:10..50", "(field injured 10..50)"},
    {"source:bbc*", "(field source bbc*)"},
    {"entity:\"Vladimir Putin\"", "(field entity \"Vladimir Putin\")"},
    {"entity:«Владимир Путин»", "(field entity \"Владимир Путин\")"},
    {"title:moscow", "(field title (text moscow))"},
    {"Title:Moscow", "(field title (text Moscow))"},
    {"title:kill*", "(field title (wild kill))"},
    {"title:\"Crocus City Hall\"", "(field title (phrase \"Crocus City Hall\"))"},
    {"title:(moscow OR kyiv)", "(field title (or (text moscow) (text kyiv)))"},
    {"title:(a b)", "(field title (and (text a) (text b)))"},
    {"title:AND", "(field title (text AND))"},
    {"title:-moscow", "(field title (text -moscow))"},
    {"title:lang:ru", "(field title (text lang:ru))"},
    {"-lang:ru", "(not (field lang ru))"},
    {"NOT source:tass", "(not (field source tass))"},
    {"title:\"Crocus City Hall\" lang:ru date:2024-03..2024-04",
     "(and (field title (phrase \"Crocus City Hall\")) (field lang ru) (field date 2024-03..2024-04))"},
    {"entity:\"Vladimir Putin\" deaths:100..",
     "(and (field entity \"Vladimir Putin\") (field deaths 100..))"},
    {"flood lang:ru OR lang:uk", "(or (and (text flood) (field lang ru)) (field lang uk))"},
    {"title:moscow OR title:kyiv", "(or (field title (text moscow)) (field title (text kyiv)))"},
};

const std::vector<ParseCase> kEmpty = {
    {"", "(and)"},
    {" ", "(and)"},
    {" \t\r\n ", "(and)"},
    {"\u3000\u00A0", "(and)"},
};

// clang-format off: one row per line reads better than bin-packed columns
const std::vector<ErrorCase> kQuoteErrors = {
    {"\"", 0, "unclosed quote"},        {"a \"b c", 2, "unclosed quote"}, {"взрыв \"", 11, "unclosed quote"},
    {"\"a\" \"b", 4, "unclosed quote"}, {"“abc", 0, "unclosed quote"},    {"“abc\"", 0, "unclosed quote"},
    {"\"abc”", 0, "unclosed quote"},    {"\"\"", 0, "empty phrase"},      {"a \"  \"", 2, "empty phrase"},
    {"«»", 0, "empty phrase"},          {"-\"\"", 1, "empty phrase"},
};

const std::vector<ErrorCase> kGroupErrors = {
    {")", 0, "unbalanced ')'"},    {"a)", 1, "unbalanced ')'"},    {"a ) b", 2, "unbalanced ')'"},
    {"(a))", 3, "unbalanced ')'"}, {"(", 0, "missing ')'"},        {"(a", 0, "missing ')'"},
    {"((a)", 0, "missing ')'"},    {"a (b (c)", 2, "missing ')'"}, {"-(a", 1, "missing ')'"},
    {"()", 0, "empty group"},      {"a ( )", 2, "empty group"},    {"(())", 1, "empty group"},
};

const std::vector<ErrorCase> kOperatorErrors = {
    {"AND", 0, "AND needs a term on both sides"},       {"AND a", 0, "AND needs a term on both sides"},
    {"a AND", 2, "AND needs a term on both sides"},     {"a AND AND b", 2, "AND needs a term on both sides"},
    {"(a AND)", 3, "AND needs a term on both sides"},   {"(AND a)", 1, "AND needs a term on both sides"},
    {"OR", 0, "OR needs a term on both sides"},         {"OR a", 0, "OR needs a term on both sides"},
    {"a OR", 2, "OR needs a term on both sides"},       {"a OR OR b", 2, "OR needs a term on both sides"},
    {"a OR AND b", 2, "OR needs a term on both sides"}, {"NOT", 0, "NOT needs a term after it"},
    {"a NOT", 2, "NOT needs a term after it"},          {"NOT AND a", 0, "NOT needs a term after it"},
    {"(a NOT)", 3, "NOT needs a term after it"},        {"NOT NOT", 4, "NOT needs a term after it"},
};

const std::vector<ErrorCase> kNearErrors = {
    {"NEAR", 0, "NEAR needs words or phrases on both sides"},
    {"NEAR a", 0, "NEAR needs words or phrases on both sides"},
    {"a NEAR", 2, "NEAR needs words or phrases on both sides"},
    {"a NEAR NEAR b", 2, "NEAR needs words or phrases on both sides"},
    {"a NEAR (b OR c)", 2, "NEAR needs words or phrases on both sides"},
    {"(a b) NEAR c", 6, "NEAR needs words or phrases on both sides"},
    {"a* NEAR b", 3, "NEAR needs words or phrases on both sides"},
    {"a NEAR b*", 2, "NEAR needs words or phrases on both sides"},
    {"lang:ru NEAR b", 8, "NEAR needs words or phrases on both sides"},
    {"a NEAR title:b", 2, "NEAR needs words or phrases on both sides"},
    {"a NEAR -b", 2, "NEAR needs words or phrases on both sides"},
    {"a NEAR NOT b", 2, "NEAR needs words or phrases on both sides"},
    {"a NEAR b NEAR", 9, "NEAR needs words or phrases on both sides"},
    {"a NEAR/0 b", 2, "NEAR distance must be 1 to 1000"},
    {"a NEAR/1001 b", 2, "NEAR distance must be 1 to 1000"},
    {"a NEAR/99999999999999999999 b", 2, "NEAR distance must be 1 to 1000"},
    {"a NEAR/ b", 2, "NEAR distance must be 1 to 1000"},
    {"a NEAR/x b", 2, "NEAR distance must be 1 to 1000"},
    {"a NEAR/-3 b", 2, "NEAR distance must be 1 to 1000"},
};

const std::vector<ErrorCase> kWildcardErrors = {
    {"*", 0, "wildcard needs a prefix"},
    {"***", 0, "wildcard needs a prefix"},
    {"a *", 2, "wildcard needs a prefix"},
    {"-*", 1, "wildcard needs a prefix"},
    {"ki*ll", 2, "wildcard only at the end of a word"},
    {"*kill", 0, "wildcard only at the end of a word"},
    {"взрыв ки*ll", 15, "wildcard only at the end of a word"},
    {"title:*", 6, "wildcard needs a prefix"},
    {"title:ki*ll", 8, "wildcard only at the end of a word"},
};

const std::vector<ErrorCase> kFieldErrors = {
    {"lang:", 0, "empty value for lang:"},
    {"LANG:", 0, "empty value for lang:"},
    {"a lang: b", 2, "empty value for lang:"},
    {"lang:\"\"", 0, "empty value for lang:"},
    {"entity:\" \"", 0, "empty value for entity:"},
    {"(date:)", 1, "empty value for date:"},
    {"title:", 0, "empty value for title:"},
    {"title:\"\"", 0, "empty value for title:"},
    {"-title:", 1, "empty value for title:"},
    {"lang:(ru OR uk)", 0, "lang: takes a word or a quoted value, not a group"},
    {"title:()", 6, "empty group"},
    {"title:(a", 6, "missing ')'"},
    {"title:\"a", 6, "unclosed quote"},
    {"entity:“Putin", 7, "unclosed quote"},
};

const std::vector<ErrorCase> kByteErrors = {
    {"a\x01z", 1, "control character"},
    {std::string("a\0z", 3), 1, "control character"},
    {"a\vz", 1, "control character"},
    {"a\x1bz", 1, "control character"},
    {"a\x7fz", 1, "control character"},
    {"a\xc2\x85z", 1, "control character"}, // U+0085, a C1 control
    {"a\xffz", 1, "invalid UTF-8"},
    {"a\x80z", 1, "invalid UTF-8"},
    {"ab\xe4\xb8", 2, "invalid UTF-8"},
    {"ab\xe4\xb8z", 2, "invalid UTF-8"},
    {"\xc0\x80", 0, "invalid UTF-8"},
    {"\xe0\x80\x80", 0, "invalid UTF-8"},
    {"\xed\xa0\x80", 0, "invalid UTF-8"},
    {"\xf4\x90\x80\x80", 0, "invalid UTF-8"},
    {"взрыв \xd0", 11, "invalid UTF-8"},
    // Bytes are checked before syntax: the bad byte is reported, not the quote.
    {"\"a \x01", 3, "control character"},
};
// clang-format on

void check_parse(const ParseCase& c) {
    const Node n = parse(c.query);
    BOOST_TEST(sexpr(n) == c.tree);
    check_invariants(n, true);
}

void check_error(const ErrorCase& c) {
    const QueryError e = parse_error(c.query);
    BOOST_TEST(e.reason() == c.reason);
    BOOST_TEST(e.offset() == c.offset);
}

/// Nests `levels` copies of `open` … `close` around `inner`.
std::string nested(std::size_t levels, std::string_view open, std::string_view inner,
                   std::string_view close) {
    std::string q;
    for (std::size_t i = 0; i < levels; ++i) {
        q += open;
    }
    q += inner;
    for (std::size_t i = 0; i < levels; ++i) {
        q += close;
    }
    return q;
}

} // namespace

BOOST_AUTO_TEST_SUITE(query_parser)

BOOST_DATA_TEST_CASE(words_are_whitespace_separated_chunks_kept_verbatim, bdata::make(kWords), c) {
    check_parse(c);
}

BOOST_DATA_TEST_CASE(quotes_delimit_phrases_of_raw_text, bdata::make(kPhrases), c) {
    check_parse(c);
}

BOOST_DATA_TEST_CASE(operators_follow_or_and_not_near_precedence, bdata::make(kOperators), c) {
    check_parse(c);
}

BOOST_DATA_TEST_CASE(same_kind_and_or_nodes_are_flattened, bdata::make(kFlattening), c) {
    check_parse(c);
}

BOOST_DATA_TEST_CASE(near_chains_make_one_node_with_the_smallest_window, bdata::make(kNear), c) {
    check_parse(c);
}

BOOST_DATA_TEST_CASE(a_trailing_star_makes_a_wildcard, bdata::make(kWildcards), c) {
    check_parse(c);
}

BOOST_DATA_TEST_CASE(known_field_prefixes_make_field_nodes, bdata::make(kFields), c) {
    check_parse(c);
}

BOOST_DATA_TEST_CASE(an_empty_query_matches_everything, bdata::make(kEmpty), c) {
    check_parse(c);
}

BOOST_DATA_TEST_CASE(quote_errors_are_reported_at_the_opening_quote, bdata::make(kQuoteErrors), c) {
    check_error(c);
}

BOOST_DATA_TEST_CASE(parenthesis_errors_are_reported_at_the_parenthesis, bdata::make(kGroupErrors), c) {
    check_error(c);
}

BOOST_DATA_TEST_CASE(an_operator_without_its_terms_is_reported_at_the_operator, bdata::make(kOperatorErrors),
                     c) {
    check_error(c);
}

BOOST_DATA_TEST_CASE(near_errors_are_reported_at_the_near, bdata::make(kNearErrors), c) {
    check_error(c);
}

BOOST_DATA_TEST_CASE(misplaced_stars_are_reported_at_the_star, bdata::make(kWildcardErrors), c) {
    check_error(c);
}

BOOST_DATA_TEST_CASE(field_errors_are_reported_at_the_field_name, bdata::make(kFieldErrors), c) {
    check_error(c);
}

BOOST_DATA_TEST_CASE(bad_bytes_are_reported_at_the_first_bad_byte, bdata::make(kByteErrors), c) {
    check_error(c);
}

BOOST_AUTO_TEST_CASE(unclosed_quote_is_reported_at_the_quote) {
    const QueryError e = parse_error("взрыв \"");
    BOOST_TEST(e.offset() == 11U);
    BOOST_TEST(e.reason() == "unclosed quote");
    BOOST_TEST(std::string(e.what()) == "query error at byte 11: unclosed quote");
}

BOOST_AUTO_TEST_CASE(errors_are_reported_in_text_order) {
    // The operator error comes first although the quote is never closed.
    BOOST_TEST(parse_error("AND \"foo").offset() == 0U);
    BOOST_TEST(parse_error("a ) \"foo").reason() == "unbalanced ')'");
    BOOST_TEST(parse_error("a \"foo AND").reason() == "unclosed quote");
}

BOOST_AUTO_TEST_CASE(nodes_carry_the_byte_offsets_of_their_tokens) {
    // взрыв = 10 bytes; the phrase starts at 11, is 13 bytes; lang: at 25.
    const Node n = parse("взрыв \"heavy rains\" lang:ru -title:kill*");
    BOOST_TEST_REQUIRE(n.children.size() == 4U);
    BOOST_TEST(n.offset == 0U);
    BOOST_TEST(n.children[0].offset == 0U);
    BOOST_TEST(n.children[1].offset == 11U);
    BOOST_TEST(n.children[2].offset == 25U);
    const Node& negated = n.children[3];
    BOOST_TEST(negated.offset == 33U);
    BOOST_TEST_REQUIRE(negated.children.size() == 1U);
    BOOST_TEST(negated.children[0].offset == 34U);
    BOOST_TEST_REQUIRE(negated.children[0].children.size() == 1U);
    BOOST_TEST(negated.children[0].children[0].offset == 40U);
}

BOOST_AUTO_TEST_CASE(field_nodes_hold_the_lower_cased_name_and_the_raw_value) {
    const Node quoted = parse("Entity:\"Vladimir Putin\"");
    BOOST_TEST((quoted.kind == NodeKind::field));
    BOOST_TEST(quoted.field == "entity");
    BOOST_TEST(quoted.text == "Vladimir Putin");
    BOOST_TEST(quoted.quoted);
    BOOST_TEST(quoted.children.empty());

    const Node plain = parse("lang:ru");
    BOOST_TEST(plain.text == "ru");
    BOOST_TEST(!plain.quoted);

    const Node title = parse("title:\"Crocus City Hall\"");
    BOOST_TEST(title.field == "title");
    BOOST_TEST(title.text.empty());
    BOOST_TEST(title.quoted);
    BOOST_TEST_REQUIRE(title.children.size() == 1U);
    BOOST_TEST(title.children[0].offset == 6U);
}

BOOST_AUTO_TEST_CASE(near_nodes_default_to_a_window_of_ten) {
    const Node n = parse("a NEAR b");
    BOOST_TEST((n.kind == NodeKind::near));
    BOOST_TEST(n.distance == lede::query::kDefaultNearDistance);
    BOOST_TEST(n.distance == 10U);
}

BOOST_AUTO_TEST_CASE(a_query_of_filters_only_is_accepted) {
    BOOST_TEST(sexpr(parse("lang:ru date:2024-03..2024-04")) ==
               "(and (field lang ru) (field date 2024-03..2024-04))");
    const Node everything = parse("   ");
    BOOST_TEST((everything.kind == NodeKind::all_of));
    BOOST_TEST(everything.children.empty());
}

BOOST_AUTO_TEST_CASE(a_query_of_exactly_the_byte_limit_is_accepted) {
    const std::string q(lede::limits::kMaxQueryBytes, 'a');
    BOOST_TEST(parse(q).text == q);
}

BOOST_AUTO_TEST_CASE(a_query_over_the_byte_limit_is_reported_at_the_limit) {
    const QueryError e = parse_error(std::string(lede::limits::kMaxQueryBytes + 1, 'a'));
    BOOST_TEST(e.offset() == lede::limits::kMaxQueryBytes);
    BOOST_TEST(e.reason() == "query longer than 4096 bytes");
}

BOOST_AUTO_TEST_CASE(thirty_two_levels_of_nesting_are_accepted) {
    BOOST_TEST(sexpr(parse(nested(32, "(", "a", ")"))) == "(text a)");
    BOOST_TEST(sexpr(parse(nested(32, "NOT ", "a", ""))) == nested(32, "(not ", "(text a)", ")"));
    BOOST_TEST(sexpr(parse(nested(16, "NOT (", "a", ")"))) == nested(16, "(not ", "(text a)", ")"));
    BOOST_TEST(sexpr(parse(nested(31, "(", "title:(a)", ")"))) == "(field title (text a))");
}

BOOST_AUTO_TEST_CASE(nesting_deeper_than_the_limit_is_reported_at_the_offending_token) {
    const std::string_view reason = "query nested too deeply (max 32)";
    QueryError e = parse_error(nested(33, "(", "a", ")"));
    BOOST_TEST(e.reason() == reason);
    BOOST_TEST(e.offset() == 32U);
    e = parse_error(nested(33, "NOT ", "a", ""));
    BOOST_TEST(e.reason() == reason);
    BOOST_TEST(e.offset() == 128U);
    // `--…-a` is one chunk: one prefix, the rest is text, so no nesting.
    BOOST_TEST(sexpr(parse(nested(40, "-", "a", ""))) == "(not (text " + std::string(39, '-') + "a))");
    e = parse_error(nested(17, "NOT (", "a", ")"));
    BOOST_TEST(e.reason() == reason);
    BOOST_TEST(e.offset() == 80U);
    e = parse_error(nested(17, "-(", "a", ")"));
    BOOST_TEST(e.reason() == reason);
    BOOST_TEST(e.offset() == 32U);
    e = parse_error(nested(32, "(", "title:(a)", ")"));
    BOOST_TEST(e.reason() == reason);
    BOOST_TEST(e.offset() == 38U);
}

BOOST_AUTO_TEST_CASE(ten_thousand_open_parentheses_fail_fast_without_deep_recursion) {
    const auto start = std::chrono::steady_clock::now();
    // Over the byte limit: rejected before any parsing.
    QueryError e = parse_error(std::string(10'000, '('));
    BOOST_TEST(e.reason() == "query longer than 4096 bytes");
    BOOST_TEST(e.offset() == lede::limits::kMaxQueryBytes);
    // Within the byte limit: the depth limit stops the descent at the 33rd.
    e = parse_error(std::string(lede::limits::kMaxQueryBytes, '('));
    BOOST_TEST(e.reason() == "query nested too deeply (max 32)");
    BOOST_TEST(e.offset() == 32U);
    e = parse_error(nested(1000, "NOT ", "a", ""));
    BOOST_TEST(e.offset() == 128U);
    const auto elapsed = std::chrono::steady_clock::now() - start;
    BOOST_TEST(std::chrono::duration_cast<std::chrono::milliseconds>(elapsed).count() < 1000);
}

BOOST_AUTO_TEST_CASE(the_lexer_splits_prefixes_operators_and_fields) {
    using lede::query::FieldValueKind;
    using lede::query::TokenKind;
    lede::query::Lexer lexer("-\"a b\" NEAR/3 Title:(x) +y ”z");
    std::vector<lede::query::Token> tokens;
    for (auto t = lexer.next(); t.kind != TokenKind::end; t = lexer.next()) {
        tokens.push_back(t);
    }
    BOOST_TEST_REQUIRE(tokens.size() == 10U);
    BOOST_TEST((tokens[0].kind == TokenKind::minus));
    BOOST_TEST(tokens[0].offset == 0U);
    BOOST_TEST((tokens[1].kind == TokenKind::phrase));
    BOOST_TEST(tokens[1].offset == 1U);
    BOOST_TEST(tokens[1].text == "a b");
    BOOST_TEST((tokens[2].kind == TokenKind::op_near));
    BOOST_TEST(tokens[2].distance == 3U);
    BOOST_TEST((tokens[3].kind == TokenKind::field));
    BOOST_TEST(tokens[3].text == "title");
    BOOST_TEST((tokens[3].value_kind == FieldValueKind::group));
    BOOST_TEST((tokens[4].kind == TokenKind::lparen));
    BOOST_TEST(tokens[4].offset == 20U);
    BOOST_TEST((tokens[5].kind == TokenKind::word));
    BOOST_TEST((tokens[6].kind == TokenKind::rparen));
    BOOST_TEST((tokens[7].kind == TokenKind::plus));
    BOOST_TEST(tokens[8].text == "y");
    // A closing quote outside a phrase is text.
    BOOST_TEST((tokens[9].kind == TokenKind::word));
    BOOST_TEST(tokens[9].text == "”z");
    // The end token repeats.
    auto last = lexer.next();
    BOOST_TEST((last.kind == TokenKind::end));
    BOOST_TEST(last.offset == std::string_view("-\"a b\" NEAR/3 Title:(x) +y ”z").size());
}

BOOST_AUTO_TEST_CASE(random_queries_parse_or_fail_with_an_offset_inside_the_query) {
    // Syntax-heavy alphabet so that most combinations reach the error paths.
    const std::vector<std::string> pieces = {
        "a",      "b",      " ",  "  ", "\"",     "(",     ")",  "AND",     "OR", "NOT",    "NEAR",
        "NEAR/2", "-",      "+",  "*",  "title:", "lang:", "ru", "«",       "»",  "\u3000", ":",
        "x*",     "NEAR/0", "北", "ё",  "date:",  "“",     "”",  "entity:", "\t",
    };
    std::mt19937 rng(20240322);
    std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1);
    std::uniform_int_distribution<int> length(0, 24);
    int parsed = 0;
    for (int i = 0; i < 3000; ++i) {
        std::string q;
        for (int k = length(rng); k > 0; --k) {
            q += pieces[pick(rng)];
        }
        try {
            const Node n = parse(q);
            check_invariants(n, true);
            ++parsed;
        } catch (const QueryError& e) {
            BOOST_TEST(e.offset() <= q.size(), "query `" << q << "`");
            BOOST_TEST(!e.reason().empty());
        }
    }
    BOOST_TEST(parsed > 0);
}

BOOST_AUTO_TEST_SUITE_END()
