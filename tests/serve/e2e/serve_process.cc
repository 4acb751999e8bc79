#include "tests/serve/e2e/serve_process.h"
#include "tests/support/process.h"

#include <cctype>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstring>
#include <stdexcept>
#include <system_error>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

namespace lede::testing {

ServeProcess::ServeProcess(const std::vector<std::string>& args, const std::string& stderr_path,
                           const std::map<std::string, std::string>& extra_env) {
    std::signal(SIGPIPE, SIG_IGN);
    std::vector<std::string> argv = {LEDE_SERVE_EXE, "--listen", "127.0.0.1:0"};
    argv.insert(argv.end(), args.begin(), args.end());
    std::vector<char*> argv_pointers;
    for (std::string& arg : argv) {
        argv_pointers.push_back(arg.data());
    }
    argv_pointers.push_back(nullptr);
    std::vector<std::string> env = child_environment(extra_env);
    std::vector<char*> env_pointers;
    for (std::string& entry : env) {
        env_pointers.push_back(entry.data());
    }
    env_pointers.push_back(nullptr);

    int out[2];
    if (::pipe2(out, O_CLOEXEC) != 0) {
        throw std::system_error(errno, std::generic_category(), "pipe2");
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, stderr_path.c_str(),
                                     O_WRONLY | O_CREAT | O_APPEND, 0644);
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    sigset_t defaults;
    sigemptyset(&defaults);
    sigaddset(&defaults, SIGPIPE);
    posix_spawnattr_setsigdefault(&attributes, &defaults);
    sigset_t none;
    sigemptyset(&none);
    posix_spawnattr_setsigmask(&attributes, &none);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK);
    const int error = posix_spawn(&pid_, argv_pointers[0], &actions, &attributes, argv_pointers.data(),
                                  env_pointers.data());
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    ::close(out[1]);
    stdout_fd_ = out[0];
    if (error != 0) {
        ::close(stdout_fd_);
        throw std::system_error(error, std::generic_category(), "posix_spawn lede-serve");
    }
    // The first line, within a minute (a sanitizer build starts slowly).
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (first_line_.find('\n') == std::string::npos && std::chrono::steady_clock::now() < deadline) {
        pollfd poller{stdout_fd_, POLLIN, 0};
        if (::poll(&poller, 1, 1000) <= 0) {
            continue;
        }
        char buffer[256];
        const ssize_t got = ::read(stdout_fd_, buffer, sizeof buffer);
        if (got <= 0) {
            break;
        }
        first_line_.append(buffer, static_cast<std::size_t>(got));
    }
    static const std::string kPrefix = "listening on http://127.0.0.1:";
    if (!first_line_.starts_with(kPrefix) || first_line_.find('\n') == std::string::npos) {
        (void)stop(SIGKILL);
        throw std::runtime_error("lede-serve did not start listening; it printed: " + first_line_);
    }
    first_line_.erase(first_line_.find('\n'));
    port_ = std::stoi(first_line_.substr(kPrefix.size()));
}

ServeProcess::~ServeProcess() {
    if (pid_ > 0) {
        (void)stop(SIGKILL);
    }
}

int ServeProcess::stop(int signal) {
    if (pid_ <= 0) {
        return -1;
    }
    ::kill(pid_, signal);
    int status = 0;
    while (::waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
    }
    pid_ = -1;
    if (stdout_fd_ >= 0) {
        ::close(stdout_fd_);
        stdout_fd_ = -1;
    }
    if (WIFEXITED(status)) {
        return WEXITSTATUS(status);
    }
    return WIFSIGNALED(status) ? 128 + WTERMSIG(status) : -1;
}

int connect_to(int port) {
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        throw std::system_error(errno, std::generic_category(), "socket");
    }
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<std::uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0) {
        const int error = errno;
        ::close(fd);
        throw std::system_error(error, std::generic_category(), "connect");
    }
    return fd;
}

bool send_all(int fd, const std::string& bytes) {
    std::size_t sent = 0;
    while (sent < bytes.size()) {
        const ssize_t wrote = ::send(fd, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
        if (wrote < 0 && errno == EINTR) {
            continue;
        }
        if (wrote <= 0) {
            return false;
        }
        sent += static_cast<std::size_t>(wrote);
    }
    return true;
}

std::string read_all(int fd, int timeout_seconds) {
    std::string response;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(timeout_seconds);
    while (std::chrono::steady_clock::now() < deadline) {
        pollfd poller{fd, POLLIN, 0};
        if (::poll(&poller, 1, 200) <= 0) {
            continue;
        }
        char buffer[4096];
        const ssize_t got = ::recv(fd, buffer, sizeof buffer, 0);
        if (got <= 0) {
            break;
        }
        response.append(buffer, static_cast<std::size_t>(got));
    }
    return response;
}

std::string raw_exchange(int port, const std::string& request, int timeout_seconds) {
    const int fd = connect_to(port);
    std::string response;
    if (send_all(fd, request)) {
        response = read_all(fd, timeout_seconds);
    } else {
        response = read_all(fd, 5); // refused mid-request: what it said, if anything
    }
    ::close(fd);
    return response;
}

std::string url_encode(const std::string& text) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (std::isalnum(byte) != 0 || c == '-' || c == '.' || c == '_' || c == '~') {
            out.push_back(c);
        } else {
            out.push_back('%');
            out.push_back(kHex[byte >> 4]);
            out.push_back(kHex[byte & 0x0F]);
        }
    }
    return out;
}

} // namespace lede::testing
