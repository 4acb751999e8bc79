#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace lede {

/// Result of clean_text().
struct CleanText {
    std::string text;                 ///< valid UTF-8
    std::size_t repaired = 0;         ///< invalid UTF-8 sequences replaced by U+FFFD
    std::size_t removed_controls = 0; ///< NUL and other C0/C1 controls removed
};

/// Makes arbitrary bytes safe to analyse, store and print: every invalid
/// UTF-8 sequence (stray continuation bytes, overlong forms, surrogates,
/// code points above U+10FFFF, truncated sequences) becomes U+FFFD; NUL and
/// C0/C1 control characters other than \n and \t are removed; \r\n and lone
/// \r become \n. A leading U+FEFF byte order mark is removed.
[[nodiscard]] CleanText clean_text(std::string_view bytes);

/// Whether `bytes` is valid UTF-8; when not, `*bad_offset` (if given) is the
/// byte offset of the first invalid sequence.
[[nodiscard]] bool is_valid_utf8(std::string_view bytes, std::size_t* bad_offset = nullptr);

} // namespace lede
