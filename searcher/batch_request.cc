#include "searcher/batch_request.h"

#include <lede/error.h>
#include <lede/render.h>

#include "common/messages.h"
#include "searcher/request_options.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <sstream>
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
            continue;
        }
        if (key == "figures") {
            batch.figures = flag(key, value);
            continue;
        }
        const RequestOption* option = find_request_option(key);
        if (option == nullptr) {
            throw InvalidArgument("unknown key " + key_name(key));
        }
        switch (option->type) {
        case OptionType::text:
        case OptionType::sort:
            set_text_option(request, *option, text(key, value));
            break;
        case OptionType::texts:
            (request.*option->texts).clear(); // a list replaces, as a repeated key of JSON does
            for (std::string& each : texts(key, value)) {
                set_text_option(request, *option, std::move(each));
            }
            break;
        case OptionType::count:
            set_count_option(request, *option, count(key, value));
            break;
        case OptionType::flag:
            set_flag_option(request, *option, flag(key, value));
            break;
        }
    }
    if (!has_query) {
        throw InvalidArgument("\"query\" is required (\"\" matches every article)");
    }
    return batch;
}

std::string answer_batch_line(Searcher& searcher, std::string_view line, std::size_t number, bool& failed) {
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) {
        return {}; // a blank line asks nothing
    }
    std::ostringstream out;
    try {
        const BatchRequest request = parse_batch_request(line);
        if (request.figures) {
            render_figures_json(out, searcher.figures(request.search));
        } else {
            render_json(out, searcher.search(request.search));
        }
    } catch (const Error& error) {
        failed = true;
        out.str("");
        const auto* query_error = dynamic_cast<const QueryError*>(&error);
        render_error_json(out, one_line_text(error.what()),
                          query_error != nullptr ? std::optional<std::size_t>(query_error->offset())
                                                 : std::nullopt,
                          number);
    }
    return out.str();
}

} // namespace lede
