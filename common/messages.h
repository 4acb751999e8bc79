#pragma once

#include <exception>
#include <string>
#include <string_view>

namespace lede {

/// The one-line error message both executables print: `program: message`,
/// control characters escaped as \xNN so it stays one line, cut to about 300
/// bytes at a UTF-8 boundary.
[[nodiscard]] std::string one_line_message(std::string_view program, std::string_view message);

/// The same line without the `program: ` prefix (an error answered as data:
/// a --batch line, an HTTP error body).
[[nodiscard]] std::string one_line_text(std::string_view message);

/// How an executable ends after an exception: the exit status (2 for a
/// UsageError, 1 for anything else) and the one-line message
/// (`program: …`). Call from inside a catch block.
struct Failure {
    int exit_status = 1;
    std::string message;
};
[[nodiscard]] Failure describe_current_exception(std::string_view program);

} // namespace lede
