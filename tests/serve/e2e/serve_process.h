#pragma once

// A running lede-serve for the end-to-end tests: started on port 0, its port
// read from the first line it prints, stopped with a signal.
#include <map>
#include <string>
#include <vector>

#include <sys/types.h>

namespace lede::testing {

class ServeProcess {
public:
    /// Starts LEDE_SERVE_EXE with `args` (plus `--listen 127.0.0.1:0`) and
    /// waits for its `listening on http://127.0.0.1:PORT` line. Standard
    /// error goes to `stderr_path`. Throws std::runtime_error when it does
    /// not start listening.
    ServeProcess(const std::vector<std::string>& args, const std::string& stderr_path,
                 const std::map<std::string, std::string>& extra_env = {});
    ~ServeProcess();
    ServeProcess(const ServeProcess&) = delete;
    ServeProcess& operator=(const ServeProcess&) = delete;

    [[nodiscard]] int port() const { return port_; }
    [[nodiscard]] const std::string& first_line() const { return first_line_; }

    /// Sends `signal` and waits: the exit status, or 128 + the signal that ended it.
    int stop(int signal);

private:
    pid_t pid_ = -1;
    int stdout_fd_ = -1;
    int port_ = 0;
    std::string first_line_;
};

/// Sends `request` as raw bytes to 127.0.0.1:`port` and reads until the
/// server closes (or `timeout_seconds` pass): the raw response, possibly empty.
[[nodiscard]] std::string raw_exchange(int port, const std::string& request, int timeout_seconds = 30);

/// A connected TCP socket to 127.0.0.1:`port`; throws std::system_error.
[[nodiscard]] int connect_to(int port);

/// Writes all of `bytes`; false on an error.
bool send_all(int fd, const std::string& bytes);

/// Reads until the peer closes or `timeout_seconds` pass.
[[nodiscard]] std::string read_all(int fd, int timeout_seconds = 30);

/// `text` percent-encoded for a query string (unreserved bytes kept).
[[nodiscard]] std::string url_encode(const std::string& text);

} // namespace lede::testing
