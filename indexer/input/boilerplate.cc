#include "indexer/input/boilerplate.h"

#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <string>
#include <vector>

namespace lede::input {
namespace {

/// Markers that news scrapers leave on a line of their own. Whole-line
/// matches only: "Read more about the vote" is content.
constexpr std::array<std::string_view, 13> kMarkers = {
    "Advertisment",  // sic: the misspelling is common in scraped pages
    "Advertisement", // also covers ADVERTISEMENT (case-insensitive)
    "Anzeige",       // de
    "Publicité",     // fr
    "Publicidad",    // es
    "Реклама",       // ru and uk spell it the same
    "广告",          // zh
    "広告",          // ja
    "إعلان",         // ar
    "Sponsored",     "Continue reading", "Read more", "Scroll to continue",
};

/// No marker is longer than this, so longer lines skip the case folding.
constexpr std::size_t kMaxMarkerBytes = 64;

[[nodiscard]] std::string fold_case(std::string_view text) {
    std::string folded;
    icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())))
        .foldCase()
        .toUTF8String(folded);
    return folded;
}

[[nodiscard]] const std::vector<std::string>& folded_markers() {
    static const std::vector<std::string> markers = [] {
        std::vector<std::string> folded;
        folded.reserve(kMarkers.size());
        for (std::string_view marker : kMarkers) {
            folded.push_back(fold_case(marker));
        }
        return folded;
    }();
    return markers;
}

[[nodiscard]] std::string_view trim(std::string_view text) {
    constexpr std::string_view kSpace = " \t\n\r\f\v";
    const auto first = text.find_first_not_of(kSpace);
    if (first == std::string_view::npos) {
        return {};
    }
    return text.substr(first, text.find_last_not_of(kSpace) - first + 1);
}

} // namespace

bool is_boilerplate_line(std::string_view line) {
    const std::string_view trimmed = trim(line);
    if (trimmed.empty() || trimmed.size() > kMaxMarkerBytes) {
        return false;
    }
    const std::string folded = fold_case(trimmed);
    const auto& markers = folded_markers();
    return std::find(markers.begin(), markers.end(), folded) != markers.end();
}

} // namespace lede::input
