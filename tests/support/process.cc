#include "tests/support/process.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <stdexcept>
#include <system_error>
#include <utility>

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace lede::testing {
namespace {

[[noreturn]] void fail(int error, const std::string& what) {
    throw std::system_error(error, std::generic_category(), what);
}

/// A file descriptor closed when it goes, so that no early return or
/// exception can leak one into the next child.
class Fd {
public:
    Fd() = default;
    explicit Fd(int fd) : fd_(fd) {}
    ~Fd() { close(); }
    Fd(Fd&& other) noexcept : fd_(std::exchange(other.fd_, -1)) {}
    Fd& operator=(Fd&& other) noexcept {
        if (this != &other) {
            close();
            fd_ = std::exchange(other.fd_, -1);
        }
        return *this;
    }
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;

    [[nodiscard]] int get() const { return fd_; }
    [[nodiscard]] bool open() const { return fd_ >= 0; }
    void close() {
        if (fd_ >= 0) {
            ::close(fd_);
            fd_ = -1;
        }
    }

private:
    int fd_ = -1;
};

struct Pipe {
    Fd read;
    Fd write;
};

/// O_CLOEXEC keeps our ends out of the child: dup2 onto 0/1/2 clears the
/// flag only on the copies the child is meant to have.
Pipe make_pipe() {
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0) {
        fail(errno, "pipe2");
    }
    return Pipe{Fd(fds[0]), Fd(fds[1])};
}

std::vector<char*> c_strings(std::vector<std::string>& strings) {
    std::vector<char*> pointers;
    pointers.reserve(strings.size() + 1);
    for (std::string& text : strings) {
        pointers.push_back(text.data());
    }
    pointers.push_back(nullptr);
    return pointers;
}

/// posix_spawn's attribute and file-action objects, destroyed on every path.
struct SpawnSetup {
    posix_spawn_file_actions_t actions{};
    posix_spawnattr_t attributes{};

    SpawnSetup() {
        if (const int error = posix_spawn_file_actions_init(&actions); error != 0) {
            fail(error, "posix_spawn_file_actions_init");
        }
        if (const int error = posix_spawnattr_init(&attributes); error != 0) {
            posix_spawn_file_actions_destroy(&actions);
            fail(error, "posix_spawnattr_init");
        }
    }
    ~SpawnSetup() {
        posix_spawnattr_destroy(&attributes);
        posix_spawn_file_actions_destroy(&actions);
    }
    SpawnSetup(const SpawnSetup&) = delete;
    SpawnSetup& operator=(const SpawnSetup&) = delete;
};

void check(int error, const char* what) {
    if (error != 0) {
        fail(error, what);
    }
}

int wait_for(pid_t pid) {
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR) {
            fail(errno, "waitpid");
        }
    }
    if (WIFSIGNALED(status)) {
        return 128 + WTERMSIG(status); // the shell's convention, so 141 means SIGPIPE
    }
    return WEXITSTATUS(status);
}

} // namespace

std::vector<std::string> child_environment(const std::map<std::string, std::string>& extra_env) {
    std::map<std::string, std::string> variables;
    for (char** entry = environ; entry != nullptr && *entry != nullptr; ++entry) {
        const std::string text(*entry);
        const std::size_t equals = text.find('=');
        if (equals != std::string::npos) {
            variables[text.substr(0, equals)] = text.substr(equals + 1);
        }
    }
    for (const auto& [key, value] : extra_env) {
        if (key.starts_with('-')) {
            variables.erase(key.substr(1));
        } else {
            variables[key] = value;
        }
    }
    std::vector<std::string> result;
    result.reserve(variables.size());
    for (const auto& [key, value] : variables) {
        result.push_back(key + "=" + value);
    }
    return result;
}

ProcessResult run_process(const std::vector<std::string>& argv,
                          const std::map<std::string, std::string>& extra_env, const std::string& stdin_text,
                          const std::string& cwd) {
    if (argv.empty()) {
        throw std::invalid_argument("run_process: empty argv");
    }
    // Feeding stdin to a child that has already exited must come back as
    // EPIPE; the child gets SIGPIPE's default back below.
    static const bool sigpipe_ignored = [] { return std::signal(SIGPIPE, SIG_IGN) != SIG_ERR; }();
    (void)sigpipe_ignored;

    Pipe input = make_pipe();
    Pipe output = make_pipe();
    Pipe error = make_pipe();

    SpawnSetup setup;
    check(posix_spawn_file_actions_adddup2(&setup.actions, input.read.get(), STDIN_FILENO), "adddup2 stdin");
    check(posix_spawn_file_actions_adddup2(&setup.actions, output.write.get(), STDOUT_FILENO),
          "adddup2 stdout");
    check(posix_spawn_file_actions_adddup2(&setup.actions, error.write.get(), STDERR_FILENO),
          "adddup2 stderr");
    if (!cwd.empty()) {
        check(posix_spawn_file_actions_addchdir_np(&setup.actions, cwd.c_str()), "addchdir");
    }
    // An ignored signal stays ignored across exec: reset SIGPIPE so that a
    // test about SIGPIPE sees what a user's shell would.
    sigset_t defaults;
    sigemptyset(&defaults);
    sigaddset(&defaults, SIGPIPE);
    sigset_t no_mask;
    sigemptyset(&no_mask);
    check(posix_spawnattr_setsigdefault(&setup.attributes, &defaults), "setsigdefault");
    check(posix_spawnattr_setsigmask(&setup.attributes, &no_mask), "setsigmask");
    check(posix_spawnattr_setflags(&setup.attributes, POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK),
          "setflags");

    std::vector<std::string> arguments = argv;
    std::vector<std::string> environment = child_environment(extra_env);
    std::vector<char*> c_arguments = c_strings(arguments);
    std::vector<char*> c_environment = c_strings(environment);
    pid_t pid = -1;
    if (const int spawn_error = posix_spawnp(&pid, argv.front().c_str(), &setup.actions, &setup.attributes,
                                             c_arguments.data(), c_environment.data());
        spawn_error != 0) {
        fail(spawn_error, "cannot start " + argv.front());
    }

    // Only the child may hold these ends now; otherwise EOF would never come.
    input.read.close();
    output.write.close();
    error.write.close();

    // The stdin end is non-blocking so that a child that does not read never
    // stops us from draining its output.
    if (::fcntl(input.write.get(), F_SETFL, O_NONBLOCK) != 0) {
        fail(errno, "fcntl");
    }
    std::size_t written = 0;
    if (stdin_text.empty()) {
        input.write.close();
    }

    ProcessResult result;
    char buffer[64 * 1024];
    while (output.read.open() || error.read.open() || input.write.open()) {
        pollfd fds[3] = {
            {output.read.get(), POLLIN, 0}, {error.read.get(), POLLIN, 0}, {input.write.get(), POLLOUT, 0}};
        // poll ignores negative descriptors, so closed ends simply drop out.
        if (::poll(fds, 3, -1) < 0) {
            if (errno == EINTR) {
                continue;
            }
            fail(errno, "poll");
        }
        const std::pair<Fd*, std::string*> readers[2] = {{&output.read, &result.out},
                                                         {&error.read, &result.err}};
        for (std::size_t i = 0; i < 2; ++i) {
            if ((fds[i].revents & (POLLIN | POLLHUP | POLLERR)) == 0) {
                continue;
            }
            const ssize_t got = ::read(readers[i].first->get(), buffer, sizeof buffer);
            if (got > 0) {
                readers[i].second->append(buffer, static_cast<std::size_t>(got));
            } else if (got == 0 || errno != EINTR) {
                readers[i].first->close();
            }
        }
        if ((fds[2].revents & (POLLOUT | POLLHUP | POLLERR)) != 0) {
            const ssize_t put =
                ::write(input.write.get(), stdin_text.data() + written, stdin_text.size() - written);
            if (put > 0) {
                written += static_cast<std::size_t>(put);
            }
            // EPIPE: the child does not want the rest, which is its business.
            if (written == stdin_text.size() || (put < 0 && errno != EINTR && errno != EAGAIN)) {
                input.write.close();
            }
        }
    }
    result.exit_code = wait_for(pid);
    return result;
}

std::ostream& operator<<(std::ostream& out, const ProcessResult& result) {
    // A failure message should fit on a screen even when the child printed
    // every article of the corpus.
    constexpr std::size_t kMaxShown = 2000;
    const auto shown = [](const std::string& text) {
        return text.size() <= kMaxShown
                   ? text
                   : text.substr(0, kMaxShown) + "[... " + std::to_string(text.size()) + " bytes]";
    };
    return out << "\n[exit " << result.exit_code << "]\n[stdout]\n"
               << shown(result.out) << "\n[stderr]\n"
               << shown(result.err);
}

std::vector<std::string> split_lines(const std::string& text) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = text.find('\n', start);
        if (end == std::string::npos) {
            lines.push_back(text.substr(start));
            break;
        }
        lines.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return lines;
}

} // namespace lede::testing
