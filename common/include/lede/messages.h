#pragma once

#include <string>
#include <string_view>

namespace lede {

/// The one-line error message both executables print: `program: message`,
/// control characters escaped as \xNN so it stays one line, cut to about 300
/// bytes at a UTF-8 boundary.
[[nodiscard]] std::string one_line_message(std::string_view program, std::string_view message);

} // namespace lede
