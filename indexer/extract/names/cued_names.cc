// The names a cue word types: a role or honorific before a person's name or a role after it, an
// organisation noun before a name or a quoted name, an organisation or place word at the edge of a
// capitalised run. A run shaped like a person's name with no cue waits in unnamed_ for
// recurring_surnames (cueless_names.cc).

#include "common/entities/text_rules.h"
#include "indexer/extract/names/discovery.h"

#include "common/entities/name_slug.h"
#include "indexer/extract/names/name_cues.h"
#include "indexer/extract/names/name_lexicon.h"

#include <algorithm>
#include <array>
#include <optional>

namespace lede::extract::names {
namespace {

constexpr std::size_t kMaxPersonWords = 3;
constexpr std::size_t kMaxNameTokens = 8;
constexpr std::size_t kRoleLookBack = 6;
constexpr std::size_t kMinTitleWords = 4;

constexpr std::string_view kOpeningQuotes[] = {"«", "„", "“", "\"", "‚", "‹"};
constexpr std::string_view kClosingQuotes[] = {"»", "“", "”", "\"", "‘", "›"};

// The words a football or sports club's name opens with ("FC Augsburg", "SV Werder Bremen", "Borussia
// Dortmund") or ends with ("Hamburger SV", "West Ham United"), as written.
[[nodiscard]] bool opens_a_club(std::string_view word) {
    static constexpr std::array<std::string_view, 18> kClubHeads = {
        "FC",     "SV",     "VfB",    "VfL",      "TSG",       "SSC",
        "AFC",    "BSC",    "CF",     "Borussia", "Eintracht", "Fortuna",
        "Hertha", "Dynamo", "Dinamo", "Spartak",  "Lokomotiv", "Olympique"};
    return std::find(kClubHeads.begin(), kClubHeads.end(), word) != kClubHeads.end();
}

[[nodiscard]] bool ends_a_club(std::string_view word) {
    return word == "FC" || word == "SV" || word == "CF" || word == "United";
}

[[nodiscard]] bool is_post_nominal(std::string_view word) {
    static constexpr std::array<std::string_view, 11> kPostNominals = {"SC",  "QC",  "KC",  "MP",  "Jr", "Sr",
                                                                       "OBE", "MBE", "CBE", "PhD", "MD"};
    return std::find(kPostNominals.begin(), kPostNominals.end(), word) != kPostNominals.end();
}

// "and" in the Latin-script languages, which may join a name's words as it joins two names ("Bosnia and
// Herzegovina").
[[nodiscard]] bool is_latin_and(std::string_view key) {
    return key == "and" || key == "und" || key == "et" || key == "y" || key == "e";
}

// "and" between the names of a list.
[[nodiscard]] bool is_list_conjunction(std::string_view key) {
    return is_latin_and(key) || key == "и" || key == "і" || key == "та";
}

// A run that continues a list holds one name, or two with "and" between them.
constexpr std::size_t kMaxListRunTokens = 5;

// Conjunctions and relative words: after a comma they open a clause of its own, whose role is not the name's.
[[nodiscard]] bool opens_a_clause(std::string_view key) {
    static constexpr std::array<std::string_view, 40> kClauseOpeners = {
        "where", "when", "while", "which",   "who",     "whom",    "whose",   "and",    "but",      "as",
        "wo",    "als",  "wie",   "weil",    "dass",    "wahrend", "nachdem", "und",    "aber",     "ou",
        "quand", "que",  "qui",   "lorsque", "et",      "mais",    "donde",   "cuando", "mientras", "y",
        "pero",  "где",  "когда", "который", "которая", "и",       "но",      "а",      "коли",     "та"};
    return std::find(kClauseOpeners.begin(), kClauseOpeners.end(), key) != kClauseOpeners.end();
}

// A Russian or Ukrainian adjective of a region or district in an oblique case ("Баткенской", "Харківського"),
// which follows a village's name and names what it lies in.
[[nodiscard]] bool regional_adjective(std::string_view key) {
    static constexpr std::array<std::string_view, 14> kEndings = {
        "ской",  "ского",  "скому",  "ском",  "ская",  "цкой",   "цкого",
        "ської", "ського", "ському", "ській", "цької", "цького", "ньої"};
    return std::any_of(kEndings.begin(), kEndings.end(),
                       [&](std::string_view e) { return key.ends_with(e); });
}

} // namespace

Cue Discovery::cue_of(std::size_t i) const {
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

// «Северный капитал» after "компании": Russian capitalises only the first word.
void Discovery::quoted_organisations() {
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
            const bool closes = std::any_of(std::begin(kClosingQuotes), std::end(kClosingQuotes),
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
Cue Discovery::role_before(std::size_t first) const {
    if (first == 0 || clause_break(first - 1)) {
        return Cue::none;
    }
    const Cue next_to = cue_of(first - 1);
    if (next_to == Cue::role || next_to == Cue::honorific) {
        return next_to;
    }
    if (role_across_lower_case_genitive(first)) {
        return Cue::role;
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

// "Министр транспорта Костас Караманлис", "представитель пожарной службы Яннис Артопиос", "Міністр
// інфраструктури і транспорту Олександр Кубраков": Russian and Ukrainian name the role's portfolio or body in
// lower-case genitives between role and name. Up to three such words, and a given name to open the name, as
// "представитель компании Норильский Никель" names no one.
bool Discovery::role_across_lower_case_genitive(std::size_t first) const {
    constexpr std::size_t kMaxGenitiveWords = 3;
    if ((lang_ != "ru" && lang_ != "uk") || !lexicon::is_given_name(key(first))) {
        return false;
    }
    for (std::size_t words = 1; words <= kMaxGenitiveWords + 1 && words <= first; ++words) {
        const std::size_t i = first - words;
        if (clause_break(i) || tokens_[i + 1].position != tokens_[i].position + 1) {
            return false;
        }
        if (words > 1 && cue_of(i) == Cue::role) {
            return true;
        }
        if (capitalised(i) || detail::script_of(key(i)) != detail::TextScript::cyrillic || taken_[i]) {
            return false;
        }
    }
    return false;
}

// "Le ministre de la Défense, Chériff Sy, a déclaré", "the health minister, Jane Doe, said": a name set
// apart by commas right after a role and the body it serves.
bool Discovery::appositive_role(std::size_t first, std::size_t last) const {
    if (first == 0 || last - first < 2) {
        return false;
    }
    const std::string_view before = gap(first - 1);
    if (before.find(',') == std::string_view::npos ||
        before.find_first_of(".!?;:\n\"«»“”(") != std::string_view::npos) {
        return false;
    }
    const bool set_apart =
        last == tokens_.size() || gap(last - 1).find_first_of(",.;:)") != std::string_view::npos;
    if (!set_apart) {
        return false;
    }
    for (std::size_t j = first - 1; first - j <= kRoleLookBack; --j) {
        if (cue_of(j) == Cue::role) {
            return true;
        }
        if (!(capitalised(j) || cues::is_connector(key(j)) || taken_[j] || used_[j]) || j == 0 ||
            !joined(j - 1)) {
            return false;
        }
    }
    return false;
}

// "Markus Feldhaus, an analyst at …", "Андрей Лебедев, экономист".
bool Discovery::role_after(std::size_t last) const {
    if (last >= tokens_.size() || gap(last - 1).find(',') == std::string_view::npos) {
        return false;
    }
    if (opens_a_clause(key(last))) {
        return false; // "den Berliner Breitscheidplatz, wo der Islamist Anis Amri": another clause's role
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

// A verb of saying right before or after the name, in the same clause: "said Mamata Banerjee", "Naveen
// Patnaik said", "a raconté Aliou Diop".
bool Discovery::quoted_by_speech(std::size_t first, std::size_t last) const {
    const bool before = first > 0 && joined(first - 1) && cues::is_speech_before_name(key(first - 1), lang_);
    const bool after =
        last < tokens_.size() && joined(last - 1) && cues::is_speech_after_name(key(last), lang_);
    return before || after;
}

// "Ban Ki-moon", "Kim Yong-chol": a Korean given name's second syllable, in lower case after a hyphen.
bool Discovery::korean_syllable(std::size_t i) const {
    constexpr std::size_t kSyllableLetters = 5;
    if (i == 0 || gap(i - 1) != "-" || !capitalised(i - 1) ||
        detail::code_points(raw(i - 1)) > kSyllableLetters || raw(i).empty() ||
        raw(i).size() > kSyllableLetters) {
        return false;
    }
    return std::all_of(raw(i).begin(), raw(i).end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

bool Discovery::person_words(std::size_t first, std::size_t last, std::size_t minimum) const {
    std::size_t words = 0;
    for (std::size_t i = first; i < last; ++i) {
        if (korean_syllable(i)) {
            continue;
        }
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
    // Two given names and two surnames, as Spanish names go: "María Elena Fernández Currás", "José Luis
    // Rodríguez Zapatero".
    const auto two_given = [&] {
        return last - first >= 2 && lexicon::is_given_name(key(first)) &&
               lexicon::is_given_name(key(first + 1));
    };
    return words >= minimum && (words <= kMaxPersonWords || (words == kMaxPersonWords + 1 && two_given())) &&
           (capitalised(last - 1) || korean_syllable(last - 1));
}

std::size_t Discovery::name_words(std::size_t first, std::size_t last) const {
    std::size_t words = 0;
    for (std::size_t i = first; i < last; ++i) {
        words += capitalised(i) ? 1 : 0;
    }
    return words;
}

void Discovery::classify(std::size_t first, std::size_t last, Cue cue) {
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
    // "rue Émile-Legrelle", "calzada Ignacio Zaragoza": a street or square named after someone is a place,
    // its head word with it, not that person.
    if (!has_known && street_head_before(first)) {
        add(first - 1, last, EntityType::place);
        return;
    }
    if (cue == Cue::settlement && !has_known && last - first <= 4) {
        // "в селе Ак-Сай Баткенской области": the region's adjective after the name is none of it.
        while (last - first >= 2 && regional_adjective(key(last - 1))) {
            --last;
        }
        add(first, last, EntityType::place);
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
    if (last - first >= 2 && (opens_a_club(raw(first)) || ends_a_club(raw(last - 1)))) {
        add(first, last, EntityType::org);
        found_.back().opaque = true; // "FC Augsburg", "SV Werder Bremen": no mention of the town
    } else if (cues::is_org_tail(key(last - 1)) || cues::is_org_head(key(first)) || org_edge(first, last) ||
               org_tail_of_place(first, last)) {
        add(first, last, EntityType::org);
    } else if (is_airport_head(key(first)) && last - first >= 2) {
        add_airport(first, last);
    } else if (cues::is_place_tail(key(last - 1)) || cues::is_place_head(key(first))) {
        add(first, last, EntityType::place);
    } else if (!has_known && cue == Cue::none && person_words(first, last, 2) && no_cue_words(first, last) &&
               !title_case_line(first)) {
        // "Hannelore Vasquez said": a given name of the lexicon opens it, or a verb of saying stands right
        // beside a pair ("…, said Mamata Banerjee"). Else it waits for its surname to recur alone
        // (recurring_surnames, cueless_names.cc).
        if ((lexicon::is_given_name(key(first)) && !romance_particle(first, last)) ||
            (last - first == 2 && quoted_by_speech(first, last))) {
            add(first, last, EntityType::person);
        } else {
            unnamed_.push_back({first, last});
        }
    }
}

bool Discovery::street_head_before(std::size_t first) const {
    // English capitalises its street words ("Mollison Way"), and "took place Sunday" is no square.
    if (first == 0 || lang_ == "en" || used_[first - 1] || !joined(first - 1) || capitalised(first - 1)) {
        return false;
    }
    return cues::is_street_head(key(first - 1));
}

bool Discovery::is_airport_head(std::string_view key) {
    return key == "flughafen" || key == "aeropuerto" || key == "aeroport";
}

// "Flughafen Zürich", "aéroport de Nice", "Aeropuerto de Barajas": English names the airport after its place,
// "Zurich Airport", and so does the id (zurich-airport), as a name ending in "Airport" has it.
void Discovery::add_airport(std::size_t first, std::size_t last) {
    std::size_t place = first + 1;
    while (place < last && !capitalised(place)) {
        ++place; // "de", "del", "d'"
    }
    if (place >= last) {
        return;
    }
    const std::size_t begin = start(place);
    const std::size_t end = tokens_[last - 1].end - possessive(last - 1).size();
    const std::string place_name(text_.substr(begin, end - begin));
    const std::string slug = name_slug(place_name, lang_);
    if (slug.empty()) {
        return;
    }
    add(first, last, EntityType::place, slug + "-airport", place_name + " Airport");
}

// "Santiago de Compostela", "Victoria de Durango": after a given name, "de"
// or "la" as often joins a place's name as a person's.
bool Discovery::romance_particle(std::size_t first, std::size_t last) const {
    for (std::size_t i = first; i < last; ++i) {
        if (!capitalised(i) && cues::is_connector(key(i))) {
            return true;
        }
    }
    return false;
}

// "Victor Wins Gold In Paris": in a headline set in title case, capitals say
// nothing. Each line's counts are taken once, on the first question.
bool Discovery::title_case_line(std::size_t i) {
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
bool Discovery::no_cue_words(std::size_t first, std::size_t last) const {
    for (std::size_t i = first; i < last; ++i) {
        if (cue_of(i) != Cue::none || cues::is_org_noun(key(i), lang_) || cues::is_name_noun(key(i))) {
            return false;
        }
    }
    return true;
}

// "Civil Aviation Authority of Nepal", "Red Cross Society of Sierra Leone": an organisation word, then "of"
// and a place the table knows, which ends the name.
bool Discovery::org_tail_of_place(std::size_t first, std::size_t last) const {
    if (!taken_[last - 1]) {
        return false;
    }
    for (std::size_t k = first + 1; k + 2 < last; ++k) {
        if (cues::is_org_tail(key(k)) && !taken_[k] && (key(k + 1) == "of" || key(k + 1) == "de") &&
            std::all_of(tokens_.begin() + static_cast<std::ptrdiff_t>(k + 2),
                        tokens_.begin() + static_cast<std::ptrdiff_t>(last), [&](const Token& token) {
                            const auto at = static_cast<std::size_t>(&token - tokens_.data());
                            return taken_[at] || cues::is_article(key(at));
                        })) {
            return true;
        }
    }
    return false;
}

// Two words at the name's edge that make it an organisation: "Turkish Red Crescent".
bool Discovery::org_edge(std::size_t first, std::size_t last) const {
    return last - first >= 3 && cues::is_org_tail_pair(key(last - 2), key(last - 1));
}

void Discovery::capitalised_runs() {
    for (std::size_t i = 0; i < tokens_.size();) {
        if (!capitalised(i) || used_[i]) {
            ++i;
            continue;
        }
        // The run: capitalised words, and connectors between them.
        std::size_t last = i + 1;
        while (last < tokens_.size() && joined(last - 1) && last - i < kMaxNameTokens) {
            // "фонда LETA Capital Александр Чачава": a name keeps to one script.
            if (detail::script_of(key(last)) != detail::script_of(key(last - 1))) {
                break;
            }
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
            // "Kenyatta National Hospital and Mama Lucy Kibaki Hospital" are two names: "and" after a name's
            // last word does not join it to the next.
            const std::string_view word = key(last);
            const bool and_after_name_end =
                is_latin_and(word) && (cues::is_place_tail(key(last - 1)) ||
                                       cues::is_org_tail(key(last - 1)) || opens_a_club(raw(i)));
            // "Jorge Gorini y Rodrigo Giménez Uriburu": two people, each opening on a given name, the first
            // with a surname of their own.
            const bool and_between_people = is_latin_and(word) && last - i >= 2 &&
                                            last + 1 < tokens_.size() && lexicon::is_given_name(key(i)) &&
                                            lexicon::is_given_name(key(last + 1));
            if (korean_syllable(last)) {
                ++last;
                break;
            }
            // German "von" is a name's particle after a given name ("Ursula von der Leyen"); after a noun it
            // is "of" or "by": "die Bierpartei von Dominik Wlazny" is a party and a person.
            const bool german_of =
                lang_ == "de" && (word == "von" || word == "vom") && !lexicon::is_given_name(key(last - 1));
            const bool bridge = cased_script(last) && detail::starts_lower_case(raw(last)) &&
                                (cues::is_connector(word) || cues::is_name_particle(word)) && !german_of &&
                                !german_article && !and_after_name_end && !and_between_people &&
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
void Discovery::split_run(std::size_t first, std::size_t last) {
    while (first < last && (cues::is_not_a_name_word(key(first)) || !capitalised(first))) {
        ++first;
    }
    // "Nanette Rogers SC", "Martin Luther King Jr": letters after the name are none of it.
    while (last - first >= 3 && is_post_nominal(raw(last - 1))) {
        --last;
    }
    if (first >= last) {
        return;
    }
    // German capitalises the settlement word too: "im Stadtteil Bürrig".
    if (lang_ == "de" && cues::is_settlement_word(key(first)) && first + 1 < last && !taken_[first]) {
        settlement_list_end_ = cues::is_plural_settlement_word(key(first)) ? last : 0;
        classify(first + 1, last, Cue::settlement);
        return;
    }
    if (continues_settlement_list(first, last)) {
        // "Mayschoß und Insul", one run, are the list's last two.
        std::size_t from = first;
        for (std::size_t i = first; i < last; ++i) {
            if (is_list_conjunction(key(i))) {
                classify(from, i, Cue::settlement);
                from = i + 1;
            }
        }
        classify(from, last, Cue::settlement);
        return;
    }
    std::optional<std::size_t> cue_at;
    for (std::size_t i = first; i + 1 < last; ++i) {
        if (cue_of(i) != Cue::none && !taken_[i]) {
            cue_at = i;
        }
    }
    // "голова Сумської ОВА Володимир Артюх", "Глава МВД Владимир Колокольцев": an acronym ends the
    // body's name; a given name after it opens a person's. So does a Cyrillic genitive, which names whose
    // the role is: "председатель Госдумы Вячеслав Володин", "президент Татарстана Рустам Минниханов".
    const std::size_t after_cue = cue_at ? *cue_at + 1 : first;
    for (std::size_t i = after_cue; i + 2 < last; ++i) {
        const bool body_word = (detail::is_all_caps_word(raw(i)) && detail::code_points(key(i)) >= 2) ||
                               (detail::script_of(key(i)) == detail::TextScript::cyrillic && i == after_cue &&
                                !lexicon::is_given_name(key(i)));
        if (!body_word) {
            continue;
        }
        // The body's country may follow it: "Председатель ГКНБ Киргизии Камчыбек Ташиев".
        std::size_t given = i + 1;
        while (given + 1 < last && taken_[given] && detail::is_all_caps_word(raw(i))) {
            ++given;
        }
        if (lexicon::is_given_name(key(given)) && given + 1 < last && !any_taken(given, last)) {
            // The role before the body is the person's ("глава МВД Владимир Колокольцев").
            classify(given, last, cue_at ? cue_of(*cue_at) : role_before(first));
            return;
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
    if (appositive_role(first, last)) {
        classify(first, last, Cue::role);
        return;
    }
    if (settlement_before(first)) {
        std::size_t word = first - 1;
        if (cues::is_connector(key(word)) && word > 0) {
            --word; // "the villages of"
        }
        settlement_list_end_ = cues::is_plural_settlement_word(key(word)) ? last : 0;
        classify(first, last, Cue::settlement);
        return;
    }
    const Cue noun = first > 0 && joined(first - 1) ? cue_of(first - 1) : Cue::none;
    classify(first, last, noun == Cue::org_noun ? noun : Cue::none);
}

bool Discovery::continues_settlement_list(std::size_t first, std::size_t last) {
    if (settlement_list_end_ == 0 || first < settlement_list_end_ || first > settlement_list_end_ + 1) {
        return false;
    }
    // A comma, or "and" between the names: "Altenahr, Dernau, Mayschoß und Insul".
    const std::string_view gap = text_.substr(tokens_[settlement_list_end_ - 1].end,
                                              tokens_[first].begin - tokens_[settlement_list_end_ - 1].end);
    const bool comma = first == settlement_list_end_ &&
                       gap.find_first_not_of(" ,") == std::string_view::npos &&
                       gap.find(',') != std::string_view::npos;
    const bool conjunction =
        first == settlement_list_end_ + 1 && is_list_conjunction(key(settlement_list_end_));
    if (!comma && !conjunction) {
        return false;
    }
    settlement_list_end_ = last;
    return last - first <= kMaxListRunTokens;
}

// "the village of Solhan", "le quartier de Coronthie", "el barrio Casa Grande", "im Stadtteil Bürrig": a
// settlement word (lower case where the language writes nouns so) and "of"/"de", or none, before the name.
bool Discovery::settlement_before(std::size_t first) const {
    if (first == 0 || !joined(first - 1)) {
        return false;
    }
    std::size_t word = first - 1;
    if (cues::is_connector(key(word)) && (key(word) == "of" || key(word) == "de" || key(word) == "del")) {
        if (word == 0 || !joined(word - 1)) {
            return false;
        }
        --word;
    }
    return cues::is_settlement_word(key(word)) && !used_[word] && !taken_[word] &&
           (lang_ == "de" || detail::starts_lower_case(raw(word)));
}

} // namespace lede::extract::names
