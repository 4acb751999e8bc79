#include "indexer/input/file_walker.h"

#include "indexer/input/article_fields.h"
#include "indexer/input/json_reader.h"
#include "indexer/input/jsonl_reader.h"
#include "indexer/input/txt_reader.h"

#include <lede/error.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <optional>
#include <set>
#include <streambuf>
#include <system_error>
#include <utility>

namespace fs = std::filesystem;

namespace lede::input {
namespace {

[[nodiscard]] std::optional<InputFormat> format_for(const fs::path& path) {
    std::string extension = path.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
    if (extension == ".txt") {
        return InputFormat::txt;
    }
    if (extension == ".jsonl" || extension == ".ndjson") {
        return InputFormat::jsonl;
    }
    if (extension == ".json") {
        return InputFormat::json;
    }
    return std::nullopt;
}

void reject(const ProblemSinks& problems, const fs::path& path, std::string reason) {
    if (problems.reject) {
        problems.reject(InputProblem{path.string(), 0, std::move(reason)});
    }
}

[[nodiscard]] std::string cannot_read(const std::error_code& error) {
    return "cannot read: " + error.message();
}

/// Size and canonical origin of a regular file, or nullopt (reported).
[[nodiscard]] std::optional<InputFile> describe(const fs::path& path, std::string id_base, InputFormat format,
                                                const ProblemSinks& problems) {
    std::error_code error;
    InputFile file;
    file.path = path;
    file.id_base = std::move(id_base);
    file.format = format;
    file.size = fs::file_size(path, error);
    if (!error) {
        file.origin = fs::canonical(path, error).string();
    }
    if (error) {
        reject(problems, path, cannot_read(error));
        return std::nullopt;
    }
    return file;
}

/// Walks the directories of one input. Every canonical directory is entered
/// once: a symlink back to an ancestor is a loop, one to a directory already
/// read elsewhere would only duplicate its articles.
class DirectoryWalker {
public:
    explicit DirectoryWalker(const ProblemSinks& problems) : problems_(problems) {}

    /// Files under `root`, sorted by their path relative to it.
    [[nodiscard]] std::vector<InputFile> walk(const fs::path& root) {
        found_.clear();
        walk_directory(root, "");
        std::sort(found_.begin(), found_.end(),
                  [](const auto& left, const auto& right) { return left.first < right.first; });
        std::vector<InputFile> files;
        files.reserve(found_.size());
        for (auto& entry : found_) {
            files.push_back(std::move(entry.second));
        }
        return files;
    }

private:
    void walk_directory(const fs::path& dir, const std::string& relative) {
        std::error_code error;
        const std::string canonical = fs::canonical(dir, error).string();
        if (error) {
            reject(problems_, dir, cannot_read(error));
            return;
        }
        if (std::find(ancestors_.begin(), ancestors_.end(), canonical) != ancestors_.end()) {
            reject(problems_, dir, "symlink loop");
            return;
        }
        if (!visited_.insert(canonical).second) {
            reject(problems_, dir, "directory already read through another path");
            return;
        }
        std::vector<std::string> names;
        for (fs::directory_iterator it(dir, error), end; !error && it != end; it.increment(error)) {
            names.push_back(it->path().filename().string());
        }
        if (error) {
            reject(problems_, dir, cannot_read(error));
            return;
        }
        std::sort(names.begin(), names.end());
        ancestors_.push_back(canonical);
        for (const std::string& name : names) {
            visit_entry(dir / name, relative.empty() ? name : relative + "/" + name);
        }
        ancestors_.pop_back();
    }

    void visit_entry(const fs::path& path, const std::string& relative) {
        std::error_code error;
        const fs::file_status status = fs::status(path, error);
        const std::optional<InputFormat> format = format_for(path);
        if (error) {
            if (error == std::errc::too_many_symbolic_link_levels) {
                reject(problems_, path, "symlink loop");
            } else if (format) { // a dangling link or unreadable entry we would have read
                reject(problems_, path, cannot_read(error));
            }
            return;
        }
        if (fs::is_directory(status)) {
            walk_directory(path, relative);
            return;
        }
        if (!format) {
            return; // not an input file: images, notes, etc.
        }
        if (!fs::is_regular_file(status)) {
            reject(problems_, path, "not a regular file");
            return;
        }
        std::string id_base = fs::path(relative).replace_extension().generic_string();
        if (std::optional<InputFile> file = describe(path, std::move(id_base), *format, problems_)) {
            found_.emplace_back(relative, std::move(*file));
        }
    }

    const ProblemSinks& problems_;
    std::vector<std::string> ancestors_;
    std::set<std::string> visited_;
    std::vector<std::pair<std::string, InputFile>> found_;
};

/// Minimal read-only streambuf over a file descriptor, so that the file can
/// be opened with O_NONBLOCK (a FIFO never blocks) and checked with fstat on
/// the very descriptor that is read.
class FdStreamBuf : public std::streambuf {
public:
    explicit FdStreamBuf(int fd) : fd_(fd), buffer_(64 * 1024) {}
    FdStreamBuf(const FdStreamBuf&) = delete;
    FdStreamBuf& operator=(const FdStreamBuf&) = delete;
    ~FdStreamBuf() override { ::close(fd_); }

    /// errno of the first failed read, or 0.
    [[nodiscard]] int error() const noexcept { return error_; }

protected:
    int_type underflow() override {
        if (gptr() < egptr()) {
            return traits_type::to_int_type(*gptr());
        }
        for (;;) {
            const ssize_t got = ::read(fd_, buffer_.data(), buffer_.size());
            if (got < 0 && errno == EINTR) {
                continue;
            }
            if (got <= 0) {
                if (got < 0) {
                    error_ = errno;
                }
                return traits_type::eof();
            }
            setg(buffer_.data(), buffer_.data(), buffer_.data() + got);
            return traits_type::to_int_type(*gptr());
        }
    }

private:
    int fd_;
    int error_ = 0;
    std::vector<char> buffer_;
};

} // namespace

std::vector<InputFile> walk_inputs(const std::vector<std::string>& inputs, const ProblemSinks& problems) {
    std::vector<InputFile> files;
    for (const std::string& input : inputs) {
        const fs::path root(input);
        std::error_code error;
        const fs::file_status status = fs::status(root, error);
        if (status.type() == fs::file_type::not_found || error == std::errc::no_such_file_or_directory ||
            error == std::errc::not_a_directory) {
            throw IoError("cannot read " + input + ": no such file or directory");
        }
        if (error) {
            reject(problems, root,
                   error == std::errc::too_many_symbolic_link_levels ? "symlink loop" : cannot_read(error));
            continue;
        }
        if (fs::is_directory(status)) {
            std::vector<InputFile> found = DirectoryWalker(problems).walk(root);
            std::move(found.begin(), found.end(), std::back_inserter(files));
        } else if (!fs::is_regular_file(status)) {
            reject(problems, root, "not a regular file");
        } else if (std::optional<InputFile> file = describe(
                       root, root.stem().string(), format_for(root).value_or(InputFormat::txt), problems)) {
            // A file named explicitly is read even without a known extension.
            files.push_back(std::move(*file));
        }
    }
    return files;
}

void read_input_file(const InputFile& file, const RecordSink& sink, const ProblemSinks& problems) {
    const int fd = ::open(file.path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        reject(problems, file.path, cannot_read(std::error_code(errno, std::generic_category())));
        return;
    }
    FdStreamBuf buffer(fd);
    struct stat info {};
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        reject(problems, file.path, "not a regular file");
        return;
    }
    std::istream in(&buffer);
    switch (file.format) {
    case InputFormat::txt:
        read_txt(in, file, sink, problems);
        break;
    case InputFormat::jsonl:
        read_jsonl(in, file, sink, problems);
        break;
    case InputFormat::json:
        read_json(in, file, sink, problems);
        break;
    }
    if (buffer.error() != 0) {
        reject(problems, file.path, cannot_read(std::error_code(buffer.error(), std::generic_category())));
    }
}

} // namespace lede::input
