#pragma once

// Chinese surnames and the pinyin id of a name written in Han characters
// (chinese_surnames.cc). Private to indexer/extract/names/.

#include <cstddef>
#include <string>
#include <string_view>

namespace lede::extract::names::chinese {

/// The length in bytes of the surname `text` starts with: a compound surname
/// (欧阳, 司马) before a single one (王, 曾); 0 when it starts with none.
[[nodiscard]] std::size_t surname_at(std::string_view text);

/// The id of a person named `surname` + `given` in Han characters: Hanyu
/// Pinyin without tones, surname first, the given name's syllables joined
/// (习 + 近平 → `xi-jinping`, 欧阳 + 娜娜 → `ouyang-nana`). A surname is read
/// as a surname (曾 zeng, 单 shan); ü is written u, as the ASCII slug of the
/// English spelling "Lü" is. Empty when a character has no reading.
[[nodiscard]] std::string pinyin_id(std::string_view surname, std::string_view given);

} // namespace lede::extract::names::chinese
