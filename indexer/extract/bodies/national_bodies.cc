// Ministries named by portfolio and country (national_bodies.h). The portfolio's words are written here
// as the press of each language writes them and analysed once, on first use, exactly as article text
// is; the country is a table mention right beside them.

#include "indexer/extract/bodies/national_bodies.h"

#include "common/entities/text_rules.h"

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <set>

namespace lede::extract::bodies {
namespace {

using detail::key_of;

using detail::key_of;
using detail::script_of;
using detail::TextScript;

struct Portfolio {
    std::string_view id;   ///< the id's first part
    std::string_view name; ///< the English name's first part
};

enum Portfolios : std::uint8_t {
    interior,
    foreign,
    defence,
    health,
    finance,
    justice,
    education,
    emergencies
};

constexpr std::array<Portfolio, 8> kPortfolios = {{
    {"ministry-of-the-interior", "Ministry of the Interior"},
    {"ministry-of-foreign-affairs", "Ministry of Foreign Affairs"},
    {"ministry-of-defence", "Ministry of Defence"},
    {"ministry-of-health", "Ministry of Health"},
    {"ministry-of-finance", "Ministry of Finance"},
    {"ministry-of-justice", "Ministry of Justice"},
    {"ministry-of-education", "Ministry of Education"},
    {"ministry-of-emergency-situations", "Ministry of Emergency Situations"},
}};

struct PhraseRow {
    std::string_view lang;
    std::string_view phrase;
    Portfolios portfolio;
    std::string_view country = {}; ///< the country the phrase itself names ("Bundes-": Germany)
};

// Only forms that name a ministry as an institution; a minister's title ("外交部长", "Innenminister")
// is not one.
constexpr PhraseRow kPhrases[] = {
    {"en", "Ministry of the Interior", interior},
    {"en", "Ministry of Interior", interior},
    {"en", "Interior Ministry", interior},
    {"en", "Ministry of Foreign Affairs", foreign},
    {"en", "Foreign Ministry", foreign},
    {"en", "Foreign Affairs Ministry", foreign},
    {"en", "Ministry of Defence", defence},
    {"en", "Ministry of Defense", defence},
    {"en", "Defence Ministry", defence},
    {"en", "Defense Ministry", defence},
    {"en", "Ministry of Health", health},
    {"en", "Health Ministry", health},
    {"en", "Ministry of Finance", finance},
    {"en", "Finance Ministry", finance},
    {"en", "Ministry of Justice", justice},
    {"en", "Justice Ministry", justice},
    {"en", "Ministry of Education", education},
    {"en", "Education Ministry", education},
    {"es", "Ministerio del Interior", interior},
    {"es", "Ministerio de Interior", interior},
    {"es", "Ministerio de Asuntos Exteriores", foreign},
    {"es", "Ministerio de Relaciones Exteriores", foreign},
    {"es", "Ministerio de Exteriores", foreign},
    {"es", "Ministerio de Defensa", defence},
    {"es", "Ministerio de Sanidad", health},
    {"es", "Ministerio de Salud", health},
    {"es", "Ministerio de Salud Pública", health},
    {"es", "Ministerio de Hacienda", finance},
    {"es", "Ministerio de Finanzas", finance},
    {"es", "Ministerio de Justicia", justice},
    {"es", "Ministerio de Educación", education},
    {"fr", "ministère de l'Intérieur", interior},
    {"fr", "ministère des Affaires étrangères", foreign},
    {"fr", "ministère de la Défense", defence},
    {"fr", "ministère des Armées", defence},
    {"fr", "ministère de la Santé", health},
    {"fr", "ministère des Finances", finance},
    {"fr", "ministère de la Justice", justice},
    {"fr", "ministère de l'Éducation", education},
    {"de", "Innenministerium", interior},
    {"de", "Außenministerium", foreign},
    {"de", "Verteidigungsministerium", defence},
    {"de", "Gesundheitsministerium", health},
    {"de", "Finanzministerium", finance},
    {"de", "Justizministerium", justice},
    {"de", "Bildungsministerium", education},
    {"de", "Bundesinnenministerium", interior, "germany"},
    {"de", "Bundesministerium des Innern", interior, "germany"},
    {"de", "Auswärtiges Amt", foreign, "germany"},
    {"de", "Auswärtigen Amt", foreign, "germany"},
    {"de", "Auswärtigen Amtes", foreign, "germany"},
    {"de", "Bundesverteidigungsministerium", defence, "germany"},
    {"de", "Bundesministerium der Verteidigung", defence, "germany"},
    {"de", "Bundesgesundheitsministerium", health, "germany"},
    {"de", "Bundesministerium für Gesundheit", health, "germany"},
    {"de", "Bundesfinanzministerium", finance, "germany"},
    {"de", "Bundesministerium der Finanzen", finance, "germany"},
    {"de", "Bundesjustizministerium", justice, "germany"},
    {"de", "Bundesbildungsministerium", education, "germany"},
    {"ru", "Министерство внутренних дел", interior},
    {"ru", "МВД", interior},
    {"ru", "Министерство иностранных дел", foreign},
    {"ru", "МИД", foreign},
    {"ru", "Министерство обороны", defence},
    {"ru", "Минобороны", defence},
    {"ru", "Министерство здравоохранения", health},
    {"ru", "Минздрав", health},
    {"ru", "Министерство финансов", finance},
    {"ru", "Минфин", finance},
    {"ru", "Министерство юстиции", justice},
    {"ru", "Минюст", justice},
    {"ru", "Министерство образования", education},
    {"ru", "Министерство по чрезвычайным ситуациям", emergencies},
    {"ru", "МЧС", emergencies},
    {"uk", "Міністерство внутрішніх справ", interior},
    {"uk", "МВС", interior},
    {"uk", "Міністерство закордонних справ", foreign},
    {"uk", "МЗС", foreign},
    {"uk", "Міністерство оборони", defence},
    {"uk", "Міноборони", defence},
    {"uk", "Міністерство охорони здоров'я", health},
    {"uk", "МОЗ", health},
    {"uk", "Міністерство фінансів", finance},
    {"uk", "Мінфін", finance},
    {"uk", "Міністерство юстиції", justice},
    {"uk", "Мін'юст", justice},
    {"uk", "Міністерство освіти", education},
    {"ar", "وزارة الداخلية", interior},
    {"ar", "وزارة الخارجية", foreign},
    {"ar", "وزارة الدفاع", defence},
    {"ar", "وزارة الصحة", health},
    {"ar", "وزارة المالية", finance},
    {"ar", "وزارة العدل", justice},
    {"ar", "وزارة التربية", education},
    {"ar", "وزارة التعليم", education},
    {"zh", "内政部", interior},
    {"zh", "内务部", interior},
    {"zh", "外交部", foreign},
    {"zh", "国防部", defence},
    {"zh", "卫生部", health},
    {"zh", "财政部", finance},
    {"zh", "司法部", justice},
    {"zh", "教育部", education},
    {"zh", "紧急情况部", emergencies},
    {"ja", "内務省", interior},
    {"ja", "外務省", foreign},
    {"ja", "国防省", defence},
    {"ja", "保健省", health},
    {"ja", "財務省", finance},
    {"ja", "法務省", justice},
    {"ja", "教育省", education},
    {"ja", "非常事態省", emergencies},
    {"th", "กระทรวงมหาดไทย", interior},
    {"th", "กระทรวงการต่างประเทศ", foreign},
    {"th", "กระทรวงกลาโหม", defence},
    {"th", "กระทรวงสาธารณสุข", health},
    {"th", "กระทรวงการคลัง", finance},
    {"th", "กระทรวงยุติธรรม", justice},
    {"th", "กระทรวงศึกษาธิการ", education},
};

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
    Portfolios portfolio;
    std::string_view country;
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
};

[[nodiscard]] const std::map<std::string, LanguagePhrases, std::less<>>& phrases() {
    static const auto compiled = [] {
        std::map<std::string, LanguagePhrases, std::less<>> out;
        Analyzer analyzer;
        for (const PhraseRow& row : kPhrases) {
            CompiledPhrase phrase{{}, row.phrase, row.portfolio, row.country};
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
        return out;
    }();
    return compiled;
}

// Whether a token may be a phrase's first word, inflected as its language inflects it.
[[nodiscard]] bool may_open(const LanguagePhrases& language, std::string_view key, Inflection inflection) {
    const auto has = [&](std::string_view form) {
        return language.openers.find(form) != language.openers.end();
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

    std::vector<NationalBody> run() {
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
                  [](const NationalBody& a, const NationalBody& b) { return a.begin < b.begin; });
        return std::move(out_);
    }

private:
    [[nodiscard]] bool is_country(std::string_view id) const {
        const Entity* entity = table_.find(id);
        return entity != nullptr && entity->type == EntityType::place && entity->parents.empty();
    }
    [[nodiscard]] bool plain_gap(std::size_t left) const { // between tokens left and left + 1
        const std::string_view gap =
            text_.substr(tokens_[left].end, tokens_[left + 1].begin - tokens_[left].end);
        return gap.find_first_not_of(" \u00a0") == std::string_view::npos || gap == "\u00a0";
    }
    [[nodiscard]] const EntityMention* known_at(std::size_t first_token) const {
        for (const EntityMention& mention : known_) {
            if (mention.first_token == first_token && is_country(mention.id)) {
                return &mention;
            }
        }
        return nullptr;
    }
    [[nodiscard]] const EntityMention* known_ending_at(std::size_t last_token) const {
        for (const EntityMention& mention : known_) {
            if (mention.first_token + mention.token_count == last_token + 1 && is_country(mention.id)) {
                return &mention;
            }
        }
        return nullptr;
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
        std::optional<std::string> country =
            phrase.country.empty() ? country_around(i, i + n) : std::optional<std::string>(phrase.country);
        if (!country) {
            return false;
        }
        add(phrase, *country, tokens_[i].begin, tokens_[i + n - 1].end);
        return true;
    }

    void in_characters(const CompiledPhrase& phrase) {
        for (std::size_t at = text_.find(phrase.raw); at != std::string_view::npos;
             at = text_.find(phrase.raw, at + phrase.raw.size())) {
            const std::size_t end = at + phrase.raw.size();
            if (lang_ == "zh" && text_.substr(end).starts_with("长")) {
                continue; // 外交部长: the minister
            }
            // A name inside the portfolio's words is no mention of its own: the ไทย of มหาดไทย.
            const bool covered = std::any_of(known_.begin(), known_.end(), [&](const EntityMention& m) {
                return m.begin < end && at < m.end && (m.begin < at || m.end > end);
            });
            if (covered) {
                continue;
            }
            std::optional<std::string> country;
            for (const EntityMention& mention : known_) {
                if (!is_country(mention.id)) {
                    continue;
                }
                std::string_view between;
                if (lang_ == "th" && mention.begin >= end) {
                    between = text_.substr(end, mention.begin - end); // "กระทรวงมหาดไทยของโมร็อกโก"
                } else if (lang_ != "th" && mention.end <= at) {
                    between = text_.substr(mention.end, at - mention.end); // "摩洛哥内政部"
                } else {
                    continue;
                }
                if (between.empty() || between == "ของ" || between == " " || between == "ของ " ||
                    (lang_ == "ja" && between == "の") || (lang_ == "zh" && between == "的")) {
                    country = mention.id;
                    break;
                }
            }
            if (country) {
                add(phrase, *country, at, end);
            }
        }
    }

    void add(const CompiledPhrase& phrase, const std::string& country, std::size_t begin, std::size_t end) {
        const Portfolio& portfolio = kPortfolios[phrase.portfolio];
        const Entity* entity = table_.find(country);
        NationalBody body{std::string(portfolio.id) + "-of-" + country,
                          std::string(portfolio.name) + " of " + (entity != nullptr ? entity->name : country),
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
    std::vector<NationalBody> out_;
};

} // namespace

std::vector<NationalBody> find_national_bodies(std::string_view text, const std::vector<Token>& tokens,
                                               std::string_view lang, const std::vector<EntityMention>& known,
                                               const EntityTable& table) {
    return Finder(text, tokens, lang, known, table).run();
}

} // namespace lede::extract::bodies
