// Verbs of saying: news quotes people by name right before or after them ("…, said Mamata Banerjee",
// "Naveen Patnaik said", "a raconté Aliou Diop", "sagte Benjamin Zweifel", "dijo Rosa Guamán", "заявил
// Серик Шалабаев"). A name-shaped pair next to one is a person even when its given name is in no lexicon.
// Keys are case and accent folded, as the analyser gives them.

#include "indexer/extract/names/name_cues.h"

#include "indexer/extract/names/word_lists.h"

#include <array>
#include <string_view>

namespace lede::extract::names::cues {
namespace {

using namespace std::string_view_literals;

struct SpeechVerbs {
    std::string_view lang;
    const std::string_view* before;
    std::size_t before_count;
    const std::string_view* after;
    std::size_t after_count;
};

constexpr std::array kEnglishBefore = {"said"sv, "says"sv, "added"sv, "asked"sv, "wrote"sv, "explained"sv};
constexpr std::array kEnglishAfter = {"said"sv,      "says"sv,     "told"sv,      "added"sv,
                                      "explained"sv, "warned"sv,   "wrote"sv,     "stated"sv,
                                      "noted"sv,     "declared"sv, "announced"sv, "confirmed"sv};
// French puts the participle of "a déclaré" before an inverted subject, the present after a name.
constexpr std::array kFrenchBefore = {"declare"sv,  "dit"sv,     "explique"sv, "raconte"sv,  "indique"sv,
                                      "precise"sv,  "affirme"sv, "ajoute"sv,   "souligne"sv, "confie"sv,
                                      "temoigne"sv, "estime"sv,  "selon"sv};
constexpr std::array kFrenchAfter = {"declare"sv, "explique"sv, "estime"sv,  "affirme"sv,
                                     "raconte"sv, "indique"sv,  "precise"sv, "souligne"sv};
constexpr std::array kGermanBefore = {"sagte"sv,      "sagt"sv, "erklarte"sv, "betonte"sv,
                                      "berichtete"sv, "laut"sv, "so"sv};
constexpr std::array kGermanAfter = {"sagte"sv, "sagt"sv, "erklarte"sv, "betonte"sv, "berichtete"sv};
constexpr std::array kSpanishBefore = {"dijo"sv,    "afirmo"sv,  "explico"sv, "senalo"sv,
                                       "aseguro"sv, "declaro"sv, "relato"sv,  "indico"sv,
                                       "anadio"sv,  "conto"sv,   "segun"sv};
constexpr std::array kSpanishAfter = {"dijo"sv,    "afirmo"sv,  "explico"sv, "senalo"sv,
                                      "aseguro"sv, "declaro"sv, "relato"sv,  "indico"sv};
constexpr std::array kRussianSpeech = {"заявил"sv,    "заявила"sv,    "сказал"sv,     "сказала"sv,
                                       "сообщил"sv,   "сообщила"sv,   "отметил"sv,    "отметила"sv,
                                       "рассказал"sv, "рассказала"sv, "подчеркнул"sv, "подчеркнула"sv};
constexpr std::array kUkrainianSpeech = {"заявив"sv,    "заявила"sv,    "сказав"sv,    "сказала"sv,
                                         "повідомив"sv, "повідомила"sv, "зазначив"sv,  "зазначила"sv,
                                         "розповів"sv,  "розповіла"sv,  "наголосив"sv, "наголосила"sv};

template <std::size_t B, std::size_t A>
constexpr SpeechVerbs verbs(std::string_view lang, const std::array<std::string_view, B>& before,
                            const std::array<std::string_view, A>& after) {
    return {lang, before.data(), B, after.data(), A};
}

constexpr std::array kSpeechVerbs = {
    verbs("en", kEnglishBefore, kEnglishAfter),  verbs("fr", kFrenchBefore, kFrenchAfter),
    verbs("de", kGermanBefore, kGermanAfter),    verbs("es", kSpanishBefore, kSpanishAfter),
    verbs("ru", kRussianSpeech, kRussianSpeech), verbs("uk", kUkrainianSpeech, kUkrainianSpeech),
};

[[nodiscard]] bool listed(const std::string_view* words, std::size_t count, std::string_view key) {
    for (std::size_t i = 0; i < count; ++i) {
        if (words[i] == key) {
            return true;
        }
    }
    return false;
}

} // namespace

bool is_speech_before_name(std::string_view key, std::string_view lang) {
    for (const SpeechVerbs& table : kSpeechVerbs) {
        if (table.lang == lang) {
            return listed(table.before, table.before_count, key);
        }
    }
    return false;
}

bool is_speech_after_name(std::string_view key, std::string_view lang) {
    for (const SpeechVerbs& table : kSpeechVerbs) {
        if (table.lang == lang) {
            return listed(table.after, table.after_count, key);
        }
    }
    return false;
}

} // namespace lede::extract::names::cues
