#pragma once

#include <lede/searcher.h>

#include <string_view>

namespace lede {

/// One request of `lede-search --batch`: a search, or with `"figures": true`
/// the --figures report of one.
struct BatchRequest {
    SearchRequest search;
    bool figures = false;
};

/// A batch line: a JSON object whose keys are lede-search's long options with
/// underscores, plus `"query"` (required): `lang`, `entity` (a string or a
/// list of strings), `mentioned`, `deaths`, `injured`, `from`, `to`, `sort`
/// (strings), `limit`, `offset` (non-negative integers), `facets`,
/// `collapse`, `snippets`, `figures` (booleans). Throws InvalidArgument naming
/// the key for an unknown key, a value of the wrong type, or a line that is
/// no JSON object; the values themselves are checked by the Searcher, as for
/// the command line.
[[nodiscard]] BatchRequest parse_batch_request(std::string_view line);

} // namespace lede
