#pragma once

// The one reading of a text for its numbers: its tokens (tokens.h), then its number phrases
// (phrases.h). Casualties and dates both take a NumberedText, so that an article's text is
// tokenised once and both ideas see the same phrases.

#include "indexer/extract/numbers/phrases.h"
#include "indexer/extract/numbers/tokens.h"
#include "indexer/extract/numbers/word_table.h"

#include <string>
#include <string_view>
#include <vector>

namespace lede::extract::numbers {

struct NumberedText {
    std::string lang;                 ///< the base language it was read in ("zh-Hans" → "zh")
    TokenizedText tokens;             ///< views the text read, which must outlive it
    std::vector<Phrase> phrases;      ///< in text order
    const WordTable* words = nullptr; ///< the table the phrases were read with
};

/// Reads `text` (UTF-8; invalid bytes act as spaces) in base_language(`lang`), with the number
/// words of that language and `words`, the word table of that language.
[[nodiscard]] NumberedText read(std::string_view text, std::string_view lang, const WordTable& words);

} // namespace lede::extract::numbers
