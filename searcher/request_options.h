#pragma once

#include <lede/searcher.h>

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

// The options of a search request by the long names of lede-search (`lang`,
// `from`, `limit`, `facets`, …): one table for every front end that takes
// them by name (lede-serve's parameters, --batch lines), so that a new option
// is added once. Each front end turns its own representation (a URL string,
// a JSON value) into the option's type.
namespace lede {

enum class OptionType {
    text,  ///< a string (`deaths`, `from`, …)
    texts, ///< a string, repeatable: each value adds one (`lang`, `entity`)
    count, ///< a non-negative integer (`limit`, `offset`)
    flag,  ///< true or false (`facets`, `collapse`, `snippets`)
    sort,  ///< `relevance`, `date` or `-date`
};

struct RequestOption {
    std::string_view name;
    OptionType type;
    std::string SearchRequest::*text = nullptr;
    std::vector<std::string> SearchRequest::*texts = nullptr;
    std::size_t SearchRequest::*count = nullptr;
    bool SearchRequest::*flag = nullptr;
};

/// Every option, in the order lede-search lists them.
[[nodiscard]] std::span<const RequestOption> request_options();

/// The option named `name`, or nullptr.
[[nodiscard]] const RequestOption* find_request_option(std::string_view name);

/// The names, comma-separated, for a message about an unknown one.
[[nodiscard]] std::string request_option_names();

/// Sets a text, texts (adds one value) or sort option; throws InvalidArgument
/// for an unknown sort order.
void set_text_option(SearchRequest& request, const RequestOption& option, std::string value);
void set_count_option(SearchRequest& request, const RequestOption& option, std::size_t value);
void set_flag_option(SearchRequest& request, const RequestOption& option, bool value);

} // namespace lede
