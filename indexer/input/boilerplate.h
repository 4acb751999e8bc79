#pragma once

#include <string_view>

namespace lede::input {

/// Whether a line of article text is page furniture scraped along with the
/// article ("Advertisement", "Read more", ...) rather than content: the line,
/// trimmed, equals one of a fixed list of markers, ignoring case.
[[nodiscard]] bool is_boilerplate_line(std::string_view line);

} // namespace lede::input
