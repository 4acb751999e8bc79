#include "common/analysis/text_cleanup.h"

#include <cstdint>

namespace lede {
namespace {

/// One step of UTF-8 decoding. `length` is how many bytes were consumed: the
/// whole sequence when valid, else the maximal subpart (at least one byte),
/// which the caller replaces by a single U+FFFD as Unicode §3.9 recommends.
struct Decoded {
    std::size_t length = 1;
    bool valid = false;
    char32_t code_point = 0;
};

[[nodiscard]] constexpr bool in_range(unsigned char byte, unsigned char low, unsigned char high) noexcept {
    return byte >= low && byte <= high;
}

/// Decodes the sequence starting at `pos` (which must be < size), following
/// Table 3-7 "Well-Formed UTF-8 Byte Sequences": the allowed range of the
/// second byte depends on the lead byte, which is what excludes overlongs,
/// surrogates and code points above U+10FFFF.
[[nodiscard]] Decoded decode(std::string_view bytes, std::size_t pos) noexcept {
    const auto lead = static_cast<unsigned char>(bytes[pos]);
    if (lead < 0x80) {
        return {1, true, lead};
    }
    std::size_t needed = 0;
    unsigned char second_low = 0x80;
    unsigned char second_high = 0xBF;
    char32_t value = 0;
    if (in_range(lead, 0xC2, 0xDF)) {
        needed = 1;
        value = lead & 0x1Fu;
    } else if (in_range(lead, 0xE0, 0xEF)) {
        needed = 2;
        value = lead & 0x0Fu;
        if (lead == 0xE0) {
            second_low = 0xA0; // below is an overlong 2-byte form
        } else if (lead == 0xED) {
            second_high = 0x9F; // above are the surrogates D800–DFFF
        }
    } else if (in_range(lead, 0xF0, 0xF4)) {
        needed = 3;
        value = lead & 0x07u;
        if (lead == 0xF0) {
            second_low = 0x90; // below is an overlong 3-byte form
        } else if (lead == 0xF4) {
            second_high = 0x8F; // above is beyond U+10FFFF
        }
    } else {
        return {}; // stray continuation byte, C0, C1 or F5–FF: never valid
    }
    std::size_t length = 1;
    for (std::size_t i = 0; i < needed; ++i) {
        if (pos + length >= bytes.size()) {
            return {length, false, 0}; // truncated at the end of the input
        }
        const auto byte = static_cast<unsigned char>(bytes[pos + length]);
        const bool ok = i == 0 ? in_range(byte, second_low, second_high) : in_range(byte, 0x80, 0xBF);
        if (!ok) {
            return {length, false, 0};
        }
        value = (value << 6) | (byte & 0x3Fu);
        ++length;
    }
    return {length, true, value};
}

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";
constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

} // namespace

CleanText clean_text(std::string_view bytes) {
    CleanText result;
    if (bytes.substr(0, kByteOrderMark.size()) == kByteOrderMark) {
        bytes.remove_prefix(kByteOrderMark.size());
    }
    result.text.reserve(bytes.size());
    std::size_t pos = 0;
    while (pos < bytes.size()) {
        const Decoded step = decode(bytes, pos);
        if (!step.valid) {
            result.text += kReplacement;
            ++result.repaired;
        } else if (step.code_point == U'\r') {
            result.text += '\n';
            // \r\n is one line break, not two.
            if (pos + 1 < bytes.size() && bytes[pos + 1] == '\n') {
                ++pos;
            }
        } else if (step.code_point == U'\n' || step.code_point == U'\t') {
            result.text += static_cast<char>(step.code_point);
        } else if (step.code_point < 0x20 || (step.code_point >= 0x7F && step.code_point <= 0x9F)) {
            ++result.removed_controls;
        } else {
            result.text.append(bytes.substr(pos, step.length));
        }
        pos += step.length;
    }
    return result;
}

bool is_valid_utf8(std::string_view bytes, std::size_t* bad_offset) {
    std::size_t pos = 0;
    while (pos < bytes.size()) {
        // ASCII runs dominate real text; skip them without the full decoder.
        if (static_cast<unsigned char>(bytes[pos]) < 0x80) {
            ++pos;
            continue;
        }
        const Decoded step = decode(bytes, pos);
        if (!step.valid) {
            if (bad_offset != nullptr) {
                *bad_offset = pos;
            }
            return false;
        }
        pos += step.length;
    }
    return true;
}

} // namespace lede
