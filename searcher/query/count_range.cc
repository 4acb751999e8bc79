#include "searcher/query/count_range.h"

#include <lede/error.h>

#include <charconv>
#include <string>

namespace lede::query {
namespace {

[[noreturn]] void invalid(std::string_view text) {
    throw InvalidArgument("invalid count range \"" + std::string(text.substr(0, 40)) +
                          "\" (expected N, N.., ..N or N..M)");
}

[[nodiscard]] std::uint64_t parse_count(std::string_view part, std::string_view whole) {
    std::uint64_t value = 0;
    if (part.empty() || part.size() > 18) { // well below overflow; no toll is that large
        invalid(whole);
    }
    const auto [end, error] = std::from_chars(part.data(), part.data() + part.size(), value);
    if (error != std::errc() || end != part.data() + part.size()) {
        invalid(whole);
    }
    return value;
}

} // namespace

CountRange parse_count_range(std::string_view text) {
    const std::size_t dots = text.find("..");
    if (dots == std::string_view::npos) {
        const std::uint64_t value = parse_count(text, text);
        return {value, value};
    }
    const std::string_view low = text.substr(0, dots);
    const std::string_view high = text.substr(dots + 2);
    if (low.empty() && high.empty()) {
        invalid(text);
    }
    CountRange range;
    if (!low.empty()) {
        range.low = parse_count(low, text);
    }
    if (!high.empty()) {
        range.high = parse_count(high, text);
    }
    if (range.low && range.high && *range.low > *range.high) {
        throw InvalidArgument("count range \"" + std::string(text.substr(0, 40)) +
                              "\" ends before it starts");
    }
    return range;
}

} // namespace lede::query
