#include "common/entities/alias_scan.h"

#include "common/entities/text_rules.h"

#include <algorithm>
#include <array>

namespace lede::detail {
namespace {

constexpr std::size_t kMinSharedStem = 4;

[[nodiscard]] bool contains(const std::vector<std::string>& values, std::string_view value) {
    return std::find(values.begin(), values.end(), value) != values.end();
}

// The code point starting at `at`, as a string_view into `text`.
[[nodiscard]] std::string_view code_point_at(std::string_view text, std::size_t at) {
    std::size_t end = at + 1;
    while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0U) == 0x80U) {
        ++end;
    }
    return text.substr(at, end - at);
}

// The code point ending right before `at`.
[[nodiscard]] std::string_view code_point_before(std::string_view text, std::size_t at) {
    std::size_t begin = at;
    while (begin > 0) {
        --begin;
        if ((static_cast<unsigned char>(text[begin]) & 0xC0U) != 0x80U) {
            break;
        }
    }
    return text.substr(begin, at - begin);
}

[[nodiscard]] bool has_name_dot(std::string_view gap) {
    return gap.find("\u00B7") != std::string_view::npos;
}

[[nodiscard]] bool contains_offset(const std::vector<std::size_t>& offsets, std::size_t offset) {
    return std::find(offsets.begin(), offsets.end(), offset) != offsets.end();
}

// A place's or person's katakana name inside a longer katakana word is a piece of another name: インド in
// インドネシア, パリ in パリギ, イカ in デイカス, アサド in アサドゥザマン. (An organisation's may go on:
// ソニーグループ.)
[[nodiscard]] bool katakana(std::string_view code_point) {
    return is_katakana(static_cast<char32_t>(first_code_point(code_point)));
}

[[nodiscard]] bool inside_katakana_word(std::string_view run, std::size_t at, std::size_t stop) {
    return (at > 0 && katakana(code_point_before(run, at)) && katakana(code_point_at(run, at))) ||
           (stop < run.size() && katakana(code_point_at(run, stop)) &&
            katakana(code_point_before(run, stop)));
}

// "Брянской области", "Донецкий аэропорт": a city name in -ск/-цк with an
// adjective ending is the adjective (the region, the airport), not the city;
// the city's own cases end otherwise (Брянске, Брянска, Брянском is both and
// stays ambiguous, so -ом is left out).
[[nodiscard]] bool is_adjective_of(std::string_view word, std::string_view name) {
    static constexpr std::array<std::string_view, 15> kEndings = {
        "ая", "ой", "ий", "ое", "ую", "ого", "ому", "ые", "ых", "ым", "ими", "ої", "ій", "им", "их"};
    // Russian -ск/-цк, Ukrainian -ськ/-цьк: "Донецької обласної" is the region's adjective, not Donetsk.
    if (!(name.ends_with("ск") || name.ends_with("цк") || name.ends_with("ськ") || name.ends_with("цьк")) ||
        !word.starts_with(name)) {
        return false;
    }
    const std::string_view ending = word.substr(name.size());
    return std::find(kEndings.begin(), kEndings.end(), ending) != kEndings.end();
}

// French and Spanish write a preposition and the masculine article as one word: "au Caire", "du Monde",
// "al Cairo", "del Cairo" name Le Caire, Le Monde and El Cairo. The article a contraction stands for, or
// empty.
[[nodiscard]] std::string_view contracted_article(std::string_view lang, std::string_view key) {
    if (lang == "fr" && (key == "au" || key == "du")) {
        return "le";
    }
    if (lang == "es" && (key == "al" || key == "del")) {
        return "el";
    }
    return {};
}

} // namespace

AliasScan::AliasScan(const AliasMatcher& matcher, std::string_view text, const std::vector<Token>& tokens,
                     std::string_view lang, bool ignore_case)
    : matcher_(matcher), text_(text), tokens_(tokens), lang_(lang), ignore_case_(ignore_case) {}

std::string_view AliasScan::slice(std::size_t index) const {
    const Token& token = tokens_[index];
    return text_.substr(token.begin, token.end - token.begin);
}

std::vector<MentionCandidate> AliasScan::collect() {
    std::vector<MentionCandidate> out;
    word_candidates(out);
    character_candidates(out);
    return out;
}

const std::vector<std::string>& AliasScan::cyrillic_stems(std::size_t index) {
    // Sized on first use: most texts have no Cyrillic word, and a block per text showed in profiles.
    if (stems_.empty()) {
        stems_.resize(tokens_.size());
        stems_ready_.assign(tokens_.size(), false);
    }
    if (!stems_ready_[index]) {
        stems_ready_[index] = true;
        const std::string_view key = key_of(tokens_[index]);
        if (script_of(key) == TextScript::cyrillic) {
            append_cyrillic_stems(key, lang_, stems_[index]);
        }
    }
    return stems_[index];
}

bool AliasScan::term_matches(std::size_t index, const AliasTerm& term, WordPlace place) {
    const std::string_view key = key_of(tokens_[index]);
    if (key == term.key) {
        return true;
    }
    // Equal after removing one case ending from either or both sides; a name
    // inflected in lower case ("дело" for "Дели") is a common word. Not so a kind word after the name that a
    // catalogue capitalised ("Одеська Область" is written "в Одеській області").
    if (term.inflects && !(term.capitalised && place.first && starts_lower_case(slice(index))) &&
        !is_adjective_of(key, term.key)) {
        for (const std::string& stem : cyrillic_stems(index)) {
            // Both sides stripped is weaker evidence: a one-word alias needs a longer stem.
            if (stem == term.key ||
                (contains(term.stems, stem) && (!place.alone || code_points(stem) >= kMinSharedStem))) {
                return true;
            }
        }
        if (contains(term.stems, key)) {
            return true;
        }
    }
    if (place.first && script_of(key) == TextScript::arabic) {
        std::vector<std::string> forms;
        append_arabic_stems(key, forms);
        if (contains(forms, term.key)) {
            return true;
        }
    }
    // German genitive: "Putins", "Moskaus" (the last word of a name carries it).
    return place.last && lang_ == "de" && key.size() > 3 && key.back() == 's' &&
           key.substr(0, key.size() - 1) == term.key && script_of(key) == TextScript::latin;
}

bool AliasScan::try_words(std::size_t index, std::uint32_t alias_index, MentionCandidate& out) {
    const CompiledAlias& alias = matcher_.alias_at(alias_index);
    const std::size_t count = alias.terms.size();
    if (index + count > tokens_.size()) {
        return false;
    }
    // An alias opening on "Le" after "au" or "du" ("El" after "al", "del"): the contraction stands for the
    // article, and the mention starts after it.
    const std::string_view article = contracted_article(lang_, key_of(tokens_[index]));
    const bool contracted = count > 1 && !article.empty() && alias.terms[0].key == article;
    for (std::size_t j = contracted ? 1 : 0; j < count; ++j) {
        const std::size_t at = index + j;
        if (j > 0) {
            const Token& previous = tokens_[at - 1];
            if (tokens_[at].position != previous.position + 1) {
                return false;
            }
            const std::string_view gap = text_.substr(previous.end, tokens_[at].begin - previous.end);
            if (!is_joining_gap(gap) && gap != alias.gaps[j - 1]) {
                return false;
            }
        }
        if (!term_matches(at, alias.terms[j], {j == 0, j + 1 == count, count == 1})) {
            return false;
        }
        // An inflected form ("Казахстана", "Армении", "Libyens") keeps the alias's capitals, not its letters.
        // Arabic has no case: its exact letters count, after a fused conjunction or preposition ("وآفاد", not
        // the verb "وأفاد" that folding makes the same word).
        if (alias.case_sensitive && !ignore_case_ && script_of(alias.terms[j].key) == TextScript::arabic) {
            if (!nfkc(slice(at)).ends_with(alias.cased[j])) {
                return false;
            }
        } else if (alias.case_sensitive && !ignore_case_ && !same_case_text(slice(at), alias.cased[j]) &&
                   !(key_of(tokens_[at]) != alias.terms[j].key &&
                     same_initial_case(slice(at), alias.cased[j]))) {
            return false;
        }
        // A possessive inside the span parts it: "the state's Department of Health" is no State Department.
        if (j + 1 < count && (slice(at).ends_with("'s") || slice(at).ends_with("\u2019s")) &&
            !alias.cased[j].ends_with("s")) {
            return false;
        }
        // An acronym's case forms are in capitals too: "Нас" ("us") is no НАСА.
        if (alias.terms[j].all_caps && key_of(tokens_[at]) != alias.terms[j].key &&
            !is_all_caps_word(slice(at))) {
            return false;
        }
    }
    // An acronym before a hyphen and a number is a code: the motorway AP-7 is no Associated Press.
    if (count == 1 && alias.terms[0].all_caps) {
        const std::size_t end = tokens_[index].end;
        if (end + 1 < text_.size() && text_[end] == '-' && text_[end + 1] >= '0' && text_[end + 1] <= '9') {
            return false;
        }
    }
    out.alias = alias_index;
    out.entity = alias.entity;
    out.first = contracted ? index + 1 : index;
    out.count = contracted ? count - 1 : count;
    out.begin = tokens_[out.first].begin;
    out.end = tokens_[index + count - 1].end;
    out.length = out.end - out.begin;
    out.whole = true;
    return true;
}

void AliasScan::word_candidates(std::vector<MentionCandidate>& out) {
    std::vector<std::string_view> keys; ///< the word and its variants, viewing the stems' cache or `made`
    std::vector<std::string> made;      ///< variants made here (Arabic, the German genitive)
    std::vector<std::uint32_t> tried;
    std::vector<FiledAlias> from_layer;
    std::array<std::uint32_t, 2> next_words{};
    const auto consider = [&](std::size_t index, const FiledAlias& filed) {
        // Common words ("the", "la", "new") file dozens of aliases: the next word rules out
        // nearly all of them here, before any is loaded (term_matches accepts a non-inflecting
        // second word by its exact key, or a German genitive).
        if (filed.second != 0 && filed.second != next_words[0] && filed.second != next_words[1]) {
            return;
        }
        // One key files an alias once; only a stem may file it again.
        if (keys.size() > 1) {
            if (std::find(tried.begin(), tried.end(), filed.id) != tried.end()) {
                return;
            }
            tried.push_back(filed.id);
        }
        MentionCandidate candidate;
        if (try_words(index, filed.id, candidate)) {
            out.push_back(candidate);
        }
    };
    for (std::size_t index = 0; index < tokens_.size(); ++index) {
        const std::string_view key = key_of(tokens_[index]);
        const TextScript script = script_of(key);
        if (script == TextScript::unspaced) {
            continue; // matched by characters
        }
        const bool has_variants = script == TextScript::cyrillic || script == TextScript::arabic ||
                                  (lang_ == "de" && key.size() > 3 && key.back() == 's') ||
                                  !contracted_article(lang_, key).empty();
        if (!has_variants && !matcher_.may_file_words(key)) {
            continue; // most words: no copy, no lookup
        }
        keys.assign(1, key);
        made.clear();
        if (script == TextScript::cyrillic) {
            const std::vector<std::string>& stems = cyrillic_stems(index);
            keys.insert(keys.end(), stems.begin(), stems.end());
        } else if (script == TextScript::arabic) {
            append_arabic_stems(key, made);
        } else if (lang_ == "de" && key.size() > 3 && key.back() == 's') {
            made.emplace_back(key.substr(0, key.size() - 1));
        } else if (const std::string_view article = contracted_article(lang_, key); !article.empty()) {
            made.emplace_back(article);
        }
        keys.insert(keys.end(), made.begin(), made.end()); // once `made` is complete: its strings stay put
        next_words = {};
        if (index + 1 < tokens_.size()) {
            const std::string_view next = key_of(tokens_[index + 1]);
            next_words[0] = second_word_hash(next);
            if (lang_ == "de" && next.size() > 3 && next.back() == 's') {
                next_words[1] = second_word_hash(next.substr(0, next.size() - 1));
            }
        }
        tried.clear();
        for (std::size_t v = 0; v < keys.size(); ++v) {
            const std::string_view variant = keys[v];
            if ((has_variants || v > 0) && !matcher_.may_file_words(variant)) {
                continue; // the word itself, without variants, was asked above
            }
            if (const auto found = matcher_.by_first_term().find(variant);
                found != matcher_.by_first_term().end()) {
                for (const FiledAlias& filed : found->second) {
                    consider(index, filed);
                }
            }
            from_layer.clear();
            matcher_.layer_words(variant, from_layer, next_words);
            for (const FiledAlias& filed : from_layer) {
                consider(index, filed);
            }
        }
    }
}

void AliasScan::character_candidates(std::vector<MentionCandidate>& out) {
    if (!matcher_.has_characters()) {
        return;
    }
    std::string characters;
    std::vector<std::size_t> starts;
    std::vector<std::size_t> dots;
    std::vector<std::size_t> spaces;
    for (std::size_t index = 0; index < tokens_.size();) {
        if (script_of(tokens_[index].term) != TextScript::unspaced) {
            ++index;
            continue;
        }
        // A run: adjacent unspaced tokens, whatever ICU's segmentation made of them.
        const std::size_t first = index;
        characters.clear();
        starts.clear();
        do {
            starts.push_back(characters.size());
            characters += tokens_[index].term;
            ++index;
        } while (index < tokens_.size() && script_of(tokens_[index].term) == TextScript::unspaced &&
                 tokens_[index].position == tokens_[index - 1].position + 1 &&
                 is_joining_gap(
                     text_.substr(tokens_[index - 1].end, tokens_[index].begin - tokens_[index - 1].end)));
        dots.clear();
        spaces.clear();
        for (std::size_t k = std::max<std::size_t>(first, 1);
             (lang_ == "zh" || lang_ == "th") && k <= index && k < tokens_.size(); ++k) {
            const std::string_view gap =
                text_.substr(tokens_[k - 1].end, tokens_[k].begin - tokens_[k - 1].end);
            const std::size_t offset = k - first < starts.size() ? starts[k - first] : characters.size();
            if (lang_ == "zh" && has_name_dot(gap)) {
                dots.push_back(offset);
            } else if (lang_ == "th" && k > first && gap.find(' ') != std::string_view::npos) {
                spaces.push_back(offset);
            }
        }
        run_candidates(first, characters, starts, dots, spaces, out);
    }
}

void AliasScan::run_candidates(std::size_t first, const std::string& characters,
                               const std::vector<std::size_t>& starts, const std::vector<std::size_t>& dots,
                               const std::vector<std::size_t>& spaces,
                               std::vector<MentionCandidate>& out) const {
    const std::string_view run(characters);
    std::vector<std::uint32_t> filed;
    for (std::size_t at = 0; at < run.size();) {
        const std::string_view head = code_point_at(run, at);
        filed.clear();
        if (const auto found = matcher_.by_first_character().find(head);
            found != matcher_.by_first_character().end()) {
            filed = found->second;
        }
        matcher_.layer_characters(head, filed);
        {
            for (const std::uint32_t alias_index : filed) {
                const std::string& wanted = matcher_.alias_at(alias_index).characters;
                if (run.substr(at).starts_with(wanted)) {
                    const std::size_t stop = at + wanted.size();
                    // "拉克西米·达卡尔" is no Dhaka: in Chinese a place's name right after a name's middle
                    // dot that does not fill the part after it is a piece of a foreign person's name.
                    // (Japanese writes ・ between a city and its ward too: 東京・新宿区の.)
                    const bool dotted_piece =
                        contains_offset(dots, at) && stop < run.size() && !contains_offset(dots, stop);
                    // Thai parts words with a space: "ปฐมา ลีสวัสดิ์ตระกูล" holds no มาลี (Mali) across it.
                    const bool across_space =
                        std::any_of(spaces.begin(), spaces.end(),
                                    [&](std::size_t space) { return at < space && space < stop; });
                    const EntityType type = matcher_.entity_type(matcher_.alias_at(alias_index).entity);
                    if (type == EntityType::place &&
                        (inside_katakana_word(run, at, stop) || dotted_piece || across_space)) {
                        continue;
                    }
                    // A person's katakana name inside a longer one is a piece of another's: アサド in
                    // アサドゥザマン.
                    if (type == EntityType::person && inside_katakana_word(run, at, stop)) {
                        continue;
                    }
                    const auto first_start = std::upper_bound(starts.begin(), starts.end(), at) - 1;
                    const auto last_start = std::upper_bound(starts.begin(), starts.end(), stop - 1) - 1;
                    const auto first_offset = static_cast<std::size_t>(first_start - starts.begin());
                    const auto last_offset = static_cast<std::size_t>(last_start - starts.begin());
                    const std::size_t last_end =
                        last_offset + 1 < starts.size() ? starts[last_offset + 1] : run.size();
                    MentionCandidate candidate;
                    candidate.alias = alias_index;
                    candidate.entity = matcher_.alias_at(alias_index).entity;
                    candidate.first = first + first_offset;
                    candidate.count = last_offset - first_offset + 1;
                    candidate.begin = tokens_[candidate.first].begin;
                    candidate.end = tokens_[candidate.first + candidate.count - 1].end;
                    candidate.length = wanted.size();
                    candidate.head = *first_start == at;
                    candidate.whole = candidate.head && last_end == stop;
                    out.push_back(candidate);
                }
            }
        }
        at += head.size();
    }
}

bool AliasScan::in_all_caps_run(const MentionCandidate& candidate) const {
    // Each token's run of adjacent all-caps words, measured from the token outwards: a few words
    // for the few case-sensitive candidates, where marking every run of the text cost a pass over it.
    const auto adjacent = [&](std::size_t left) {
        return tokens_[left + 1].position == tokens_[left].position + 1;
    };
    for (std::size_t index = candidate.first; index < candidate.first + candidate.count; ++index) {
        if (!is_all_caps_word(slice(index))) {
            return false;
        }
        std::size_t first = index;
        while (first > 0 && adjacent(first - 1) && is_all_caps_word(slice(first - 1))) {
            --first;
        }
        std::size_t last = index + 1;
        while (last < tokens_.size() && adjacent(last - 1) && is_all_caps_word(slice(last))) {
            ++last;
        }
        if (last - first < 3) {
            return false;
        }
    }
    return true;
}

} // namespace lede::detail
