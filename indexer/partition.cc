#include <lede/error.h>
#include <lede/indexer.h>

#include "common/term_scheme.h"

#include <cstdint>
#include <string>

namespace lede {

unsigned shard_of(std::string_view article_id, unsigned count) {
    if (count == 0) {
        throw InvalidArgument("the shard count must be at least 1");
    }
    const std::string hex = term_scheme::sha256_hex(article_id);
    const std::uint64_t prefix = std::stoull(hex.substr(0, 16), nullptr, 16);
    return static_cast<unsigned>(prefix % count);
}

} // namespace lede
