// Ministries named by portfolio and country, local services by service and place (public_bodies.h). The
// words of each body (body_phrases.cc) are analysed once, on first use, exactly as article text is; the
// country or place is a table mention right beside them.

#include "indexer/extract/bodies/public_bodies.h"

#include "indexer/extract/bodies/body_phrases.h"

#include "common/entities/text_rules.h"
#include "common/key_filter.h"

#include <algorithm>
#include <array>
#include <bitset>
#include <cctype>
#include <map>
#include <optional>
#include <set>

namespace lede::extract::bodies {
namespace {

using lede::detail::key_of;
using lede::detail::script_of;
using lede::detail::starts_upper_case;
using lede::detail::TextScript;

// Words between a portfolio and the country after it: "of Morocco", "de Marruecos", "du Maroc", "في غزة".
constexpr std::array<std::string_view, 9> kConnectors = {"of", "de",  "del", "du", "des",
                                                         "d",  "von", "der", "في"};
// The Arabic proclitics a ministry's first word may carry: "لوزارة", "ووزارة", "بوزارة".
constexpr std::array<std::string_view, 5> kArabicProclitics = {"و", "ل", "ب", "ف", "ول"};

// The endings a language puts on a ministry's words.
enum class Inflection : std::uint8_t { none, cyrillic, german, arabic };

[[nodiscard]] Inflection inflection_of(std::string_view lang) {
    if (lang == "ru" || lang == "uk") {
        return Inflection::cyrillic;
    }
    if (lang == "de") {
        return Inflection::german;
    }
    return lang == "ar" ? Inflection::arabic : Inflection::none;
}

struct CompiledWord {
    std::string key;
    std::string stem; ///< Cyrillic: the key without its final vowel; empty for words without endings (МВД)
};

struct CompiledPhrase {
    std::vector<CompiledWord> keys; ///< the analysed words (spaced scripts)
    std::string_view raw;           ///< as written (unspaced scripts: matched in the text)
    const BodyKind* kind = nullptr;
    std::string_view country;
    bool any_case = false;
    bool onto_prefecture = false;
};

[[nodiscard]] bool unspaced(std::string_view lang) {
    return lang == "zh" || lang == "ja" || lang == "th";
}

// A Cyrillic word of five letters or more without its final vowel ("министерство" → "министерств"), the
// part its case forms share; empty for shorter words and other scripts (МВД takes no ending).
[[nodiscard]] std::string cyrillic_stem(std::string_view key) {
    constexpr std::size_t kCyrillicLetter = 2;
    if (key.size() < 5 * kCyrillicLetter || script_of(key) != TextScript::cyrillic) {
        return {};
    }
    for (const std::string_view vowel : {"о", "а", "я", "ь", "й"}) {
        if (key.ends_with(vowel)) {
            return std::string(key.substr(0, key.size() - vowel.size()));
        }
    }
    return std::string(key);
}

// Bytes of a Cyrillic word's start that every case form shares: three letters ("мин", "мвд").
constexpr std::size_t kCyrillicOpener = 3 * 2;

struct LanguagePhrases {
    std::vector<CompiledPhrase> phrases;
    /// First words (Cyrillic: their first three letters), so that most tokens are passed over at one lookup.
    std::set<std::string, std::less<>> openers;
    detail::KeyFilter opener_filter;    ///< of openers: a miss costs a hash, not a tree walk
    std::bitset<0x10000> opener_starts; ///< openers' first two bytes: most words miss here, before a hash
};

[[nodiscard]] std::size_t first_two_bytes(std::string_view word) {
    const auto byte = [&](std::size_t i) {
        return i < word.size() ? static_cast<unsigned char>(word[i]) : 0U;
    };
    return byte(0) << 8U | byte(1);
}

[[nodiscard]] const std::map<std::string, LanguagePhrases, std::less<>>& phrases() {
    static const auto compiled = [] {
        std::map<std::string, LanguagePhrases, std::less<>> out;
        Analyzer analyzer;
        for (const PhraseRow& row : body_phrases()) {
            CompiledPhrase phrase{{},          row.phrase,   &body_kinds()[row.kind],
                                  row.country, row.any_case, row.onto_prefecture};
            LanguagePhrases& language = out[std::string(row.lang)];
            if (!unspaced(row.lang)) {
                for (const Token& token : analyzer.analyze(row.phrase)) {
                    phrase.keys.push_back({std::string(key_of(token)), cyrillic_stem(key_of(token))});
                }
                const std::string& first = phrase.keys.front().key;
                language.openers.insert(inflection_of(row.lang) == Inflection::cyrillic
                                            ? first.substr(0, kCyrillicOpener)
                                            : first);
            }
            language.phrases.push_back(std::move(phrase));
        }
        for (auto& [lang, language] : out) {
            language.opener_filter = detail::KeyFilter(language.openers.size());
            for (const std::string& opener : language.openers) {
                language.opener_filter.add(opener);
                language.opener_starts.set(first_two_bytes(opener));
            }
        }
        return out;
    }();
    return compiled;
}

// Whether a token may be a phrase's first word, inflected as its language inflects it.
[[nodiscard]] bool may_open(const LanguagePhrases& language, std::string_view key, Inflection inflection) {
    const auto has = [&](std::string_view form) {
        return language.opener_starts.test(first_two_bytes(form)) &&
               language.opener_filter.may_contain(form) &&
               language.openers.find(form) != language.openers.end();
    };
    switch (inflection) {
    case Inflection::none:
        return has(key);
    case Inflection::cyrillic:
        return has(key.substr(0, std::min(key.size(), kCyrillicOpener)));
    case Inflection::german:
        return has(key) ||
               (key.ends_with("s") && (has(key.substr(0, key.size() - 1)) ||
                                       (key.ends_with("es") && has(key.substr(0, key.size() - 2)))));
    case Inflection::arabic:
        return has(key) ||
               std::any_of(kArabicProclitics.begin(), kArabicProclitics.end(), [&](std::string_view p) {
                   return key.starts_with(p) && has(key.substr(p.size()));
               });
    }
    return false;
}

// One word of a phrase against one of the text, with the inflection each language puts on it:
// Russian and Ukrainian case endings ("Министерства", "Минздрава"), the German genitive
// ("Innenministeriums"), an Arabic proclitic on the first word.
[[nodiscard]] bool word_matches(std::string_view word, const CompiledWord& phrase_word, Inflection inflection,
                                bool first) {
    const std::string_view key = phrase_word.key;
    if (word == key) {
        return true;
    }
    switch (inflection) {
    case Inflection::none:
        return false;
    case Inflection::cyrillic:
        return !phrase_word.stem.empty() && word.starts_with(phrase_word.stem) &&
               word.size() <= phrase_word.stem.size() + 3 * 2; // up to three Cyrillic letters of ending
    case Inflection::german:
        return (word.size() == key.size() + 1 || word.size() == key.size() + 2) && word.starts_with(key) &&
               word.ends_with("s");
    case Inflection::arabic:
        return first &&
               std::any_of(kArabicProclitics.begin(), kArabicProclitics.end(), [&](std::string_view p) {
                   return word.size() == p.size() + key.size() && word.starts_with(p) && word.ends_with(key);
               });
    }
    return false;
}

class Finder {
public:
    Finder(std::string_view text, const std::vector<Token>& tokens, std::string_view lang,
           const std::vector<EntityMention>& known, const EntityTable& table)
        : text_(text), tokens_(tokens), lang_(lang), inflection_(inflection_of(lang)), known_(known),
          table_(table), taken_(tokens.size(), false) {
        for (const EntityMention& mention : known) {
            for (std::size_t i = mention.first_token;
                 i < mention.first_token + mention.token_count && i < tokens.size(); ++i) {
                taken_[i] = true;
            }
        }
    }

    std::vector<PublicBody> run() {
        const auto found = phrases().find(lang_);
        if (found == phrases().end()) {
            return {};
        }
        if (unspaced(lang_)) {
            for (const CompiledPhrase& phrase : found->second.phrases) {
                in_characters(phrase);
            }
        } else {
            for (std::size_t i = 0; i < tokens_.size(); ++i) {
                if (!may_open(found->second, key_of(tokens_[i]), inflection_)) {
                    continue;
                }
                for (const CompiledPhrase& phrase : found->second.phrases) {
                    if (in_words(i, phrase)) {
                        break;
                    }
                }
            }
        }
        std::sort(out_.begin(), out_.end(),
                  [](const PublicBody& a, const PublicBody& b) { return a.begin < b.begin; });
        return std::move(out_);
    }

private:
    /// A ministry's country is a place without parents; a local service's place is a town or region.
    [[nodiscard]] bool is_anchor(std::string_view id, bool local) const {
        const Entity* entity = table_.find(id);
        return entity != nullptr && entity->type == EntityType::place && entity->parents.empty() != local;
    }
    [[nodiscard]] bool is_country(std::string_view id) const { return is_anchor(id, false); }
    [[nodiscard]] bool plain_gap(std::size_t left) const { // between tokens left and left + 1
        const std::string_view gap =
            text_.substr(tokens_[left].end, tokens_[left + 1].begin - tokens_[left].end);
        return gap.find_first_not_of(" \u00a0") == std::string_view::npos || gap == "\u00a0";
    }
    [[nodiscard]] const EntityMention* known_at(std::size_t first_token, bool local = false) const {
        for (const EntityMention& mention : known_) {
            if (mention.first_token == first_token && is_anchor(mention.id, local)) {
                return &mention;
            }
        }
        return nullptr;
    }
    [[nodiscard]] const EntityMention* known_ending_at(std::size_t last_token, bool local = false) const {
        for (const EntityMention& mention : known_) {
            if (mention.first_token + mention.token_count == last_token + 1 && is_anchor(mention.id, local)) {
                return &mention;
            }
        }
        return nullptr;
    }
    /// Whether the capitalised word at `i` continues a name ("Polizeipräsidium Oberbayern Süd", "München
    /// II", "Hong Kong Police Force"), so that the service and place are part of a longer one.
    [[nodiscard]] bool name_goes_on(std::size_t i) const {
        if (i >= tokens_.size() || !plain_gap(i - 1)) {
            return false;
        }
        const std::string_view word = text_.substr(tokens_[i].begin, tokens_[i].end - tokens_[i].begin);
        return starts_upper_case(word) || std::isdigit(static_cast<unsigned char>(word.front())) != 0;
    }

    /// The place a local service's words `first`..`last` (exclusive) belong to: before them in English
    /// ("Cologne Police"), after them elsewhere ("Polizei Köln", "Bomberos de Riobamba", "شرطة دبي"), and
    /// no capitalised word further on either side.
    [[nodiscard]] std::optional<std::string> place_around(std::size_t first, std::size_t last) const {
        if (lang_ == "en") {
            if (first == 0 || !plain_gap(first - 1) || name_goes_on(last)) {
                return std::nullopt;
            }
            const EntityMention* before = known_ending_at(first - 1, true);
            if (before == nullptr) {
                return std::nullopt;
            }
            if (before->first_token > 0 && plain_gap(before->first_token - 1)) {
                const Token& previous = tokens_[before->first_token - 1];
                const std::string_view word = text_.substr(previous.begin, previous.end - previous.begin);
                if (starts_upper_case(word) && word != "The") {
                    return std::nullopt; // "Royal Cologne Police": a longer name
                }
            }
            return before->id;
        }
        std::size_t next = last;
        if (next < tokens_.size() && plain_gap(next - 1) && lang_ != "de" && lang_ != "ar" &&
            std::find(kConnectors.begin(), kConnectors.end(), key_of(tokens_[next])) != kConnectors.end()) {
            ++next; // "Bomberos de Riobamba", "parquet de Mons"
        }
        if (next >= tokens_.size() || !plain_gap(next - 1)) {
            return std::nullopt;
        }
        const EntityMention* after = known_at(next, true);
        if (after == nullptr || name_goes_on(after->first_token + after->token_count)) {
            return std::nullopt;
        }
        return after->id;
    }

    // "وزارة الداخلية المغربية": the country's adjective, ال + stem + ية, is المغرب, سوريا, ليبيا …
    [[nodiscard]] std::optional<std::string> arabic_adjective(std::size_t i) const {
        const std::string_view word = tokens_[i].term;
        const std::string_view article = "ال", ending = "ية";
        if (!word.starts_with(article) || !word.ends_with(ending) ||
            word.size() < article.size() + ending.size() + 4) {
            return std::nullopt;
        }
        const std::string stem(word.substr(article.size(), word.size() - article.size() - ending.size()));
        for (const std::string& name : {stem + "يا", stem + "ا", stem, std::string(article) + stem}) {
            if (const std::optional<std::string> id = table_.resolve(name); id && is_country(*id)) {
                return id;
            }
        }
        return std::nullopt;
    }

    [[nodiscard]] std::optional<std::string> country_around(std::size_t first, std::size_t last) const {
        if (first > 0 && (lang_ == "en" || lang_ == "de") && plain_gap(first - 1)) {
            if (const EntityMention* before = known_ending_at(first - 1)) {
                return before->id; // "Morocco's Interior Ministry", "Marokkos Innenministerium"
            }
        }
        std::size_t next = last;
        if (next < tokens_.size() && plain_gap(next - 1) &&
            std::find(kConnectors.begin(), kConnectors.end(), key_of(tokens_[next])) != kConnectors.end() &&
            !taken_[next]) {
            ++next;
        }
        if (next < tokens_.size() && plain_gap(next - 1)) {
            if (const EntityMention* after = known_at(next)) {
                return after->id; // "МВД Марокко", "Ministerio del Interior de Marruecos"
            }
            if (lang_ == "ar" && next == last) {
                return arabic_adjective(next);
            }
        }
        return std::nullopt;
    }

    bool in_words(std::size_t i, const CompiledPhrase& phrase) {
        const std::size_t n = phrase.keys.size();
        if (n == 0 || i + n > tokens_.size()) {
            return false;
        }
        for (std::size_t k = 0; k < n; ++k) {
            if (!word_matches(key_of(tokens_[i + k]), phrase.keys[k], inflection_, k == 0) || taken_[i + k] ||
                (k > 0 && !plain_gap(i + k - 1))) {
                return false;
            }
        }
        if (phrase.kind->local) {
            // A service's name is capitalised where the language capitalises names; "the Cologne police"
            // is a description.
            const std::string_view written =
                text_.substr(tokens_[i].begin, tokens_[i].end - tokens_[i].begin);
            if (!phrase.any_case && script_of(key_of(tokens_[i])) == TextScript::latin &&
                !starts_upper_case(written)) {
                return false;
            }
            std::optional<std::string> place = place_around(i, i + n);
            if (!place) {
                return false;
            }
            add(phrase, *place, tokens_[i].begin, tokens_[i + n - 1].end);
            return true;
        }
        std::optional<std::string> country =
            phrase.country.empty() ? country_around(i, i + n) : std::optional<std::string>(phrase.country);
        if (!country) {
            return false;
        }
        add(phrase, *country, tokens_[i].begin, tokens_[i + n - 1].end);
        return true;
    }

    // Where a Japanese 警 is the prefecture's police (長野県警, 京都府警察, 北海道警), not 警備, 警報 or
    // 警視庁.
    [[nodiscard]] bool prefectural_police_at(std::size_t at, std::size_t end) const {
        const std::string_view before = text_.substr(0, at), after = text_.substr(end);
        if (!before.ends_with("県") && !before.ends_with("府") && !before.ends_with("道")) {
            return false;
        }
        for (const std::string_view word :
             {"備", "視", "報", "告", "戒", "護", "鐘", "部", "笛", "棒", "句"}) {
            if (after.starts_with(word)) {
                return false;
            }
        }
        return true;
    }

    [[nodiscard]] bool joins(std::string_view between, bool local) const {
        if (local) { // 長野県|警 or 長野|県|警; 梅州|市|人民医院; ตำรวจภูธร|จังหวัด|ปทุมธานี
            return between.empty() || between == "県" || between == "府" || between == "道" ||
                   between == "都" || between == "市" || between == "省" || between == "县" ||
                   between == "จังหวัด";
        }
        return between.empty() || between == "ของ" || between == " " || between == "ของ " ||
               (lang_ == "ja" && between == "の") || (lang_ == "zh" && between == "的");
    }

    void in_characters(const CompiledPhrase& phrase) {
        const bool local = phrase.kind->local;
        for (std::size_t at = text_.find(phrase.raw); at != std::string_view::npos;
             at = text_.find(phrase.raw, at + phrase.raw.size())) {
            const std::size_t end = at + phrase.raw.size();
            if (lang_ == "zh" && text_.substr(end).starts_with("长")) {
                continue; // 外交部长: the minister
            }
            if (phrase.onto_prefecture && !prefectural_police_at(at, end)) {
                continue;
            }
            // The prefecture's mention spans the tokens it covers, and ICU makes one of 県警 (長野|県警).
            const auto written_onto = [&](const EntityMention& m) {
                return local && lang_ != "th" && m.begin < at && at < m.end && m.end <= end &&
                       is_anchor(m.id, true);
            };
            // A name inside the body's words is no mention of its own: the ไทย of มหาดไทย.
            const bool covered = std::any_of(known_.begin(), known_.end(), [&](const EntityMention& m) {
                return m.begin < end && at < m.end && (m.begin < at || m.end > end) && !written_onto(m);
            });
            if (covered) {
                continue;
            }
            std::optional<std::string> anchor;
            for (const EntityMention& mention : known_) {
                if (!is_anchor(mention.id, local)) {
                    continue;
                }
                std::string_view between;
                if (lang_ == "th" && mention.begin >= end) {
                    between = text_.substr(end, mention.begin - end); // "กระทรวงมหาดไทยของโมร็อกโก"
                } else if (lang_ != "th" && mention.end <= at) {
                    between = text_.substr(mention.end, at - mention.end); // "摩洛哥内政部"
                } else if (!written_onto(mention)) {
                    continue;
                }
                if (joins(between, local)) {
                    anchor = mention.id;
                    break;
                }
            }
            if (anchor) {
                add(phrase, *anchor, at, end);
            }
        }
    }

    /// A ministry is "<portfolio>-of-<country>", a local service "<place>-<service>" (its English name's
    /// order: Ministry of Health of Morocco, Cologne Police).
    void add(const CompiledPhrase& phrase, const std::string& anchor, std::size_t begin, std::size_t end) {
        const BodyKind& kind = *phrase.kind;
        const Entity* entity = table_.find(anchor);
        const std::string anchor_name = entity != nullptr ? entity->name : anchor;
        PublicBody body{kind.local ? anchor + "-" + std::string(kind.id)
                                   : std::string(kind.id) + "-of-" + anchor,
                        kind.local ? anchor_name + " " + std::string(kind.name)
                                   : std::string(kind.name) + " of " + anchor_name,
                        begin,
                        end,
                        0,
                        0};
        constexpr std::size_t kMaxIdBytes = 64;
        if (body.id.size() > kMaxIdBytes) {
            return;
        }
        bool first = true;
        for (std::size_t i = 0; i < tokens_.size(); ++i) {
            if (tokens_[i].begin < end && begin < tokens_[i].end) {
                if (first) {
                    body.first_token = i;
                    first = false;
                }
                ++body.token_count;
                taken_[i] = true;
            }
        }
        out_.push_back(std::move(body));
    }

    std::string_view text_;
    const std::vector<Token>& tokens_;
    std::string_view lang_;
    Inflection inflection_;
    const std::vector<EntityMention>& known_;
    const EntityTable& table_;
    std::vector<bool> taken_;
    std::vector<PublicBody> out_;
};

} // namespace

std::vector<PublicBody> find_public_bodies(std::string_view text, const std::vector<Token>& tokens,
                                           std::string_view lang, const std::vector<EntityMention>& known,
                                           const EntityTable& table) {
    return Finder(text, tokens, lang, known, table).run();
}

void drop_bodies_of_another_country(std::string_view lang, std::vector<EntityMention>& mentions,
                                    const EntityTable& table) {
    if (lang != "ja" && lang != "zh") {
        return;
    }
    // The country whose mention ends where an organisation's begins.
    const auto country_before = [&](const EntityMention& org) -> std::string_view {
        for (const EntityMention& before : mentions) {
            const Entity* place = table.find(before.id);
            if (before.end == org.begin && place != nullptr && place->type == EntityType::place &&
                place->parents.empty()) {
                return place->id;
            }
        }
        return {};
    };
    std::vector<bool> foreign(mentions.size(), false); // decided before any mention is removed
    for (std::size_t i = 0; i < mentions.size(); ++i) {
        const Entity* org = table.find(mentions[i].id);
        const std::string_view before =
            org != nullptr && org->type == EntityType::org ? country_before(mentions[i]) : std::string_view();
        const std::string_view own = before.empty() ? std::string_view() : table.country_of(mentions[i].id);
        foreign[i] = !own.empty() && own != before;
    }
    std::size_t i = 0;
    std::erase_if(mentions, [&](const EntityMention&) { return foreign[i++]; });
}

} // namespace lede::extract::bodies
