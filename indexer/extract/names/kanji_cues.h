#pragma once

#include <cstddef>
#include <string_view>

/// The Japanese words around a name in kanji that say it is a person's
/// (kanji_names.cc). Words are as written (Japanese has no case to fold).
namespace lede::extract::names::kanji_cues {

/// Whether `tail`, the kanji after a name up to the run's end, is one or
/// more titles: an honorific (氏, 様, 君) or a role (首相, 知事, 社長,
/// 容疑者, 教授, 国土交通相), each perhaps after a qualifier (元, 前, 副,
/// 次期) and joined by 兼 ("代表取締役社長", "副総理兼財務相"); or a minister
/// or agency head after the name of the portfolio or agency ("経済安全保障担当相",
/// "防衛大臣", "消費者庁長官").
[[nodiscard]] bool is_title(std::string_view tail);

/// Whether `tail` is the name of a body and its head's title ("大阪市長",
/// "自民党幹事長", "前総務省事務次官"): up to six kanji ending in a division,
/// party, ministry or agency kanji (市, 党, 省, 庁 ...), then a title.
[[nodiscard]] bool is_body_and_title(std::string_view tail);

/// The length in bytes of a qualifier of a title at the start of `text`
/// (元, 前, 副, 現, 新, 次期, 初代); 0 when there is none.
[[nodiscard]] std::size_t qualifier(std::string_view text);

/// The length in bytes of the suffix of an administrative division at the
/// start of `text` (都, 道, 府, 県, 市, 区, 町, 村), which follows a place's
/// name before its head's title (東京都知事); 0 when there is none.
[[nodiscard]] std::size_t division_suffix(std::string_view text);

/// The length in bytes of an honorific in kana at the start of `text`
/// (さん, ちゃん, くん, さま) followed by no kana that would make it part of
/// another word (さんま, さんご): a particle, or anything but hiragana;
/// 0 when there is none.
[[nodiscard]] std::size_t kana_honorific(std::string_view text);

/// The length in bytes of an age in brackets at the start of `text`:
/// "（45）", "(45)", "（４５）"; 0 when there is none.
[[nodiscard]] std::size_t bracketed_age(std::string_view text);

/// The length in bytes of an occupation or a word that stands before a
/// person's name in the same kanji run (無職, 会社員, 故) at the start of
/// `run`; 0 when there is none.
[[nodiscard]] std::size_t word_before_name(std::string_view run);

} // namespace lede::extract::names::kanji_cues
