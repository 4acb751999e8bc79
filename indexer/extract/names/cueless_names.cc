// The names found without a cue word: katakana names joined by ・, organisations spelt out before
// their acronym, runs shaped like a person's name whose surname recurs alone, and later lone mentions
// of a name found (a surname, an acronym).

#include "common/entities/name_slug.h"
#include "common/entities/text_rules.h"
#include "indexer/extract/names/discovery.h"
#include "indexer/extract/names/name_cues.h"
#include "indexer/extract/names/name_lexicon.h"

#include <algorithm>
#include <optional>
#include <utility>

namespace lede::extract::names {
namespace {

using detail::TextScript;

constexpr std::size_t kMinSurnameStem = 4;
constexpr std::size_t kMaxAcronymLetters = 8;
constexpr std::size_t kMaxKatakanaParts = 3;
constexpr std::size_t kSharedPrefixBytes = 6; // three Cyrillic letters

constexpr std::string_view kKatakanaMiddleDot = "・";

// Katakana all through (detail::is_katakana, three bytes a letter), with the middle dot U+30FB when `dots`.
[[nodiscard]] bool is_katakana(std::string_view text, bool dots = false) {
    if (text.empty() || text.size() % 3 != 0) {
        return false;
    }
    for (std::size_t at = 0; at < text.size(); at += 3) {
        const auto b0 = static_cast<unsigned char>(text[at]);
        const auto b1 = static_cast<unsigned char>(text[at + 1]);
        const auto b2 = static_cast<unsigned char>(text[at + 2]);
        const char32_t code = ((b0 & 0x0FU) << 12U) | ((b1 & 0x3FU) << 6U) | (b2 & 0x3FU);
        if ((b0 & 0xF0U) != 0xE0U || !(detail::is_katakana(code) || (dots && code == U'\u30FB'))) {
            return false;
        }
    }
    return true;
}

[[nodiscard]] std::size_t utf8_length(char lead) {
    const auto byte = static_cast<unsigned char>(lead);
    return byte < 0xC0U ? 1 : byte < 0xE0U ? 2 : byte < 0xF0U ? 3 : 4;
}

[[nodiscard]] std::size_t uppercase_letters(std::string_view text) {
    std::size_t upper = 0;
    for (std::size_t at = 0; at < text.size();) {
        const std::size_t next = std::min(text.size(), at + utf8_length(text[at]));
        upper += detail::starts_upper_case(text.substr(at, next - at)) ? 1 : 0;
        at = next;
    }
    return upper;
}

[[nodiscard]] std::string_view first_letter(std::string_view key) {
    return key.substr(0, std::min(key.size(), utf8_length(key.front())));
}

} // namespace

// "ウラジーミル・プーチン": a run of katakana words joined by ・ that ENAMDICT
// lists as a person, or whose first part it lists as a given name and last
// as a surname, named by the Latin readings. The run is read from the text:
// the segmenter may cut a katakana word in two.
void Discovery::katakana_names() {
    std::string_view parts[kMaxKatakanaParts];
    for (std::size_t i = 0; i < tokens_.size(); ++i) {
        if (!tokens_[i].is_cjk() || !is_katakana(raw(i), true) || used_[i] || taken_[i] ||
            katakana_before(tokens_[i].begin)) {
            continue;
        }
        std::size_t run_end = tokens_[i].begin;
        for (;;) {
            const std::string_view rest = text_.substr(run_end);
            const std::size_t step = rest.starts_with(kKatakanaMiddleDot) ? kKatakanaMiddleDot.size()
                                     : rest.size() >= 3 && is_katakana(rest.substr(0, 3)) ? 3
                                                                                          : 0;
            if (step == 0) {
                break;
            }
            run_end += step;
        }
        std::size_t last = i; // the run's tokens are [i, last]
        while (last + 1 < tokens_.size() && tokens_[last + 1].begin < run_end) {
            ++last;
        }
        const std::string_view run = text_.substr(tokens_[i].begin, run_end - tokens_[i].begin);
        std::size_t count = 0;
        for (std::string_view rest = run;;) {
            if (count == kMaxKatakanaParts) {
                count = 0; // more parts than a person's name has
                break;
            }
            const std::size_t dot = rest.find(kKatakanaMiddleDot);
            parts[count++] = rest.substr(0, dot);
            if (dot == std::string_view::npos) {
                break;
            }
            rest.remove_prefix(dot + kKatakanaMiddleDot.size());
        }
        const bool whole_tokens = tokens_[last].end == run_end && !any_taken(i, last + 1) &&
                                  std::none_of(used_.begin() + static_cast<std::ptrdiff_t>(i),
                                               used_.begin() + static_cast<std::ptrdiff_t>(last + 1),
                                               [](bool used) { return used; });
        if (count >= 2 && whole_tokens &&
            std::all_of(parts, parts + count, [](std::string_view part) { return is_katakana(part); })) {
            const std::string_view given = lexicon::katakana_given_name(parts[0]);
            const std::string_view surname = lexicon::katakana_surname(parts[count - 1]);
            // A middle part is a second given name or a first surname ("ペドロ・ガルシア・ロペス").
            std::string_view middle = count < 3 ? std::string_view() : lexicon::katakana_given_name(parts[1]);
            middle = count < 3 || !middle.empty() ? middle : lexicon::katakana_surname(parts[1]);
            const std::string_view whole = lexicon::katakana_person(run);
            if (!whole.empty() || (!given.empty() && !surname.empty() && (count < 3 || !middle.empty()))) {
                std::string latin(whole.empty() ? given : whole);
                for (const std::string_view part : {middle, surname}) {
                    if (whole.empty() && !part.empty()) {
                        latin += ' ';
                        latin += part;
                    }
                }
                const std::size_t before = found_.size();
                add(i, last + 1, EntityType::person, name_slug(latin));
                if (found_.size() > before) {
                    surnames_.push_back({before, std::string(parts[count - 1]), {}, last});
                }
            }
        }
        i = last;
    }
}

bool Discovery::katakana_before(std::size_t at) const {
    return at >= 3 && (is_katakana(text_.substr(at - 3, 3)) || text_.substr(at - 3, 3) == kKatakanaMiddleDot);
}

// "Democratic Alliance (DA)", "Alternative für Deutschland (AfD)",
// "Центральная избирательная комиссия (ЦИК)": words whose initials spell the
// acronym in parentheses after them name an organisation when one of them
// is an organisation word (a repeated acronym alone may be an index or an
// event: "Consumer Price Index (CPI)").
void Discovery::expanded_acronyms() {
    std::string initials;
    std::string skipping;
    for (std::size_t i = 1; i < tokens_.size(); ++i) {
        const std::string_view acronym = raw(i);
        const std::size_t end = tokens_[i].end;
        // The bracket tests first: they rule out nearly every word at once.
        if (end >= text_.size() || text_[end] != ')' || gap(i - 1).find('(') == std::string_view::npos ||
            used_[i] || taken_[i] || !cased_script(i) || acronym.size() < 2 ||
            detail::code_points(acronym) > kMaxAcronymLetters || uppercase_letters(acronym) < 2) {
            continue;
        }
        const std::size_t letters = detail::code_points(key(i));
        initials.clear();
        skipping.clear();
        for (std::size_t first = i; first-- > 0 && i - first <= 2 * letters;) {
            if (first + 1 < i && !joined(first)) {
                break;
            }
            if (!cased_script(first) || used_[first]) {
                break;
            }
            const std::string_view initial = first_letter(key(first));
            initials.insert(0, initial);
            if (!cues::is_connector(key(first))) {
                skipping.insert(0, initial);
            }
            if (!capitalised(first) || (initials != key(i) && skipping != key(i))) {
                continue;
            }
            if (unknown_words(first, i) > 0 && org_words(first, i)) {
                add(first, i, EntityType::org);
            }
            break;
        }
    }
}

bool Discovery::org_words(std::size_t first, std::size_t last) const {
    for (std::size_t i = first; i < last; ++i) {
        if (cues::is_org_tail(key(i)) || cues::is_org_head(key(i)) || cues::is_org_noun(key(i), lang_) ||
            cues::is_org_word(key(i))) {
            return true;
        }
    }
    return false;
}

// "Jacinda Ardern ... Ardern said": a name-shaped pair without a cue is a
// person when its last word recurs alone later, not after an article.
void Discovery::recurring_surnames() {
    if (lang_ == "de" || unnamed_.empty()) {
        return; // German capitalises every noun: one recurring says nothing
    }
    // The lone capitalised words by their first letters, looked up per run:
    // inflected forms share them (Брагинский, Брагинского).
    std::vector<std::pair<std::string_view, std::size_t>> lone_words;
    for (std::size_t j = 0; j < tokens_.size(); ++j) {
        if (!used_[j] && !taken_[j] && capitalised(j) && lone(j)) {
            lone_words.emplace_back(key(j).substr(0, kSharedPrefixBytes), j);
        }
    }
    std::sort(lone_words.begin(), lone_words.end());
    std::vector<std::string> stems;
    std::vector<std::string> later;
    for (const Run& run : unnamed_) {
        if (used_[run.first]) {
            continue;
        }
        const std::string_view surname = key(run.last - 1);
        stems.clear();
        detail::append_cyrillic_stems(surname, lang_, stems);
        const auto [from, to] = std::equal_range(
            lone_words.begin(), lone_words.end(), std::pair{surname.substr(0, kSharedPrefixBytes), run.last},
            [](const auto& a, const auto& b) { return a.first < b.first; });
        for (auto it = from; it != to; ++it) {
            const std::size_t j = it->second;
            if (j < run.last || used_[j]) {
                continue;
            }
            bool same = key(j) == surname;
            if (!same && detail::script_of(surname) == TextScript::cyrillic) {
                later.clear();
                detail::append_cyrillic_stems(key(j), lang_, later);
                for (const std::string& stem : later) {
                    same = same || stem == surname ||
                           (detail::code_points(stem) >= kMinSurnameStem &&
                            std::find(stems.begin(), stems.end(), stem) != stems.end());
                }
            }
            if (same) {
                add(run.first, run.last, EntityType::person);
                break;
            }
        }
    }
}

// A capitalised word alone: no capitalised word joined to it and no article
// before it ("The Hall was full" names a hall; "with Ardern" a person).
bool Discovery::lone(std::size_t j) const {
    if (j > 0 && joined(j - 1) && (capitalised(j - 1) || cues::is_article(key(j - 1)))) {
        return false;
    }
    return !(joined(j) && capitalised(j + 1));
}

// Later lone surnames and acronyms refer to the names found above.
void Discovery::linked_mentions() {
    if (surnames_.empty() && acronyms_.empty()) {
        return; // most articles: nothing a later word could link to
    }
    std::vector<std::string> stems;
    for (std::size_t i = 0; i < tokens_.size(); ++i) {
        if (used_[i] || taken_[i] || (!capitalised(i) && !is_katakana(raw(i)))) {
            continue;
        }
        std::optional<std::size_t> match;
        bool ambiguous = false;
        stems.clear();
        if (!surnames_.empty()) {
            detail::append_cyrillic_stems(key(i), lang_, stems);
        }
        for (const Surname& surname : surnames_) {
            if (i <= surname.after) {
                continue;
            }
            bool same = key(i) == surname.key ||
                        std::find(surname.stems.begin(), surname.stems.end(), key(i)) != surname.stems.end();
            for (const std::string& stem : stems) {
                same = same || (stem == surname.key) ||
                       (detail::code_points(stem) >= kMinSurnameStem &&
                        std::find(surname.stems.begin(), surname.stems.end(), stem) != surname.stems.end());
            }
            if (same) {
                ambiguous = ambiguous || (match && found_[*match].id != found_[surname.found].id);
                match = surname.found;
            }
        }
        for (const Acronym& acronym : acronyms_) {
            if (i > acronym.after && raw(i) == acronym.text) {
                ambiguous = ambiguous || (match && found_[*match].id != found_[acronym.found].id);
                match = acronym.found;
            }
        }
        if (match && !ambiguous) {
            const DiscoveredMention source = found_[*match];
            found_.push_back({source.id, source.name, source.type, start(i), tokens_[i].end});
            used_[i] = true;
        }
    }
}

} // namespace lede::extract::names
