#include "searcher/serve/request_parser.h"

#include "common/analysis/text_cleanup.h"
#include "searcher/serve/serve_limits.h"

#include <lede/error.h>

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <set>

namespace lede::serve {
namespace {

int hex_value(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

/// At most `max_bytes` of `text`, cut at a UTF-8 boundary, for messages.
std::string quoted(std::string_view text, std::size_t max_bytes = 40) {
    std::size_t end = std::min(text.size(), max_bytes);
    while (end < text.size() && end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) {
        --end;
    }
    std::string out = "\"";
    out.append(text.substr(0, end));
    if (end < text.size()) {
        out.append("...");
    }
    out.push_back('"');
    return out;
}

bool parse_bool(const Parameter& parameter) {
    if (parameter.value == "1" || parameter.value == "true") {
        return true;
    }
    if (parameter.value == "0" || parameter.value == "false") {
        return false;
    }
    throw InvalidArgument("parameter " + parameter.name + " must be 1, 0, true or false, not " +
                          quoted(parameter.value));
}

std::size_t parse_count(const Parameter& parameter) {
    const std::string& text = parameter.value;
    std::size_t value = 0;
    const char* end = text.data() + text.size();
    // from_chars accepts no sign, space or '+': digits only, and reports overflow.
    const auto [stop, error] = std::from_chars(text.data(), end, value);
    if (text.empty() || error != std::errc() || stop != end) {
        throw InvalidArgument("parameter " + parameter.name + " must be a whole number, not " + quoted(text));
    }
    return value;
}

/// The names /v1/search and /v1/figures take, as in the message of an unknown one.
constexpr std::string_view kSearchNames =
    "q, lang, entity, mentioned, deaths, injured, from, to, limit, offset, sort, facets, collapse, snippets";

SearchRequest parse_search_parameters(const std::vector<Parameter>& parameters) {
    SearchRequest request;
    std::set<std::string> seen;
    bool has_query = false;
    for (const Parameter& parameter : parameters) {
        const std::string& name = parameter.name;
        if (name == "lang") {
            request.langs.push_back(parameter.value);
            continue;
        }
        if (name == "entity") {
            request.entities.push_back(parameter.value);
            continue;
        }
        static const std::set<std::string, std::less<>> kSingle = {
            "q",     "mentioned", "deaths", "injured", "from",     "to",
            "limit", "offset",    "sort",   "facets",  "collapse", "snippets"};
        if (kSingle.count(name) == 0) {
            throw InvalidArgument("unknown parameter " + quoted(name) + " (expected " +
                                  std::string(kSearchNames) + ")");
        }
        if (!seen.insert(name).second) {
            throw InvalidArgument("parameter " + name + " given more than once");
        }
        if (name == "q") {
            request.query = parameter.value;
            has_query = true;
        } else if (name == "mentioned") {
            request.mentioned = parameter.value;
        } else if (name == "deaths") {
            request.deaths = parameter.value;
        } else if (name == "injured") {
            request.injured = parameter.value;
        } else if (name == "from") {
            request.from = parameter.value;
        } else if (name == "to") {
            request.to = parameter.value;
        } else if (name == "limit") {
            request.limit = parse_count(parameter);
        } else if (name == "offset") {
            request.offset = parse_count(parameter);
        } else if (name == "sort") {
            request.sort = parse_sort_order(parameter.value);
        } else if (name == "facets") {
            request.facets = parse_bool(parameter);
        } else if (name == "collapse") {
            request.collapse = parse_bool(parameter);
        } else {
            request.snippets = parse_bool(parameter);
        }
    }
    if (!has_query) {
        throw InvalidArgument("parameter q (the query) is required; q= matches every article");
    }
    return request;
}

} // namespace

std::string percent_decode(std::string_view text, bool plus_is_space) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '%') {
            const bool complete = i + 2 < text.size();
            const int high = complete ? hex_value(text[i + 1]) : -1;
            const int low = complete ? hex_value(text[i + 2]) : -1;
            if (high < 0 || low < 0) {
                throw InvalidArgument("malformed percent-escape at byte " + std::to_string(i) +
                                      " of the request target (expected %XX with two hex digits)");
            }
            out.push_back(static_cast<char>(high * 16 + low));
            i += 2;
        } else if (c == '+' && plus_is_space) {
            out.push_back(' ');
        } else {
            out.push_back(c);
        }
    }
    if (!is_valid_utf8(out)) {
        throw InvalidArgument("the request target is not valid UTF-8 once percent-decoded");
    }
    return out;
}

std::vector<Parameter> parse_query_string(std::string_view query) {
    std::vector<Parameter> parameters;
    std::size_t start = 0;
    while (start <= query.size()) {
        std::size_t end = query.find('&', start);
        if (end == std::string_view::npos) {
            end = query.size();
        }
        const std::string_view piece = query.substr(start, end - start);
        if (!piece.empty()) {
            if (parameters.size() == limits::kMaxParameters) {
                throw InvalidArgument("too many parameters (at most " +
                                      std::to_string(limits::kMaxParameters) + ")");
            }
            const std::size_t equals = piece.find('=');
            Parameter parameter;
            parameter.name = percent_decode(piece.substr(0, equals), true);
            if (equals != std::string_view::npos) {
                parameter.value = percent_decode(piece.substr(equals + 1), true);
            }
            parameters.push_back(std::move(parameter));
        }
        start = end + 1;
    }
    return parameters;
}

ApiRequest parse_request_target(std::string_view target) {
    if (target.size() > limits::kMaxTargetBytes) {
        throw InvalidArgument("the request target is over " + std::to_string(limits::kMaxTargetBytes) +
                              " bytes");
    }
    const std::size_t question = target.find('?');
    const std::string_view raw_path = target.substr(0, question);
    const std::string_view raw_query =
        question == std::string_view::npos ? std::string_view() : target.substr(question + 1);
    ApiRequest request;
    request.path = percent_decode(raw_path, false);
    if (request.path == "/v1/search" || request.path == "/v1/figures") {
        request.endpoint = request.path == "/v1/search" ? Endpoint::search : Endpoint::figures;
        request.search = parse_search_parameters(parse_query_string(raw_query));
    } else if (request.path == "/v1/stats") {
        request.endpoint = Endpoint::stats;
        const std::vector<Parameter> parameters = parse_query_string(raw_query);
        if (!parameters.empty()) {
            throw InvalidArgument("unknown parameter " + quoted(parameters.front().name) +
                                  " (/v1/stats takes none)");
        }
    } else if (request.path == "/healthz") {
        request.endpoint = Endpoint::health;
    }
    return request;
}

} // namespace lede::serve
