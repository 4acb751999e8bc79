#pragma once

#include <string>
#include <string_view>

namespace lede::extract::language {

/// Guesses the ISO 639-1 language of an article that did not state one.
///
/// Scripts that name their language outright decide first (Kana → ja, Han
/// only → zh, Thai, Hangul, Greek, Hebrew); then CLD2 on texts of at least
/// 200 bytes when it reports a reliable result; Cyrillic is then settled by
/// letters only one of the two languages has (і ї є ґ → uk, ы э ъ → ru),
/// so that Ukrainian is never taken for Russian. Returns "und" when unsure.
/// Thread-safe (CLD2 and the script tables are read-only).
[[nodiscard]] std::string detect(std::string_view title, std::string_view body);

} // namespace lede::extract::language
