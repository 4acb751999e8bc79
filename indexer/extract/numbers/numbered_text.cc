#include "indexer/extract/numbers/numbered_text.h"

#include "indexer/extract/numbers/number_lexicon.h"

namespace lede::extract::numbers {

NumberedText read(std::string_view text, std::string_view lang, const WordTable& words) {
    NumberedText out;
    out.lang = base_language(lang);
    out.tokens = tokenize(text, out.lang);
    out.phrases = find_phrases(out.tokens, words, number_lexicon(out.lang));
    out.words = &words;
    return out;
}

} // namespace lede::extract::numbers
