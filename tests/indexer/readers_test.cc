#include "indexer/input/article_fields.h"
#include "indexer/input/boilerplate.h"
#include "indexer/input/file_walker.h"
#include "indexer/input/jsonl_reader.h"

#include <lede/error.h>
#include <lede/limits.h>

#include "common/analysis/text_cleanup.h"

#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <ostream>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using namespace lede::input;
using namespace std::string_literals;

namespace {

/// A fresh directory under the system temporary directory, removed at the end.
class TempDir {
public:
    TempDir() {
        std::string pattern = (fs::temp_directory_path() / "lede-readers-XXXXXX").string();
        if (::mkdtemp(pattern.data()) == nullptr) {
            throw std::runtime_error("mkdtemp failed");
        }
        path_ = pattern;
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    ~TempDir() {
        std::error_code ignored;
        fs::remove_all(path_, ignored);
    }

    [[nodiscard]] const fs::path& path() const { return path_; }

    fs::path write(const std::string& relative, const std::string& content) const {
        const fs::path file = path_ / relative;
        fs::create_directories(file.parent_path());
        std::ofstream(file, std::ios::binary) << content;
        return file;
    }

private:
    fs::path path_;
};

/// Everything walking and reading some inputs produced.
struct Outcome {
    std::vector<InputRecord> records;
    std::vector<std::string> rejected;
    std::vector<std::string> warnings;
};

Outcome read_inputs(const std::vector<std::string>& inputs) {
    Outcome outcome;
    const ProblemSinks sinks{
        [&](const lede::InputProblem& problem) { outcome.rejected.push_back(problem.to_string()); },
        [&](const lede::InputProblem& problem) { outcome.warnings.push_back(problem.to_string()); }};
    for (const InputFile& file : walk_inputs(inputs, sinks)) {
        read_input_file(
            file, [&](InputRecord&& record) { outcome.records.push_back(std::move(record)); }, sinks);
    }
    return outcome;
}

Outcome read_path(const fs::path& path) {
    return read_inputs({path.string()});
}

/// Reads one file written into a fresh directory.
Outcome read_content(const std::string& name, const std::string& content, std::string* path = nullptr) {
    const TempDir dir;
    const fs::path file = dir.write(name, content);
    if (path != nullptr) {
        *path = file.string();
    }
    return read_path(file);
}

using Messages = std::vector<std::string>;

} // namespace

BOOST_AUTO_TEST_SUITE(txt_reader)

BOOST_AUTO_TEST_CASE(seed_files_lose_date_token_and_advertisement_but_keep_headings) {
    const Outcome out = read_path(fs::path(LEDE_SOURCE_DIR) / "corpus" / "seeds");
    BOOST_TEST(out.rejected == Messages{}, boost::test_tools::per_element());
    BOOST_TEST(out.warnings == Messages{}, boost::test_tools::per_element());
    BOOST_TEST_REQUIRE(out.records.size() == 5u);

    const lede::Article& first = out.records[0].article;
    BOOST_TEST(first.id == "000_be6f9aeb019a0a01");
    BOOST_TEST(first.date == "");
    BOOST_TEST(first.title ==
               "Dalerjon Mirzoev has confessed to leading the terrifying terrorist attack at "
               "Moscow's Crocus City Hall, marking a chilling moment in Russia's fight against "
               "terrorism");
    BOOST_TEST(first.body.find("\n\nImpact and Reaction\n\n") != std::string::npos);

    const lede::Article& dated = out.records[1].article;
    BOOST_TEST(dated.id == "001_fc2a1f6496cdb120");
    BOOST_TEST(dated.date == "2024-03-23");
    BOOST_TEST(dated.body.starts_with("Following a horrific attack at Crocus City Hall, Moscow,"));
    BOOST_TEST(dated.title ==
               "Following a horrific attack at Crocus City Hall, Moscow, which left 133 attendees "
               "dead, the world has been alerted to a devastating act of violence that has "
               "sparked international concern and a…");
    BOOST_TEST(dated.body.find("\n\nUnraveling the Attack\n\n") != std::string::npos);
    BOOST_TEST(out.records[3].article.date == "2024-03-23");
    for (const InputRecord& record : out.records) {
        BOOST_TEST(record.article.body.find("Advertisment") == std::string::npos);
        BOOST_TEST(record.article.body.find("\n\n\n") == std::string::npos);
        BOOST_TEST(!record.article.body.starts_with("date"));
        BOOST_TEST(record.line == 1u);
        BOOST_TEST(record.origin == fs::canonical(record.path).string());
        BOOST_TEST(record.article.lang == "");
    }
}

BOOST_AUTO_TEST_CASE(date_token_on_its_own_line_is_removed_and_stored) {
    const Outcome out = read_content("a.txt", "date 2024-02-29\n\n\n\nSecond day. More text.\n\n\n");
    BOOST_TEST_REQUIRE(out.records.size() == 1u);
    BOOST_TEST(out.records[0].article.date == "2024-02-29");
    BOOST_TEST(out.records[0].article.body == "Second day. More text.");
    BOOST_TEST(out.records[0].article.title == "Second day");
}

BOOST_AUTO_TEST_CASE(text_starting_with_the_word_date_is_not_a_date_token) {
    const Outcome out = read_content("a.txt", "date night is back in fashion.");
    BOOST_TEST_REQUIRE(out.records.size() == 1u);
    BOOST_TEST(out.records[0].article.date == "");
    BOOST_TEST(out.records[0].article.body == "date night is back in fashion.");
}

BOOST_AUTO_TEST_CASE(impossible_date_token_rejects_the_file) {
    std::string path;
    const Outcome out = read_content("a.txt", "\ndate 2024-02-30 Text.", &path);
    BOOST_TEST(out.records.empty());
    BOOST_TEST(out.rejected == Messages{path + ":2: invalid date \"2024-02-30\""},
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(blank_lines_are_trimmed_and_collapsed) {
    const Outcome out =
        read_content("a.txt", "\n\n  \nFirst.\n\n\n\n\nSecond   \n Advertisement \nThird\n\n\n");
    BOOST_TEST_REQUIRE(out.records.size() == 1u);
    BOOST_TEST(out.records[0].article.body == "First.\n\nSecond\nThird");
}

BOOST_AUTO_TEST_CASE(empty_file_is_rejected) {
    std::string path;
    const Outcome out = read_content("a.txt", "", &path);
    BOOST_TEST(out.rejected == Messages{path + ": empty file"}, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(file_empty_after_cleanup_is_rejected) {
    std::string path;
    const Outcome out = read_content("a.txt", "\xEF\xBB\xBF\r\n  Advertisment\r\n\r\n", &path);
    BOOST_TEST(out.rejected == Messages{path + ": empty file"}, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(file_with_a_nul_byte_is_rejected_as_binary) {
    std::string path;
    const Outcome out = read_content("a.txt", "GIF89a\0\0\x01 text"s, &path);
    BOOST_TEST(out.records.empty());
    BOOST_TEST(out.rejected == Messages{path + ": binary file, not text"}, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(file_of_mostly_invalid_bytes_is_rejected_as_binary) {
    std::string path;
    const Outcome out = read_content("a.txt", "ab\xFF\xFE\xFD\x80\x81 cd", &path);
    BOOST_TEST(out.rejected == Messages{path + ": binary file, not text"}, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(invalid_utf8_is_replaced_with_a_warning_at_its_line) {
    std::string path;
    const Outcome out =
        read_content("a.txt", "A long enough first line here.\nA bad \xFF byte in line two.\n", &path);
    BOOST_TEST_REQUIRE(out.records.size() == 1u);
    BOOST_TEST(out.records[0].article.body.find("bad \xEF\xBF\xBD byte") != std::string::npos);
    BOOST_TEST(out.warnings == Messages{path + ":2: 1 invalid UTF-8 sequence(s) replaced"},
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(oversize_body_is_truncated_at_a_utf8_boundary) {
    std::string text = "Big file. ";
    while (text.size() < lede::limits::kMaxRecordBytes + 1000) {
        text += "ж€"; // 2 + 3 bytes: some cut points fall inside a sequence
    }
    std::string path;
    const Outcome out = read_content("big.txt", text, &path);
    BOOST_TEST_REQUIRE(out.records.size() == 1u);
    const std::string& body = out.records[0].article.body;
    BOOST_TEST(body.size() <= lede::limits::kMaxRecordBytes);
    BOOST_TEST(body.size() > lede::limits::kMaxRecordBytes - 4);
    BOOST_TEST(lede::is_valid_utf8(body));
    BOOST_TEST(out.warnings == Messages{path + ": body truncated to 8 MiB"},
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(article_fields)

struct TitleCase {
    std::string body;
    std::string title;
};
std::ostream& operator<<(std::ostream& out, const TitleCase& row) {
    return out << row.body.substr(0, 40);
}

const std::vector<TitleCase> kTitleCases = {
    {"Hello world. More text.", "Hello world"},
    {"  Is it over? Yes.", "Is it over?"},
    {"Wow! Really.", "Wow!"},
    {"GDP grew 3.5 percent at lede.org today. Next", "GDP grew 3.5 percent at lede.org today"},
    {"First line\nSecond line.", "First line"},
    {"No end at all", "No end at all"},
    {"第一句。第二句。", "第一句"},
    {"真的吗？是的", "真的吗？"},
    {"太好了！是的", "太好了！"},
    {"tabs\tbecome spaces.", "tabs become spaces"},
    {"", ""},
    {std::string(90, 'a') + " " + std::string(150, 'b'),
     std::string(90, 'a') + " " + std::string(108, 'b') + "…"},
    {std::string(120, 'a') + " " + std::string(150, 'b'), std::string(120, 'a') + "…"},
};

BOOST_DATA_TEST_CASE(first_sentence_title_stops_at_the_first_sentence_end,
                     boost::unit_test::data::make(kTitleCases), row) {
    BOOST_TEST(first_sentence_title(row.body) == row.title);
}

BOOST_AUTO_TEST_CASE(first_sentence_title_cuts_text_without_spaces_at_200_characters) {
    std::string body;
    for (int i = 0; i < 300; ++i) {
        body += "字";
    }
    std::string expected;
    for (int i = 0; i < 199; ++i) {
        expected += "字";
    }
    BOOST_TEST(first_sentence_title(body) == expected + "…");
    BOOST_TEST(first_sentence_title(body.substr(0, 200 * 3)) == body.substr(0, 200 * 3));
}

struct FieldCase {
    std::string raw;
    std::string value;
    std::string error;
};
std::ostream& operator<<(std::ostream& out, const FieldCase& row) {
    return out << '"' << row.raw << '"';
}

const std::vector<FieldCase> kDateCases = {
    {"2024-03-23", "2024-03-23", ""},
    {" 2024-03-23 ", "2024-03-23", ""},
    {"2024-03-23T10:00:00Z", "2024-03-23", ""},
    {"2024-03-23T10:00", "2024-03-23", ""},
    {"2024-03-23 10:00:00.123+01:00", "2024-03-23", ""},
    {"2024-02-29", "2024-02-29", ""},
    {"2000-02-29", "2000-02-29", ""},
    {"", "", ""},
    {"2023-02-29", "", "invalid date \"2023-02-29\""},
    {"1900-02-29", "", "invalid date \"1900-02-29\""},
    {"2024-02-30", "", "invalid date \"2024-02-30\""},
    {"2024-04-31", "", "invalid date \"2024-04-31\""},
    {"2024-13-01", "", "invalid date \"2024-13-01\""},
    {"0000-01-01", "", "invalid date \"0000-01-01\""},
    {"2024-3-1", "", "invalid date \"2024-3-1\""},
    {"23.03.2024", "", "invalid date \"23.03.2024\""},
    {"2024-03-23Tnoon", "", "invalid date \"2024-03-23Tnoon\""},
    {"2024-03-23T25:00", "", "invalid date \"2024-03-23T25:00\""},
};

BOOST_DATA_TEST_CASE(normalize_date_accepts_only_real_calendar_dates,
                     boost::unit_test::data::make(kDateCases), row) {
    const FieldResult result = normalize_date(row.raw);
    BOOST_TEST(result.value == row.value);
    BOOST_TEST(result.error == row.error);
}

const std::vector<FieldCase> kLangCases = {
    {"en", "en", ""},
    {"EN", "en", ""},
    {"eng", "eng", ""},
    {"zh-Hans", "zh", ""},
    {"pt-BR", "pt", ""},
    {"pt_BR", "pt", ""},
    {"sr-Latn-RS", "sr", ""},
    {"", "", ""},
    {"english", "", "invalid lang \"english\""},
    {"e", "", "invalid lang \"e\""},
    {"en-", "", "invalid lang \"en-\""},
    {"12", "", "invalid lang \"12\""},
    {"fr-toolongsubtag", "", "invalid lang \"fr-toolongsubtag\""},
};

BOOST_DATA_TEST_CASE(normalize_lang_keeps_the_primary_subtag, boost::unit_test::data::make(kLangCases), row) {
    const FieldResult result = normalize_lang(row.raw);
    BOOST_TEST(result.value == row.value);
    BOOST_TEST(result.error == row.error);
}

struct BoilerplateCase {
    std::string line;
    bool boilerplate;
};
std::ostream& operator<<(std::ostream& out, const BoilerplateCase& row) {
    return out << '"' << row.line << '"';
}

const std::vector<BoilerplateCase> kBoilerplateCases = {
    {"Advertisment", true},
    {"  ADVERTISEMENT\t", true},
    {"advertisement", true},
    {"Anzeige", true},
    {"PUBLICITÉ", true},
    {"Publicidad", true},
    {"Реклама", true},
    {"РЕКЛАМА", true},
    {"广告", true},
    {"広告", true},
    {"إعلان", true},
    {"Sponsored", true},
    {"continue reading", true},
    {"Read more", true},
    {"Scroll to continue", true},
    {"Read more about the vote", false},
    {"Advertisement: buy now", false},
    {"", false},
    {"Impact and Reaction", false},
};

BOOST_DATA_TEST_CASE(is_boilerplate_line_matches_whole_lines_ignoring_case,
                     boost::unit_test::data::make(kBoilerplateCases), row) {
    BOOST_TEST(is_boilerplate_line(row.line) == row.boilerplate);
}

BOOST_AUTO_TEST_CASE(input_problem_escapes_control_bytes_in_the_path) {
    BOOST_TEST((lede::InputProblem{"a\nb\x1B.txt", 3, "bad"}.to_string()) == "a\\x0Ab\\x1B.txt:3: bad");
    BOOST_TEST((lede::InputProblem{"dir/a.txt", 0, "empty file"}.to_string()) == "dir/a.txt: empty file");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(jsonl_reader)

BOOST_AUTO_TEST_CASE(crlf_lines_and_a_bom_are_accepted) {
    const Outcome out = read_content(
        "feed.jsonl",
        "\xEF\xBB\xBF{\"id\": \"a\", \"title\": \" Two\\nlines\\t\", \"date\": \"2024-03-23T10:00:00Z\", "
        "\"lang\": \"pt-BR\", \"body\": \" Body A. \", \"url\": \"https://x.org/a\", \"source\": \"X\", "
        "\"extra\": [1, {\"k\": null}]}\r\n"
        "\r\n"
        "{\"id\": \"b\", \"body\": \"Body B. More.\"}\r\n");
    BOOST_TEST(out.rejected == Messages{}, boost::test_tools::per_element());
    BOOST_TEST(out.warnings == Messages{}, boost::test_tools::per_element());
    BOOST_TEST_REQUIRE(out.records.size() == 2u);
    const lede::Article& a = out.records[0].article;
    BOOST_TEST(a.id == "a");
    BOOST_TEST(a.title == "Two lines");
    BOOST_TEST(a.date == "2024-03-23");
    BOOST_TEST(a.lang == "pt");
    BOOST_TEST(a.body == "Body A.");
    BOOST_TEST(a.url == "https://x.org/a");
    BOOST_TEST(a.source == "X");
    BOOST_TEST(out.records[0].line == 1u);
    BOOST_TEST(out.records[1].line == 3u);
    BOOST_TEST(out.records[1].article.title == "Body B");
}

BOOST_AUTO_TEST_CASE(numeric_ids_become_decimal_strings) {
    const Outcome out =
        read_content("feed.jsonl", "{\"id\": 42, \"body\": \"x\"}\n{\"id\": -7, \"body\": \"x\"}\n"
                                   "{\"id\": 18446744073709551615, \"body\": \"x\"}\n");
    BOOST_TEST_REQUIRE(out.records.size() == 3u);
    BOOST_TEST(out.records[0].article.id == "42");
    BOOST_TEST(out.records[1].article.id == "-7");
    BOOST_TEST(out.records[2].article.id == "18446744073709551615");
}

BOOST_AUTO_TEST_CASE(missing_id_falls_back_to_the_file_id_and_line) {
    const Outcome out = read_content("feed.ndjson", "\n{\"body\": \"x\", \"id\": null}\n");
    BOOST_TEST_REQUIRE(out.records.size() == 1u);
    BOOST_TEST(out.records[0].article.id == "feed#2");
}

struct BadRecordCase {
    std::string name;
    std::string line;
    std::string reason;
};
std::ostream& operator<<(std::ostream& out, const BadRecordCase& row) {
    return out << row.name;
}

// Every kind of rejected JSON Lines record; each is the second line of its
// file, after a good record, and is followed by one.
const std::vector<BadRecordCase> kBadRecords = {
    {"invalid JSON", "{\"body\": \"x\",}",
     "invalid JSON: syntax error while parsing object key - unexpected '}'; expected string literal"},
    {"array record", "[1, 2]", "record is not a JSON object"},
    {"number record", "42", "record is not a JSON object"},
    {"title of wrong type", "{\"title\": 5, \"body\": \"x\"}", "\"title\" must be a string"},
    {"date of wrong type", "{\"date\": 20240323, \"body\": \"x\"}", "\"date\" must be a string"},
    {"lang of wrong type", "{\"lang\": [\"en\"], \"body\": \"x\"}", "\"lang\" must be a string"},
    {"url of wrong type", "{\"url\": {}, \"body\": \"x\"}", "\"url\" must be a string"},
    {"source of wrong type", "{\"source\": true, \"body\": \"x\"}", "\"source\" must be a string"},
    {"body of wrong type", "{\"body\": 1}", "\"body\" must be a string"},
    {"id of wrong type", "{\"id\": 1.5, \"body\": \"x\"}", "\"id\" must be a string or integer"},
    {"missing body", "{\"id\": \"a\"}", "missing or empty \"body\""},
    {"null body", "{\"body\": null}", "missing or empty \"body\""},
    {"blank body", "{\"body\": \" \\n \"}", "missing or empty \"body\""},
    {"empty id", "{\"id\": \"\", \"body\": \"x\"}", "empty \"id\""},
    {"impossible date", "{\"date\": \"2024-02-30\", \"body\": \"x\"}", "invalid date \"2024-02-30\""},
    {"unknown lang", "{\"lang\": \"english\", \"body\": \"x\"}", "invalid lang \"english\""},
    {"deep nesting", "{\"body\": \"x\", \"extra\": " + std::string(65, '[') + std::string(65, ']') + "}",
     "JSON nested deeper than 64"},
};

BOOST_DATA_TEST_CASE(bad_jsonl_record_is_rejected_and_reading_goes_on,
                     boost::unit_test::data::make(kBadRecords), row) {
    std::string path;
    const Outcome out =
        read_content("feed.jsonl", "{\"body\": \"one\"}\n" + row.line + "\n{\"body\": \"three\"}\n", &path);
    BOOST_TEST(out.rejected == Messages{path + ":2: " + row.reason}, boost::test_tools::per_element());
    BOOST_TEST_REQUIRE(out.records.size() == 2u);
    BOOST_TEST(out.records[1].line == 3u);
}

BOOST_AUTO_TEST_CASE(nesting_100000_deep_is_rejected_quickly) {
    std::string path;
    const auto start = std::chrono::steady_clock::now();
    const Outcome out =
        read_content("feed.jsonl", std::string(100000, '[') + "\n{\"body\": \"ok\"}\n", &path);
    const bool quick = std::chrono::steady_clock::now() - start < std::chrono::seconds(5);
    BOOST_TEST(quick);
    BOOST_TEST(out.rejected == Messages{path + ":1: JSON nested deeper than 64"},
               boost::test_tools::per_element());
    BOOST_TEST_REQUIRE(out.records.size() == 1u);
    BOOST_TEST(out.records[0].article.body == "ok");
}

BOOST_AUTO_TEST_CASE(brackets_inside_strings_do_not_count_as_nesting) {
    const std::string brackets = std::string(100, '[') + "\\\"{";
    const Outcome out = read_content("feed.jsonl", "{\"body\": \"" + brackets + "\"}\n");
    BOOST_TEST(out.rejected == Messages{}, boost::test_tools::per_element());
    BOOST_TEST_REQUIRE(out.records.size() == 1u);
    BOOST_TEST(out.records[0].article.body == std::string(100, '[') + "\"{");
}

BOOST_AUTO_TEST_CASE(truncated_last_line_is_rejected_as_invalid_json) {
    std::string path;
    const Outcome out = read_content("feed.jsonl", "{\"body\": \"one\"}\n{\"body\": \"tw", &path);
    BOOST_TEST(out.records.size() == 1u);
    BOOST_TEST(out.rejected ==
                   Messages{path +
                            ":2: invalid JSON: syntax error while parsing value - invalid string: missing "
                            "closing quote; last read: '\"tw'"},
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(invalid_utf8_in_a_string_is_repaired_with_a_warning) {
    std::string path;
    const Outcome out = read_content("feed.jsonl", "{\"body\": \"caf\xE9 \xC0\xAF\"}\n", &path);
    BOOST_TEST(out.rejected == Messages{}, boost::test_tools::per_element());
    BOOST_TEST(out.warnings == Messages{path + ":1: 3 invalid UTF-8 sequence(s) replaced"},
               boost::test_tools::per_element());
    BOOST_TEST_REQUIRE(out.records.size() == 1u);
    BOOST_TEST(out.records[0].article.body == "caf\xEF\xBF\xBD \xEF\xBF\xBD\xEF\xBF\xBD");
}

BOOST_AUTO_TEST_CASE(escaped_nul_and_controls_are_stripped_from_fields) {
    const Outcome out = read_content(
        "feed.jsonl", "{\"id\": \"a\\u0000b\", \"title\": \"T\\u0001\", \"body\": \"x\\u0000y\"}\n");
    BOOST_TEST_REQUIRE(out.records.size() == 1u);
    BOOST_TEST(out.records[0].article.id == "ab");
    BOOST_TEST(out.records[0].article.title == "T");
    BOOST_TEST(out.records[0].article.body == "xy");
}

BOOST_AUTO_TEST_CASE(oversize_line_is_skipped_and_the_next_line_is_read) {
    std::string path;
    const std::string huge = "{\"body\": \"" + std::string(kMaxJsonLineBytes, 'x') + "\"}\n";
    const Outcome out = read_content("feed.jsonl", huge + "{\"id\": \"good\", \"body\": \"fine\"}", &path);
    BOOST_TEST(out.rejected == Messages{path + ":1: record larger than 16 MiB"},
               boost::test_tools::per_element());
    BOOST_TEST_REQUIRE(out.records.size() == 1u);
    BOOST_TEST(out.records[0].article.id == "good");
    BOOST_TEST(out.records[0].line == 2u);
}

BOOST_AUTO_TEST_CASE(body_over_the_record_limit_is_truncated_with_a_warning) {
    std::string path;
    const std::string line = "{\"body\": \"" + std::string(lede::limits::kMaxRecordBytes + 10, 'x') + "\"}\n";
    const Outcome out = read_content("feed.jsonl", line, &path);
    BOOST_TEST_REQUIRE(out.records.size() == 1u);
    BOOST_TEST(out.records[0].article.body.size() == lede::limits::kMaxRecordBytes);
    BOOST_TEST(out.warnings == Messages{path + ":1: body truncated to 8 MiB"},
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(json_reader)

BOOST_AUTO_TEST_CASE(json_array_records_are_reported_at_the_line_where_they_start) {
    std::string path;
    const Outcome out = read_content("batch.json",
                                     "[\n"
                                     "  {\"id\": \"a\", \"body\": \"First. [x], {y}\"},\n"
                                     "  {\"body\": \"Second.\"},\n"
                                     "  {\n"
                                     "    \"id\": \"c\", \"title\": 5, \"body\": \"x\"\n"
                                     "  },\n"
                                     "  7, {\"body\": \"Last.\",\n"
                                     "\"id\": \"d\"}\n"
                                     "]\n",
                                     &path);
    BOOST_TEST(out.rejected == (Messages{path + ":4: \"title\" must be a string",
                                         path + ":7: record is not a JSON object"}),
               boost::test_tools::per_element());
    BOOST_TEST_REQUIRE(out.records.size() == 3u);
    BOOST_TEST(out.records[0].article.id == "a");
    BOOST_TEST(out.records[0].line == 2u);
    BOOST_TEST(out.records[1].article.id == "batch#3");
    BOOST_TEST(out.records[1].line == 3u);
    BOOST_TEST(out.records[2].article.id == "d");
    BOOST_TEST(out.records[2].line == 7u);
}

BOOST_AUTO_TEST_CASE(empty_json_array_yields_nothing) {
    const Outcome out = read_content("batch.json", " [ \n ] \n");
    BOOST_TEST(out.records.empty());
    BOOST_TEST(out.rejected == Messages{}, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(single_json_object_is_one_article_with_the_file_id) {
    const Outcome out = read_content("story.json", "\xEF\xBB\xBF{\"body\": \"Text.\", \"lang\": \"DE\"}\r\n");
    BOOST_TEST_REQUIRE(out.records.size() == 1u);
    BOOST_TEST(out.records[0].article.id == "story");
    BOOST_TEST(out.records[0].article.lang == "de");
    BOOST_TEST(out.records[0].line == 1u);
}

BOOST_AUTO_TEST_CASE(truncated_json_array_keeps_the_records_before_the_cut) {
    std::string path;
    const Outcome out = read_content("batch.json", "[{\"body\": \"a\"},\n {\"body\": ", &path);
    BOOST_TEST(out.records.size() == 1u);
    BOOST_TEST(out.rejected ==
                   Messages{path + ":2: invalid JSON: syntax error while parsing value - unexpected "
                                   "end of input; expected '[', '{', or a literal"},
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(trailing_comma_in_a_json_array_is_rejected) {
    std::string path;
    const Outcome out = read_content("batch.json", "[{\"body\": \"a\"},\n]", &path);
    BOOST_TEST(out.records.size() == 1u);
    BOOST_TEST(out.rejected == Messages{path + ":2: invalid JSON: expected a value before ']'"},
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(deeply_nested_json_document_is_rejected) {
    std::string path;
    const Outcome out = read_content("deep.json", std::string(100000, '['), &path);
    BOOST_TEST(out.records.empty());
    BOOST_TEST(out.rejected == Messages{path + ":1: JSON nested deeper than 64"},
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(json_file_over_64_mib_is_rejected) {
    const TempDir dir;
    const fs::path file = dir.write("huge.json", "[");
    fs::resize_file(file, std::uintmax_t{65} * 1024 * 1024); // sparse: costs no disk
    const Outcome out = read_path(file);
    BOOST_TEST(out.rejected == Messages{file.string() + ": JSON file larger than 64 MiB; use JSON Lines"},
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(file_walker)

BOOST_AUTO_TEST_CASE(directory_walk_is_sorted_with_relative_ids_without_extension) {
    const TempDir dir;
    for (const char* name :
         {"b.txt", "a/z.jsonl", "a/y.json", "a.txt", "c.ndjson", "notes.md", "sub/deep/X.TXT"}) {
        dir.write(name, "x");
    }
    const ProblemSinks sinks;
    const std::vector<InputFile> files = walk_inputs({dir.path().string()}, sinks);
    std::vector<std::string> ids;
    std::vector<std::string> paths;
    std::vector<InputFormat> formats;
    for (const InputFile& file : files) {
        ids.push_back(file.id_base);
        paths.push_back(file.path.string());
        formats.push_back(file.format);
        BOOST_TEST(file.size == 1u);
        BOOST_TEST(file.origin == fs::canonical(file.path).string());
    }
    BOOST_TEST(ids == (std::vector<std::string>{"a", "a/y", "a/z", "b", "c", "sub/deep/X"}),
               boost::test_tools::per_element());
    BOOST_TEST(paths.front() == (dir.path() / "a.txt").string());
    BOOST_TEST(paths.back() == (dir.path() / "sub/deep/X.TXT").string());
    BOOST_TEST((formats == std::vector<InputFormat>{InputFormat::txt, InputFormat::json, InputFormat::jsonl,
                                                    InputFormat::txt, InputFormat::jsonl, InputFormat::txt}));
}

BOOST_AUTO_TEST_CASE(single_file_input_is_read_as_text_with_its_name_as_id) {
    const TempDir dir;
    const fs::path file = dir.write("x/story.md", "Hello there.");
    const Outcome out = read_path(file);
    BOOST_TEST_REQUIRE(out.records.size() == 1u);
    BOOST_TEST(out.records[0].article.id == "story");
    BOOST_TEST(out.records[0].path == file.string());
}

BOOST_AUTO_TEST_CASE(missing_input_throws_io_error) {
    const TempDir dir;
    const std::string missing = (dir.path() / "nope").string();
    BOOST_CHECK_EXCEPTION(static_cast<void>(walk_inputs({missing}, ProblemSinks{})), lede::IoError,
                          [&](const lede::IoError& error) {
                              return error.what() == "cannot read " + missing + ": no such file or directory";
                          });
}

BOOST_AUTO_TEST_CASE(fifo_is_reported_and_skipped_without_blocking) {
    const TempDir dir;
    dir.write("a.txt", "Text.");
    const fs::path fifo = dir.path() / "pipe.txt";
    BOOST_TEST_REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    const Outcome out = read_path(dir.path());
    BOOST_TEST(out.rejected == Messages{fifo.string() + ": not a regular file"},
               boost::test_tools::per_element());
    BOOST_TEST(out.records.size() == 1u);
    const Outcome direct = read_path(fifo);
    BOOST_TEST(direct.rejected == Messages{fifo.string() + ": not a regular file"},
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(symlink_loops_are_reported) {
    const TempDir dir;
    dir.write("sub/a.txt", "Text.");
    fs::create_directory_symlink("..", dir.path() / "sub" / "loop");
    fs::create_symlink("self.txt", dir.path() / "self.txt");
    const Outcome out = read_path(dir.path());
    BOOST_TEST(out.rejected == (Messages{(dir.path() / "self.txt").string() + ": symlink loop",
                                         (dir.path() / "sub" / "loop").string() + ": symlink loop"}),
               boost::test_tools::per_element());
    BOOST_TEST_REQUIRE(out.records.size() == 1u);
    BOOST_TEST(out.records[0].article.id == "sub/a");
}

BOOST_AUTO_TEST_SUITE_END()
