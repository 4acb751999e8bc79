#include "common/json_writer.h"

#include <array>
#include <charconv>
#include <unicode/utf8.h>

namespace lede::detail {

void JsonWriter::separate() {
    if (after_key_) {
        after_key_ = false;
        return;
    }
    if (!first_) {
        out_.push_back(',');
    }
    first_ = false;
}

void JsonWriter::open(char bracket) {
    separate();
    out_.push_back(bracket);
    first_ = true;
}

void JsonWriter::close(char bracket) {
    out_.push_back(bracket);
    first_ = false;
}

void JsonWriter::key(std::string_view name) {
    string(name);
    out_.push_back(':');
    after_key_ = true;
}

void JsonWriter::string(std::string_view text) {
    separate();
    out_.push_back('"');
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
    const auto size = static_cast<std::int32_t>(text.size());
    for (std::int32_t at = 0; at < size;) {
        const auto byte = static_cast<unsigned char>(text[static_cast<std::size_t>(at)]);
        if (byte >= 0x20 && byte < 0x80 && byte != '"' && byte != '\\') {
            out_.push_back(static_cast<char>(byte)); // most bytes: printable ASCII
            ++at;
            continue;
        }
        if (byte < 0x80) {
            out_.push_back('\\');
            switch (byte) {
            case '"':
            case '\\':
                out_.push_back(static_cast<char>(byte));
                break;
            case '\b':
                out_.push_back('b');
                break;
            case '\f':
                out_.push_back('f');
                break;
            case '\n':
                out_.push_back('n');
                break;
            case '\r':
                out_.push_back('r');
                break;
            case '\t':
                out_.push_back('t');
                break;
            default: {
                static constexpr std::string_view kHex = "0123456789abcdef";
                out_ += "u00";
                out_.push_back(kHex[byte >> 4U]);
                out_.push_back(kHex[byte & 0xFU]);
            }
            }
            ++at;
            continue;
        }
        const std::int32_t start = at;
        UChar32 c = 0;
        U8_NEXT(bytes, at, size, c);
        if (c < 0) {
            out_ += "\xEF\xBF\xBD"; // U+FFFD for the ill-formed part U8_NEXT stepped over
        } else {
            out_.append(text.data() + start, static_cast<std::size_t>(at - start));
        }
    }
    out_.push_back('"');
}

void JsonWriter::number(std::uint64_t value) {
    separate();
    std::array<char, 24> digits{};
    const auto [end, error] = std::to_chars(digits.data(), digits.data() + digits.size(), value);
    out_.append(digits.data(), end);
}

void JsonWriter::boolean(bool value) {
    separate();
    out_ += value ? "true" : "false";
}

void JsonWriter::null() {
    separate();
    out_ += "null";
}

} // namespace lede::detail
