// libFuzzer target: any bytes, cleaned as the readers clean them, analyse
// into tokens whose spans lie inside the text, in order, with short terms.
#include <lede/analyzer.h>
#include <lede/limits.h>

#include "common/analysis/text_cleanup.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static lede::Analyzer analyzer;
    const lede::CleanText cleaned =
        lede::clean_text(std::string_view(reinterpret_cast<const char*>(data), size));
    if (!lede::is_valid_utf8(cleaned.text)) {
        __builtin_trap();
    }
    std::size_t previous_end = 0;
    std::uint32_t previous_position = 0;
    for (const lede::Token& token : analyzer.analyze(cleaned.text)) {
        if (token.begin < previous_end || token.end <= token.begin || token.end > cleaned.text.size() ||
            token.term.empty() || token.term.size() > lede::limits::kMaxTermBytes ||
            token.position != previous_position + 1) {
            __builtin_trap();
        }
        previous_end = token.end;
        previous_position = token.position;
    }
    return 0;
}
