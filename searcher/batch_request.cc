#include "searcher/batch_request.h"

#include <lede/error.h>

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace lede {
namespace {

using Json = nlohmann::json;

[[nodiscard]] std::string key_name(const std::string& key) {
    return "\"" + key.substr(0, 40) + "\"";
}

[[nodiscard]] std::string text(const std::string& key, const Json& value) {
    if (!value.is_string()) {
        throw InvalidArgument(key_name(key) + " must be a string");
    }
    return value.get<std::string>();
}

[[nodiscard]] std::vector<std::string> texts(const std::string& key, const Json& value) {
    if (value.is_string()) {
        return {value.get<std::string>()};
    }
    if (!value.is_array()) {
        throw InvalidArgument(key_name(key) + " must be a string or a list of strings");
    }
    std::vector<std::string> out;
    for (const Json& element : value) {
        if (!element.is_string()) {
            throw InvalidArgument(key_name(key) + " must be a string or a list of strings");
        }
        out.push_back(element.get<std::string>());
    }
    return out;
}

[[nodiscard]] std::size_t count(const std::string& key, const Json& value) {
    if (!value.is_number_unsigned()) {
        throw InvalidArgument(key_name(key) + " must be a non-negative integer");
    }
    return value.get<std::size_t>();
}

[[nodiscard]] bool flag(const std::string& key, const Json& value) {
    if (!value.is_boolean()) {
        throw InvalidArgument(key_name(key) + " must be true or false");
    }
    return value.get<bool>();
}

} // namespace

BatchRequest parse_batch_request(std::string_view line) {
    const Json json = Json::parse(line, nullptr, false);
    if (json.is_discarded() || !json.is_object()) {
        throw InvalidArgument("a request is one JSON object on one line");
    }
    BatchRequest batch;
    SearchRequest& request = batch.search;
    bool has_query = false;
    for (const auto& [key, value] : json.items()) {
        if (key == "query") {
            request.query = text(key, value);
            has_query = true;
        } else if (key == "lang") {
            request.langs = texts(key, value);
        } else if (key == "entity") {
            request.entities = texts(key, value);
        } else if (key == "mentioned") {
            request.mentioned = text(key, value);
        } else if (key == "deaths") {
            request.deaths = text(key, value);
        } else if (key == "injured") {
            request.injured = text(key, value);
        } else if (key == "from") {
            request.from = text(key, value);
        } else if (key == "to") {
            request.to = text(key, value);
        } else if (key == "sort") {
            request.sort = parse_sort_order(text(key, value));
        } else if (key == "limit") {
            request.limit = count(key, value);
        } else if (key == "offset") {
            request.offset = count(key, value);
        } else if (key == "facets") {
            request.facets = flag(key, value);
        } else if (key == "collapse") {
            request.collapse = flag(key, value);
        } else if (key == "snippets") {
            request.snippets = flag(key, value);
        } else if (key == "figures") {
            batch.figures = flag(key, value);
        } else {
            throw InvalidArgument("unknown key " + key_name(key));
        }
    }
    if (!has_query) {
        throw InvalidArgument("\"query\" is required (\"\" matches every article)");
    }
    return batch;
}

} // namespace lede
