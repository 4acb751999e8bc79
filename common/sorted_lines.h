#pragma once

// Tables compiled into lede as one string of sorted "key<TAB>value" lines (the lexicons that
// indexer/extract/names/lexicon/ and indexer/extract/places/lexicon/ generate at build time).

#include <algorithm>
#include <optional>
#include <string_view>
#include <vector>

namespace lede::detail {

/// The lines of a blob sorted by key (bytes), looked up by halves. Build it once and keep it:
/// splitting the blob costs one pass. Thread safety: const methods may be called from many threads.
class SortedLines {
public:
    explicit SortedLines(std::string_view blob) {
        for (std::size_t start = 0; start < blob.size();) {
            const std::size_t end = std::min(blob.find('\n', start), blob.size());
            lines_.push_back(blob.substr(start, end - start));
            start = end + 1;
        }
    }

    /// The value after the key's tab (the key itself when the line has no tab); nullopt when absent.
    [[nodiscard]] std::optional<std::string_view> lookup(std::string_view key) const {
        if (key.empty()) {
            return std::nullopt;
        }
        // A line compares with a key as its own key does when the key holds no byte at or below the tab
        // (the tab, lower than the key's next byte, ends the line's key): one comparison a step, no search
        // for the tab. Lexicons are asked for most words of a text.
        const bool plain = std::none_of(key.begin(), key.end(), [](char c) {
            return static_cast<unsigned char>(c) <= static_cast<unsigned char>('\t');
        });
        const auto it = plain ? std::lower_bound(lines_.begin(), lines_.end(), key)
                              : std::lower_bound(lines_.begin(), lines_.end(), key,
                                                 [](std::string_view line, std::string_view wanted) {
                                                     return key_of(line) < wanted;
                                                 });
        if (it == lines_.end() || key_of(*it) != key) {
            return std::nullopt;
        }
        const std::size_t tab = it->find('\t');
        return tab == std::string_view::npos ? *it : it->substr(tab + 1);
    }

    /// Likewise, empty when absent.
    [[nodiscard]] std::string_view find(std::string_view key) const { return lookup(key).value_or(""); }

private:
    [[nodiscard]] static std::string_view key_of(std::string_view line) {
        return line.substr(0, line.find('\t'));
    }

    std::vector<std::string_view> lines_;
};

} // namespace lede::detail
