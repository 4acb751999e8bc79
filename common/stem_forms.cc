#include "common/stem_forms.h"

#include "common/term_scheme.h"

namespace lede::stem_forms {

std::string key(std::string_view stem) {
    std::string entry(term_scheme::kStemForms);
    entry.append(stem);
    return entry;
}

std::string encode(const std::set<std::string>& words) {
    std::string value;
    for (const std::string& word : words) {
        if (!value.empty()) {
            value.push_back('\0');
        }
        value.append(word);
    }
    return value;
}

void decode_into(std::string_view value, std::set<std::string>& words) {
    while (!value.empty()) {
        const std::size_t end = value.find('\0');
        if (end != 0) {
            words.emplace(value.substr(0, end));
        }
        if (end == std::string_view::npos) {
            break;
        }
        value.remove_prefix(end + 1);
    }
}

std::vector<std::string> read(const Xapian::Database& db, const std::string& entry) {
    std::set<std::string> words;
    decode_into(db.get_metadata(entry), words);
    return {words.begin(), words.end()};
}

} // namespace lede::stem_forms
