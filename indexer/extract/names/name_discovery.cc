#include "indexer/extract/names/name_discovery.h"

#include "common/entities/name_slug.h"

#include "common/entities/text_rules.h"
#include "indexer/extract/names/name_cues.h"

#include <algorithm>
#include <optional>

namespace lede::extract::names {
namespace {

using detail::TextScript;

constexpr std::size_t kMaxPersonWords = 3;
constexpr std::size_t kMaxNameTokens = 8;
constexpr std::size_t kRoleLookBack = 6;
constexpr std::size_t kMinSurnameStem = 4;

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
        capitalised_runs();
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
        return cased_script(i) && detail::starts_upper_case(raw(i));
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

    void add(std::size_t first, std::size_t last, EntityType type) { // tokens [first, last)
        const std::size_t begin = tokens_[first].begin;
        const std::size_t end = tokens_[last - 1].end;
        std::string name(text_.substr(begin, end - begin));
        std::string id = name_slug(name, lang_);
        if (id.empty()) {
            return;
        }
        std::fill(used_.begin() + static_cast<std::ptrdiff_t>(first),
                  used_.begin() + static_cast<std::ptrdiff_t>(last), true);
        found_.push_back({std::move(id), std::move(name), type, begin, end});
        if (type == EntityType::person && last - first >= 2) {
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
        const std::string_view acronym = raw(next);
        if (acronym.size() < 2 || acronym.size() > 10 || !detail::is_all_caps_word(acronym)) {
            return;
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
        if (cues::is_org_tail(key(last - 1)) || cues::is_org_head(key(first))) {
            add(first, last, EntityType::org);
        } else if (cues::is_place_tail(key(last - 1)) || cues::is_place_head(key(first))) {
            add(first, last, EntityType::place);
        }
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
                const bool bridge = cased_script(last) && detail::starts_lower_case(raw(last)) &&
                                    (cues::is_connector(key(last)) || cues::is_name_particle(key(last))) &&
                                    last + 1 < tokens_.size() && joined(last) && capitalised(last + 1);
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

    // Later lone surnames and acronyms refer to the names found above.
    void linked_mentions() {
        std::vector<std::string> stems;
        for (std::size_t i = 0; i < tokens_.size(); ++i) {
            if (used_[i] || taken_[i] || !capitalised(i)) {
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
};

} // namespace

std::vector<DiscoveredMention> discover(std::string_view text, const std::vector<Token>& tokens,
                                        std::string_view lang, const std::vector<EntityMention>& known) {
    return Discovery(text, tokens, lang, known).run();
}

} // namespace lede::extract::names
