#include "indexer/extract/names/cyrillic_cases.h"

#include "indexer/extract/names/name_lexicon.h"

#include <array>

namespace lede::extract::names {
namespace {

using namespace std::string_view_literals;

// A masculine given name's oblique endings (nominative Игорь, Сергей, Петр, Олег).
constexpr std::array kMasculineEndings = {
    "ом"sv, "ем"sv, "ём"sv, "єм"sv, "ові"sv, "еві"sv, "а"sv, "я"sv, "у"sv, "ю"sv, "е"sv, "і"sv,
};
constexpr std::array kMasculineNominative = {""sv, "ь"sv, "й"sv, "о"sv}; // Дмитро, Петро

// A feminine given name's (nominative Анна, Мария, Ольга).
constexpr std::array kFeminineEndings = {
    "ой"sv, "ей"sv, "ою"sv, "ею"sv, "ы"sv, "и"sv, "і"sv, "е"sv, "у"sv, "ю"sv,
};
constexpr std::array kFeminineNominative = {"а"sv, "я"sv};

struct Reading {
    std::string given; ///< nominative, as written
    bool feminine;
    bool instrumental = false; ///< masculine -ом/-ем/-єм: "з військовим Андрієм Козирем"
};

[[nodiscard]] std::string replaced_end(std::string_view raw, std::size_t drop, std::string_view add) {
    return std::string(raw.substr(0, raw.size() - drop)) + std::string(add);
}

[[nodiscard]] std::optional<Reading> read_given(const NameWord& word) {
    if (lexicon::is_given_name(word.key)) {
        return std::nullopt; // already nominative (or one of the names whose cases look alike)
    }
    const auto try_endings = [&](const auto& endings, const auto& nominatives,
                                 bool feminine) -> std::optional<Reading> {
        for (const std::string_view ending : endings) {
            if (!word.key.ends_with(ending) || word.key.size() <= ending.size() + 2 * 2) {
                continue;
            }
            const std::string stem(word.key.substr(0, word.key.size() - ending.size()));
            for (const std::string_view nominative : nominatives) {
                if (lexicon::is_given_name(stem + std::string(nominative))) {
                    const bool instrumental =
                        !feminine && (ending == "ом" || ending == "ем" || ending == "ём" || ending == "єм");
                    return Reading{replaced_end(word.raw, ending.size(), nominative), feminine, instrumental};
                }
            }
        }
        return std::nullopt;
    };
    if (std::optional<Reading> reading = try_endings(kMasculineEndings, kMasculineNominative, false)) {
        return reading;
    }
    return try_endings(kFeminineEndings, kFeminineNominative, true);
}

struct Rule {
    std::string_view stem;    ///< what the word must end with before the ending ("ов", "ск")
    std::string_view oblique; ///< the ending to take off
    std::string_view nominative;
};

// Surnames and patronymics whose declension is sure, by the given name's gender and case.
constexpr std::array kMasculineRules = {
    Rule{"ск"sv, "ого"sv, "ий"sv},  Rule{"цк"sv, "ого"sv, "ий"sv},
    Rule{"ськ"sv, "ого"sv, "ий"sv}, Rule{"цьк"sv, "ого"sv, "ий"sv},
    Rule{"ск"sv, "ому"sv, "ий"sv},  Rule{"цк"sv, "ому"sv, "ий"sv},
    Rule{"ськ"sv, "ому"sv, "ий"sv}, Rule{"цьк"sv, "ому"sv, "ий"sv},
    Rule{"ск"sv, "им"sv, "ий"sv},   Rule{"цк"sv, "им"sv, "ий"sv},
    Rule{"ськ"sv, "им"sv, "ий"sv},  Rule{"цьк"sv, "им"sv, "ий"sv},
    Rule{"ов"sv, "ым"sv, ""sv},     Rule{"ев"sv, "ым"sv, ""sv},
    Rule{"ин"sv, "ым"sv, ""sv},     Rule{"ов"sv, "им"sv, ""sv},
    Rule{"ев"sv, "им"sv, ""sv},     Rule{"ин"sv, "им"sv, ""sv},
    Rule{"ович"sv, "ем"sv, ""sv},   Rule{"евич"sv, "ем"sv, ""sv},
    Rule{"ов"sv, "а"sv, ""sv},      Rule{"ев"sv, "а"sv, ""sv},
    Rule{"ёв"sv, "а"sv, ""sv},      Rule{"ин"sv, "а"sv, ""sv},
    Rule{"ын"sv, "а"sv, ""sv},      Rule{"ович"sv, "а"sv, ""sv},
    Rule{"евич"sv, "а"sv, ""sv},    Rule{"ов"sv, "у"sv, ""sv},
    Rule{"ев"sv, "у"sv, ""sv},      Rule{"ин"sv, "у"sv, ""sv},
    Rule{"ович"sv, "у"sv, ""sv},    Rule{"евич"sv, "у"sv, ""sv},
    Rule{"ов"sv, "е"sv, ""sv},      Rule{"ев"sv, "е"sv, ""sv},
    Rule{"ин"sv, "е"sv, ""sv},      Rule{"ов"sv, "ові"sv, ""sv},
    Rule{"ев"sv, "ові"sv, ""sv},    Rule{"ин"sv, "ові"sv, ""sv},
    Rule{"ін"sv, "а"sv, ""sv},      Rule{"ін"sv, "у"sv, ""sv}, // Ukrainian -ін: "Андрія Костіна" → Костін
    Rule{"ін"sv, "ові"sv, ""sv},    Rule{"ін"sv, "им"sv, ""sv},
    Rule{""sv, "ою"sv, "а"sv}, // Ukrainian -а surnames: "з міністром Дмитром Кулебою"
};
constexpr std::array kFeminineRules = {
    Rule{"ск"sv, "ой"sv, "ая"sv}, Rule{"цк"sv, "ой"sv, "ая"sv}, Rule{"ськ"sv, "ої"sv, "а"sv},
    Rule{"цьк"sv, "ої"sv, "а"sv}, Rule{"ськ"sv, "ій"sv, "а"sv}, Rule{"ськ"sv, "у"sv, "а"sv},
    Rule{"ск"sv, "ую"sv, "ая"sv}, Rule{"ов"sv, "ой"sv, "а"sv},  Rule{"ев"sv, "ой"sv, "а"sv},
    Rule{"ин"sv, "ой"sv, "а"sv},  Rule{"ов"sv, "ої"sv, "а"sv},  Rule{"ев"sv, "ої"sv, "а"sv},
    Rule{"ин"sv, "ої"sv, "а"sv},  Rule{"ов"sv, "ій"sv, "а"sv},  Rule{"ев"sv, "ій"sv, "а"sv},
    Rule{"ин"sv, "ій"sv, "а"sv},  Rule{"ов"sv, "у"sv, "а"sv},   Rule{"ев"sv, "у"sv, "а"sv},
    Rule{"ин"sv, "у"sv, "а"sv},   Rule{"овн"sv, "ы"sv, "а"sv},  Rule{"евн"sv, "ы"sv, "а"sv},
    Rule{"овн"sv, "е"sv, "а"sv},  Rule{"евн"sv, "е"sv, "а"sv},  Rule{"овн"sv, "ой"sv, "а"sv},
    Rule{"евн"sv, "ой"sv, "а"sv}, Rule{"овн"sv, "у"sv, "а"sv},  Rule{"івн"sv, "и"sv, "а"sv},
    Rule{"івн"sv, "і"sv, "а"sv},  Rule{"івн"sv, "ою"sv, "а"sv}, Rule{"івн"sv, "у"sv, "а"sv},
    Rule{"ін"sv, "ої"sv, "а"sv},  Rule{"ін"sv, "ій"sv, "а"sv},  Rule{"ін"sv, "у"sv, "а"sv},
};

// A masculine surname in the instrumental that no sure rule reads: the ending goes ("Козирем" → Козир,
// "Мельником" → Мельник), and the Ukrainian -енко keeps its vowel ("Шевченком" → Шевченко).
[[nodiscard]] std::string instrumental_surname(const NameWord& word) {
    constexpr std::size_t kMinStemBytes = 2 * 2; // two Cyrillic letters
    for (const std::string_view ending : {"ом"sv, "ем"sv, "єм"sv}) {
        if (word.key.size() > ending.size() + kMinStemBytes && word.key.ends_with(ending)) {
            const std::string_view stem = word.key.substr(0, word.key.size() - ending.size());
            return replaced_end(word.raw, ending.size(), stem.ends_with("енк") ? "о" : "");
        }
    }
    return std::string(word.raw);
}

template <std::size_t N>
[[nodiscard]] std::string follow(const NameWord& word, const std::array<Rule, N>& rules) {
    for (const Rule& rule : rules) {
        if (word.key.size() > rule.stem.size() + rule.oblique.size() + 2 &&
            word.key.ends_with(rule.oblique) &&
            word.key.substr(0, word.key.size() - rule.oblique.size()).ends_with(rule.stem)) {
            return replaced_end(word.raw, rule.oblique.size(), rule.nominative);
        }
    }
    return std::string(word.raw); // indeclinable, or a declension this does not know: as written
}

} // namespace

std::optional<std::string> nominative_name(const std::vector<NameWord>& words) {
    if (words.size() < 2 || words.size() > 3) {
        return std::nullopt;
    }
    const std::optional<Reading> given = read_given(words.front());
    if (!given) {
        return std::nullopt;
    }
    std::string out = given->given;
    for (std::size_t i = 1; i < words.size(); ++i) {
        out += ' ';
        std::string word =
            given->feminine ? follow(words[i], kFeminineRules) : follow(words[i], kMasculineRules);
        if (given->instrumental && word == words[i].raw) {
            word = instrumental_surname(words[i]);
        }
        out += word;
    }
    return out;
}

} // namespace lede::extract::names
