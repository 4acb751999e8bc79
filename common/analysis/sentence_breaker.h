#pragma once

#include <cstddef>
#include <memory>
#include <string_view>
#include <utility>
#include <vector>

namespace lede {

/// Sentences as snippets show them: ICU's sentence rules, with no break after
/// common abbreviations ("Mr.", "U.S."). The indexer stores where each
/// sentence starts and the highlighter cuts passages on the same bounds.
///
/// Thread safety: holds an ICU break iterator; use one per thread.
class SentenceBreaker {
public:
    SentenceBreaker();
    ~SentenceBreaker();
    SentenceBreaker(SentenceBreaker&&) noexcept;
    SentenceBreaker& operator=(SentenceBreaker&&) noexcept;
    SentenceBreaker(const SentenceBreaker&) = delete;
    SentenceBreaker& operator=(const SentenceBreaker&) = delete;

    /// Byte spans [begin, end) of the sentences of `text` (valid UTF-8), in
    /// order and covering it; none for an empty text.
    [[nodiscard]] std::vector<std::pair<std::size_t, std::size_t>> split(std::string_view text);

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace lede
