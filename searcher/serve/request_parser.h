#pragma once

// The HTTP API's request targets as pure functions: no sockets, no httplib
// types, so that unit tests and a libFuzzer target drive the exact code the
// server runs. Everything a client can get wrong here is an InvalidArgument
// (the server answers 400 with its message).
#include <lede/searcher.h>

#include <string>
#include <string_view>
#include <vector>

namespace lede::serve {

/// What a request target names.
enum class Endpoint {
    search,  ///< /v1/search: lede-search --format json
    figures, ///< /v1/figures: lede-search --figures --format json
    stats,   ///< /v1/stats: lede-search --stats --format json
    health,  ///< /healthz
    other,   ///< anything else: an embedded page file, or 404
};

/// One decoded `name=value` pair of a query string.
struct Parameter {
    std::string name;
    std::string value;
};

/// Decodes `%XX` escapes, and `+` as a space when `plus_is_space` (query
/// strings, as HTML forms send them). Throws InvalidArgument for a malformed
/// escape or when the result is not valid UTF-8.
[[nodiscard]] std::string percent_decode(std::string_view text, bool plus_is_space);

/// `a=1&b=x+y` into decoded pairs, in order. Empty pieces (`a=1&&b=2`) are
/// skipped; a piece without `=` is a name with an empty value. Throws
/// InvalidArgument for a bad escape, invalid UTF-8 or too many parameters.
[[nodiscard]] std::vector<Parameter> parse_query_string(std::string_view query);

/// A request target, parsed.
struct ApiRequest {
    Endpoint endpoint = Endpoint::other;
    std::string path;     ///< decoded path, without the query string
    SearchRequest search; ///< what /v1/search and /v1/figures run
};

/// Parses a request target as sent (`/v1/search?q=crocus&limit=5`). For the
/// /v1/ endpoints every parameter is checked: lede-search's long options as
/// names (`q`, `lang`, `entity`, `mentioned`, `deaths`, `injured`, `from`,
/// `to`, `limit`, `offset`, `sort`, `facets`, `collapse`, `snippets`), `q`
/// required, only `lang` and `entity` repeatable, booleans `1/0/true/false`;
/// /v1/stats takes none. Other paths ignore their query string. The request
/// fields are those lede-search would pass, so the Searcher checks ranges,
/// dates and limits exactly as for the command line.
[[nodiscard]] ApiRequest parse_request_target(std::string_view target);

} // namespace lede::serve
