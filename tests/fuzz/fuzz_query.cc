// libFuzzer target: the query front-end (lexer, parser) must end every input
// in a tree or a QueryError, within the limits, never a crash or a hang.
#include <lede/error.h>

#include "searcher/query/ast.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view query(reinterpret_cast<const char*>(data), size);
    try {
        (void)lede::query::parse(query);
    } catch (const lede::QueryError& error) {
        if (error.offset() > size) {
            __builtin_trap(); // an error must point inside the query
        }
    }
    return 0;
}
