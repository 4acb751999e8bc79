// libFuzzer target: lede-serve's request-target parsing must end every input
// in a request or an InvalidArgument (a 400), never a crash or a hang, and
// whatever it accepts must be valid UTF-8 for the Searcher and the JSON.
#include "common/analysis/text_cleanup.h"
#include "searcher/serve/request_parser.h"

#include <lede/error.h>

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string target(reinterpret_cast<const char*>(data), size);
    try {
        const lede::serve::ApiRequest api = lede::serve::parse_request_target(target);
        if (!lede::is_valid_utf8(api.path) || !lede::is_valid_utf8(api.search.query)) {
            __builtin_trap();
        }
        for (const std::string& value : api.search.entities) {
            if (!lede::is_valid_utf8(value)) {
                __builtin_trap();
            }
        }
    } catch (const lede::InvalidArgument&) {
    }
    return 0;
}
