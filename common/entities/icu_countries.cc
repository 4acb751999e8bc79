#include "common/entities/icu_countries.h"

#include "common/entities/name_slug.h"

#include "common/analysis/token_folding.h"
#include "common/entities/text_rules.h"

#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>

namespace lede::detail {
namespace {

constexpr std::string_view kOrigin = "ICU country names";
constexpr std::array<const char*, 10> kLanguages = {"en", "ru", "uk", "de", "fr",
                                                    "es", "zh", "ja", "ar", "th"};

// Names that are also given names (Chad, Jordan) or words (Island, Того, مالي): matched only where
// the article supports them (`weak`; `word` for the words, which a preposition does not settle).
constexpr std::array<std::string_view, 5> kGivenNames = {"Chad", "Jordan", "Georgia", "Maurice", "Georgie"};
constexpr std::array<std::string_view, 9> kCommonWords = {"Guinea", "Island",  "Jersey", "Man", "Того",
                                                          "Чад",    "Réunion", "مالي",   "عمان"};

[[nodiscard]] std::uint8_t ambiguity_flags(std::string_view form) {
    if (std::find(kCommonWords.begin(), kCommonWords.end(), form) != kCommonWords.end()) {
        return kAliasWeak | kAliasCommonWord;
    }
    return std::find(kGivenNames.begin(), kGivenNames.end(), form) != kGivenNames.end() ? kAliasWeak : 0;
}

[[nodiscard]] std::string utf8(const icu::UnicodeString& text) {
    std::string out;
    text.toUTF8String(out);
    return out;
}

[[nodiscard]] std::string trim(std::string text) {
    const std::size_t first = text.find_first_not_of(' ');
    const std::size_t last = text.find_last_not_of(' ');
    return first == std::string::npos ? std::string() : text.substr(first, last - first + 1);
}

/// The forms of one ICU display name a text would use: "Myanmar (Burma)" → Myanmar, Burma;
/// "Hong Kong SAR China" → Hong Kong; "Antigua & Barbuda" → also "Antigua and Barbuda". Names
/// with qualifiers ICU invented for lists ("Congo - Kinshasa", "刚果（金）") give nothing.
[[nodiscard]] std::vector<std::string> usable_forms(std::string name, std::string_view lang) {
    std::vector<std::string> forms;
    if (name.find(" - ") != std::string::npos || name.find("（") != std::string::npos) {
        return forms;
    }
    for (const std::string_view suffix : {" SAR China", " (САР)"}) {
        if (name.ends_with(suffix)) {
            name.resize(name.size() - suffix.size());
        }
    }
    if (const std::size_t open = name.find(" ("); open != std::string::npos) {
        const std::size_t close = name.find(')', open);
        if (close == std::string::npos || close + 1 != name.size()) {
            return forms; // "Cocos (Keeling) Islands"
        }
        forms.push_back(trim(name.substr(0, open)));
        forms.push_back(trim(name.substr(open + 2, close - open - 2)));
    } else {
        forms.push_back(name);
    }
    if (lang == "en") {
        for (std::size_t i = 0, n = forms.size(); i < n; ++i) {
            if (const std::size_t amp = forms[i].find(" & "); amp != std::string::npos) {
                forms.push_back(forms[i].substr(0, amp) + " and " + forms[i].substr(amp + 3));
            }
        }
    }
    forms.erase(
        std::remove_if(forms.begin(), forms.end(), [](const std::string& form) { return form.size() < 2; }),
        forms.end());
    return forms;
}

/// Whether the first letter is of a cased script (Latin, Cyrillic, Greek): such names are
/// capitalised, so matching them case-sensitively keeps "china" the porcelain out.
[[nodiscard]] bool cased(std::string_view text) {
    UChar32 c = 0;
    std::int32_t i = 0;
    U8_NEXT(reinterpret_cast<const std::uint8_t*>(text.data()), i, static_cast<std::int32_t>(text.size()), c);
    return c > 0 && u_hasBinaryProperty(c, UCHAR_CASED);
}

struct CuratedNames {
    std::unordered_map<std::string, EntityType> types;  ///< id → type
    std::unordered_map<std::string, std::string> owner; ///< spelling key → id (the last row's)
};

[[nodiscard]] CuratedNames curated_names(const std::vector<GazetteerRow>& rows) {
    CuratedNames names;
    for (const GazetteerRow& row : rows) {
        if (row.is_entity) {
            names.types[row.entity.id] = row.entity.type;
            names.owner[spelling_key(row.entity.name)] = row.entity.id;
        } else if ((row.alias.flags & kAliasOff) == 0) {
            names.owner[spelling_key(row.alias.text)] = row.alias.id;
        }
    }
    return names;
}

} // namespace

std::vector<GazetteerRow> icu_country_rows(const std::vector<GazetteerRow>& curated_rows,
                                           std::map<std::string, std::string>* country_ids) {
    const CuratedNames curated = curated_names(curated_rows);
    std::vector<GazetteerRow> rows;
    std::set<std::string> new_ids;
    std::set<std::pair<std::string, std::string>> seen; // (id, alias)
    std::size_t line = 0;
    for (const char* const* code = icu::Locale::getISOCountries(); *code != nullptr; ++code) {
        const icu::Locale region("", *code);
        std::vector<std::pair<std::string, std::vector<std::string>>> names; // lang → forms
        for (const char* lang : kLanguages) {
            icu::UnicodeString display;
            region.getDisplayCountry(icu::Locale(lang), display);
            std::string name = utf8(display);
            if (name.empty() || name == *code) {
                continue; // no name in this language
            }
            names.emplace_back(lang, usable_forms(std::move(name), lang));
        }
        if (names.empty() || names.front().first != "en" || names.front().second.empty()) {
            continue;
        }
        // The curated entity this country is, found by any of its names.
        std::string id;
        for (const auto& [lang, forms] : names) {
            for (const std::string& form : forms) {
                const auto known = curated.owner.find(spelling_key(form));
                if (known != curated.owner.end() && curated.types.at(known->second) == EntityType::place) {
                    id = known->second;
                    break;
                }
            }
            if (!id.empty()) {
                break;
            }
        }
        if (id.empty()) {
            id = name_slug(names.front().second.front(), "en");
            if (id.empty() || !is_valid_id(id) || curated.types.contains(id) || !new_ids.insert(id).second) {
                if (country_ids != nullptr && !id.empty() && curated.types.contains(id) &&
                    curated.types.at(id) == EntityType::place) {
                    (*country_ids)[*code] = id; // a curated place by the English name (a given name)
                }
                continue;
            }
            GazetteerRow row;
            row.origin = kOrigin;
            row.line = ++line;
            row.entity = Entity{id, EntityType::place, names.front().second.front(), {}, {}};
            rows.push_back(std::move(row));
        }
        if (country_ids != nullptr) {
            (*country_ids)[*code] = id;
        }
        for (const auto& [lang, forms] : names) {
            for (const std::string& form : forms) {
                if (curated.owner.contains(spelling_key(form)) || !seen.emplace(id, form).second) {
                    continue; // the curated table already says what this name is
                }
                GazetteerRow row;
                row.is_entity = false;
                row.origin = kOrigin;
                row.line = ++line;
                // Opaque: a country's name mentions no other place (South Sudan no Sudan, 印度尼西亚 no 印度,
                // Papua New Guinea no Guinea).
                row.alias = AliasRecord{id, lang, form,
                                        static_cast<std::uint8_t>((cased(form) ? kAliasCaseSensitive : 0) |
                                                                  kAliasOpaque | ambiguity_flags(form))};
                rows.push_back(std::move(row));
            }
        }
    }
    return rows;
}

} // namespace lede::detail
