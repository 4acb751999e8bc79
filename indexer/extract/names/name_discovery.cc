#include "indexer/extract/names/name_discovery.h"

#include "common/entities/name_slug.h"

#include "common/entities/text_rules.h"
#include "indexer/extract/names/name_cues.h"
#include "indexer/extract/names/name_lexicon.h"

#include <algorithm>
#include <optional>

namespace lede::extract::names {
namespace {

using detail::TextScript;

constexpr std::size_t kMaxPersonWords = 3;
constexpr std::size_t kMaxNameTokens = 8;
constexpr std::size_t kRoleLookBack = 6;
constexpr std::size_t kMinSurnameStem = 4;
constexpr std::size_t kMaxAcronymLetters = 8;
constexpr std::size_t kMaxKatakanaParts = 3;
constexpr std::size_t kMinTitleWords = 4;
constexpr std::size_t kSharedPrefixBytes = 6; // three Cyrillic letters

constexpr std::string_view kKatakanaMiddleDot = "・";

constexpr std::string_view kOpeningQuotes[] = {"«", "„", "“", "\"", "‚", "‹"};
constexpr std::string_view kClosingQuotes[] = {"»", "“", "”", "\"", "‘", "›"};

enum class Cue { none, role, honorific, org_noun };

class Discovery {
public:
    Discovery(std::string_view text, const std::vector<Token>& tokens, std::string_view lang,
              const std::vector<EntityMention>& known)
        : text_(text), tokens_(tokens), lang_(lang), taken_(tokens.size(), false),
          used_(tokens.size(), false) {
        for (const EntityMention& mention : known) {
            for (std::size_t i = mention.first_token;
                 i < mention.first_token + mention.token_count && i < tokens.size(); ++i) {
                taken_[i] = true;
            }
        }
    }

    std::vector<DiscoveredMention> run() {
        quoted_organisations();
        katakana_names();
        capitalised_runs();
        expanded_acronyms();
        recurring_surnames();
        linked_mentions();
        std::sort(found_.begin(), found_.end(),
                  [](const DiscoveredMention& a, const DiscoveredMention& b) { return a.begin < b.begin; });
        return std::move(found_);
    }

private:
    struct Surname {
        std::size_t found = 0; ///< index into found_
        std::string key;
        std::vector<std::string> stems;
        std::size_t after = 0;
    };
    struct Run { ///< a capitalised run shaped like a person's name that no rule typed
        std::size_t first = 0;
        std::size_t last = 0;
    };
    struct Line { ///< words of cased scripts in one line of the text, and how many are capitalised
        std::size_t cased = 0;
        std::size_t upper = 0;
    };
    struct Acronym {
        std::size_t found = 0;
        std::string text;
        std::size_t after = 0;
    };

    [[nodiscard]] std::string_view key(std::size_t i) const {
        const Token& token = tokens_[i];
        return token.accent_folded.empty() ? std::string_view(token.term)
                                           : std::string_view(token.accent_folded);
    }
    [[nodiscard]] std::string_view raw(std::size_t i) const {
        return text_.substr(tokens_[i].begin, tokens_[i].end - tokens_[i].begin);
    }
    [[nodiscard]] std::string_view gap(std::size_t left) const { // between token left and left + 1
        return text_.substr(tokens_[left].end, tokens_[left + 1].begin - tokens_[left].end);
    }
    [[nodiscard]] bool cased_script(std::size_t i) const {
        const TextScript script = detail::script_of(key(i));
        return tokens_[i].kind == TokenClass::letter &&
               (script == TextScript::latin || script == TextScript::cyrillic);
    }
    [[nodiscard]] bool capitalised(std::size_t i) const {
        return detail::starts_upper_case(raw(i)) && cased_script(i); // the cheap test first
    }
    [[nodiscard]] bool joined(std::size_t left) const { // tokens left and left + 1 may be in one name
        return left + 1 < tokens_.size() && tokens_[left + 1].position == tokens_[left].position + 1 &&
               detail::is_joining_gap(gap(left));
    }
    [[nodiscard]] bool clause_break(std::size_t left) const {
        return gap(left).find_first_of(".!?;:\n") != std::string_view::npos;
    }
    [[nodiscard]] bool any_taken(std::size_t first, std::size_t last) const {
        return std::find(taken_.begin() + static_cast<std::ptrdiff_t>(first),
                         taken_.begin() + static_cast<std::ptrdiff_t>(last),
                         true) != taken_.begin() + static_cast<std::ptrdiff_t>(last);
    }
    [[nodiscard]] Cue cue_of(std::size_t i) const {
        if (!cased_script(i)) {
            return Cue::none;
        }
        if (cues::is_honorific(key(i))) {
            return Cue::honorific;
        }
        if (cues::is_role(key(i), lang_)) {
            return Cue::role;
        }
        return cues::is_org_noun(key(i), lang_) ? Cue::org_noun : Cue::none;
    }

    // "Kane's": the possessive is no part of the name.
    [[nodiscard]] std::string_view possessive(std::size_t i) const {
        const std::string_view word = raw(i);
        for (const std::string_view ending : {std::string_view("'s"), std::string_view("’s")}) {
            if (word.size() > ending.size() + 1 && word.ends_with(ending)) {
                return word.substr(word.size() - ending.size());
            }
        }
        return {};
    }

    void add(std::size_t first, std::size_t last, EntityType type) { // tokens [first, last)
        const std::size_t begin = tokens_[first].begin;
        const std::size_t end = tokens_[last - 1].end - possessive(last - 1).size();
        add(first, last, type, name_slug(text_.substr(begin, end - begin), lang_));
    }

    void add(std::size_t first, std::size_t last, EntityType type, std::string id) {
        const std::size_t begin = tokens_[first].begin;
        const std::size_t end = tokens_[last - 1].end - possessive(last - 1).size();
        std::string name(text_.substr(begin, end - begin));
        if (id.empty()) {
            return;
        }
        std::fill(used_.begin() + static_cast<std::ptrdiff_t>(first),
                  used_.begin() + static_cast<std::ptrdiff_t>(last), true);
        found_.push_back({std::move(id), std::move(name), type, begin, end});
        if (type == EntityType::person && last - first >= 2 && cased_script(last - 1)) {
            Surname surname{found_.size() - 1, std::string(key(last - 1)), {}, last - 1};
            detail::append_cyrillic_stems(surname.key, lang_, surname.stems);
            surnames_.push_back(std::move(surname));
        }
        if (type == EntityType::org) {
            note_acronym(last);
        }
    }

    // "Centro de Coordinación Operativa (CECOPI)": the acronym names the organisation.
    void note_acronym(std::size_t next) {
        if (next >= tokens_.size() || next == 0) {
            return;
        }
        const std::string_view before = gap(next - 1);
        const std::size_t end = tokens_[next].end;
        if (before.find('(') == std::string_view::npos || end >= text_.size() || text_[end] != ')') {
            return;
        }
        // All capitals ("CRE"), or one capitalised word no table knows ("Cecopi").
        const std::string_view acronym = raw(next);
        if (acronym.size() < 2 || acronym.size() > 10 ||
            !(detail::is_all_caps_word(acronym) || (capitalised(next) && !taken_[next]))) {
            return;
        }
        // English names a foreign body by its acronym (PSOE, AfD, CECOPI): outside
        // English text, a Latin acronym is the organisation's id.
        if (lang_ != "en" && detail::script_of(key(next)) == TextScript::latin) {
            std::string id = name_slug(acronym);
            if (!id.empty()) {
                found_.back().id = std::move(id);
            }
        }
        acronyms_.push_back({found_.size() - 1, std::string(acronym), next});
        DiscoveredMention mention = found_.back();
        mention.begin = tokens_[next].begin;
        mention.end = end;
        found_.push_back(std::move(mention));
        used_[next] = true;
    }

    // «Северный капитал» after "компании": Russian capitalises only the first word.
    void quoted_organisations() {
        for (std::size_t i = 1; i < tokens_.size(); ++i) {
            const std::string_view before = gap(i - 1);
            const bool opens = std::any_of(std::begin(kOpeningQuotes), std::end(kOpeningQuotes),
                                           [&](std::string_view quote) { return before.ends_with(quote); });
            if (!opens || !capitalised(i) || taken_[i] || cue_of(i - 1) != Cue::org_noun ||
                before.size() > 4 + 1) {
                continue;
            }
            for (std::size_t last = i; last < tokens_.size() && last < i + kMaxNameTokens; ++last) {
                const std::string_view after =
                    last + 1 < tokens_.size() ? gap(last) : text_.substr(tokens_[last].end);
                const bool closes =
                    std::any_of(std::begin(kClosingQuotes), std::end(kClosingQuotes),
                                [&](std::string_view quote) { return after.starts_with(quote); });
                if (closes) {
                    if (!any_taken(i, last + 1)) {
                        add(i, last + 1, EntityType::org);
                    }
                    break;
                }
                if (last + 1 >= tokens_.size() || !joined(last)) {
                    break;
                }
            }
        }
    }

    // A role within a few words before `first`, across an affiliation that
    // is itself a name ("экономист компании «Северный капитал» Андрей Лебедев").
    [[nodiscard]] Cue role_before(std::size_t first) const {
        if (first == 0 || clause_break(first - 1)) {
            return Cue::none;
        }
        const Cue next_to = cue_of(first - 1);
        if (next_to == Cue::role || next_to == Cue::honorific) {
            return next_to;
        }
        if (!used_[first - 1] && !taken_[first - 1]) {
            return Cue::none;
        }
        for (std::size_t i = first - 1; i > 0 && first - i < kRoleLookBack; --i) {
            if (clause_break(i - 1)) {
                break;
            }
            if (cue_of(i - 1) == Cue::role) {
                return Cue::role;
            }
        }
        return Cue::none;
    }

    // "Markus Feldhaus, an analyst at …", "Андрей Лебедев, экономист".
    [[nodiscard]] bool role_after(std::size_t last) const {
        if (last >= tokens_.size() || gap(last - 1).find(',') == std::string_view::npos) {
            return false;
        }
        for (std::size_t i = last; i < tokens_.size() && i < last + 3; ++i) {
            if (cue_of(i) == Cue::role) {
                return true;
            }
            if (!cues::is_not_a_name_word(key(i)) && !detail::starts_lower_case(raw(i))) {
                return false;
            }
        }
        return false;
    }

    [[nodiscard]] bool person_words(std::size_t first, std::size_t last, std::size_t minimum) const {
        std::size_t words = 0;
        for (std::size_t i = first; i < last; ++i) {
            if (!capitalised(i)) {
                if (!cues::is_name_particle(key(i))) {
                    return false;
                }
                continue;
            }
            if (detail::is_all_caps_word(raw(i)) || detail::code_points(key(i)) < 2 ||
                cues::is_org_tail(key(i)) || cues::is_org_head(key(i)) || cues::is_place_tail(key(i)) ||
                cues::is_not_a_name_word(key(i))) {
                return false;
            }
            ++words;
        }
        return words >= minimum && words <= kMaxPersonWords && capitalised(last - 1);
    }

    [[nodiscard]] std::size_t name_words(std::size_t first, std::size_t last) const {
        std::size_t words = 0;
        for (std::size_t i = first; i < last; ++i) {
            words += capitalised(i) ? 1 : 0;
        }
        return words;
    }

    void classify(std::size_t first, std::size_t last, Cue cue) {
        if (first >= last || used_[first]) {
            return;
        }
        const bool has_known = any_taken(first, last);
        if (!has_known && (cue == Cue::role || cue == Cue::honorific) &&
            person_words(first, last, cue == Cue::honorific ? 1 : 2)) {
            add(first, last, EntityType::person);
            return;
        }
        if (!has_known && cue == Cue::none && person_words(first, last, 2) && role_after(last)) {
            add(first, last, EntityType::person);
            return;
        }
        if (cue == Cue::org_noun && !has_known && last - first <= 5 && detail::code_points(key(first)) >= 2) {
            add(first, last, EntityType::org);
            return;
        }
        // "Airbus de Japan Airlines" is two known names, not a third one.
        if (name_words(first, last) < 2 || unknown_words(first, last) == 0) {
            return;
        }
        if (cues::is_org_tail(key(last - 1)) || cues::is_org_head(key(first)) || org_edge(first, last)) {
            add(first, last, EntityType::org);
        } else if (cues::is_place_tail(key(last - 1)) || cues::is_place_head(key(first))) {
            add(first, last, EntityType::place);
        } else if (!has_known && cue == Cue::none && person_words(first, last, 2) &&
                   no_cue_words(first, last) && !title_case_line(first)) {
            // "Hannelore Vasquez said": a given name of the lexicon opens it. Else
            // it waits for its surname to recur alone (recurring_surnames).
            if (lexicon::is_given_name(key(first)) && !romance_particle(first, last)) {
                add(first, last, EntityType::person);
            } else {
                unnamed_.push_back({first, last});
            }
        }
    }

    // "Santiago de Compostela", "Victoria de Durango": after a given name, "de"
    // or "la" as often joins a place's name as a person's.
    [[nodiscard]] bool romance_particle(std::size_t first, std::size_t last) const {
        for (std::size_t i = first; i < last; ++i) {
            if (!capitalised(i) && cues::is_connector(key(i))) {
                return true;
            }
        }
        return false;
    }

    // "Victor Wins Gold In Paris": in a headline set in title case, capitals say
    // nothing. Each line's counts are taken once, on the first question.
    [[nodiscard]] bool title_case_line(std::size_t i) {
        if (line_of_.empty()) {
            line_of_.resize(tokens_.size());
            for (std::size_t j = 0; j < tokens_.size(); ++j) {
                if (j == 0 || gap(j - 1).find('\n') != std::string_view::npos) {
                    lines_.push_back({});
                }
                line_of_[j] = lines_.size() - 1;
                if (cased_script(j)) {
                    ++lines_.back().cased;
                    lines_.back().upper += detail::starts_upper_case(raw(j)) ? 1 : 0;
                }
            }
        }
        const Line& line = lines_[line_of_[i]];
        return line.cased >= kMinTitleWords && line.upper * 10 >= line.cased * 7;
    }

    // No cue word and no noun that ends an institution's name ("Florence Nightingale Museum").
    [[nodiscard]] bool no_cue_words(std::size_t first, std::size_t last) const {
        for (std::size_t i = first; i < last; ++i) {
            if (cue_of(i) != Cue::none || cues::is_org_noun(key(i), lang_) || cues::is_name_noun(key(i))) {
                return false;
            }
        }
        return true;
    }

    // Two words at the name's edge that make it an organisation: "Turkish Red Crescent".
    [[nodiscard]] bool org_edge(std::size_t first, std::size_t last) const {
        return last - first >= 3 && cues::is_org_tail_pair(key(last - 2), key(last - 1));
    }
    [[nodiscard]] std::size_t unknown_words(std::size_t first, std::size_t last) const {
        std::size_t words = 0;
        for (std::size_t i = first; i < last; ++i) {
            words += capitalised(i) && !taken_[i] ? 1 : 0;
        }
        return words;
    }

    void capitalised_runs() {
        for (std::size_t i = 0; i < tokens_.size();) {
            if (!capitalised(i) || used_[i]) {
                ++i;
                continue;
            }
            // The run: capitalised words, and connectors between them.
            std::size_t last = i + 1;
            while (last < tokens_.size() && joined(last - 1) && last - i < kMaxNameTokens) {
                if (capitalised(last) && !used_[last]) {
                    ++last;
                    continue;
                }
                // German capitalises nouns: "Helfer des Roten Halbmonds" is a helper of a name,
                // unless the run opens with an organisation's or place's head ("Bundesamt der Justiz").
                const bool german_article =
                    lang_ == "de" &&
                    (key(last) == "der" || key(last) == "des" || key(last) == "dem" || key(last) == "den") &&
                    !cues::is_org_head(key(i)) && !cues::is_place_head(key(i));
                const bool bridge = cased_script(last) && detail::starts_lower_case(raw(last)) &&
                                    (cues::is_connector(key(last)) || cues::is_name_particle(key(last))) &&
                                    !german_article && last + 1 < tokens_.size() && joined(last) &&
                                    capitalised(last + 1);
                if (!bridge) {
                    break;
                }
                last += 2;
            }
            split_run(i, last);
            i = last;
        }
    }

    // Leading function words go; a role or organisation noun inside the run
    // ("Konjunkturexperte Markus Feldhaus", "Beratungsgesellschaft Mainblick
    // Research") is the cue for the words after it.
    void split_run(std::size_t first, std::size_t last) {
        while (first < last && (cues::is_not_a_name_word(key(first)) || !capitalised(first))) {
            ++first;
        }
        if (first >= last) {
            return;
        }
        std::optional<std::size_t> cue_at;
        for (std::size_t i = first; i + 1 < last; ++i) {
            if (cue_of(i) != Cue::none && !taken_[i]) {
                cue_at = i;
            }
        }
        if (cue_at) {
            classify(*cue_at + 1, last, cue_of(*cue_at));
            return;
        }
        const Cue before = role_before(first);
        if (before != Cue::none) {
            classify(first, last, before);
            return;
        }
        const Cue noun = first > 0 && joined(first - 1) ? cue_of(first - 1) : Cue::none;
        classify(first, last, noun == Cue::org_noun ? noun : Cue::none);
    }

    // U+30A1..U+30FA and the length mark U+30FC (three bytes E3 82 A1 .. E3 83 BC),
    // with the middle dot U+30FB when `dots`.
    [[nodiscard]] static bool is_katakana(std::string_view text, bool dots = false) {
        if (text.empty() || text.size() % 3 != 0) {
            return false;
        }
        for (std::size_t at = 0; at < text.size(); at += 3) {
            const auto b0 = static_cast<unsigned char>(text[at]);
            const auto b1 = static_cast<unsigned char>(text[at + 1]);
            const auto b2 = static_cast<unsigned char>(text[at + 2]);
            const unsigned code = ((b0 & 0x0FU) << 12U) | ((b1 & 0x3FU) << 6U) | (b2 & 0x3FU);
            if ((b0 & 0xF0U) != 0xE0U || code < 0x30A1 ||
                (code > 0x30FA && code != 0x30FC && !(dots && code == 0x30FB))) {
                return false;
            }
        }
        return true;
    }

    // "ウラジーミル・プーチン": a run of katakana words joined by ・ that ENAMDICT
    // lists as a person, or whose first part it lists as a given name and last
    // as a surname, named by the Latin readings. The run is read from the text:
    // the segmenter may cut a katakana word in two.
    void katakana_names() {
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
                std::string_view middle =
                    count < 3 ? std::string_view() : lexicon::katakana_given_name(parts[1]);
                middle = count < 3 || !middle.empty() ? middle : lexicon::katakana_surname(parts[1]);
                const std::string_view whole = lexicon::katakana_person(run);
                if (!whole.empty() ||
                    (!given.empty() && !surname.empty() && (count < 3 || !middle.empty()))) {
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

    [[nodiscard]] bool katakana_before(std::size_t at) const {
        return at >= 3 &&
               (is_katakana(text_.substr(at - 3, 3)) || text_.substr(at - 3, 3) == kKatakanaMiddleDot);
    }

    // "Democratic Alliance (DA)", "Alternative für Deutschland (AfD)",
    // "Центральная избирательная комиссия (ЦИК)": words whose initials spell the
    // acronym in parentheses after them name an organisation when one of them
    // is an organisation word (a repeated acronym alone may be an index or an
    // event: "Consumer Price Index (CPI)").
    void expanded_acronyms() {
        std::string initials;
        std::string skipping;
        for (std::size_t i = 1; i < tokens_.size(); ++i) {
            const std::string_view acronym = raw(i);
            const std::size_t end = tokens_[i].end;
            if (used_[i] || taken_[i] || !cased_script(i) || acronym.size() < 2 ||
                detail::code_points(acronym) > kMaxAcronymLetters || uppercase_letters(acronym) < 2 ||
                gap(i - 1).find('(') == std::string_view::npos || end >= text_.size() || text_[end] != ')') {
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

    [[nodiscard]] static std::size_t uppercase_letters(std::string_view text) {
        std::size_t upper = 0;
        for (std::size_t at = 0; at < text.size();) {
            const std::size_t next = std::min(text.size(), at + utf8_length(text[at]));
            upper += detail::starts_upper_case(text.substr(at, next - at)) ? 1 : 0;
            at = next;
        }
        return upper;
    }
    [[nodiscard]] static std::size_t utf8_length(char lead) {
        const auto byte = static_cast<unsigned char>(lead);
        return byte < 0xC0U ? 1 : byte < 0xE0U ? 2 : byte < 0xF0U ? 3 : 4;
    }
    [[nodiscard]] static std::string_view first_letter(std::string_view key) {
        return key.substr(0, std::min(key.size(), utf8_length(key.front())));
    }
    [[nodiscard]] bool org_words(std::size_t first, std::size_t last) const {
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
    void recurring_surnames() {
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
            const auto [from, to] =
                std::equal_range(lone_words.begin(), lone_words.end(),
                                 std::pair{surname.substr(0, kSharedPrefixBytes), run.last},
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
    [[nodiscard]] bool lone(std::size_t j) const {
        if (j > 0 && joined(j - 1) && (capitalised(j - 1) || cues::is_article(key(j - 1)))) {
            return false;
        }
        return !(joined(j) && capitalised(j + 1));
    }

    // Later lone surnames and acronyms refer to the names found above.
    void linked_mentions() {
        std::vector<std::string> stems;
        for (std::size_t i = 0; i < tokens_.size(); ++i) {
            if (used_[i] || taken_[i] || (!capitalised(i) && !is_katakana(raw(i)))) {
                continue;
            }
            std::optional<std::size_t> match;
            bool ambiguous = false;
            stems.clear();
            detail::append_cyrillic_stems(key(i), lang_, stems);
            for (const Surname& surname : surnames_) {
                if (i <= surname.after) {
                    continue;
                }
                bool same = key(i) == surname.key || std::find(surname.stems.begin(), surname.stems.end(),
                                                               key(i)) != surname.stems.end();
                for (const std::string& stem : stems) {
                    same =
                        same || (stem == surname.key) ||
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
                found_.push_back({source.id, source.name, source.type, tokens_[i].begin, tokens_[i].end});
                used_[i] = true;
            }
        }
    }

    std::string_view text_;
    const std::vector<Token>& tokens_;
    std::string_view lang_;
    std::vector<bool> taken_; ///< covered by a table mention
    std::vector<bool> used_;  ///< covered by a discovered mention
    std::vector<DiscoveredMention> found_;
    std::vector<Surname> surnames_;
    std::vector<Acronym> acronyms_;
    std::vector<Run> unnamed_;
    std::vector<std::size_t> line_of_; ///< per token, index into lines_ (filled on first use)
    std::vector<Line> lines_;
};

} // namespace

std::vector<DiscoveredMention> discover(std::string_view text, const std::vector<Token>& tokens,
                                        std::string_view lang, const std::vector<EntityMention>& known) {
    return Discovery(text, tokens, lang, known).run();
}

} // namespace lede::extract::names
