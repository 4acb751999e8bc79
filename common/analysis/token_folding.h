#pragma once

#include <string>
#include <string_view>

namespace lede::detail {

/// Script-keyed fold rules applied after NFKC case folding. They depend on
/// the characters only, never on a language, so queries apply them too.
/// Returns the folded term (possibly empty, when nothing is left).
[[nodiscard]] std::string apply_fold_rules(std::string term);

/// Latin and Greek letters without their combining marks (`zürich` →
/// `zurich`); Cyrillic, Arabic and CJK are left alone (`й` is not `и`).
/// Returns an empty string when nothing changes.
[[nodiscard]] std::string strip_accents(std::string_view term);

} // namespace lede::detail
