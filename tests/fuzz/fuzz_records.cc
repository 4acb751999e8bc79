// libFuzzer target: the JSON Lines and .txt readers turn any bytes into
// articles with valid UTF-8 fields, or one rejection per bad record.
#include "common/analysis/text_cleanup.h"

#include "indexer/input/file_walker.h"
#include "indexer/input/jsonl_reader.h"
#include "indexer/input/txt_reader.h"

#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    lede::input::InputFile file;
    file.path = "fuzz.jsonl";
    file.id_base = "fuzz";
    file.origin = "/fuzz.jsonl";
    file.size = size;
    const auto check = [](lede::input::InputRecord&& record) {
        const lede::Article& article = record.article;
        for (const std::string* field : {&article.id, &article.title, &article.date, &article.lang,
                                         &article.body, &article.url, &article.source}) {
            if (!lede::is_valid_utf8(*field)) {
                __builtin_trap();
            }
        }
        if (article.id.empty() || article.body.empty()) {
            __builtin_trap();
        }
    };
    const lede::input::ProblemSinks problems{[](const lede::InputProblem& problem) {
                                                 if (problem.to_string().find('\n') != std::string::npos) {
                                                     __builtin_trap();
                                                 }
                                             },
                                             nullptr};
    std::istringstream jsonl(bytes);
    lede::input::read_jsonl(jsonl, file, check, problems);
    file.format = lede::input::InputFormat::txt;
    std::istringstream txt(bytes);
    lede::input::read_txt(txt, file, check, problems);
    return 0;
}
