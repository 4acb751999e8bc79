#include <lede/error.h>

#include "common/messages.h"

#include <new>

namespace lede {

namespace {

/// `message` appended to `line` with control characters escaped, cut at a
/// UTF-8 boundary once the line holds about kMaxBytes.
std::string escaped_line(std::string line, std::string_view message) {
    constexpr std::size_t kMaxBytes = 300;
    static constexpr char kHex[] = "0123456789ABCDEF";
    for (std::size_t i = 0; i < message.size(); ++i) {
        const auto c = static_cast<unsigned char>(message[i]);
        if (line.size() >= kMaxBytes && (c & 0xC0) != 0x80) {
            line.append("...");
            break;
        }
        if (c < 0x20 || c == 0x7F) {
            line.append("\\x").push_back(kHex[c >> 4]);
            line.push_back(kHex[c & 0x0F]);
        } else {
            line.push_back(static_cast<char>(c));
        }
    }
    return line;
}

} // namespace

std::string one_line_message(std::string_view program, std::string_view message) {
    return escaped_line(std::string(program) + ": ", message);
}

std::string one_line_text(std::string_view message) {
    return escaped_line(std::string(), message);
}

Failure describe_current_exception(std::string_view program) {
    try {
        throw;
    } catch (const UsageError& error) {
        return {2, one_line_message(program, error.what())};
    } catch (const Error& error) {
        return {1, one_line_message(program, error.what())};
    } catch (const std::bad_alloc&) {
        return {1, one_line_message(program, "out of memory")};
    } catch (const std::exception& error) {
        return {1, one_line_message(program, std::string("internal error: ") + error.what())};
    } catch (...) {
        return {1, one_line_message(program, "internal error: unknown exception")};
    }
}

} // namespace lede
