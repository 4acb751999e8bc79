#include "searcher/request_options.h"

#include <algorithm>
#include <array>

namespace lede {
namespace {

const std::array kOptions = {
    RequestOption{"lang", OptionType::texts, nullptr, &SearchRequest::langs},
    RequestOption{"entity", OptionType::texts, nullptr, &SearchRequest::entities},
    RequestOption{"mentioned", OptionType::text, &SearchRequest::mentioned},
    RequestOption{"deaths", OptionType::text, &SearchRequest::deaths},
    RequestOption{"injured", OptionType::text, &SearchRequest::injured},
    RequestOption{"from", OptionType::text, &SearchRequest::from},
    RequestOption{"to", OptionType::text, &SearchRequest::to},
    RequestOption{"limit", OptionType::count, nullptr, nullptr, &SearchRequest::limit},
    RequestOption{"offset", OptionType::count, nullptr, nullptr, &SearchRequest::offset},
    RequestOption{"sort", OptionType::sort},
    RequestOption{"facets", OptionType::flag, nullptr, nullptr, nullptr, &SearchRequest::facets},
    RequestOption{"collapse", OptionType::flag, nullptr, nullptr, nullptr, &SearchRequest::collapse},
    RequestOption{"snippets", OptionType::flag, nullptr, nullptr, nullptr, &SearchRequest::snippets},
    RequestOption{"partial", OptionType::flag, nullptr, nullptr, nullptr, &SearchRequest::partial},
};

} // namespace

std::span<const RequestOption> request_options() {
    return kOptions;
}

const RequestOption* find_request_option(std::string_view name) {
    const auto found = std::find_if(kOptions.begin(), kOptions.end(),
                                    [name](const RequestOption& o) { return o.name == name; });
    return found == kOptions.end() ? nullptr : &*found;
}

std::string request_option_names() {
    std::string names;
    for (const RequestOption& option : kOptions) {
        names.append(names.empty() ? "" : ", ").append(option.name);
    }
    return names;
}

void set_text_option(SearchRequest& request, const RequestOption& option, std::string value) {
    if (option.type == OptionType::sort) {
        request.sort = parse_sort_order(value);
    } else if (option.texts != nullptr) {
        (request.*option.texts).push_back(std::move(value));
    } else if (option.text != nullptr) {
        request.*option.text = std::move(value);
    }
}

void set_count_option(SearchRequest& request, const RequestOption& option, std::size_t value) {
    if (option.count != nullptr) {
        request.*option.count = value;
    }
}

void set_flag_option(SearchRequest& request, const RequestOption& option, bool value) {
    if (option.flag != nullptr) {
        request.*option.flag = value;
    }
}

} // namespace lede
