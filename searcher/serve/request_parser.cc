#include "searcher/serve/request_parser.h"

#include "common/analysis/text_cleanup.h"
#include "searcher/request_options.h"
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

SearchRequest parse_search_parameters(const std::vector<Parameter>& parameters) {
    SearchRequest request;
    std::set<std::string> seen;
    bool has_query = false;
    for (const Parameter& parameter : parameters) {
        const std::string& name = parameter.name;
        const RequestOption* option = name == "q" ? nullptr : find_request_option(name);
        if (name != "q" && option == nullptr) {
            throw InvalidArgument("unknown parameter " + quoted(name) + " (expected q, " +
                                  request_option_names() + ")");
        }
        // A repeatable option adds a value each time; any other may be given once.
        if ((option == nullptr || option->type != OptionType::texts) && !seen.insert(name).second) {
            throw InvalidArgument("parameter " + name + " given more than once");
        }
        if (option == nullptr) {
            request.query = parameter.value;
            has_query = true;
            continue;
        }
        switch (option->type) {
        case OptionType::text:
        case OptionType::texts:
        case OptionType::sort:
            set_text_option(request, *option, parameter.value);
            break;
        case OptionType::count:
            set_count_option(request, *option, parse_count(parameter));
            break;
        case OptionType::flag:
            set_flag_option(request, *option, parse_bool(parameter));
            break;
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
