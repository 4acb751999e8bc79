#pragma once

#include <map>
#include <ostream>
#include <string>
#include <vector>

namespace lede::testing {

/// What a finished child process left behind.
struct ProcessResult {
    int exit_code = -1; ///< the exit status, or 128 + signal number when a signal ended it
    std::string out;    ///< everything written to standard output
    std::string err;    ///< everything written to standard error
};

/// Runs `argv` (argv[0] is an executable path, or a name looked up in $PATH)
/// to completion and collects its output. Standard output and error are read
/// concurrently, and `stdin_text` is fed while they are, so a child that
/// writes a lot can never deadlock against us.
///
/// The child's environment is ours plus `extra_env`: a key sets or replaces a
/// variable, and a key written with a leading '-' (value ignored, e.g.
/// {"-LEDE_DB", ""}) removes the variable of that name. The child starts in
/// `cwd` when it is non-empty, with SIGPIPE at its default action whatever
/// our own disposition is. Throws std::system_error when it cannot be started.
///
/// Side effect: the calling process ignores SIGPIPE from the first call on, so
/// that a child that exits without reading its input is an EPIPE here, not
/// the death of the test runner.
[[nodiscard]] ProcessResult run_process(const std::vector<std::string>& argv,
                                        const std::map<std::string, std::string>& extra_env = {},
                                        const std::string& stdin_text = "", const std::string& cwd = "");

/// The environment a child started by run_process gets, as "KEY=value"
/// strings: ours, with `extra_env` applied as run_process describes.
[[nodiscard]] std::vector<std::string> child_environment(const std::map<std::string, std::string>& extra_env);

/// The exit status and both outputs (long ones cut), for failure messages:
/// `BOOST_TEST(result.exit_code == 0, result)`.
std::ostream& operator<<(std::ostream& out, const ProcessResult& result);

/// `text` cut at each '\n'; a final newline does not start another line.
[[nodiscard]] std::vector<std::string> split_lines(const std::string& text);

} // namespace lede::testing
