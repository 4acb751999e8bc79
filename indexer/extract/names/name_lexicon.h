#pragma once

#include <string_view>

/// Given names and katakana name readings from Debian's lexicons, compiled in
/// at build time by lexicon/make_name_lexicon.py (sources: README.md). Tables
/// are parsed once per process, on first use.
namespace lede::extract::names::lexicon {

/// A Latin or Cyrillic given name that is no common word and no other proper
/// noun of the sources, by its analysed key ("jorg", "владимир").
[[nodiscard]] bool is_given_name(std::string_view key);

/// The Latin reading of a katakana given name ("ウラジーミル" → "Vladimir"),
/// empty when the word is none.
[[nodiscard]] std::string_view katakana_given_name(std::string_view katakana);

/// The Latin reading of a katakana surname ("プーチン" → "Putin"), empty when
/// the word is none.
[[nodiscard]] std::string_view katakana_surname(std::string_view katakana);

/// The Latin reading of a katakana full name that ENAMDICT lists whole
/// ("ジョン・レノン" → "John Lennon"), empty when it lists none.
[[nodiscard]] std::string_view katakana_person(std::string_view katakana);

} // namespace lede::extract::names::lexicon
