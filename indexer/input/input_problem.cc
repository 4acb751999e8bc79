#include <lede/indexer.h>

#include <array>

namespace lede {
namespace {

/// Control bytes become \xNN so that a message is always exactly one line,
/// whatever a file name or a record contains.
void append_escaped(std::string& out, std::string_view text) {
    constexpr std::array<char, 16> kHex = {'0', '1', '2', '3', '4', '5', '6', '7',
                                           '8', '9', 'A', 'B', 'C', 'D', 'E', 'F'};
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 || byte == 0x7F) {
            out += "\\x";
            out += kHex[byte >> 4];
            out += kHex[byte & 0x0F];
        } else {
            out += c;
        }
    }
}

} // namespace

std::string InputProblem::to_string() const {
    std::string message;
    message.reserve(path.size() + reason.size() + 24);
    append_escaped(message, path);
    if (line != 0) {
        message += ':';
        message += std::to_string(line);
    }
    message += ": ";
    append_escaped(message, reason);
    return message;
}

} // namespace lede
