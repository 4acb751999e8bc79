#include "common/term_scheme.h"

#include <algorithm>
#include <array>

namespace lede::term_scheme {
namespace {

// The most frequent words of news text in lede's main languages: function
// words, and the content words that nearly every report uses. A phrase of two
// such words is what Xapian checks slowly (each is in most articles, so nearly
// every article is a candidate whose position lists must be read), and what a
// pair term answers from one posting list. Pairs are written only when both
// words are here, so the index grows by the pairs that are frequent by
// construction, not by one term per token. Changing this list changes what a
// database holds: it bumps kIndexFormatVersion.
constexpr auto kPairWords = [] {
    auto words = std::to_array<std::string_view>(
        {// English
         "a", "about", "after", "against", "ago", "all", "also", "an", "and", "another", "any", "are",
         "around", "as", "at", "back", "be", "because", "been", "before", "being", "between", "both", "but",
         "by", "can", "city", "could", "country", "day", "days", "did", "do", "does", "down", "during",
         "each", "even", "first", "five", "for", "four", "from", "government", "group", "had", "has", "have",
         "he", "her", "him", "his", "home", "how", "i", "if", "in", "including", "into", "is", "it", "its",
         "just", "last", "least", "less", "like", "made", "make", "man", "many", "may", "men", "might",
         "million", "minister", "more", "most", "much", "must", "my", "national", "never", "new", "next",
         "no", "not", "now", "of", "off", "officials", "on", "one", "only", "or", "other", "our", "out",
         "over", "own", "part", "people", "per", "percent", "police", "president", "said", "same", "say",
         "says", "second", "she", "should", "since", "so", "some", "state", "still", "such", "than", "that",
         "the", "their", "them", "then", "there", "these", "they", "third", "this", "those", "three",
         "through", "time", "to", "told", "two", "under", "until", "up", "us", "very", "was", "way", "we",
         "week", "well", "were", "what", "when", "where", "which", "while", "who", "will", "with", "women",
         "world", "would", "year", "years", "you",
         // German
         "als", "am", "auch", "auf", "aus", "bei", "bis", "das", "dass", "dem", "den", "der", "des", "die",
         "durch", "ein", "eine", "einem", "einen", "einer", "es", "für", "hat", "im", "ist", "jahr", "jahren",
         "mit", "nach", "nicht", "noch", "oder", "sich", "sie", "sind", "um", "und", "vom", "von", "vor",
         "war", "wie", "wird", "wurde", "wurden", "zu", "zum", "zur",
         // French
         "à", "au", "aux", "avec", "ce", "cette", "dans", "de", "depuis", "du", "elle", "en", "est", "et",
         "été", "il", "ils", "la", "le", "les", "leur", "mais", "ont", "par", "pas", "plus", "pour", "qui",
         "que", "sa", "se", "ses", "son", "sont", "sur", "un", "une",
         // Spanish, Italian, Portuguese (a form listed above is not repeated)
         "al", "con", "da", "del", "della", "di", "dos", "el", "em", "entre", "ha", "las", "lo", "los", "na",
         "nel", "o", "para", "por", "su", "sus", "una", "y",
         // Russian
         "в", "и", "из", "к", "на", "не", "о", "от", "по", "с", "что", "это"});
    std::sort(words.begin(), words.end());
    return words;
}();
static_assert(std::adjacent_find(kPairWords.begin(), kPairWords.end()) == kPairWords.end(),
              "a pair word is listed twice");

} // namespace

bool is_pair_word(std::string_view term) noexcept {
    return std::binary_search(kPairWords.begin(), kPairWords.end(), term);
}

std::string word_pair_term(std::string_view first, std::string_view second) {
    std::string term;
    term.reserve(kWordPair.size() + first.size() + 1 + second.size());
    term.append(kWordPair).append(first).append(" ").append(second);
    return term;
}

} // namespace lede::term_scheme
