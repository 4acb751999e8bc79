#include "indexer/extract/numbers/numbered_text.h"

#include "indexer/extract/numbers/number_lexicon.h"

namespace lede::extract::numbers {

NumberedText read(std::string_view text, std::string_view lang, const WordTable& words) {
    NumberedText read;
    read.lang = base_language(lang);
    read.tokens = tokenize(text, read.lang);
    read.phrases = find_phrases(read.tokens, words, number_lexicon(read.lang));
    read.words = &words;
    return read;
}

} // namespace lede::extract::numbers
