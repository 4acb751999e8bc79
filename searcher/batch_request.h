#pragma once

#include <lede/searcher.h>

#include <cstddef>
#include <string>
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

/// A batch line answered by `searcher`: exactly what the same request prints
/// on its own (`--format json`, or `--figures --format json`), or its error as
/// `{"error", "position"?, "line": number}`, setting `failed`. One line, with
/// its newline; nothing for a blank line. lede-search --batch and lede-serve's POST /v1/search/batch
/// both answer with it, so their bytes are the same by construction.
[[nodiscard]] std::string answer_batch_line(Searcher& searcher, std::string_view line, std::size_t number,
                                            bool& failed);

} // namespace lede
