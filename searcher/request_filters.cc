#include "searcher/request_filters.h"

#include <lede/error.h>
#include <lede/limits.h>

#include <algorithm>

namespace lede {
namespace {

[[nodiscard]] query::OptionFilter option_filter(std::string option, std::string field, std::string value) {
    query::Node node;
    node.kind = query::NodeKind::field;
    node.field = std::move(field);
    node.text = std::move(value);
    return {std::move(option), std::move(node)};
}

} // namespace

SortOrder parse_sort_order(std::string_view name) {
    if (name == "relevance") {
        return SortOrder::relevance;
    }
    if (name == "date") {
        return SortOrder::date_ascending;
    }
    if (name == "-date") {
        return SortOrder::date_descending;
    }
    throw InvalidArgument("unknown sort \"" + std::string(name.substr(0, 40)) +
                          "\" (expected relevance, date or -date)");
}

bool has_casualty_field(const query::Node& node) {
    if (node.kind == query::NodeKind::field && (node.field == "deaths" || node.field == "injured")) {
        return true;
    }
    return std::any_of(node.children.begin(), node.children.end(),
                       [](const query::Node& child) { return has_casualty_field(child); });
}

void validate_request(const SearchRequest& request) {
    if (request.limit > limits::kMaxLimit) {
        throw InvalidArgument("--limit " + std::to_string(request.limit) + " is over the maximum of " +
                              std::to_string(limits::kMaxLimit));
    }
    if (request.offset > limits::kMaxOffsetPlusLimit ||
        request.offset + request.limit > limits::kMaxOffsetPlusLimit) {
        throw InvalidArgument("--offset plus --limit may not exceed " +
                              std::to_string(limits::kMaxOffsetPlusLimit));
    }
}

std::vector<query::OptionFilter> option_filters(const SearchRequest& request) {
    std::vector<query::OptionFilter> filters;
    if (!request.langs.empty()) {
        std::string codes;
        for (const std::string& lang : request.langs) {
            if (lang.empty() || lang.find(',') != std::string::npos) {
                throw InvalidArgument("--lang: invalid language code \"" + lang.substr(0, 20) + "\"");
            }
            codes += (codes.empty() ? "" : ",") + lang;
        }
        filters.push_back(option_filter("--lang", "lang", codes));
    }
    if (!request.from.empty() || !request.to.empty()) {
        for (const std::string* bound : {&request.from, &request.to}) {
            if (bound->find("..") != std::string::npos) {
                throw InvalidArgument(std::string(bound == &request.from ? "--from" : "--to") +
                                      ": a date, not a range: \"" + bound->substr(0, 40) + "\"");
            }
        }
        filters.push_back(option_filter("--from/--to", "date", request.from + ".." + request.to));
    }
    for (const std::string& name : request.entities) {
        filters.push_back(option_filter("--entity", "entity", name));
    }
    if (!request.deaths.empty()) {
        filters.push_back(option_filter("--deaths", "deaths", request.deaths));
    }
    if (!request.injured.empty()) {
        filters.push_back(option_filter("--injured", "injured", request.injured));
    }
    if (!request.mentioned.empty()) {
        filters.push_back(option_filter("--mentioned", "mentioned", request.mentioned));
    }
    return filters;
}

} // namespace lede
