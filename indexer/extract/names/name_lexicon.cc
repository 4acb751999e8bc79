#include "indexer/extract/names/name_lexicon.h"

#include <algorithm>
#include <vector>

namespace lede::extract::names::lexicon {

// Defined in the generated name_lexicon_data.cc: one entry a line, "key" or
// "key<TAB>reading", sorted by bytes.
extern const std::string_view kLatinGivenBlob;
extern const std::string_view kCyrillicGivenBlob;
extern const std::string_view kKatakanaGivenBlob;
extern const std::string_view kKatakanaSurnameBlob;
extern const std::string_view kKatakanaPersonBlob;

namespace {

class Table {
public:
    explicit Table(std::string_view blob) {
        for (std::size_t start = 0; start < blob.size();) {
            std::size_t end = blob.find('\n', start);
            end = end == std::string_view::npos ? blob.size() : end;
            lines_.push_back(blob.substr(start, end - start));
            start = end + 1;
        }
    }

    // The line's reading after the tab (or the key itself when it has none); empty when absent.
    [[nodiscard]] std::string_view find(std::string_view key) const {
        if (key.empty()) {
            return {};
        }
        const auto it = std::lower_bound(
            lines_.begin(), lines_.end(), key,
            [](std::string_view line, std::string_view wanted) { return key_of(line) < wanted; });
        if (it == lines_.end() || key_of(*it) != key) {
            return {};
        }
        const std::size_t tab = it->find('\t');
        return tab == std::string_view::npos ? *it : it->substr(tab + 1);
    }

private:
    [[nodiscard]] static std::string_view key_of(std::string_view line) {
        return line.substr(0, line.find('\t'));
    }

    std::vector<std::string_view> lines_;
};

const Table& latin_given() {
    static const Table table(kLatinGivenBlob);
    return table;
}
const Table& cyrillic_given() {
    static const Table table(kCyrillicGivenBlob);
    return table;
}
const Table& katakana_given() {
    static const Table table(kKatakanaGivenBlob);
    return table;
}
const Table& katakana_surnames() {
    static const Table table(kKatakanaSurnameBlob);
    return table;
}

const Table& katakana_people() {
    static const Table table(kKatakanaPersonBlob);
    return table;
}

} // namespace

bool is_given_name(std::string_view key) {
    // Cyrillic letters are U+0400..U+04FF: lead bytes 0xD0..0xD3.
    const auto lead = key.empty() ? 0U : static_cast<unsigned char>(key.front());
    const bool cyrillic = lead >= 0xD0 && lead <= 0xD3;
    return !(cyrillic ? cyrillic_given() : latin_given()).find(key).empty();
}

std::string_view katakana_given_name(std::string_view katakana) {
    return katakana_given().find(katakana);
}

std::string_view katakana_surname(std::string_view katakana) {
    return katakana_surnames().find(katakana);
}

std::string_view katakana_person(std::string_view katakana) {
    return katakana_people().find(katakana);
}

} // namespace lede::extract::names::lexicon
