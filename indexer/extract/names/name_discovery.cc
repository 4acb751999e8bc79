// names::discover: the order its rules run in (cued_names.cc, cueless_names.cc) and how a name found is
// recorded: its id, its surname for later lone mentions, an acronym in parentheses after an organisation.

#include "indexer/extract/names/name_discovery.h"

#include "common/entities/name_slug.h"
#include "common/entities/text_rules.h"
#include "indexer/extract/names/cyrillic_cases.h"
#include "indexer/extract/names/discovery.h"
#include "indexer/extract/names/name_cues.h"
#include "indexer/extract/names/name_lexicon.h"

#include <algorithm>
#include <array>
#include <optional>

namespace lede::extract::names {

using detail::TextScript;

namespace {

// "d'Ibrahim", "qu'Oussama", "l'Oracle": a lower-case article or particle of up to five letters and an
// apostrophe before a capital, which the analyser's key has already dropped (it has no apostrophe).
[[nodiscard]] std::uint8_t elided_bytes(std::string_view raw, std::string_view key) {
    constexpr std::size_t kMaxElided = 5; // "lorsqu'" is the longest, and rare before a name
    // Every token is asked: a byte loop over the word's start, no search of the whole word.
    bool marked = false;
    for (std::size_t i = 0; i <= kMaxElided && i < raw.size() && !marked; ++i) {
        marked = raw[i] == '\'' || (raw[i] == '\xE2' && raw.substr(i).starts_with("\u2019"));
    }
    if (!marked || key.find('\'') != std::string_view::npos) {
        return 0; // most words: no apostrophe near their start
    }
    std::size_t letters = 0;
    while (letters < raw.size() && letters <= kMaxElided && raw[letters] >= 'a' && raw[letters] <= 'z') {
        ++letters;
    }
    // Not l': "l'Agence des Nations unies" would become a name that hides the table's.
    if (letters == 0 || letters > kMaxElided || raw.substr(0, letters) == "l") {
        return 0;
    }
    std::string_view rest = raw.substr(letters);
    std::size_t apostrophe = 0;
    if (rest.starts_with("'")) {
        apostrophe = 1;
    } else if (rest.starts_with("\u2019")) {
        apostrophe = std::string_view("\u2019").size();
    }
    rest.remove_prefix(apostrophe);
    if (apostrophe == 0 || !detail::starts_upper_case(rest)) {
        return 0;
    }
    return static_cast<std::uint8_t>(letters + apostrophe);
}

} // namespace

Discovery::Discovery(std::string_view text, const std::vector<Token>& tokens, std::string_view lang,
                     const std::vector<EntityMention>& known)
    : text_(text), tokens_(tokens), lang_(lang), taken_(tokens.size(), false), used_(tokens.size(), false),
      elided_(tokens.size(), 0) {
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        elided_[i] = elided_bytes(text.substr(tokens[i].begin, tokens[i].end - tokens[i].begin), key(i));
    }
    for (const EntityMention& mention : known) {
        for (std::size_t i = mention.first_token;
             i < mention.first_token + mention.token_count && i < tokens.size(); ++i) {
            taken_[i] = true;
        }
    }
}

std::vector<DiscoveredMention> Discovery::run() {
    quoted_organisations();
    dictionary_organisations();
    katakana_names();
    chinese_names();
    kanji_names();
    capitalised_runs();
    expanded_acronyms();
    recurring_surnames();
    linked_mentions();
    std::sort(found_.begin(), found_.end(),
              [](const DiscoveredMention& a, const DiscoveredMention& b) { return a.begin < b.begin; });
    return std::move(found_);
}

// "Kane's": the possessive is no part of the name.
std::string_view Discovery::possessive(std::size_t i) const {
    const std::string_view word = raw(i);
    for (const std::string_view ending : {std::string_view("'s"), std::string_view("’s")}) {
        if (word.size() > ending.size() + 1 && word.ends_with(ending)) {
            return word.substr(word.size() - ending.size());
        }
    }
    return {};
}

namespace {

[[nodiscard]] bool is_legal_form(std::string_view key) {
    static constexpr std::array<std::string_view, 14> kLegalForms = {
        "ag", "gmbh", "se", "kgaa", "sa", "s.a", "sas", "sarl", "spa", "plc", "ltd", "inc", "llc", "nv"};
    return std::find(kLegalForms.begin(), kLegalForms.end(), key) != kLegalForms.end();
}

} // namespace

void Discovery::add(std::size_t first, std::size_t last, EntityType type) { // tokens [first, last)
    const std::size_t begin = start(first);
    const std::size_t end = tokens_[last - 1].end - possessive(last - 1).size();
    // "по словам губернатора Игоря Артамонова": the id is the nominative's, Игорь Артамонов.
    if (type == EntityType::person && (lang_ == "ru" || lang_ == "uk") &&
        detail::script_of(key(first)) == TextScript::cyrillic) {
        std::vector<NameWord> words;
        for (std::size_t i = first; i < last; ++i) {
            words.push_back({raw(i), key(i)});
        }
        if (std::optional<std::string> nominative = nominative_name(words)) {
            std::string id = name_slug(*nominative, lang_);
            add(first, last, type, std::move(id), std::move(*nominative));
            return;
        }
        if (first > 0 && cues::is_oblique_role(key(first - 1), lang_)) {
            return; // "главы Рамзана Кадырова" with a given name the lexicon lacks: its nominative is unknown
        }
    }
    // "Lanxess AG", "Currenta GmbH": English news names the firm without its legal form, and so does its id.
    std::size_t id_last = last;
    if (type == EntityType::org && last - first >= 2 && is_legal_form(key(last - 1))) {
        --id_last;
    }
    const std::size_t id_end = id_last == last ? end : tokens_[id_last - 1].end;
    add(first, last, type, name_slug(text_.substr(begin, id_end - begin), lang_));
}

void Discovery::add(std::size_t first, std::size_t last, EntityType type, std::string id, std::string name) {
    const std::size_t begin = start(first);
    const std::size_t end = tokens_[last - 1].end - possessive(last - 1).size();
    if (name.empty()) {
        name = text_.substr(begin, end - begin);
    }
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
void Discovery::note_acronym(std::size_t next) {
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
    mention.begin = start(next);
    mention.end = end;
    found_.push_back(std::move(mention));
    used_[next] = true;
}

std::vector<DiscoveredMention> discover(std::string_view text, const std::vector<Token>& tokens,
                                        std::string_view lang, const std::vector<EntityMention>& known) {
    return Discovery(text, tokens, lang, known).run();
}

namespace {

/// The capitalised given name written a space before a mention ("Jordi" of "Jordi Sànchez"), or nothing.
[[nodiscard]] std::optional<std::string_view>
given_name_before(std::string_view text, const std::vector<Token>& tokens, const EntityMention& mention) {
    if (mention.first_token == 0 || mention.first_token >= tokens.size()) {
        return std::nullopt;
    }
    const Token& before = tokens[mention.first_token - 1];
    const Token& first = tokens[mention.first_token];
    const std::string_view given = text.substr(before.begin, before.end - before.begin);
    if (before.position + 1 != first.position || text.substr(before.end, first.begin - before.end) != " " ||
        !detail::starts_upper_case(given) || !lexicon::is_given_name(detail::key_of(before))) {
        return std::nullopt;
    }
    return given;
}

// "Dominique Bernard", "Guadalupe Taddei", "Jordan Henderson": a one-word place whose name is a given name,
// right before a capitalised word that could be a surname, is a person's given name. Not "Jordan Valley",
// "Georgia Tech", "Chad Basin" (a place's or an organisation's word after it), nor a pair of known names.
[[nodiscard]] bool given_name_of_a_person(std::string_view text, const std::vector<Token>& tokens,
                                          const std::vector<EntityMention>& mentions,
                                          const EntityMention& place) {
    const std::size_t next = place.first_token + 1;
    if (next >= tokens.size()) {
        return false;
    }
    const Token& given = tokens[place.first_token];
    const Token& surname = tokens[next];
    const std::string_view given_text = text.substr(given.begin, given.end - given.begin);
    const std::string_view surname_text = text.substr(surname.begin, surname.end - surname.begin);
    if (given.position + 1 != surname.position || text.substr(given.end, surname.begin - given.end) != " " ||
        !detail::starts_upper_case(given_text) || detail::is_all_caps_word(given_text) ||
        !lexicon::is_given_name(detail::key_of(given)) || !detail::starts_upper_case(surname_text) ||
        detail::is_all_caps_word(surname_text) || detail::code_points(detail::key_of(surname)) < 2) {
        return false;
    }
    const std::string_view key = detail::key_of(surname);
    if (cues::is_place_tail(key) || cues::is_org_tail(key) || cues::is_not_a_name_word(key)) {
        return false;
    }
    return std::none_of(mentions.begin(), mentions.end(), [&](const EntityMention& m) {
        return m.first_token <= next && next < m.first_token + m.token_count;
    });
}

} // namespace

std::set<std::string> drop_surnames_of_others(std::string_view text, const std::vector<Token>& tokens,
                                              std::vector<EntityMention>& mentions,
                                              const EntityTable& table) {
    std::set<std::string> dropped;
    std::erase_if(mentions, [&](const EntityMention& mention) {
        const Entity* entity = table.find(mention.id);
        if (entity == nullptr || entity->type != EntityType::person) {
            return false;
        }
        const std::optional<std::string_view> before = given_name_before(text, tokens, mention);
        if (!before) {
            return false;
        }
        const std::string_view given = *before;
        // The id's words: "pedro-sanchez" holds Педро's slug, "pedro".
        const std::string slug = name_slug(given);
        const std::string id = "-" + mention.id + "-";
        if (slug.empty() || id.find("-" + slug + "-") != std::string::npos) {
            return false;
        }
        dropped.insert(mention.id);
        return true;
    });
    return dropped;
}

void drop_places_named_as_surnames(std::string_view title_text, const std::vector<Token>& title_tokens,
                                   std::vector<EntityMention>& title, std::string_view body_text,
                                   const std::vector<Token>& body_tokens, std::vector<EntityMention>& body,
                                   const EntityTable& table) {
    struct Text {
        std::string_view text;
        const std::vector<Token>* tokens;
        std::vector<EntityMention>* mentions;
    };
    const std::array<Text, 2> texts = {Text{title_text, &title_tokens, &title},
                                       Text{body_text, &body_tokens, &body}};
    const auto one_word_place = [&](const EntityMention& m) {
        const Entity* entity = table.find(m.id);
        return entity != nullptr && entity->type == EntityType::place && m.token_count == 1;
    };
    std::set<std::string> surnames;
    for (const Text& in : texts) {
        for (const EntityMention& m : *in.mentions) {
            if (!one_word_place(m)) {
                continue;
            }
            // Not in an all-capitals line ("JORDAN WINS GOLD").
            if (const std::optional<std::string_view> given = given_name_before(in.text, *in.tokens, m);
                given && !detail::is_all_caps_word(*given)) {
                surnames.insert(m.id);
            }
        }
    }
    for (const Text& in : texts) {
        const std::vector<EntityMention> before = *in.mentions;
        std::erase_if(*in.mentions, [&](const EntityMention& m) {
            return one_word_place(m) &&
                   (surnames.contains(m.id) || given_name_of_a_person(in.text, *in.tokens, before, m));
        });
    }
}

void give_bare_surnames_to_the_named(const std::vector<Token>& title_tokens,
                                     std::vector<EntityMention>& title, const std::vector<Token>& body_tokens,
                                     std::vector<EntityMention>& body, const EntityTable& table) {
    constexpr std::size_t kCaseEnding = 4; // bytes a declined surname adds: "Медведев" → "Медведеву"
    struct Named {
        std::string id;
        std::string_view surname; ///< key of the last word
    };
    std::vector<Named> named;
    std::set<std::string> named_in_full;
    const auto is_person = [&](const EntityMention& m) {
        const Entity* entity = table.find(m.id);
        return entity != nullptr && entity->type == EntityType::person;
    };
    const std::array<std::pair<const std::vector<Token>*, std::vector<EntityMention>*>, 2> texts = {
        std::pair{&title_tokens, &title}, std::pair{&body_tokens, &body}};
    for (const auto& [tokens, mentions] : texts) {
        for (const EntityMention& m : *mentions) {
            if (m.token_count > 1 && is_person(m) && m.first_token + m.token_count <= tokens->size()) {
                named.push_back({m.id, detail::key_of((*tokens)[m.first_token + m.token_count - 1])});
                named_in_full.insert(m.id);
            }
        }
    }
    for (const auto& [tokens, mentions] : texts) {
        for (EntityMention& m : *mentions) {
            if (m.token_count != 1 || m.first_token >= tokens->size() || named_in_full.contains(m.id) ||
                !is_person(m)) {
                continue;
            }
            const std::string_view word = detail::key_of((*tokens)[m.first_token]);
            for (const Named& other : named) {
                if (other.id != m.id && word.starts_with(other.surname) &&
                    word.size() <= other.surname.size() + kCaseEnding) {
                    m.id = other.id;
                    m.needs_evidence = false; // the article names him in full
                    break;
                }
            }
        }
    }
}

void drop_bare_surnames(const std::set<std::string>& ids, std::vector<EntityMention>& title,
                        std::vector<EntityMention>& body) {
    std::set<std::string> bare = ids;
    for (const std::vector<EntityMention>* mentions : {&title, &body}) {
        for (const EntityMention& mention : *mentions) {
            if (mention.token_count > 1) {
                bare.erase(mention.id);
            }
        }
    }
    for (std::vector<EntityMention>* mentions : {&title, &body}) {
        std::erase_if(*mentions, [&](const EntityMention& mention) {
            return mention.token_count == 1 && bare.contains(mention.id);
        });
    }
}

} // namespace lede::extract::names
