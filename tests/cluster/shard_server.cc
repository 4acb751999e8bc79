#include "tests/cluster/shard_server.h"

#include <cerrno>
#include <chrono>
#include <csignal>
#include <stdexcept>
#include <system_error>
#include <thread>
#include <vector>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace lede::testing {
namespace {

[[nodiscard]] sockaddr_in loopback(int port) {
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<std::uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return address;
}

[[nodiscard]] bool accepts(int port) {
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        return false;
    }
    const sockaddr_in address = loopback(port);
    const bool connected = ::connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0;
    ::close(fd);
    return connected;
}

} // namespace

int free_port() {
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        throw std::system_error(errno, std::generic_category(), "socket");
    }
    sockaddr_in address = loopback(0);
    socklen_t length = sizeof address;
    if (::bind(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0 ||
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
        const int error = errno;
        ::close(fd);
        throw std::system_error(error, std::generic_category(), "bind");
    }
    ::close(fd);
    return ntohs(address.sin_port);
}

ShardServer::ShardServer(std::string db_dir, int idle_seconds)
    : db_dir_(std::move(db_dir)), idle_seconds_(idle_seconds), port_(free_port()) {
    start();
}

ShardServer::~ShardServer() {
    stop();
}

void ShardServer::start() {
    std::string script = std::string(LEDE_SOURCE_DIR) + "/scripts/shard-server";
    std::string port_flag = "--port";
    std::string port = std::to_string(port_);
    std::string timeout_flag = "--timeout";
    std::string timeout = std::to_string(idle_seconds_);
    std::vector<char*> argv = {script.data(),  port_flag.data(), port.data(), timeout_flag.data(),
                               timeout.data(), db_dir_.data(),   nullptr};
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    // The server reports every client that hangs up; the tests hang up on purpose.
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    posix_spawnattr_setpgroup(&attributes, 0);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP);
    const int error = posix_spawn(&pid_, argv[0], &actions, &attributes, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    if (error != 0) {
        throw std::system_error(error, std::generic_category(), "posix_spawn shard-server");
    }
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    while (!accepts(port_)) {
        int status = 0;
        if (::waitpid(pid_, &status, WNOHANG) == pid_) {
            pid_ = -1;
            throw std::runtime_error("shard-server on port " + port + " exited at start");
        }
        if (std::chrono::steady_clock::now() > deadline) {
            stop();
            throw std::runtime_error("shard-server on port " + port + " did not start listening");
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
}

void ShardServer::stop() {
    if (pid_ <= 0) {
        return;
    }
    ::kill(-pid_, SIGCONT); // a frozen group must run to die
    ::kill(-pid_, SIGKILL);
    int status = 0;
    ::waitpid(pid_, &status, 0);
    pid_ = -1;
}

void ShardServer::freeze() {
    if (pid_ > 0) {
        ::kill(-pid_, SIGSTOP);
    }
}

void ShardServer::thaw() {
    if (pid_ > 0) {
        ::kill(-pid_, SIGCONT);
    }
}

} // namespace lede::testing
