// Japanese organisations a dictionary names (lexicon/make_dictionary_orgs.py, from ENAMDICT): 早稲田大学 is
// Waseda University, 任天堂 Nintendo, found where their characters are whole tokens of the text, so that
// 京都大学 is not read inside 東京都大学… and a firm's name inside a longer word is no mention.

#include "common/entities/name_slug.h"
#include "common/sorted_lines.h"
#include "indexer/extract/names/discovery.h"

#include <algorithm>

namespace lede::extract::names {

namespace lexicon {
// Defined in the generated dictionary_org_data.cc: "HEAD<TAB>English name" a line, sorted by bytes.
extern const std::string_view kDictionaryOrgBlob;
} // namespace lexicon

namespace {

const detail::SortedLines& dictionary_orgs() {
    static const detail::SortedLines orgs(lexicon::kDictionaryOrgBlob);
    return orgs;
}

// Tokens an entry spans at most: ICU cuts an unknown name into its words (国際|水道|協会).
constexpr std::size_t kMaxTokens = 8;

} // namespace

void Discovery::dictionary_organisations() {
    if (lang_ != "ja") {
        return; // Chinese writes the same bodies in simplified characters, which the dictionary lacks
    }
    // A table's name may stand inside an entry (京都 in 京都大学病院), not across its edge.
    const auto inside_a_name = [&](std::size_t left) { // between tokens left and left + 1
        return left + 1 < tokens_.size() && taken_[left] && taken_[left + 1];
    };
    for (std::size_t i = 0; i < tokens_.size(); ++i) {
        if (i > 0 && inside_a_name(i - 1)) {
            continue;
        }
        std::size_t longest = 0;
        std::string_view english;
        for (std::size_t last = i + 1; last <= tokens_.size() && last - i <= kMaxTokens; ++last) {
            if (used_[last - 1] || (last - 1 > i && tokens_[last - 1].begin != tokens_[last - 2].end)) {
                break;
            }
            if (inside_a_name(last - 1)) {
                continue;
            }
            const std::size_t begin = tokens_[i].begin;
            if (const std::optional<std::string_view> name =
                    dictionary_orgs().lookup(text_.substr(begin, tokens_[last - 1].end - begin))) {
                longest = last;
                english = *name;
            }
        }
        // An entry the table's names cover whole is the table's (日本航空 is japan-airlines).
        if (longest > 0 && std::all_of(taken_.begin() + static_cast<std::ptrdiff_t>(i),
                                       taken_.begin() + static_cast<std::ptrdiff_t>(longest),
                                       [](bool taken) { return taken; })) {
            longest = 0;
        }
        if (longest > 0) {
            add(i, longest, EntityType::org, name_slug(english, "en"), std::string(english));
            i = longest - 1;
        }
    }
}

} // namespace lede::extract::names
